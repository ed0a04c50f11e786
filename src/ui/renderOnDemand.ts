import type Phaser from 'phaser';

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
  for (const type of [
    'pointerdown',
    'pointermove',
    'pointerup',
    'keydown',
    'keyup',
    'focusin',
    'click',
    'input',
    'wheel',
  ]) {
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
