/**
 * `npm run bench`: builds the game and a bare Phaser page (the floor) the same way, serves
 * both on localhost with gzip, and measures them in headless Chromium with 4× CPU
 * throttling and, for load times, a throttled network (10 Mbit/s, 40 ms). The load times
 * are taken BENCH_RUNS times (default 5: the floor, the title and the first line in turns,
 * as the floor alone varies by a tenth between runs here) and the median reported; the
 * play figures come from one page playing BENCH_SCENARIOS scenarios in a row. Writes
 * bench/results.json and bench/results.md. It reports; it never fails on a figure.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.ts';
import { PHASER_ALIASES, phaserFlags } from '../vite.config.ts';
import {
  attributeLongTasks,
  busiestFunctions,
  type LongTask,
  longTasksMarkdown,
  type TraceEvent,
} from './longTaskTrace.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** BENCH_SMOKE=1: one run and one scenario, for CI, which checks that it completes. */
const SMOKE = process.env.BENCH_SMOKE === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (SMOKE ? 1 : 5));
const SCENARIOS = Number(process.env.BENCH_SCENARIOS ?? (SMOKE ? 1 : 5));
/** A pupil reads the options before choosing, and each line before going on; the game
 * builds what comes next in that time. */
const READING_MS = 1000;
const LINE_READING_MS = 600;
const CPU_THROTTLE = 4;
const NETWORK = {
  offline: false,
  latency: 40,
  downloadThroughput: (10 * 1024 * 1024) / 8,
  uploadThroughput: (5 * 1024 * 1024) / 8,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

/** A static server with gzip for text, like any school web server would have. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    const ext = extname(file);
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    if (COMPRESS.has(ext) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.setHeader('Content-Encoding', 'gzip');
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};

async function page(browser: Browser, network: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
    // The page forbids eval; Playwright's polled string predicates need it.
    bypassCSP: true,
  });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  return { page: p, cdp };
}

/** The accessible buttons on screen, as a page expression. */
const VISIBLE_TWINS = `[...document.querySelectorAll('.a11y-twin')].filter((b) => b.closest('[hidden]') === null)`;
/** What the play screen waits for: the ending, a choice, or Verder. */
const SCREEN = `(() => {
  const twins = ${VISIBLE_TWINS};
  if (twins.some((b) => b.textContent.startsWith('Naar de nabespreking'))) return 'end';
  if (document.querySelector('[role=group][aria-label=Keuzes]:not([hidden]) .a11y-twin')) return 'choices';
  if (twins.some((b) => b.textContent === 'Verder')) return 'next';
  return false;
})()`;

/**
 * Records in the page when each moment is first on screen: the frame after its button
 * appears. Read from the page afterwards, so Playwright's own polling (at 4× throttling it
 * compiles its injected script and runs each poll as a task, late and by varying amounts)
 * is no part of the figure.
 */
const MOMENTS = `(() => {
  window.__shown = {};
  const visible = () => ${VISIBLE_TWINS};
  const tests = {
    input: (twins) => twins.length > 0,
    start: (twins) => twins.some((b) => b.textContent.startsWith('Start het scenario')),
    // The first line is on screen when Verder or the options are: the play loop's own test.
    line: () => ['next', 'choices'].includes(${SCREEN}),
  };
  const check = () => {
    const twins = visible();
    for (const [key, test] of Object.entries(tests)) {
      if (key in window.__shown || !test(twins)) continue;
      window.__shown[key] = null;
      requestAnimationFrame(() => { window.__shown[key] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
})()`;

async function shownAt(p: Page, moment: 'input' | 'start' | 'line'): Promise<number> {
  const handle = await p.waitForFunction(`window.__shown?.${moment} ?? false`, null, { timeout: 120_000, polling: 50 });
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from navigation start until the first accessible button is on screen. */
async function timeToInput(browser: Browser, url: string): Promise<number> {
  const { page: p } = await page(browser, true);
  await p.addInitScript(MOMENTS);
  await p.goto(url);
  const ms = await shownAt(p, 'input');
  await p.context().close();
  return ms;
}

/**
 * Milliseconds from navigation start until the first line of a scenario is on screen, less
 * the time the page waits for the player to press Start under the content warning: the
 * Start button's appearance plus the time from the click to the first line. (Playwright's
 * own checks before a click take a second or more at 4× throttling; no pupil is that slow
 * to be measured against.)
 */
async function timeToFirstLine(browser: Browser, base: string, storyId: string): Promise<number> {
  const { page: p } = await page(browser, true);
  await p.addInitScript(MOMENTS);
  await p.goto(`${base}/?play=${storyId}`);
  const startShown = await shownAt(p, 'start');
  await p.evaluate(`addEventListener('click', () => { window.__clickAt ??= performance.now(); }, { capture: true })`);
  await p.getByRole('button', { name: 'Start het scenario' }).click();
  const lineShown = await shownAt(p, 'line');
  const clickAt = await p.evaluate<number>('window.__clickAt');
  await p.context().close();
  return startShown + (lineShown - clickAt);
}

interface TransferRow {
  gzip: number;
  raw: number;
}

/**
 * Bytes on the first visit to the title screen, by kind; what arrives after the title
 * takes input (code fetched ahead for the next screens) is counted apart.
 */
async function firstVisitBytes(browser: Browser, url: string): Promise<Record<string, TransferRow>> {
  const { page: p, cdp } = await page(browser, false);
  await p.addInitScript(MOMENTS);
  const urls = new Map<string, string>();
  const sentAt = new Map<string, number>();
  const raw = new Map<string, number>();
  const finished: Array<{ id: string; kind: string; gzip: number }> = [];
  let navigationAt: number | null = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    sentAt.set(e.requestId, e.timestamp);
    if (e.type === 'Document') navigationAt ??= e.timestamp;
  });
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.dataReceived', (e) => raw.set(e.requestId, (raw.get(e.requestId) ?? 0) + e.dataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const ext = extname(new URL(urls.get(e.requestId) ?? 'http://x/').pathname);
    const kind =
      ext === '.js'
        ? 'js'
        : ['.woff', '.woff2'].includes(ext)
          ? 'fonts'
          : ['.ogg', '.mp3'].includes(ext)
            ? 'audio'
            : ['.png', '.svg'].includes(ext)
              ? 'art'
              : 'html+css+data';
    finished.push({ id: e.requestId, kind, gzip: e.encodedDataLength });
  });
  await p.goto(url);
  // When the title took input, on the page's clock (ms since navigation): a request sent
  // after it is code fetched ahead for the next screens. Read in the page, as polling
  // from here lags by varying amounts at 4× throttling.
  const shown = await shownAt(p, 'input');
  // The title prefetches the play screen's code a second after it has drawn.
  await p.waitForTimeout(2000);
  await p.context().close();
  const totals: Record<string, TransferRow> = {};
  for (const { id, kind, gzip } of finished) {
    const sent = sentAt.get(id) ?? 0;
    const after = navigationAt !== null && (sent - navigationAt) * 1000 > shown;
    const key = after ? `${kind}, fetched after the title` : kind;
    const row = totals[key] ?? { gzip: 0, raw: 0 };
    totals[key] = row;
    row.gzip += gzip;
    row.raw += raw.get(id) ?? 0;
  }
  return totals;
}

