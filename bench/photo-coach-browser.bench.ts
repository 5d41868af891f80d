// The photo coach in Chromium: analysis and the one-tap fix of a 12-megapixel (4000×3000)
// photo in the photo Worker, timed from the page (so the transfer to and from the Worker
// counts); the same analysis timed inside a Worker and stage by stage there and on the page's
// main thread, so a slowdown particular to Workers shows where it is. The baseline: opencv.js
// (@techstark/opencv-js, copied from node_modules and served locally, never the network)
// doing the analysis's core operations (copy in, grayscale, INTER_AREA resize, variance of
// Laplacian, histogram) in the same Worker, in the same rounds, as in photo-coach.bench.ts
// for Node; printed as a ratio. Prints figures; never fails on timing.
// PHOTO_BENCH_RUNS sets the runs counted (default 9, after four warm-up rounds).
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../test/chromium.js';
import type { BrowserTimings } from './photo-browser/page.js';
import { cpuBetween, threadCpu, threadWait } from './photo-browser/thread-cpu.js';
import type { ThreadKind } from './photo-browser/thread-cpu.js';
import { median } from './sample-stats.js';
import { serveStatic } from '../test/serve-static.js';
import { buildBenchPage } from './bench-page.js';

const runs = Number(process.env.PHOTO_BENCH_RUNS ?? 9);
const out = await buildBenchPage('photo', {
  page: './photo-browser/page.ts',
  'photo-worker': '../packages/photo-coach/src/browser/photo-worker.ts',
  'probe-worker': './photo-browser/probe-worker.ts',
});
// opencv.js (a classic script, its wasm embedded) beside the Workers, as the photo coach's
// own dev dependency resolves it.
const requireFromCoach = createRequire(
  new URL('../packages/photo-coach/package.json', import.meta.url),
);
copyFileSync(requireFromCoach.resolve('@techstark/opencv-js'), join(out, 'opencv.js'));

const server = await serveStatic(out);
const browser = await launchChromium();
const page = await browser.newPage();
const last = { main: threadCpu('main'), worker: threadCpu('worker') };
const lastWait = { main: threadWait('main'), worker: threadWait('worker') };
await page.exposeFunction('cpuMark', (kind: ThreadKind) => {
  const now = threadCpu(kind);
  // No /proc (not Linux): no CPU figures.
  const ms = now.size === 0 ? NaN : cpuBetween(last[kind], now);
  last[kind] = now;
  return ms;
});
await page.exposeFunction('waitMark', (kind: ThreadKind) => {
  const now = threadWait(kind);
  const ms = now.size === 0 ? NaN : cpuBetween(lastWait[kind], now);
  lastWait[kind] = now;
  return ms;
});
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${server.origin}/index.html?runs=${runs}`);
const timings = await page.evaluate(
  () => (window as unknown as { benchResult: Promise<BrowserTimings> }).benchResult,
  undefined,
);
const version = browser.version();
await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });

const min = (xs: number[]) => Math.min(...xs);
const row = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(46)}${min(xs).toFixed(1).padStart(7)} ${median(xs).toFixed(1).padStart(8)}`,
  );
console.log(
  `node ${process.version}, Chromium ${version}, 4000×3000 photo, ${runs} runs after four warm-up rounds (ms)`,
);
console.log(`${''.padEnd(46)}    min   median`);
row('analyzePixels in the Worker (with transfer)', timings.analyze);
row('fixPixels in the Worker (with transfer)', timings.fix);
row('analyzePixels timed inside a Worker (probe)', timings.insideWorker);
row('  the same calls timed from the page', timings.probeFromPage);
row('opencv.js core ops timed inside that Worker', timings.opencvInsideWorker);
row("analyzePixels on the page's main thread", timings.mainThread);
if (timings.workerCpu.every((ms) => !Number.isNaN(ms))) {
  // CPU time is counted in ticks of 10 ms: a median of several runs is still meaningful.
  row('CPU time of the Worker thread per analysis', timings.workerCpu);
  row('CPU time of the main thread per analysis', timings.mainCpu);
}
console.log('like for like (a fresh copy of the photo each round, analysis only, taking turns):');
row('  analyzePixels in the photo Worker (with transfer)', timings.workerFresh);
row('  analyzePixels timed inside a Worker', timings.workerFreshInside);
row("  analyzePixels on the page's main thread", timings.mainFresh);
if (timings.workerFreshCpu.every((ms) => !Number.isNaN(ms))) {
  row('  CPU time of the Worker thread per analysis', timings.workerFreshCpu);
  row('  CPU time of the main thread per analysis', timings.mainFreshCpu);
  row('  Worker thread waiting for a core (run queue)', timings.workerFreshWait);
  row('  main thread waiting for a core (run queue)', timings.mainFreshWait);
}
console.log(
  `  Worker (with transfer) / page: ${(median(timings.workerFresh) / median(timings.mainFresh)).toFixed(2)}× (median), ${(min(timings.workerFresh) / min(timings.mainFresh)).toFixed(2)}× (min)  [issue 15: ≈ 236 / 96 ms = 2.5×]`,
);
const ratio = (f: (xs: number[]) => number) =>
  (f(timings.insideWorker) / f(timings.opencvInsideWorker)).toFixed(2);
console.log(
  `ratio analyzePixels in a Worker / opencv.js core ops in a Worker: ${ratio(min)}× (min), ${ratio(median)}× (median)`,
);
console.log(
  '  (core ops: copy in, RGBA→gray, INTER_AREA to 1000×750, Laplacian CV_64F, meanStdDev, histogram)',
);
console.log(
  `  (opencv.js loaded into the Worker in ${timings.opencvLoad.toFixed(0)} ms, before the rounds)`,
);
console.log(
  `probe analyses that reused the previous call's working planes: ${timings.reused} of ${runs}`,
);
console.log('');
console.log('stages (median ms)                    Worker   main thread');
const stages = Object.keys(timings.workerStages[0] ?? {});
const stageMedian = (all: BrowserTimings['workerStages'], name: string) =>
  median(all.map((s) => s[name] ?? 0));
let sumWorker = 0;
let sumMain = 0;
for (const name of stages) {
  const w = stageMedian(timings.workerStages, name);
  const m = stageMedian(timings.mainStages, name);
  sumWorker += w;
  sumMain += m;
  console.log(`  ${name.padEnd(34)}${w.toFixed(1).padStart(8)} ${m.toFixed(1).padStart(12)}`);
}
console.log(
  `  ${'sum of stage medians'.padEnd(34)}${sumWorker.toFixed(1).padStart(8)} ${sumMain.toFixed(1).padStart(12)}`,
);
console.log('target: full analysis of a 12 MP photo ≤ 100 ms');
