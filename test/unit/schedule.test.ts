import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadingFeedback } from '../../src/story/beats.ts';
import { afterPaint, whenIdle } from '../../src/ui/schedule.ts';

describe('afterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work once, after the next frame', () => {
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(10);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(work).toHaveBeenCalledTimes(1);
    // The fallback for a tab without frames does not run it a second time.
    vi.advanceTimersByTime(500);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('still runs the work when no frame comes (a hidden tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the steps in order, each in its own idle slice', () => {
    const slices: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => slices.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const done: number[] = [];
    whenIdle([() => done.push(1), () => done.push(2), () => done.push(3)]);
    expect(done).toEqual([]);
    slices.shift()?.();
    expect(done).toEqual([1]);
    slices.shift()?.();
    slices.shift()?.();
    expect(done).toEqual([1, 2, 3]);
    expect(slices).toEqual([]);
  });

  it('stops when cancelled, also between slices', () => {
    const slices: Array<() => void> = [];
    const cancelled: number[] = [];
    let ids = 0;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      slices.push(callback);
      return ++ids;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const done: number[] = [];
    const cancel = whenIdle([() => done.push(1), () => done.push(2)]);
    slices.shift()?.();
    cancel();
    expect(cancelled).toEqual([2]);
    // A slice the browser had already queued does nothing after the cancel.
    slices.shift()?.();
    expect(done).toEqual([1]);
  });

  it('falls back to timers where the browser has no idle callbacks', () => {
    const done: number[] = [];
    whenIdle([() => done.push(1), () => done.push(2)]);
    vi.advanceTimersByTime(16);
    expect(done).toEqual([1]);
    vi.advanceTimersByTime(16);
    expect(done).toEqual([1, 2]);
  });
});

describe('leadingFeedback', () => {
  it('takes the feedback a choice opens with, up to the first other beat', () => {
    expect(
      leadingFeedback([
        { kind: 'feedback', text: 'Goed.' },
        { kind: 'feedback', text: 'En verder.' },
        { kind: 'line', text: 'Later', speaker: null, channel: 'narrator', scene: null, sfx: null },
        { kind: 'feedback', text: 'Niet deze.' },
        { kind: 'end', ending: null },
      ]),
    ).toEqual(['Goed.', 'En verder.']);
    expect(leadingFeedback([{ kind: 'end', ending: null }])).toEqual([]);
  });
});