interface PlayFigures {
  latencies: number[];
  longTasks: number;
  longestTask: number;
  fps: number;
  /** Game frames drawn and left out because nothing changed, first line to ending. */
  drawn: number;
  skipped: number;
  /** Each long task: when it began, in ms since navigation, and how long it took. */
  longTaskList: LongTask[];
  /** When the first line showed, in ms since navigation. */
  firstLineAt: number;
  /** The main thread's busy time, first line to ending (Chrome's TaskDuration), in ms. */
  busyMs: number;
  /** The time from first line to ending, in ms. */
  playMs: number;
  /** Frames over 50 ms (Long Animation Frames), with the scripts that ran in them. */
  longFrames: LongFrame[];
}

/**
 * What a long frame held, from the browser's Long Animation Frames API: at no cost to the
 * run, unlike a trace, whose own overhead turns frames of 40 ms into long tasks.
 */
interface LongFrame {
  /** In ms after the scenario's first line showed. */
  start: number;
  duration: number;
  /** From the frame's rendering start to its end: style, layout and the game's drawing in rAF. */
  renderMs: number;
  scripts: { invoker: string; source: string; ms: number; layoutMs: number }[];
}

/** How long the page's main thread has been busy, in ms: a sum that rare stalls barely move. */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Plays a story to its end choosing the first option, with reading pauses; measures
 * choice → feedback, and long tasks and frames from the first line to the ending.
 */
