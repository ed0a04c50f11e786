import type { ReadAloud } from '../audio/ReadAloud.ts';
import type { SoundBoard } from '../audio/SoundBoard.ts';
import type { GameStore } from '../state/store.ts';
import type { AccessibleLayer } from '../ui/AccessibleLayer.ts';

/** What every scene is handed: scenes own no state of their own beyond what they draw. */
export interface GameContext {
  store: GameStore;
  a11y: AccessibleLayer;
  audio: SoundBoard;
  reader: ReadAloud;
  params: LaunchParams;
  /** Asks for a redraw after a change that no input caused (async loading). */
  wake: () => void;
}

export interface LaunchParams {
  /** `?play=<story-id>`: open that scenario directly, after its warning. */
  play: string | null;
  /** `?facilitator`: start in facilitator mode. */
  facilitator: boolean;
}

export function readLaunchParams(search: string): LaunchParams {
  const params = new URLSearchParams(search);
  return { play: params.get('play'), facilitator: params.has('facilitator') };
}

/** The first screen and what it is handed. */
export interface LaunchRoute {
  scene: 'TitleScene' | 'WarningScene' | 'SelectScene';
  data: Record<string, unknown>;
}

/**
 * Where a launch goes: a story's warning (`?play=`), the advisor's list (`?facilitator`),
 * or the title, which explains a `?play=` it does not know. Decided before the game
 * starts, so the first screen is the first scene: no routing screen costs a frame.
 */
export function launchRoute(
  params: LaunchParams,
  knownStory: (id: string) => boolean,
  unknownMessage: (id: string) => string,
): LaunchRoute {
  if (params.play) {
    if (knownStory(params.play)) {
      return { scene: 'WarningScene', data: { storyId: params.play, facilitator: params.facilitator } };
    }
    return { scene: 'TitleScene', data: { message: unknownMessage(params.play) } };
  }
  if (params.facilitator) return { scene: 'SelectScene', data: { mode: 'student', facilitator: true } };
  return { scene: 'TitleScene', data: {} };
}
