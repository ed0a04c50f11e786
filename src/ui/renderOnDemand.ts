import Phaser from 'phaser';
import {
  bumpRevision,
  FrameChanges,
  FramePace,
  REVISION,
  type WatchedCamera,
  type WatchedObject,
  type WatchedScene,
} from './frameChanges.ts';

/** The player's deliberate input: the frame after it is its answer, drawn at once. */
const ANSWERED_INPUT = ['pointerdown', 'pointerup', 'keydown', 'click', 'focusin', 'input', 'wheel'];

/**
 * Draws only while something changes. A Phaser game redraws the whole screen every frame
 * even when nothing moves; on a cheap Chromebook (or with software WebGL) that keeps the
 * CPU busy and the battery draining while a pupil reads. The loop sleeps after a quiet
 * moment and wakes on any input, resize, scene change, tween, timer or camera effect.
 */
export function renderOnDemand(game: Phaser.Game, idleMs = 800): { wake: () => void } {
  let lastActivity = performance.now();
  let lastScenes = '';
  let wakeQueued = false;
  const wake = () => {
    lastActivity = performance.now();
    if (game.loop.running || document.hidden || wakeQueued) return;
    // Phaser's wake steps and draws the game at once, inside the click that woke it: a whole
    // frame of the old screen before the click's answer. In the next frame it draws the answer.
    wakeQueued = true;
    requestAnimationFrame(() => {
      wakeQueued = false;
      if (!game.loop.running && !document.hidden) game.loop.wake(true);
    });
  };
  // Any input wakes the loop; a hover or a key's release may change what is drawn too.
  for (const type of [...ANSWERED_INPUT, 'pointermove', 'keyup']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);

  const busy = (): boolean =>
    game.scene.getScenes(true).some((scene) => {
      // Clock keeps its events in private arrays; a pending timer means work to draw.
      const clock = scene.time as unknown as { _active: unknown[]; _pendingInsertion: unknown[] };
      return (
        scene.tweens.getTweens().length > 0 ||
        clock._active.length + clock._pendingInsertion.length > 0 ||
        scene.cameras.main.fadeEffect.isRunning ||
        scene.load.isLoading()
      );
    });

  setInterval(() => {
    const scenes = game.scene
      .getScenes(true)
      .map((s) => s.scene.key)
      .join();
    if (scenes !== lastScenes || busy()) {
      lastScenes = scenes;
      wake();
      return;
    }
    if (game.loop.running && performance.now() - lastActivity > idleMs) game.loop.sleep();
  }, 200);
  return { wake };
}

type Revised = { [REVISION]?: number };

/**
 * Draws a frame only when it would differ from the last one (see frameChanges.ts). The game
 * still steps every frame, so tweens, timers and input run as before; only the drawing of an
 * unchanged picture is left out. Returns counts of frames drawn and left out, for tests and
 * the benchmark, and a way to have the next frame drawn whatever it shows.
 */
export function drawOnlyChanges(game: Phaser.Game): { drawn: number; skipped: number; force: () => void } {
  const changes = new FrameChanges();
  const pace = new FramePace();
  const counts = {
    drawn: 0,
    skipped: 0,
    force: () => {
      changes.force();
      pace.input();
    },
  };
  // A Text redraws its canvas and a Graphics starts a new drawing only through these.
  const text = Phaser.GameObjects.Text.prototype;
  const updateText = text.updateText;
  text.updateText = function (this: Phaser.GameObjects.Text & Revised) {
    bumpRevision(this);
    return updateText.call(this);
  };
  const graphics = Phaser.GameObjects.Graphics.prototype;
  const clear = graphics.clear;
  graphics.clear = function (this: Phaser.GameObjects.Graphics & Revised) {
    bumpRevision(this);
    return clear.call(this);
  };

  const watched = (): WatchedScene[] =>
    game.scene.scenes.map((scene: Phaser.Scene) => {
      const { settings } = scene.sys;
      return {
        // As the scene manager decides which scenes to draw.
        drawn: settings.visible && settings.status >= Phaser.Scenes.LOADING && settings.status < Phaser.Scenes.SLEEPING,
        objects: scene.sys.displayList?.list as unknown as WatchedObject[],
        cameras: (scene.sys.cameras?.cameras ?? []) as unknown as WatchedCamera[],
      };
    });

  const answer = () => pace.input();
  for (const type of ANSWERED_INPUT) {
    window.addEventListener(type, answer, { capture: true, passive: true });
  }
  let skip = false;
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    skip = !changes.changed(watched(), game.canvas.width, game.canvas.height);
    if (!skip && !pace.drawNow(performance.now())) {
      // Left for the next frame, which is then drawn whatever it shows.
      skip = true;
      changes.force();
    }
    if (skip) counts.skipped++;
    else counts.drawn++;
  });
  const renderer = game.renderer;
  const preRender = renderer.preRender.bind(renderer);
  const postRender = renderer.postRender.bind(renderer);
  const manager = game.scene;
  const render = manager.render.bind(manager);
  renderer.preRender = () => {
    if (!skip) preRender();
  };
  renderer.postRender = () => {
    if (!skip) postRender();
  };
  manager.render = (r) => {
    if (!skip) render(r);
    // What the scene manager's own render does last: scene changes apply at once again.
    else (manager as { isProcessing: boolean }).isProcessing = false;
  };
  // Setting a canvas's size clears it, even to the size it had.
  game.scale.on(Phaser.Scale.Events.RESIZE, counts.force);
  game.canvas.addEventListener('contextrestored', counts.force);
  document.addEventListener('visibilitychange', counts.force);
  return counts;
}