async function playStory(
  p: Page,
  cdp: CDPSession,
  base: string,
  storyId: string,
  first: boolean,
): Promise<PlayFigures> {
  if (first) await p.goto(`${base}/?play=${storyId}`);
  // The next ones in the same page, as the debrief's own buttons start a scenario: the heap
  // then shows whatever a scenario leaves behind.
  else
    await p.evaluate(
      // A script is no input: it wakes the sleeping render loop itself, as a click would.
      `(() => {
        const game = window.onlineGrenzen.game;
        game.scene.getScene('DebriefScene').scene.start('WarningScene', { storyId: ${JSON.stringify(storyId)} });
        game.loop.wake();
      })()`,
    );
  await p.getByRole('button', { name: 'Start het scenario' }).click();
  await p
    .getByRole('button', { name: 'Verder', exact: true })
    .or(p.getByRole('group', { name: 'Keuzes' }).getByRole('button').first())
    .first()
    .waitFor();
  // Page scripts are strings: tsx would wrap named functions in a helper the page lacks.
  // One observer and one frame counter per page (the scenarios share a page), reset per scenario.
  await p.evaluate(`(() => {
    const fresh = !window.__bench;
    const game = (window.onlineGrenzen.frames?.() ?? { drawn: 0, skipped: 0 });
    window.__bench = { long: [], longFrames: [], frames: 0, awake: 0, last: 0, since: performance.now(), drawn: game.drawn, skipped: game.skipped };
    if (!fresh) return;
    new PerformanceObserver((list) => {
      // Entries arrive a little after their task: one from before this scenario's first line is not of its play.
      for (const e of list.getEntries()) {
        if (e.startTime < window.__bench.since) continue;
        window.__bench.long.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: false });
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.startTime < window.__bench.since) continue;
          window.__bench.longFrames.push({
            start: e.startTime - window.__bench.since,
            duration: e.duration,
            renderMs: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
            scripts: e.scripts.map((s) => ({
              invoker: s.invoker,
              source: (s.sourceFunctionName || '?') + ' ' + s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition,
              ms: s.duration,
              layoutMs: s.forcedStyleAndLayoutDuration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: false });
    }
    // The game's own steps, not a loop of the page's: a requestAnimationFrame loop kept
    // the browser making frames while the game slept, some 9 % of the main thread here.
    // A gap of over 100 ms between steps is the game asleep, not a slow frame.
    window.onlineGrenzen.game.events.on('poststep', () => {
      const b = window.__bench;
      const now = performance.now();
      if (b.last && now - b.last < 100) { b.frames++; b.awake += now - b.last; }
      b.last = now;
    });
  })()`);
  const busyBefore = await busyMs(cdp);
  const latencies: number[] = [];
  for (let i = 0; i < 500; i++) {
    // Plain selectors, polled rarely: Playwright's role queries run in the page and, at 4×
    // throttling, would be long tasks of their own.
    const handle = await p.waitForFunction(SCREEN, null, { polling: 100, timeout: 60_000 });
    const screen = (await handle.jsonValue()) as 'end' | 'choices' | 'next';
    if (screen === 'end') break;
    if (screen === 'choices') {
      await p.waitForTimeout(READING_MS);
      // Measured in the page: from the click to the feedback panel's announcement.
      const ms = await p.evaluate<number>(`new Promise((ok) => {
        const live = document.querySelector('[aria-live]');
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (live.lastElementChild && live.lastElementChild.textContent.startsWith('Feedback')) {
            observer.disconnect();
            requestAnimationFrame(() => ok(performance.now() - t0));
          }
        });
        observer.observe(live, { childList: true });
        document.querySelector('[role=group][aria-label=Keuzes]:not([hidden]) button').click();
      })`);
      latencies.push(ms);
    } else {
      await p.waitForTimeout(LINE_READING_MS);
      await p.evaluate(`${VISIBLE_TWINS}.find((b) => b.textContent === 'Verder').click()`);
    }
  }
  const figures = await p.evaluate<{
    long: LongTask[];
    longFrames: LongFrame[];
    fps: number;
    drawn: number;
    skipped: number;
    seconds: number;
    since: number;
  }>(`(() => {
    const seconds = (performance.now() - window.__bench.since) / 1000;
    const game = window.onlineGrenzen.frames?.() ?? { drawn: 0, skipped: 0 };
    return {
      long: window.__bench.long,
      longFrames: window.__bench.longFrames,
      fps: window.__bench.frames / (window.__bench.awake / 1000),
      drawn: game.drawn - window.__bench.drawn,
      skipped: game.skipped - window.__bench.skipped,
      seconds,
      since: window.__bench.since,
    };
  })()`);
  const busy = (await busyMs(cdp)) - busyBefore;
  await p.getByRole('button', { name: 'Naar de nabespreking' }).click();
  await p.getByRole('heading', { name: /Nabespreking/ }).waitFor({ state: 'attached' });
  return {
    latencies,
    longTasks: figures.long.length,
    longestTask: Math.max(0, ...figures.long.map((task) => task.duration)),
    fps: figures.fps,
    drawn: figures.drawn,
    skipped: figures.skipped,
    longTaskList: figures.long,
    firstLineAt: figures.since,
    busyMs: busy,
    playMs: figures.seconds * 1000,
    longFrames: figures.longFrames,
  };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * BENCH_COMPARE=dirA,dirB: plays the scenarios in builds made beforehand (say, of an older
 * commit and of this one), taking turns for BENCH_ROUNDS rounds, so that the machine's
 * drift over time falls on both alike. Prints the play figures of each; writes nothing.
 * BENCH_COMPARE_WHAT=loads compares the load times instead, and =both does both.
 */
async function compare(dirs: string[]): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const what = process.env.BENCH_COMPARE_WHAT ?? 'play';
  const servers = await Promise.all(dirs.map((dir) => serve(resolve(dir))));
  const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  if (what === 'loads' || what === 'both') await compareLoads(browser, dirs, urls);
  if (what === 'play' || what === 'both') await comparePlay(browser, dirs, urls, rounds);
  await browser.close();
  for (const server of servers) server.close();
}

