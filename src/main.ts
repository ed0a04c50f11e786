import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/atkinson-hyperlegible/400-italic.css';
import './style.css';
import Phaser from 'phaser';
import { HowlerSoundBoard } from './audio/HowlerSoundBoard.ts';
import { AUDIO_ASSETS, howlerBackend, prefetchHowler } from './audio/howlerBackend.ts';
import { browserReadAloud } from './audio/ReadAloud.ts';
import { languageFromBrowser, setLanguage, t } from './i18n/i18n.ts';
import { type GameContext, launchRoute, readLaunchParams } from './scenes/context.ts';
import { ErrorScene } from './scenes/ErrorScene.ts';
import { HelpScene } from './scenes/HelpScene.ts';
import { SelectScene } from './scenes/SelectScene.ts';
import { SettingsScene } from './scenes/SettingsScene.ts';
import { TitleScene } from './scenes/TitleScene.ts';
import { WarningScene } from './scenes/WarningScene.ts';
import type { Settings } from './state/store.ts';
import { browserStorage, createGameStore, SAVE_KEY } from './state/store.ts';
import { CATALOG, findStory } from './story/catalog.ts';
import { AccessibleLayer } from './ui/AccessibleLayer.ts';
import { loadFonts } from './ui/loadFonts.ts';
import { drawOnlyChanges, renderOnDemand } from './ui/renderOnDemand.ts';
import { fitRenderScale, initialRenderScale, renderScale } from './ui/renderScale.ts';
import { forgetFontMetrics } from './ui/text.ts';
import { GAME_HEIGHT, GAME_WIDTH, setFontChoice, setHighContrast } from './ui/theme.ts';

const host = document.getElementById('game') as HTMLElement;

/** The last resort: never a blank canvas, always words and a way back. */
function showFatal(message: string): void {
  if (host.querySelector('.fatal')) return;
  document.getElementById('loading')?.remove();
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = `Er ging iets mis: ${message}`;
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = 'Opnieuw laden';
  again.addEventListener('click', () => location.reload());
  box.append(text, again);
  host.append(box);
}

/** Font and contrast are read when text is drawn; the dyslexia font loads only when chosen. */
async function applyLook(settings: Settings): Promise<void> {
  setLanguage(settings.lang);
  document.documentElement.lang = settings.lang;
  setHighContrast(settings.highContrast);
  if (settings.font === 'dyslexie') {
    await import('./ui/dyslexiaFont.ts');
    await document.fonts.load('400 32px "OpenDyslexic"').catch(() => undefined);
  }
  setFontChoice(settings.font);
}

