/** What the scenes may ask of sound; the howler implementation lives beside it. */
export type UiCue = 'click' | 'good' | 'mixed' | 'wrong' | 'debrief';
export type Mood = 'calm' | 'tense';

export interface SoundBoard {
  /** A story's `sfx:` cue. Unknown ids and blocked audio are silent, never an error. */
  cue(id: string): void;
  ui(cue: UiCue): void;
  setMood(mood: Mood | null): void;
}

export const SILENT: SoundBoard = { cue: () => {}, ui: () => {}, setMood: () => {} };