/**
 * The title's and a first line's load times of each build, in turns, BENCH_LOAD_ROUNDS
 * times (default 8): one load varies by a quarter here, so only many in turns tell.
 */
async function compareLoads(browser: Browser, dirs: string[], urls: string[]): Promise<void> {
  const rounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 8);
  const title = dirs.map(() => [] as number[]);
  const line = dirs.map(() => [] as number[]);
  const story = (await listStories(urls[0] as string, browser))[0] ?? 'cyberbaiting-staff';
  for (let round = 0; round < rounds; round++) {
    for (const [d, url] of urls.entries()) {
      title[d]?.push(await timeToInput(browser, url));
      line[d]?.push(await timeToFirstLine(browser, url, story));
    }
    console.log(
      `load round ${round + 1}: ${dirs.map((dir, d) => `${dir} title ${title[d]?.at(-1)?.toFixed(0)}, line ${line[d]?.at(-1)?.toFixed(0)}`).join('; ')}`,
    );
  }
  for (const [d, dir] of dirs.entries()) {
    console.log(
      `${dir}: title median ${median(title[d] ?? []).toFixed(0)} ms, first line median ${median(line[d] ?? []).toFixed(0)} ms`,
    );
  }
}

async function comparePlay(browser: Browser, dirs: string[], urls: string[], rounds: number): Promise<void> {
  const rows = dirs.map(
    () =>
      [] as {
        longTasks: number;
        longFrames: number;
        blockingMs: number;
        busyMs: number;
        p95: number;
        median: number;
      }[],
  );
  for (let round = 0; round < rounds; round++) {
    for (const [d, url] of urls.entries()) {
      const catalog = await listStories(url, browser);
      const { page: p, cdp } = await page(browser, false);
      const latencies: number[] = [];
      let longTasks = 0;
      let longFrames = 0;
      let blockingMs = 0;
      let busy = 0;
      for (const [i, id] of catalog.slice(0, SCENARIOS).entries()) {
        const figures = await playStory(p, cdp, url, id, i === 0);
        latencies.push(...figures.latencies);
        longTasks += figures.longTasks;
        longFrames += figures.longFrames.length;
        blockingMs += figures.longTaskList.reduce((sum, task) => sum + task.duration - 50, 0);
        busy += figures.busyMs;
      }
      await p.context().close();
      const row = {
        longTasks,
        longFrames,
        blockingMs: Math.round(blockingMs),
        busyMs: Math.round(busy),
        p95: percentile(latencies, 95),
        median: median(latencies),
      };
      rows[d]?.push(row);
      console.log(`round ${round + 1}, ${dirs[d]}: ${JSON.stringify(row)}`);
    }
  }
  for (const [d, dir] of dirs.entries()) {
    const r = rows[d] ?? [];
    console.log(
      `${dir}: long tasks ${r.map((x) => x.longTasks).join(', ')} (median ${median(r.map((x) => x.longTasks))}); ` +
        `frames over 50 ms ${r.map((x) => x.longFrames).join(', ')}; ` +
        `blocking ${r.map((x) => x.blockingMs).join(', ')} ms; busy ${r.map((x) => x.busyMs).join(', ')} ms; ` +
        `choice p95 median ${median(r.map((x) => x.p95)).toFixed(1)} ms`,
    );
  }
}

