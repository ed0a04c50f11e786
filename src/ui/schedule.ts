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
