/**
 * Previews run on a copy of ink's state and are taken over when that option is chosen
 * (StoryRunner.preview). Over every story: a preview leaves the story where it was, and
 * choosing after previews gives the same beats and the same state as choosing without.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Beat } from '../../src/story/beats.ts';
import { gameExternals } from '../../src/story/externals.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileStoryFile, storyFiles } from '../../src/story/storyFiles.ts';

/** Choice points checked per story; enough to reach every story's later scenes. */
const POINTS = 25;

describe('previews over the library', () => {
  it.each(storyFiles().map((file) => basename(file)))('%s', (name) => {
    const file = storyFiles().find((f) => basename(f) === name) as string;
    const runner = new StoryRunner(compileStoryFile(file).json, {
      name,
      externals: gameExternals({ facilitator: false }),
    });
    const seen = new Set<string>();
    let points = 0;
    const walk = (beats: Beat[]): void => {
      const last = beats.at(-1);
      if (last?.kind !== 'choices' || points >= POINTS) return;
      const here = runner.save();
      if (seen.has(here.ink)) return;
      seen.add(here.ink);
      points++;
      // On the live state, which may itself be a taken-over preview: last option first.
      const previews = new Map([...last.options].reverse().map((o) => [o.index, runner.preview(o.index)]));
      expect(runner.save()).toEqual(here);
      for (const option of last.options) {
        runner.restore(here);
        runner.choose(option.index);
        const plain = runner.continue();
        const plainSave = runner.save();
        runner.restore(here);
        for (const o of last.options) runner.preview(o.index);
        runner.choose(option.index);
        const taken = runner.continue();
        expect(taken).toEqual(plain);
        expect(previews.get(option.index)).toEqual(plain);
        const save = runner.save();
        expect([save.scene, save.ending]).toEqual([plainSave.scene, plainSave.ending]);
        expect(JSON.parse(save.ink)).toEqual(JSON.parse(plainSave.ink));
        walk(taken);
      }
    };
    walk(runner.continue());
    expect(points).toBeGreaterThan(1);
  });
});
