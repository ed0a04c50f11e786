/**
 * Every shipped story, compiled and walked path by path: the contract of stories/README.md
 * and the bar every scenario must meet. Split over test files (stories-*.test.ts) so the
 * walks run side by side on the test workers.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barProblems } from '../../src/story/bar.ts';
import { vocabularyProblems } from '../../src/story/cast.ts';
import { formatInkMessage } from '../../src/story/compileInk.ts';
import { exploreStory, type StoryReport } from '../../src/story/explore.ts';
import { gameExternals } from '../../src/story/externals.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileStoryFile, loadCastFromDisk, storyFiles } from '../../src/story/storyFiles.ts';

/** Every `count`-th story file from `index`: a shard of the library. */
export function shard(index: number, count: number): string[] {
  return storyFiles().filter((_, i) => i % count === index);
}

export function describeStoryChecks(files: string[]): void {
  const cast = loadCastFromDisk();
  describe.each(files.map((f) => [basename(f), f]))('%s', (name, file) => {
    const compiled = compileStoryFile(file);
    const meta = new StoryRunner(compiled.json, { name, externals: gameExternals({ facilitator: false }) }).meta;
    let solo: StoryReport;
    let group: StoryReport;

    it('compiles without warnings', () => {
      expect(compiled.warnings.map(formatInkMessage)).toEqual([]);
    });

    it('has a file name that is its id', () => {
      expect(name).toBe(`${meta.id}.ink`);
    });

    it('walks every path without a problem, solo and in facilitator mode', () => {
      solo = exploreStory(compiled.json, name, { externals: gameExternals({ facilitator: false }) });
      // Only a story that asks is_facilitator() can differ in group play; walk it twice then.
      group = JSON.stringify(compiled.json).includes('is_facilitator')
        ? exploreStory(compiled.json, name, { externals: gameExternals({ facilitator: true }) })
        : solo;
      expect(solo.problems).toEqual([]);
      expect(group.problems).toEqual([]);
      expect(solo.paths).toBeGreaterThan(0);
      expect(vocabularyProblems(solo, cast)).toEqual([]);
      if (meta.lang === 'en')
        expect(
          solo.speakers.filter((id) => !cast[id]?.en),
          'speakers without "en"',
        ).toEqual([]);
    });

    it('meets the bar: 8–10 decisions, 3 endings, 100% and <50% paths, 2 discussion prompts, ≤15 minutes', () => {
      expect(barProblems(solo, meta.mode, Math.max(solo.discussPrompts, group.discussPrompts))).toEqual([]);
    });
  });
}
