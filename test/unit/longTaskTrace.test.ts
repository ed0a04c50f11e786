import { describe, expect, it } from 'vitest';
import {
  attributeLongTasks,
  busiestFunctions,
  jsSamples,
  longTasksMarkdown,
  type TraceEvent,
} from '../../scripts/longTaskTrace.ts';

const main = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...main,
  ...extra,
});

// The page's mark at 100 ms is at 1 000 000 µs on the trace clock.
const events: TraceEvent[] = [
  { name: 'bench:align', cat: 'blink.user_timing', ph: 'R', ts: 1_000_000, ...main },
  x('RunTask', 1_100_000, 60_000),
  x('FunctionCall', 1_101_000, 20_000, { args: { data: { functionName: 'step' } } }),
  x('Layout', 1_125_000, 10_000),
  // Another thread in the same window, and the main thread outside it: neither counts.
  x('Paint', 1_110_000, 30_000, { tid: 8 }),
  x('Layout', 1_300_000, 40_000),
];

describe('attributeLongTasks', () => {
  it('splits a long task into the self time of the main thread’s events inside it', () => {
    const [row] = attributeLongTasks(events, [{ start: 200, duration: 60 }], { name: 'bench:align', at: 100 });
    expect(row?.top).toEqual([
      ['(no trace event: thread held or waiting)', 30],
      ['FunctionCall(step)', 20],
      ['Layout', 10],
    ]);
  });

  it('names the missing mark instead of guessing the clocks', () => {
    expect(() => attributeLongTasks(events, [], { name: 'elsewhere', at: 0 })).toThrow(
      'the trace has no mark "elsewhere"',
    );
  });

  it('sums all tasks by event in its markdown', () => {
    const rows = attributeLongTasks(events, [{ start: 200, duration: 60 }], { name: 'bench:align', at: 100 });
    const md = longTasksMarkdown(rows, 'Long tasks');
    expect(md).toContain('| FunctionCall(step) | 20 |');
    expect(md).toContain(
      '| 200 | 60 | (no trace event: thread held or waiting) 30 · FunctionCall(step) 20 · Layout 10 |',
    );
  });

  it('names the JS functions sampled inside a long task, leaving out idle samples and other threads', () => {
    const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });
    const profiled: TraceEvent[] = [
      ...events,
      { name: 'Profile', ph: 'P', ts: 1_000_000, id: '0x1', ...main, args: { data: { startTime: 1_099_000 } } },
      { name: 'Profile', ph: 'P', ts: 1_000_000, id: '0x2', ...main, tid: 8, args: { data: { startTime: 1_099_000 } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        ts: 1_200_000,
        id: '0x1',
        ...main,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: frame('(root)') },
                { id: 2, parent: 1, callFrame: frame('step', 'http://x/assets/index-abc.js', 41) },
                { id: 3, parent: 1, callFrame: frame('(idle)') },
              ],
              // At 1 100 ms, 1 110 ms, 1 120 ms (inside the task) and 1 180 ms (after it).
              samples: [2, 2, 3, 2],
            },
            timeDeltas: [1_000, 10_000, 10_000, 60_000],
          },
        },
      },
      {
        name: 'ProfileChunk',
        ph: 'P',
        ts: 1_200_000,
        id: '0x2',
        ...main,
        tid: 8,
        args: {
          data: { cpuProfile: { nodes: [{ id: 2, callFrame: frame('paint') }], samples: [2] }, timeDeltas: [1_000] },
        },
      },
    ];
    expect(jsSamples(profiled, main)).toEqual([
      [1_100_000, 'step index-abc.js:42'],
      [1_110_000, 'step index-abc.js:42'],
      [1_120_000, '(idle)'],
      [1_180_000, 'step index-abc.js:42'],
    ]);
    const [row] = attributeLongTasks(profiled, [{ start: 200, duration: 60 }], { name: 'bench:align', at: 100 });
    expect(row?.js).toEqual([['step index-abc.js:42', 2]]);
    expect(longTasksMarkdown(row ? [row] : [], 'Long tasks')).toContain('| 200 | step index-abc.js:42 ×2 |');
    // Over the whole trace: three samples of step, the idle one left out.
    const busiest = busiestFunctions(profiled, { name: 'bench:align' });
    expect(busiest).toContain('(3 samples, idle left out)');
    expect(busiest).toContain('| step index-abc.js:42 | 100.0 % |');
  });
});
