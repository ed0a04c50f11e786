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
  id?: string;
  args?: {
    data?: {
      functionName?: string;
      type?: string;
      /** On a 'Profile' event: when its samples begin, on the trace clock. */
      startTime?: number;
      /** On a 'ProfileChunk' event: new call tree nodes and samples, with their time steps. */
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A long task as the page's PerformanceObserver saw it, in ms since navigation. */
export interface LongTask {
  start: number;
  duration: number;
}

export interface Attributed extends LongTask {
  /** Trace events by self time within the task, largest first, in ms. */
  top: Array<[string, number]>;
  /** JS functions by samples within the task (V8's sampler, about one a millisecond), largest first. */
  js: Array<[string, number]>;
}

/** Where a sampled function is: its name, file and line (1-based), or V8's own label. */
function frameLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
}

/**
 * The main thread's JS samples from the trace's CPU profile (category
 * disabled-by-default-v8.cpu_profiler): when each was taken and the function on top.
 */
export function jsSamples(events: TraceEvent[], thread: { pid: number; tid: number }): Array<[number, string]> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  const start = profile?.args?.data?.startTime;
  if (!profile || start === undefined) return [];
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<[number, string]> = [];
  let ts = start;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id) continue;
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    for (const [i, id] of ids.entries()) {
      ts += data?.timeDeltas?.[i] ?? 0;
      const node = nodes.get(id);
      samples.push([ts, node ? frameLabel(node) : '(unknown)']);
    }
  }
  return samples;
}

/** The page's mark in the trace: its clock and its thread are the page's main thread. */
function findMark(events: TraceEvent[], name: string): TraceEvent | undefined {
  return events.find((e) => e.name === name && e.cat?.includes('user_timing'));
}

/** Samples counted by function, idle left out, most often sampled first. */
function countByFunction(samples: Array<[number, string]>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const [, name] of samples) if (name !== '(idle)') counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
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
  const mark = findMark(events, align.name);
  if (!mark) throw new Error(`the trace has no mark "${align.name}"`);
  const offset = mark.ts - align.at * 1000;
  const samples = jsSamples(events, mark);
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
    const js = countByFunction(samples.filter(([at]) => at >= from && at <= to));
    return { ...task, top, js };
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
    ...(rows.some((row) => row.js.length > 0)
      ? [
          'JS samples inside each long task, by the function on top of the stack (about one a millisecond):',
          '',
          '| at (ms) | functions sampled |',
          '|---|---|',
          ...rows.map(
            (row) =>
              `| ${row.start.toFixed(0)} | ${row.js
                .slice(0, 8)
                .map(([n, c]) => `${n} ×${c}`)
                .join(' · ')} |`,
          ),
          '',
        ]
      : []),
  ].join('\n');
}

/**
 * Where the main thread's JS time went over the whole trace, not only in long tasks: the
 * functions most often on top of the stack, as markdown rows, with their share of samples.
 */
export function busiestFunctions(events: TraceEvent[], align: { name: string }, count = 25): string {
  const mark = findMark(events, align.name);
  if (!mark) return '';
  const byFunction = countByFunction(jsSamples(events, mark));
  const total = byFunction.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return '';
  return [
    `Busiest functions over the whole play (${total} samples, idle left out):`,
    '',
    '| function | share |',
    '|---|---|',
    ...byFunction.slice(0, count).map(([name, n]) => `| ${name} | ${((100 * n) / total).toFixed(1)} % |`),
    '',
  ].join('\n');
}
