/**
 * `npm run stories`: compiles every story, walks every path, and prints a table per story:
 * decisions, endings, paths, steps covered, best and worst score, words.
 * `npm run stories -- path/to/file.ink` checks one file (also outside stories/).
 */
import { relative, resolve } from 'node:path';
import { barProblems, minutesToRead } from '../src/story/bar.ts';
import { vocabularyProblems } from '../src/story/cast.ts';
import { formatInkMessage, InkCompileError } from '../src/story/compileInk.ts';
import { exploreStory } from '../src/story/explore.ts';
import { gameExternals } from '../src/story/externals.ts';
import { StoryRunner } from '../src/story/StoryRunner.ts';
import { compileStoryFile, loadCastFromDisk, storyFiles } from '../src/story/storyFiles.ts';

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : storyFiles();
let failed = 0;
const cast = loadCastFromDisk();
const rows: string[][] = [];
for (const file of files) {
  const name = relative(process.cwd(), file);
  try {
    const compiled = compileStoryFile(file);
    const report = exploreStory(compiled.json, name, { externals: gameExternals({ facilitator: false }) });
    const { meta } = new StoryRunner(compiled.json, { name, externals: gameExternals({ facilitator: false }) });
    // Discussion prompts may be for group play only; count them in facilitator mode too.
    const group = exploreStory(compiled.json, name, { externals: gameExternals({ facilitator: true }) });
    const discuss = Math.max(report.discussPrompts, group.discussPrompts);
    const problems = [
      ...compiled.warnings.map(formatInkMessage),
      ...new Set([...report.problems, ...group.problems]),
      ...vocabularyProblems(report, cast),
      ...barProblems(report, meta.mode, discuss),
    ];
    rows.push([
      report.id,
      `${report.decisionsMin}–${report.decisionsMax}`,
      String(report.endings.length),
      String(report.paths),
      String(report.stepsCovered.length),
      `${report.bestPercent}%`,
      `${report.worstPercent}%`,
      String(discuss),
      String(report.words),
      `${minutesToRead(report.wordsLongestPath, meta.mode)}`,
    ]);
    if (problems.length) {
      failed++;
      console.error(`\n${name}:\n  ${problems.join('\n  ')}`);
    }
    if (files.length === 1 || process.env.VERBOSE) {
      console.log(`\n${name}\n  endings: ${report.endings.join(' | ')}\n  steps: ${report.stepsCovered.join(', ')}`);
      console.log(
        `  speakers: ${report.speakers.join(', ')}\n  scenes: ${report.scenes.join(', ')}\n  sfx: ${report.sfx.join(', ')}`,
      );
    }
  } catch (error) {
    failed++;
    console.error(
      `\n${name}:\n  ${error instanceof InkCompileError ? error.message.replaceAll('\n', '\n  ') : String(error instanceof Error ? error.message : error)}`,
    );
  }
}
const head = [
  'story',
  'decisions',
  'endings',
  'paths',
  'steps',
  'best',
  'worst',
  'discuss',
  'words',
  'longest path (min)',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const row of rows) console.log(line(row));
console.log(`\n${rows.length} stories, ${failed} with problems`);
process.exit(failed ? 1 : 0);
