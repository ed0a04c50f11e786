import type Phaser from 'phaser';
import { loadFonts } from '../ui/loadFonts.ts';
import type { GameContext } from './context.ts';

type SceneClass = new (ctx: GameContext) => Phaser.Scene;

/**
 * Screens that are not on the title. They load when first opened, or are prefetched while
 * the player reads, so the title comes sooner on school wifi: the play screen with the ink
 * runtime (fetched from the title and the lists, and by the content warning), the debrief,
 * and the advisor's and own-scenario screens.
 */
export const LAZY_SCENES = {
  PlayScene: async () => {
    // The italic of the player's thoughts is drawn on the play screen only: the title need
    // not wait for its file.
    const [{ PlayScene }] = await Promise.all([
      import('./PlayScene.ts'),
      loadFonts(['italic 400 32px "Atkinson Hyperlegible"']),
    ]);
    return PlayScene;
  },
  DebriefScene: async () => (await import('./DebriefScene.ts')).DebriefScene,
  SessionScene: async () => (await import('./SessionScene.ts')).SessionScene,
  DilemmaScene: async () => (await import('./DilemmaScene.ts')).DilemmaScene,
  GuideScene: async () => (await import('./GuideScene.ts')).GuideScene,
  CustomScene: async () => (await import('./CustomScene.ts')).CustomScene,
} satisfies Record<string, () => Promise<SceneClass>>;

export type LazySceneKey = keyof typeof LAZY_SCENES;

const loading = new Map<LazySceneKey, Promise<SceneClass>>();

export function isLazyScene(key: string): key is LazySceneKey {
  return Object.hasOwn(LAZY_SCENES, key);
}

/** Loads a screen's code once; a failed load (offline before the first full visit) may be retried. */
export function loadScene(key: LazySceneKey): Promise<SceneClass> {
  let promise = loading.get(key);
  if (!promise) {
    promise = LAZY_SCENES[key]();
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** Adds a lazy screen to the game the first time it is needed. */
export async function ensureScene(manager: Phaser.Scenes.SceneManager, key: LazySceneKey, ctx: GameContext) {
  if (manager.getScene(key)) return;
  const Scene = await loadScene(key);
  if (!manager.getScene(key)) manager.add(key, new Scene(ctx), false);
}
