import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leadingFeedback } from '../../src/story/beats.ts';
import { afterPaint, printableCopy, whenIdle } from '../../src/ui/schedule.ts';

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

describe('printableCopy', () => {
  let slices: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    slices = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => slices.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  /** The next frame, then every idle slice the browser was asked for. */
  const drawAndIdle = () => {
    vi.advanceTimersByTime(20);
    while (slices.length > 0) slices.shift()?.();
  };

  it('fills the copy once the screen has drawn and the browser is idle, not before', () => {
    const fill = vi.fn();
    printableCopy(fill, new EventTarget());
    expect(fill).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(fill).not.toHaveBeenCalled();
    expect(slices).toHaveLength(1);
    slices.shift()?.();
    expect(fill).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fill).toHaveBeenCalledTimes(1);
  });

  it('fills at once when printing starts before that, and not again after', () => {
    const target = new EventTarget();
    const fill = vi.fn();
    printableCopy(fill, target);
    target.dispatchEvent(new Event('beforeprint'));
    expect(fill).toHaveBeenCalledTimes(1);
    drawAndIdle();
    expect(fill).toHaveBeenCalledTimes(1);
    // Printing again with nothing changed keeps the copy as it is.
    target.dispatchEvent(new Event('beforeprint'));
    expect(fill).toHaveBeenCalledTimes(1);
  });

  it('fills once for changes made within a frame, and again for later ones', () => {
    const target = new EventTarget();
    const fill = vi.fn();
    const copy = printableCopy(fill, target);
    drawAndIdle();
    copy.changed();
    copy.changed();
    copy.changed();
    drawAndIdle();
    expect(fill).toHaveBeenCalledTimes(2);
    copy.changed();
    target.dispatchEvent(new Event('beforeprint'));
    expect(fill).toHaveBeenCalledTimes(3);
    drawAndIdle();
    expect(fill).toHaveBeenCalledTimes(3);
  });

  it('fills nothing once stopped, also when printing starts', () => {
    const target = new EventTarget();
    const fill = vi.fn();
    const copy = printableCopy(fill, target);
    copy.stop();
    drawAndIdle();
    target.dispatchEvent(new Event('beforeprint'));
    copy.changed();
    drawAndIdle();
    expect(fill).not.toHaveBeenCalled();
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
