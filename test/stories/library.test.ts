/** The library as a whole: ids, pairs, topics in both modes, languages, warnings. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gameExternals } from '../../src/story/externals.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileStoryFile, storyFiles } from '../../src/story/storyFiles.ts';
import { type StoryMeta, TOPICS } from '../../src/story/tags.ts';

const files = storyFiles();
const metas = new Map<string, StoryMeta>();
for (const file of files) {
  const runner = new StoryRunner(compileStoryFile(file).json, {
    name: basename(file),
    externals: gameExternals({ facilitator: false }),
  });
  metas.set(runner.meta.id, runner.meta);
}

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

  it('has a Dutch story for every topic of the tag contract', () => {
    const missing = TOPICS.filter((topic) => ![...metas.values()].some((m) => m.topic === topic && m.lang === 'nl'));
    expect(missing).toEqual([]);
  });

  // The first library (issue 3) and every kind of complaint of the protocol's table (issue 6)
  // are told from both sides; `personeel` and `naaktfoto` have only one.
  it.each(['cyberbaiting', 'sexting', 'grooming', 'pesten', 'chantage', 'cyberstalking', 'beelden', 'nepaccount'])(
    'tells %s in a student and a staff version',
    (topic) => {
      const modes = [...metas.values()].filter((m) => m.topic === topic && m.lang === 'nl').map((m) => m.mode);
      expect(new Set(modes)).toEqual(new Set(['student', 'staff']));
    },
  );

  it.each(['cyberbaiting', 'sexting', 'grooming'])('has %s in English too, in both modes', (topic) => {
    for (const mode of ['student', 'staff'] as const) {
      const dutch = metas.get(`${topic}-${mode}`);
      const english = metas.get(`${topic}-${mode}-en`);
      expect(english?.lang, `${topic}-${mode}-en`).toBe('en');
      expect(english?.mode).toBe(dutch?.mode);
      expect(english?.pair).toBe(`${topic}-${mode === 'student' ? 'staff' : 'student'}-en`);
    }
  });

  it('gives pupils a content warning on every story', () => {
    const without = [...metas.values()].filter((m) => m.mode === 'student' && !m.warning).map((m) => m.id);
    expect(without).toEqual([]);
  });
});
