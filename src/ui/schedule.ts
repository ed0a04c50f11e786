/**
 * Work the player need not wait for: it runs after the browser has shown the next frame,
 * so a click's answer is on screen first. A hidden tab shows no frames; the work still runs.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 250);
}

/**
 * Runs the steps one by one while the browser is idle, each in its own slice so none of
 * them holds up a frame; a step waits at most `timeout` ms for an idle moment, as a busy
 * animation may leave none. Returns a cancel for when the moment has passed.
 */
export function whenIdle(steps: Array<() => void>, timeout = 100): () => void {
  let cancelled = false;
  let handle: number | ReturnType<typeof setTimeout> | null = null;
  const idle = typeof requestIdleCallback === 'function';
  const schedule = (index: number) => {
    if (cancelled || index >= steps.length) return;
    const run = () => {
      if (cancelled) return;
      steps[index]?.();
      schedule(index + 1);
    };
    handle = idle ? requestIdleCallback(run, { timeout }) : setTimeout(run, 16);
  };
  schedule(0);
  return () => {
    cancelled = true;
    if (handle === null) return;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  };
}

export interface PrintableCopy {
  /** The screen changed: fill the copy again once it has drawn. */
  changed(): void;
  /** The screen is gone: nothing more is filled. */
  stop(): void;
}

/**
 * A printable copy of a screen, kept up to date without holding up a frame: `fill` runs
 * once the screen has drawn and the browser is idle, once more after changes, and at once
 * when printing starts (`beforeprint` on `target`) while the copy is behind.
 */
export function printableCopy(fill: () => void, target: EventTarget): PrintableCopy {
  let behind = false;
  let stopped = false;
  // The wait for a frame under way, if any; one that `now` overtook is no longer it.
  let waiting: object | null = null;
  let cancel: (() => void) | null = null;
  const now = () => {
    if (stopped || !behind) return;
    behind = false;
    waiting = null;
    cancel?.();
    cancel = null;
    fill();
  };
  const changed = () => {
    if (stopped) return;
    behind = true;
    if (waiting) return;
    const wait = {};
    waiting = wait;
    afterPaint(() => {
      if (waiting === wait && !stopped) cancel = whenIdle([now]);
    });
  };
  target.addEventListener('beforeprint', now);
  changed();
  return {
    changed,
    stop: () => {
      stopped = true;
      cancel?.();
      target.removeEventListener('beforeprint', now);
    },
  };
}
