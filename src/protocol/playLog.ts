import type { Beat, ChoiceOption } from '../story/beats.ts';
import type { RunnerSave } from '../story/StoryRunner.ts';

/** One decision the player met: the options that were there, the one chosen, its feedback. */
export interface DecisionRecord {
  options: ChoiceOption[];
  chosen: number;
  feedback: string[];
  /** Where the story stood just before this decision, so it can be replayed from here. */
  resume?: { runner: RunnerSave; batch: Beat[] };
}

export interface PlayLog {
  storyId: string;
  decisions: DecisionRecord[];
  /** Title of the ending reached (`# ending:`), once the story has ended. */
  ending: string | null;
  finished: boolean;
  /** ISO time the play began. */
  startedAt?: string;
}

export function emptyLog(storyId: string): PlayLog {
  return { storyId, decisions: [], ending: null, finished: false, startedAt: new Date().toISOString() };
}
