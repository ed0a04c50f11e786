/**
 * Attributes the long tasks of a play to what the browser's trace shows inside them, for
 * `BENCH_TRACE=1 npm run bench`. A long task's duration alone does not say whether it was
 * the game's code, a canvas frame, layout of the accessible layer or the harness: its
 * main-thread trace events, by self time, do.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; type?: string } };
}

/** A long task as the page's PerformanceObserver saw it, in ms since navigation. */
export interface LongTask {
  start: number;
  duration: number;
}

export interface Attributed extends LongTask {
  /** Trace events by self time within the task, largest first, in ms. */
  top: Array<[string, number]>;
}

/** Wrappers whose own time is the task's, not any work in it. */
const WRAPPERS = /^(RunTask|ThreadControllerImpl::RunTask|ThreadController active|Receive mojo message)$/;

function label(event: TraceEvent): string {
  const data = event.args?.data;
  if (event.name === 'FunctionCall' || event.name === 'TimerFire' || event.name === 'EventDispatch') {
    return `${event.name}(${data?.functionName || data?.type || ''})`;
  }
  return event.name;
}

/**
 * `align` is a mark the page made: its name, and its time in ms since navigation. Its trace
 * event gives the offset between the two clocks and names the main thread.
 */
export function attributeLongTasks(
  events: TraceEvent[],
  tasks: LongTask[],
  align: { name: string; at: number },
): Attributed[] {
  const mark = events.find((e) => e.name === align.name && e.cat?.includes('user_timing'));
  if (!mark) throw new Error(`the trace has no mark "${align.name}"`);
  const offset = mark.ts - align.at * 1000;
  const main = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return tasks.map((task) => {
    const from = task.start * 1000 + offset;
    const to = from + task.duration * 1000;
    // The task is the outermost RunTask that overlaps the window most (the clocks agree to
    // a fraction of a millisecond, but a task's start is taken a little differently).
    const overlap = (e: TraceEvent) => Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts);
    const root = main
      .filter((e) => e.name === 'RunTask' && overlap(e) > 0)
      .sort((a, b) => overlap(b) - overlap(a) || (b.dur ?? 0) - (a.dur ?? 0))[0];
    const inside = root ? main.filter((e) => e.ts >= root.ts && e.ts + (e.dur ?? 0) <= root.ts + (root.dur ?? 0)) : [];
    const self = new Map<TraceEvent, number>();
    const stack: TraceEvent[] = [];
    for (const event of inside) {
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as TraceEvent;
        if (top.ts + (top.dur ?? 0) > event.ts) break;
        stack.pop();
      }
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent, (self.get(parent) ?? 0) - (event.dur ?? 0));
      self.set(event, (self.get(event) ?? 0) + (event.dur ?? 0));
      stack.push(event);
    }
    const byName = new Map<string, number>();
    for (const [event, us] of self) {
      const name = WRAPPERS.test(event.name) ? '(no trace event: thread held or waiting)' : label(event);
      byName.set(name, (byName.get(name) ?? 0) + us / 1000);
    }
    const top = [...byName].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
    return { ...task, top };
  });
}

/** The attribution as markdown: each task, then the time of all of them by event. */
export function longTasksMarkdown(rows: Attributed[], title: string): string {
  const total = new Map<string, number>();
  for (const row of rows) for (const [name, ms] of row.top) total.set(name, (total.get(name) ?? 0) + ms);
  const fmt = (top: Array<[string, number]>) =>
    top
      .slice(0, 5)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(' · ');
  return [
    `# ${title}`,
    '',
    "Self time in ms of the main thread's trace events inside each long task.",
    '',
    '| all long tasks | ms |',
    '|---|---|',
    ...[...total]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} |`),
    '',
    '| at (ms) | long task (ms) | inside |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.start.toFixed(0)} | ${row.duration.toFixed(0)} | ${fmt(row.top)} |`),
    '',
  ].join('\n');
}
