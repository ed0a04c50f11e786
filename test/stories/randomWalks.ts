/**
 * Seeded random playthroughs of every story through the runner, the play session and the
 * store, as the game drives them: no exception, and every walk ends in a debrief.
 * A failure names the seed, so `WALK_SEED=<seed>` replays it. Split over randomWalk-*.test.ts
 * so the walks run side by side on the test workers.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/protocol/debrief.ts';
import { createGameStore, memoryStorage } from '../../src/state/store.ts';
import { gameExternals } from '../../src/story/externals.ts';
import { PlaySession } from '../../src/story/PlaySession.ts';
import { StoryRunner } from '../../src/story/StoryRunner.ts';
import { compileStoryFile } from '../../src/story/storyFiles.ts';

const WALKS = Number(process.env.WALKS ?? 500);
const ONLY_SEED = process.env.WALK_SEED ? Number(process.env.WALK_SEED) : null;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function describeRandomWalks(files: string[]): void {
  describe.each(files.map((f) => [basename(f), f]))('random walks through %s', (name, file) => {
    const json = compileStoryFile(file).json;

    it(`${WALKS} seeded walks each end in a debrief`, () => {
      const store = createGameStore({ storage: memoryStorage() });
      // One runner per mode, restarted for each walk: parsing the story 500 times adds nothing.
      const runners = [true, false].map(
        (facilitator) => new StoryRunner(json, { name, externals: gameExternals({ facilitator }) }),
      );
      const seeds = ONLY_SEED === null ? Array.from({ length: WALKS }, (_, i) => i + 1) : [ONLY_SEED];
      for (const seed of seeds) {
        const random = seeded(seed);
        try {
          // Half the walks are group play, so facilitator-only content is walked too.
          const runner = runners[seed % 2] as StoryRunner;
          runner.restart();
          const session = new PlaySession(runner);
          let beats = session.current();
          for (let guard = 0; beats.at(-1)?.kind === 'choices'; guard++) {
            if (guard > 200) throw new Error('more than 200 decisions');
            const last = beats.at(-1);
            const options = last?.kind === 'choices' ? last.options : [];
            beats = session.choose(Math.floor(random() * options.length));
            store.getState().saveProgress(session.save());
          }
          const debrief = buildDebrief(session.playLog);
          expect(debrief.finished).toBe(true);
          expect(debrief.decisions.length).toBe(session.playLog.decisions.length);
          expect(debrief.score.percent).toBeGreaterThanOrEqual(0);
          expect(debrief.score.percent).toBeLessThanOrEqual(100);
          store.getState().clearProgress();
          store.getState().recordResult({
            storyId: runner.meta.id,
            finishedAt: new Date(0).toISOString(),
            points: debrief.score.points,
            max: debrief.score.max,
            percent: debrief.score.percent,
            ending: debrief.ending,
            perStep: debrief.score.perStep,
          });
        } catch (error) {
          throw new Error(`${name}, seed ${seed} (replay with WALK_SEED=${seed}): ${(error as Error).message}`);
        }
      }
      expect(store.getState().results.length).toBe(Math.min(seeds.length, 100));
    });
  });
}
