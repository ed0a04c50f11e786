/**
 * The bar every shipped scenario must meet (issue "Scenario library"): used by the story
 * tests and by `npm run stories`, so an author sees the same verdict as CI.
 */
import type { StoryReport } from './explore.ts';

export const BAR = {
  decisionsShortest: 8,
  decisionsLongest: 10,
  endings: 3,
  discussPrompts: 2,
  /** Minutes on the longest path, at most. */
  minutesLongestPath: 15,
  /** Share of decisions whose best option may be listed first: more, and "always the first" wins. */
  bestListedFirstShare: 0.5,
} as const;

/**
 * Reading speed in words a minute: a 12-year-old reads silently at about 150, an adult at
 * about 200. Options and feedback count: a player reads them all.
 */
export const WORDS_PER_MINUTE = { student: 150, staff: 200 } as const;

export function minutesToRead(words: number, mode: keyof typeof WORDS_PER_MINUTE): number {
  return Math.round((words / WORDS_PER_MINUTE[mode]) * 10) / 10;
}

/** What a story misses of the bar, in words an author understands; empty when it meets it. */
export function barProblems(
  report: StoryReport,
  mode: keyof typeof WORDS_PER_MINUTE,
  discussPrompts = report.discussPrompts,
): string[] {
  const problems: string[] = [];
  if (report.decisionsMin < BAR.decisionsShortest) {
    problems.push(`het kortste pad heeft ${report.decisionsMin} keuzes (minstens ${BAR.decisionsShortest})`);
  }
  if (report.decisionsMax < BAR.decisionsLongest) {
    problems.push(`het langste pad heeft ${report.decisionsMax} keuzes (minstens ${BAR.decisionsLongest})`);
  }
  if (report.endings.length < BAR.endings) problems.push(`${report.endings.length} eindes (minstens ${BAR.endings})`);
  if (report.bestPercent !== 100) problems.push(`geen pad scoort 100% (beste: ${report.bestPercent}%)`);
  if (report.worstPercent >= 50) problems.push(`geen pad scoort onder 50% (slechtste: ${report.worstPercent}%)`);
  if (discussPrompts < BAR.discussPrompts) {
    problems.push(`${discussPrompts} discussievragen (minstens ${BAR.discussPrompts})`);
  }
  if (report.bestListedFirst > BAR.bestListedFirstShare * report.clearDecisions) {
    problems.push(
      `de beste keuze staat bij ${report.bestListedFirst} van de ${report.clearDecisions} keuzemomenten bovenaan: wissel de volgorde af`,
    );
  }
  const minutes = minutesToRead(report.wordsLongestPath, mode);
  if (minutes > BAR.minutesLongestPath) {
    problems.push(`het langste pad kost ${minutes} minuten lezen (hooguit ${BAR.minutesLongestPath})`);
  }
  return problems;
}
