/**
 * Every shipped story, compiled and walked path by path: the contract of stories/README.md
 * and the bar every scenario must meet.
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
import type { StoryMeta } from '../../src/story/tags.ts';

const files = storyFiles();
const cast = loadCastFromDisk();
const metas = new Map<string, StoryMeta>();

describe.each(files.map((f) => [basename(f), f]))('%s', (name, file) => {
  const compiled = compileStoryFile(file);
  const meta = new StoryRunner(compiled.json, { name, externals: gameExternals({ facilitator: false }) }).meta;
  metas.set(meta.id, meta);
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
    group = exploreStory(compiled.json, name, { externals: gameExternals({ facilitator: true }) });
    expect(solo.problems).toEqual([]);
    expect(group.problems).toEqual([]);
    expect(solo.paths).toBeGreaterThan(0);
    expect(vocabularyProblems(solo, cast)).toEqual([]);
  });

  it('meets the bar: 8–10 decisions, 3 endings, 100% and <50% paths, 2 discussion prompts, ≤15 minutes', () => {
    expect(barProblems(solo, meta.mode, Math.max(solo.discussPrompts, group.discussPrompts))).toEqual([]);
  });
});

describe('the library', () => {
  it('ships stories', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has unique ids, and every pair points to a story that points back', () => {
    expect(metas.size).toBe(files.length);
    for (const meta of metas.values()) {
      if (!meta.pair) continue;
      const other = metas.get(meta.pair);
      expect(other, `${meta.id} → ${meta.pair}`).toBeDefined();
      expect(other?.pair).toBe(meta.id);
      expect(other?.topic).toBe(meta.topic);
      expect(other?.mode).not.toBe(meta.mode);
    }
  });

  it('gives pupils a content warning on every story', () => {
    const without = [...metas.values()].filter((m) => m.mode === 'student' && !m.warning).map((m) => m.id);
    expect(without).toEqual([]);
  });
});
