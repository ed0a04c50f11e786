import { describe, expect, it } from 'vitest';
import { PlayPrep, playRunner } from '../../src/story/PlayPrep.ts';
import { PlaySession, type SessionSave } from '../../src/story/PlaySession.ts';
import { compileFixture, compileSource } from './helpers.ts';

const json = JSON.parse(compileFixture('mini.ink')) as object;
const run = (steps: Array<() => void>) => {
  for (const step of steps) step();
};

describe('PlayPrep', () => {
  it('hands over a play at its first stop that plays like a new one, once', () => {
    const prep = new PlayPrep();
    run(prep.steps('mini', json, false));
    const clicked = Date.now();
    const made = prep.take('mini', false);
    const fresh = new PlaySession(playRunner('mini', json, false));
    expect(made?.current()).toEqual(fresh.current());
    // Ink seeds its randomness when a story is built; the clock starts at Start.
    const comparable = (save: SessionSave | undefined) => {
      const ink = JSON.parse(save?.runner.ink ?? '{}') as Record<string, unknown>;
      delete ink.storySeed;
      return {
        ...save,
        runner: { ...save?.runner, ink },
        log: { ...save?.log, startedAt: undefined, seed: undefined },
      };
    };
    expect(comparable(made?.save())).toEqual(comparable(fresh.save()));
    expect(Date.parse(made?.playLog.startedAt ?? '')).toBeGreaterThanOrEqual(clicked);
    made?.choose(2);
    fresh.choose(2);
    expect(made?.current()).toEqual(fresh.current());
    expect(prep.take('mini', false)).toBeNull();
  });

  it('gives nothing for another story or mode, and drops what it had', () => {
    const prep = new PlayPrep();
    run(prep.steps('mini', json, false));
    expect(prep.take('mini', true)).toBeNull();
    expect(prep.take('mini', false)).toBeNull();
    run(prep.steps('mini', json, false));
    prep.drop();
    expect(prep.take('mini', false)).toBeNull();
  });

  it('has nothing before its last step has run', () => {
    const prep = new PlayPrep();
    const steps = prep.steps('mini', json, false);
    steps[0]?.();
    steps[1]?.();
    expect(prep.take('mini', false)).toBeNull();
  });

  it('leaves a story that fails, at its start or at its first stop, to the play screen', () => {
    const prep = new PlayPrep();
    expect(() => run(prep.steps('kapot', { inkVersion: 21 }, false))).not.toThrow();
    expect(prep.take('kapot', false)).toBeNull();
    const failing = JSON.parse(compileSource('Hij lacht. # mood: blij\n-> END')) as object;
    expect(() => new PlaySession(playRunner('t', failing, false)).current()).toThrow();
    expect(() => run(prep.steps('t', failing, false))).not.toThrow();
    expect(prep.take('t', false)).toBeNull();
  });
});