/**
 * BENCH_TRACE=1: plays BENCH_SCENARIOS scenarios (default 1) of the last build (dist/, or
 * BENCH_DIST: say, a build with `--minify false` for readable function names) with Chrome's
 * trace on, and writes what each long task held to bench/longtasks.md.
 */
async function traceLongTasks(): Promise<void> {
  const server = await serve(resolve(ROOT, process.env.BENCH_DIST ?? 'dist'));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const catalog = await listStories(url, browser);
  const { page: p, cdp } = await page(browser, false);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'toplevel',
        'v8',
        'disabled-by-default-v8.gc',
        // JS samples, to name the functions inside a long task.
        'disabled-by-default-v8.cpu_profiler',
      ],
    },
  });
  const tasks: LongTask[] = [];
  const count = Number(process.env.BENCH_SCENARIOS ?? 1);
  for (const [i, id] of catalog.slice(0, count).entries()) {
    const figures = await playStory(p, cdp, url, id, i === 0);
    tasks.push(...figures.longTaskList);
    console.log(`played ${id}: ${figures.longTasks} long tasks`);
  }
  const at = await p.evaluate<number>(`performance.mark('bench:align').startTime`);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  await browser.close();
  server.close();
  const rows = attributeLongTasks(events, tasks, { name: 'bench:align', at });
  const md = longTasksMarkdown(
    rows,
    `Long tasks in play, traced (${new Date().toISOString().slice(0, 10)}, ${count} scenario(s), 4× CPU)`,
  );
  const all = `${md}\n${busiestFunctions(events, { name: 'bench:align' })}`;
  writeFileSync(join(ROOT, 'bench/longtasks.md'), all);
  console.log(all);
}

