import type { Rating, StepId } from '../protocol/steps.ts';
import type { Channel } from './tags.ts';

/** A line of the story as the game shows it. */
export interface LineBeat {
  kind: 'line';
  text: string;
  speaker: string | null;
  channel: Channel;
  /** The backdrop in force for this line (scenes persist until the story changes them). */
  scene: string | null;
  sfx: string | null;
}

/** Protocol feedback on the choice just made. */
export interface FeedbackBeat {
  kind: 'feedback';
  text: string;
}

/** A question for group discussion, shown in facilitator mode. */
export interface DiscussBeat {
  kind: 'discuss';
  text: string;
}

export interface ChoiceOption {
  index: number;
  text: string;
  step: StepId;
  rating: Rating;
}

export interface ChoicesBeat {
  kind: 'choices';
  options: ChoiceOption[];
}

export interface EndBeat {
  kind: 'end';
  /** The title of the ending reached, from `# ending: …`. */
  ending: string | null;
}

export type Beat = LineBeat | FeedbackBeat | DiscussBeat | ChoicesBeat | EndBeat;

/** The feedback texts a choice's beats open with: the ones shown together on one panel. */
export function leadingFeedback(beats: readonly Beat[]): string[] {
  const texts: string[] = [];
  for (const beat of beats) {
    if (beat.kind !== 'feedback') break;
    texts.push(beat.text);
  }
  return texts;
}
