/**
 * Group play with an advisor at the projector: vote tallies per decision, the group's
 * choice, where the group split most (the best topics to talk about), and the session
 * summary with the agreements the group made. Nothing about individual pupils is kept.
 */
import type { ChoiceOption } from '../story/beats.ts';
import type { PlayLog } from './playLog.ts';
import { type Score, scoreLog } from './scoring.ts';

export function emptyTally(options: number): number[] {
  return Array.from({ length: options }, () => 0);
}

export function adjustTally(tally: readonly number[], option: number, delta: 1 | -1): number[] {
  return tally.map((count, i) => (i === option ? Math.max(0, Math.min(999, count + delta)) : count));
}

/** The option most voted for; null when nobody voted or the top is tied (the advisor picks). */
export function majority(tally: readonly number[]): number | null {
  const top = Math.max(0, ...tally);
  if (top === 0) return null;
  const winners = tally.flatMap((count, i) => (count === top ? [i] : []));
  return winners.length === 1 ? (winners[0] as number) : null;
}

/**
 * How split the group was, from 0 (everyone agreed) to 1 (votes spread evenly over all
 * options): the normalised entropy of the votes.
 */
export function splitScore(tally: readonly number[]): number {
  const total = tally.reduce((a, b) => a + b, 0);
  if (total === 0 || tally.length < 2) return 0;
  let entropy = 0;
  for (const count of tally) {
    if (count === 0) continue;
    const p = count / total;
    entropy -= p * Math.log(p);
  }
  return Math.round((entropy / Math.log(tally.length)) * 100) / 100;
}

export interface GroupDecision {
  options: ChoiceOption[];
  tally: number[];
  chosen: number;
}

export interface SplitVote {
  number: number;
  options: ChoiceOption[];
  tally: number[];
  split: number;
}

export interface SessionSummary {
  storyId: string;
  ending: string | null;
  score: Score;
  votes: number;
  /** Decisions where the group disagreed most, most split first. */
  splits: SplitVote[];
  agreements: string[];
}

export function summarizeSession(
  log: PlayLog,
  tallies: readonly number[][],
  agreements: readonly string[],
): SessionSummary {
  const splits = log.decisions
    .map((decision, i) => ({
      number: i + 1,
      options: decision.options,
      tally: [...(tallies[i] ?? emptyTally(decision.options.length))],
      split: splitScore(tallies[i] ?? []),
    }))
    .filter((s) => s.split > 0)
    .sort((a, b) => b.split - a.split || a.number - b.number);
  return {
    storyId: log.storyId,
    ending: log.ending,
    score: scoreLog(log),
    votes: tallies.reduce((sum, t) => sum + t.reduce((a, b) => a + b, 0), 0),
    splits,
    agreements: agreements.map((a) => a.trim()).filter(Boolean),
  };
}
