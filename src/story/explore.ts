/**
 * Walks every path through a story by saving and restoring the ink state at each choice.
 * States that are identical (same variables, visits and position) are explored once, so a
 * story whose branches rejoin costs the number of its distinct states, not of its paths.
 * Used by the story tests and by `npm run stories`.
 */
import { RATING_POINTS } from '../protocol/steps.ts';
import type { Beat } from './beats.ts';
import { type ExternalBinding, type RunnerSave, StoryRunner } from './StoryRunner.ts';

export interface StoryReport {
  name: string;
  id: string;
  paths: number;
  endings: string[];
  decisionsMin: number;
  decisionsMax: number;
  stepsCovered: string[];
  bestPercent: number;
  worstPercent: number;
  words: number;
  /** Words read on the longest path (lines, feedback, choices); see bar.ts for reading speed. */
  wordsLongestPath: number;
  discussPrompts: number;
  speakers: string[];
  scenes: string[];
  sfx: string[];
  distinctStates: number;
  /** Distinct decisions with one best option, and at how many of them it is listed first. */
  clearDecisions: number;
  bestListedFirst: number;
  /** Contract problems found on some path; a good story has none. */
  problems: string[];
}

interface Suffix {
  paths: number;
  minDecisions: number;
  maxDecisions: number;
  /** Distinct (points, max) totals of the rest of the story from here, as "p/m". */
  totals: Set<string>;
  /** Most words read from here to an end. */
  maxWords: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Words a player reads in these beats (discussion prompts are for the group, not counted). */
function beatWords(beats: Beat[]): number {
  let words = 0;
  for (const beat of beats) {
    if (beat.kind === 'line' || beat.kind === 'feedback') words += wordCount(beat.text);
    if (beat.kind === 'choices') for (const option of beat.options) words += wordCount(option.text);
  }
  return words;
}

export interface ExploreOptions {
  externals?: Record<string, ExternalBinding>;
  /** Stop with a problem past this many distinct choice states. */
  maxStates?: number;
}

/** Decisions in a row before a story counts as endless (and before the stack runs out). */
const MAX_DEPTH = 400;

export function exploreStory(json: string | object, name: string, options: ExploreOptions = {}): StoryReport {
  const maxStates = options.maxStates ?? 50_000;
  const runner = new StoryRunner(json, { name, externals: options.externals });
  const texts = new Set<string>();
  const endings = new Set<string>();
  const steps = new Set<string>();
  const speakers = new Set<string>();
  const scenes = new Set<string>();
  const sfx = new Set<string>();
  const discuss = new Set<string>();
  const problems = new Set<string>();
  const memo = new Map<string, Suffix>();
  /** Per distinct decision (its option texts): is its one best option listed first? */
  const bestFirst = new Map<string, boolean>();
  const onStack = new Set<string>();

  const note = (beats: Beat[]): void => {
    for (const beat of beats) {
      if (beat.kind === 'line') {
        if (beat.text) texts.add(beat.text);
        if (beat.speaker) speakers.add(beat.speaker);
        if (beat.scene) scenes.add(beat.scene);
        if (beat.sfx) sfx.add(beat.sfx);
      } else if (beat.kind === 'feedback') texts.add(beat.text);
      else if (beat.kind === 'discuss') {
        texts.add(beat.text);
        discuss.add(beat.text);
      } else if (beat.kind === 'choices') {
        for (const option of beat.options) {
          texts.add(option.text);
          steps.add(option.step);
        }
      }
    }
  };

  const keyOf = (save: RunnerSave): string => JSON.stringify([canonicalState(save.ink), save.scene, save.ending]);

  const leaf = (end: Beat): Suffix => {
    if (end.kind === 'end') {
      if (end.ending) endings.add(end.ending);
      else problems.add('een pad eindigt zonder "# ending: …" op de slotregel');
    }
    return { paths: 1, minDecisions: 0, maxDecisions: 0, totals: new Set(['0/0']), maxWords: 0 };
  };

  let depth = 0;
  const visit = (beats: Beat[]): Suffix => {
    note(beats);
    const last = beats[beats.length - 1] ?? { kind: 'end', ending: null };
    if (last.kind !== 'choices') return leaf(last);
    const here = runner.save();
    const key = keyOf(here);
    const known = memo.get(key);
    if (known) return known;
    if (onStack.has(key)) {
      problems.add(`een lus zonder uitweg bij de keuze "${last.options[0]?.text ?? ''}"`);
      return { paths: 0, minDecisions: 0, maxDecisions: 0, totals: new Set(), maxWords: 0 };
    }
    if (depth >= MAX_DEPTH || memo.size >= maxStates) {
      if (depth >= MAX_DEPTH) problems.add(`het verhaal gaat eindeloos door: meer dan ${MAX_DEPTH} keuzes na elkaar`);
      else problems.add(`meer dan ${maxStates} verschillende keuzemomenten: laat takken weer samenkomen`);
      return { paths: 0, minDecisions: 0, maxDecisions: 0, totals: new Set(), maxWords: 0 };
    }
    onStack.add(key);
    depth++;
    const best = Math.max(...last.options.map((o) => RATING_POINTS[o.rating]));
    const bestOptions = last.options.filter((o) => RATING_POINTS[o.rating] === best);
    if (bestOptions.length === 1 && last.options.length > 1) {
      bestFirst.set(last.options.map((o) => o.text).join('\n'), bestOptions[0] === last.options[0]);
    }
    const result: Suffix = {
      paths: 0,
      minDecisions: Number.POSITIVE_INFINITY,
      maxDecisions: 0,
      totals: new Set(),
      maxWords: 0,
    };
    for (const [i, option] of last.options.entries()) {
      // Restoring costs a JSON parse of the whole state; for the first option the runner is still here.
      if (i > 0) runner.restore(here);
      runner.choose(option.index);
      const next = runner.continue();
      const feedbackIndex = next.findIndex((b) => b.kind === 'feedback');
      if (feedbackIndex < 0) problems.add(`na de keuze "${option.text}" komt geen "# feedback"-regel`);
      const rest = visit(next);
      if (rest.paths === 0) continue;
      const got = RATING_POINTS[option.rating];
      result.paths += rest.paths;
      result.minDecisions = Math.min(result.minDecisions, rest.minDecisions + 1);
      result.maxDecisions = Math.max(result.maxDecisions, rest.maxDecisions + 1);
      result.maxWords = Math.max(result.maxWords, beatWords(next) + rest.maxWords);
      for (const total of rest.totals) {
        const [p = 0, m = 0] = total.split('/').map(Number);
        result.totals.add(`${p + got}/${m + best}`);
      }
    }
    if (result.paths === 0) result.minDecisions = 0;
    result.maxWords += beatWords([last]);
    onStack.delete(key);
    depth--;
    memo.set(key, result);
    return result;
  };

  const opening = runner.continue();
  const root = visit(opening);
  const percents = [...root.totals].map((t) => {
    const [p = 0, m = 0] = t.split('/').map(Number);
    return m > 0 ? Math.round((p / m) * 100) : 100;
  });
  const words = [...texts].reduce((sum, t) => sum + t.split(/\s+/).filter(Boolean).length, 0);
  return {
    name,
    id: runner.meta.id,
    paths: root.paths,
    endings: [...endings].sort(),
    decisionsMin: root.minDecisions,
    decisionsMax: root.maxDecisions,
    stepsCovered: [...steps].sort(),
    bestPercent: percents.length ? Math.max(...percents) : 0,
    worstPercent: percents.length ? Math.min(...percents) : 0,
    words,
    wordsLongestPath: beatWords(opening.slice(0, -1)) + root.maxWords,
    discussPrompts: discuss.size,
    speakers: [...speakers].sort(),
    scenes: [...scenes].sort(),
    sfx: [...sfx].sort(),
    distinctStates: memo.size,
    clearDecisions: bestFirst.size,
    bestListedFirst: [...bestFirst.values()].filter(Boolean).length,
    problems: [...problems],
  };
}

/**
 * Ink's saved state numbers its threads with a running counter and counts turns, so two
 * paths that reach the same place with the same variables still differ in those ids.
 * Renumbering threads by first appearance and dropping the counters makes them equal.
 */
export function canonicalState(ink: string): unknown {
  const ids = new Map<string, number>();
  const idOf = (value: unknown): number => {
    const key = String(value);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === 'turnIdx' || key === 'threadCounter') continue;
      if (key === 'threadIndex' || key === 'originalThreadIndex') out[key] = idOf(child);
      else if (key === 'choiceThreads' && child && typeof child === 'object') {
        const threads: Record<string, unknown> = {};
        for (const [id, thread] of Object.entries(child)) threads[idOf(id)] = walk(thread);
        out[key] = threads;
      } else out[key] = walk(child);
    }
    return out;
  };
  return walk(JSON.parse(ink));
}