async function main(): Promise<void> {
  const comparing = process.env.BENCH_COMPARE;
  if (comparing) return compare(comparing.split(','));
  if (process.env.BENCH_TRACE === '1') return traceLongTasks();
  console.log('Building the game and the floor…');
  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    root: join(ROOT, 'bench/floor'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [phaserFlags()],
    resolve: { alias: PHASER_ALIASES },
    define: { global: 'globalThis' },
    build: { outDir: join(ROOT, 'bench/dist-floor'), emptyOutDir: true, target: 'es2022' },
  });
  const game = await serve(join(ROOT, 'dist'));
  const floor = await serve(join(ROOT, 'bench/dist-floor'));
  const gameUrl = `http://127.0.0.1:${(game.address() as AddressInfo).port}`;
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  const catalog = await listStories(gameUrl, browser);
  const first = catalog[0] ?? 'cyberbaiting-staff';

  const title: number[] = [];
  const floorTitle: number[] = [];
  const firstLine: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    floorTitle.push(await timeToInput(browser, floorUrl));
    title.push(await timeToInput(browser, gameUrl));
    firstLine.push(await timeToFirstLine(browser, gameUrl, first));
    console.log(
      `run ${run + 1}/${RUNS}: floor ${floorTitle.at(-1)?.toFixed(0)} ms, title ${title.at(-1)?.toFixed(0)} ms, first line ${firstLine.at(-1)?.toFixed(0)} ms`,
    );
  }
  const bytes = await firstVisitBytes(browser, gameUrl);

  // Scenarios in a row in one page: choice latency, long tasks, frames, heap after each.
  const { page: p, cdp } = await page(browser, false);
  const latencies: number[] = [];
  const heap: { story: string; mb: number }[] = [];
  let longTasks = 0;
  let longestTask = 0;
  const longTaskTimes: { story: string; msAfterFirstLine: number; ms: number }[] = [];
  const fps: number[] = [];
  let drawn = 0;
  let skipped = 0;
  let busy = 0;
  let played = 0;
  const longFrames: (LongFrame & { story: string })[] = [];
  for (const [i, id] of catalog.slice(0, SCENARIOS).entries()) {
    const figures = await playStory(p, cdp, gameUrl, id, i === 0);
    longFrames.push(...figures.longFrames.map((frame) => ({ story: id, ...frame })));
    busy += figures.busyMs;
    played += figures.playMs;
    latencies.push(...figures.latencies);
    longTasks += figures.longTasks;
    longestTask = Math.max(longestTask, figures.longestTask);
    longTaskTimes.push(
      ...figures.longTaskList.map((task) => ({
        story: id,
        msAfterFirstLine: Math.round(task.start - figures.firstLineAt),
        ms: Math.round(task.duration),
      })),
    );
    fps.push(figures.fps);
    drawn += figures.drawn;
    skipped += figures.skipped;
    heap.push({ story: id, mb: await heapMb(cdp) });
    console.log(`played ${id}: ${figures.latencies.length} choices, heap ${heap.at(-1)?.mb.toFixed(1)} MB`);
  }
  await browser.close();
  game.close();
  floor.close();

  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    conditions: { cpuThrottle: CPU_THROTTLE, network: '10 Mbit/s, 40 ms', viewport: '1366×768' },
    titleMs: median(title),
    floorMs: median(floorTitle),
    titleRatio: median(title) / median(floorTitle),
    firstLineMs: median(firstLine),
    firstLineRatio: median(firstLine) / median(floorTitle),
    choiceLatencyMs: { median: median(latencies), p95: percentile(latencies, 95), samples: latencies.length },
    longTasksDuringPlay: longTasks,
    longTaskDurationsMs: longTaskTimes.map((task) => task.ms).sort((a, b) => b - a),
    longTasks: longTaskTimes,
    readingMsBeforeEachChoice: READING_MS,
    readingMsBeforeEachVerder: LINE_READING_MS,
    smoke: SMOKE,
    longestTaskMs: longestTask,
    framesPerSecond: median(fps),
    /** The main thread's busy time while playing (Chrome's TaskDuration, throttled), and its share. */
    busyDuringPlay: { ms: Math.round(busy), share: busy / played },
    gameFrames: { drawn, leftOut: skipped },
    heapMb: heap,
    longFrames,
    firstVisitBytes: bytes,
    jsBudgetKbGzip: 300,
    /** All JavaScript of the first visit, the title's and what it fetches ahead. */
    jsKbGzip: Object.entries(bytes)
      .filter(([kind]) => kind.startsWith('js'))
      .reduce((sum, [, row]) => sum + row.gzip / 1024, 0),
    jsBeforeTitleKbGzip: (bytes.js?.gzip ?? 0) / 1024,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  // A smoke run's figures are not the benchmark's: they go beside it, not over it.
  const out = SMOKE ? 'bench/smoke-results' : 'bench/results';
  writeFileSync(join(ROOT, `${out}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const md = [
    `# Benchmark (${results.date.slice(0, 10)}${SMOKE ? ', smoke run' : ''}, median of ${RUNS}, 4× CPU, 10 Mbit/s + 40 ms)`,
    '',
    `Load times on a throttled network, read in the page: the frame after the screen's first button (or the first line's Verder) appeared. Play in one page, scenario after scenario, with ${READING_MS / 1000} s of reading before each choice and ${LINE_READING_MS / 1000} s before each Verder.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| title screen takes input | ${results.titleMs.toFixed(0)} ms |`,
    `| bare Phaser floor | ${results.floorMs.toFixed(0)} ms |`,
    `| title ÷ floor | ${results.titleRatio.toFixed(2)} |`,
    `| first line of a scenario (?play=) | ${results.firstLineMs.toFixed(0)} ms |`,
    `| first line ÷ floor | ${results.firstLineRatio.toFixed(2)} |`,
    `| choice → feedback, median / p95 | ${results.choiceLatencyMs.median.toFixed(1)} / ${results.choiceLatencyMs.p95.toFixed(1)} ms (${latencies.length} choices) |`,
    `| long tasks (>50 ms) from first line to ending | ${longTasks} (longest ${longestTask.toFixed(0)} ms)${longTaskTimes.length > 0 ? `: ${longTaskTimes.map((task) => `${task.story} +${task.msAfterFirstLine} ms, ${task.ms} ms`).join('; ')}` : ''} |`,
    `| frames per second while the game is awake (animating or answering) | ${results.framesPerSecond.toFixed(0)} |`,
    `| main thread busy while playing | ${(busy / 1000).toFixed(1)} s of ${(played / 1000).toFixed(0)} s (${(100 * results.busyDuringPlay.share).toFixed(0)} %) |`,
    `| game frames drawn / left out as unchanged | ${drawn} / ${skipped} |`,
    `| JS heap at each scenario's debrief | ${heap.map((h) => `${h.mb.toFixed(1)}`).join(' → ')} MB |`,
    ...Object.entries(bytes).map(([k, v]) => `| first visit: ${k} (gzip / raw) | ${kb(v.gzip)} / ${kb(v.raw)} |`),
    '',
    longFramesMarkdown(longFrames),
  ].join('\n');
  writeFileSync(join(ROOT, `${out}.md`), md);
  console.log(`\n${md}`);
}

