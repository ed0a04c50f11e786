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
