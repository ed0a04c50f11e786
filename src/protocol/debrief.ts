import type { ChoiceOption } from '../story/beats.ts';
import type { PlayLog } from './playLog.ts';
import { bestPoints, type Score, scoreLog } from './scoring.ts';
import { RATING_POINTS, STEP_IDS, type StepInfo, stepInfo } from './steps.ts';

export interface DebriefDecision {
  number: number;
  chosen: ChoiceOption;
  points: number;
  max: number;
  feedback: string[];
  /** The best options that were there; empty when the chosen option was one of them. */
  better: ChoiceOption[];
  step: StepInfo;
}

export interface Debrief {
  storyId: string;
  ending: string | null;
  finished: boolean;
  score: Score;
  decisions: DebriefDecision[];
  /** The protocol steps this play touched, in protocol order, for "what the protocol says". */
  steps: StepInfo[];
}

export function buildDebrief(log: PlayLog, lang: 'nl' | 'en' = 'nl'): Debrief {
  const decisions: DebriefDecision[] = [];
  log.decisions.forEach((decision, i) => {
    const chosen = decision.options[decision.chosen];
    if (!chosen) return;
    const max = bestPoints(decision.options);
    const points = RATING_POINTS[chosen.rating];
    decisions.push({
      number: i + 1,
      chosen,
      points,
      max,
      feedback: decision.feedback,
      better: points < max ? decision.options.filter((o) => RATING_POINTS[o.rating] === max) : [],
      step: stepInfo(chosen.step, lang),
    });
  });
  const score = scoreLog(log);
  const touched = new Set(log.decisions.flatMap((d) => d.options.map((o) => o.step)));
  const steps = STEP_IDS.filter((id) => touched.has(id)).map((id) => stepInfo(id, lang));
  return { storyId: log.storyId, ending: log.ending, finished: log.finished, score, decisions, steps };
}
