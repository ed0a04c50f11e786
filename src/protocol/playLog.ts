import type { ChoiceOption } from '../story/beats.ts';

/** One decision the player met: the options that were there, the one chosen, its feedback. */
export interface DecisionRecord {
  options: ChoiceOption[];
  chosen: number;
  feedback: string[];
}

export interface PlayLog {
  storyId: string;
  decisions: DecisionRecord[];
  /** Title of the ending reached (`# ending:`), once the story has ended. */
  ending: string | null;
  finished: boolean;
  /** ISO time the play began. */
  startedAt?: string;
  /** The seed of the story's chance, so that making the same choices again replays the play. */
  seed?: number;
}

export function emptyLog(storyId: string): PlayLog {
  return { storyId, decisions: [], ending: null, finished: false, startedAt: new Date().toISOString() };
}