/** Each long frame of play and the scripts that ran in it, longest script first. */
function longFramesMarkdown(frames: (LongFrame & { story: string })[]): string {
  if (frames.length === 0) return '';
  const ms = (n: number) => n.toFixed(0);
  return [
    'Frames over 50 ms in play (Long Animation Frames): what ran in them. "render" is the frame from its rendering start on: the game\'s drawing, style and layout.',
    '',
    '| scenario | ms after its first line | frame (ms) | render (ms) | scripts: invoker, function, ms (forced layout ms) |',
    '|---|---|---|---|---|',
    ...frames.map((f) => {
      const scripts = [...f.scripts]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((x) => `${x.invoker} · ${x.source} · ${ms(x.ms)}${x.layoutMs >= 1 ? ` (${ms(x.layoutMs)})` : ''}`)
        .join('<br>');
      return `| ${f.story} | ${ms(f.start)} | ${ms(f.duration)} | ${ms(f.renderMs)} | ${scripts || '(no script)'} |`;
    }),
    '',
  ].join('\n');
}

/** The story ids the built game lists, from its precache manifest of story chunks. */
async function listStories(base: string, browser: Browser): Promise<string[]> {
  const p = await browser.newPage();
  await p.goto(base);
  await p.waitForFunction(() => 'onlineGrenzen' in window);
  const ids = await p.evaluate(
    () => (window as unknown as { onlineGrenzen: { stories: string[] } }).onlineGrenzen.stories,
  );
  await p.close();
  return ids;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
