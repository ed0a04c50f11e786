/**
 * Score = points chosen ÷ best points available, summed over the decisions the player met.
 * Per step, a decision counts under the step of the option that was chosen: a wrong option
 * names the step where the mistake lies, so that is where the debrief shows it.
 */
import type { ChoiceOption } from '../story/beats.ts';
import type { PlayLog } from './playLog.ts';
import { RATING_POINTS, STEP_IDS, type StepId } from './steps.ts';

export interface StepScore {
  step: StepId;
  points: number;
  max: number;
  decisions: number;
}

export interface Score {
  points: number;
  max: number;
  /** 0–100, rounded; null when no decision was met. */
  percent: number | null;
  /** 0–3 stars. */
  stars: number;
  perStep: StepScore[];
}

export function bestPoints(options: readonly ChoiceOption[]): number {
  return options.reduce((best, option) => Math.max(best, RATING_POINTS[option.rating]), 0);
}

export function percentOf(points: number, max: number): number | null {
  return max > 0 ? Math.round((points / max) * 100) : null;
}

export function starsFor(percent: number | null): number {
  if (percent === null) return 0;
  if (percent >= 85) return 3;
  if (percent >= 60) return 2;
  if (percent >= 30) return 1;
  return 0;
}

export function scoreLog(log: PlayLog): Score {
  const perStep = new Map<StepId, StepScore>();
  let points = 0;
  let max = 0;
  for (const decision of log.decisions) {
    const chosen = decision.options[decision.chosen];
    if (!chosen) continue;
    const got = RATING_POINTS[chosen.rating];
    const best = bestPoints(decision.options);
    points += got;
    max += best;
    const entry = perStep.get(chosen.step) ?? { step: chosen.step, points: 0, max: 0, decisions: 0 };
    entry.points += got;
    entry.max += best;
    entry.decisions += 1;
    perStep.set(chosen.step, entry);
  }
  const percent = percentOf(points, max);
  const ordered = STEP_IDS.flatMap((id) => {
    const entry = perStep.get(id);
    return entry ? [entry] : [];
  });
  return { points, max, percent, stars: starsFor(percent), perStep: ordered };
}