async function start(): Promise<void> {
  // Marks for the benchmark's breakdown of the start (scripts/bench.ts); they cost nothing.
  performance.mark('og:script');
  // Phaser draws text to canvas: the font must be there before the first scene. The italic
  // is only on the play screen, and loads with it (lazyScenes.ts).
  await loadFonts(['400 32px "Atkinson Hyperlegible"', '700 32px "Atkinson Hyperlegible"']);

  performance.mark('og:fonts');
  // A font that arrives late (after the timeout above, or the dyslexia font) is measured anew.
  document.fonts.addEventListener('loadingdone', forgetFontMetrics);
  const firstVisit = browserStorage()?.getItem(SAVE_KEY) == null;
  const store = createGameStore();
  if (firstVisit)
    store.getState().updateSettings({ lang: languageFromBrowser(navigator.languages ?? [navigator.language]) });
  await applyLook(store.getState().settings);
  store.subscribe((state, previous) => {
    if (state.settings !== previous.settings) void applyLook(state.settings);
  });
  const audio = new HowlerSoundBoard(store, howlerBackend, AUDIO_ASSETS);
  // Browsers allow sound only after a gesture; until then the game is silent, never stuck.
  const unlock = () => audio.unlock();
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });
  const ctx: GameContext = {
    store,
    a11y: new AccessibleLayer(host, { width: GAME_WIDTH, height: GAME_HEIGHT }),
    audio,
    reader: browserReadAloud(),
    wake: () => {},
    params: readLaunchParams(location.search),
  };
  const route = launchRoute(
    ctx.params,
    (id) => findStory(id) !== undefined,
    (id) => t('error.unknownStoryPick', { id }),
  );
  const game = new Phaser.Game({
    // Canvas 2D only: see phaserFlags in vite.config.ts for why.
    type: Phaser.CANVAS,
    // Where the browser composites in software (a Chromebook whose GPU is blocklisted), each
    // frame of a normal canvas is copied before it shows: in play that copy took longer than
    // drawing the frame. A desynchronized canvas skips it where the browser can.
    desynchronized: true,
    parent: host,
    // The canvas starts at the size the screen shows; scenes zoom 1920×1080 onto it.
    width: Math.round(GAME_WIDTH * initialRenderScale(host)),
    height: Math.round(GAME_HEIGHT * renderScale()),
    backgroundColor: '#1d2a4d',
    // Phaser would also read the host's size every half second, which lays the page out
    // in the middle of a frame whenever the accessible layer has changed; a resize is
    // reported instead (below, and by Phaser's own window listeners).
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, resizeInterval: Number.POSITIVE_INFINITY },
    banner: false,
    disableContextMenu: true,
    // Sound goes through howler, not Phaser's sound manager.
    audio: { noAudio: true },
    // Phaser starts the first scene of the list: the launch's first screen goes first.
    scene: [
      new TitleScene(ctx),
      new SelectScene(ctx),
      new WarningScene(ctx),
      new HelpScene(ctx),
      new SettingsScene(ctx),
      new ErrorScene(ctx),
    ].sort((a, b) => Number(b.sys.settings.key === route.scene) - Number(a.sys.settings.key === route.scene)),
  });
  // Before Phaser has booted, this only hands the first scene its data.
  game.scene.start(route.scene, route.data);
  performance.mark('og:game');
  const render = renderOnDemand(game);
  ctx.wake = render.wake;
  let frames: ReturnType<typeof drawOnlyChanges> | null = null;
  // The renderer exists from READY on, and the first frame comes after it.
  game.events.once(Phaser.Core.Events.READY, () => {
    frames = drawOnlyChanges(game);
  });
  const fitToHost = () => {
    fitRenderScale(game, host);
    ctx.a11y.fitTo(game.canvas);
  };
  game.events.once(Phaser.Core.Events.READY, fitToHost);
  // The page's own loading line stays until Phaser has started the first scene.
  game.events.once(Phaser.Core.Events.READY, () => document.getElementById('loading')?.remove());
  game.scale.on(Phaser.Scale.Events.RESIZE, fitToHost);
  // The host follows the window, and can change size without it (a panel beside the page):
  // one observer on the host sees both. Without one, the window's resizes are what is seen.
  if (typeof ResizeObserver !== 'function') window.addEventListener('resize', () => requestAnimationFrame(fitToHost));
  game.events.once(Phaser.Core.Events.READY, () => {
    if (typeof ResizeObserver !== 'function') return;
    // The observer's first report is of the size the game has just been fitted to, in the
    // first frame of the first screen: laying the page out again then only delays it.
    let fitted = `${host.clientWidth}x${host.clientHeight}`;
    new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      const size = box ? `${Math.round(box.width)}x${Math.round(box.height)}` : '';
      if (size === fitted) return;
      fitted = size;
      // Phaser lays the canvas out by the host size it last read.
      game.scale.getParentBounds();
      game.scale.refresh();
      fitToHost();
      render.wake();
    }).observe(host);
  });
  game.scale.on('enterfullscreen', fitToHost);
  // Sound's code, for the first gesture, once the first screen has drawn.
  game.events.once(Phaser.Core.Events.READY, () => setTimeout(prefetchHowler, 1200));
  // For tests and for the advisor's console; the game does not depend on it.
  Object.assign(window, {
    onlineGrenzen: {
      game,
      store,
      audio,
      frames: () => frames ?? { drawn: 0, skipped: 0, force: () => {} },
      stories: CATALOG.filter((e) => e.meta.lang === 'nl').map((e) => e.meta.id),
    },
  });
}

// Offline after the first visit; a new version takes over and the game resumes from its save.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch((error: unknown) => console.warn('Offline mode is not available', error));
}

window.addEventListener('error', (event) => showFatal(event.message));
window.addEventListener('unhandledrejection', (event) => showFatal(String(event.reason)));
start().catch((error: unknown) => {
  console.error(error);
  showFatal(error instanceof Error ? error.message : String(error));
});
