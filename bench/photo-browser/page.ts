// Runs in headless Chromium for photo-coach-browser.bench.ts: times analysis and the
// one-tap fix of a 12-megapixel photo in the photo Worker, pixels transferred both ways;
// then the same work in a probe Worker that times the analysis inside and stage by stage,
// with opencv.js doing the analysis's core operations in that Worker each round as the
// baseline; then the analysis on the page's main thread. Around each analysis the page asks
// the benchmark (`cpuMark`) for the CPU time the thread used, which a busy machine does not
// skew.
import { transfer, wrap } from 'comlink';
import { startPhotoWorker } from '../../packages/photo-coach/src/browser/coach-photos.js';
import { analyzePixels } from '../../packages/photo-coach/src/analyze-pixels.js';
import { renderProductScene } from '../../packages/photo-coach/src/test-support/render-product-scene.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';
import { timeStages } from './analysis-stages.js';
import type { StageTimings } from './analysis-stages.js';
import type { ProbeApi } from './probe-worker.js';

/** What the page hands back to the benchmark (all in milliseconds). */
export interface BrowserTimings {
  analyze: number[];
  fix: number[];
  /** analyzePixels timed inside the probe Worker, and the same calls timed from the page. */
  insideWorker: number[];
  probeFromPage: number[];
  /** opencv.js core operations timed inside the same probe Worker, and its load time. */
  opencvInsideWorker: number[];
  opencvLoad: number;
  /** CPU time of the Worker's thread per analysis (NaN where not measurable). */
  workerCpu: number[];
  /** How many of the probe's analyses reused the previous call's planes. */
  reused: number;
  mainThread: number[];
  mainCpu: number[];
  workerStages: StageTimings[];
  mainStages: StageTimings[];
  /**
   * The same work in both places, for a fair comparison: each round analyses a fresh copy of
   * the photo (as a page does with each new photo), nothing else. `workerFresh` is timed from
   * the page around the photo Worker's analyze (transfer included), `mainFresh` on the page.
   */
  workerFresh: number[];
  mainFresh: number[];
  workerFreshInside: number[];
  /** CPU time and run-queue wait of the thread per analysis in those rounds (NaN if unknown). */
  workerFreshCpu: number[];
  mainFreshCpu: number[];
  workerFreshWait: number[];
  mainFreshWait: number[];
}

const page = window as unknown as {
  /** Exposed by the benchmark: CPU ms the thread kind used since its last call. */
  cpuMark(kind: 'main' | 'worker'): Promise<number>;
  /** Exposed by the benchmark: ms the thread kind waited for a core since its last call. */
  waitMark(kind: 'main' | 'worker'): Promise<number>;
  benchResult: Promise<BrowserTimings>;
};
const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 9);
/**
 * Rounds of each loop run before the counted ones: the JavaScript JIT and WebAssembly's
 * tier-up (Liftoff first, optimised code after a few calls) need a few calls each.
 */
const WARM_UP = 4;

async function run(): Promise<BrowserTimings> {
  const timings: BrowserTimings = {
    analyze: [],
    fix: [],
    insideWorker: [],
    probeFromPage: [],
    opencvInsideWorker: [],
    opencvLoad: NaN,
    workerCpu: [],
    reused: 0,
    mainThread: [],
    mainCpu: [],
    workerStages: [],
    mainStages: [],
    workerFresh: [],
    mainFresh: [],
    workerFreshInside: [],
    workerFreshCpu: [],
    mainFreshCpu: [],
    workerFreshWait: [],
    mainFreshWait: [],
  };
  const scene = renderProductScene({ width: 4000, height: 3000 });
  // A fresh copy each time: pixels are transferred (moved) to the worker.
  const copy = (): PixelImage => ({
    data: new Uint8ClampedArray(scene.image.data),
    width: 4000,
    height: 3000,
  });

  // The first WARM_UP rounds of each loop warm up the JIT and WebAssembly; they are not counted.
  const worker = startPhotoWorker(new URL('./photo-worker.js', import.meta.url));
  for (let i = 1 - WARM_UP; i <= RUNS; i++) {
    const image = copy();
    let t = performance.now();
    const report = await worker.api.analyze(transfer(image, [image.data.buffer]));
    const analyzed = performance.now() - t;
    const again = copy();
    t = performance.now();
    await worker.api.fix(transfer(again, [again.data.buffer]), report, 'shopee');
    const fixed = performance.now() - t;
    if (i > 0) {
      timings.analyze.push(analyzed);
      timings.fix.push(fixed);
    }
  }
  worker.terminate();

  // The probe does what the photo Worker does (analyse, then fix, each photo its own
  // message), so the analysis meets the same garbage-collection conditions.
  const probeWorker = new Worker(new URL('./probe-worker.js', import.meta.url), {
    type: 'module',
    name: 'etalase-photo-probe',
  });
  const probe = wrap<ProbeApi>(probeWorker);
  // Loaded before the first round, so its compilation overlaps none of the timed work.
  timings.opencvLoad = await probe.loadOpenCv(new URL('opencv.js', location.href).href);
  for (let i = 1 - WARM_UP; i <= RUNS; i++) {
    const image = copy();
    await page.cpuMark('worker');
    const t = performance.now();
    const { ms, reused, report } = await probe.analyze(transfer(image, [image.data.buffer]));
    const fromPage = performance.now() - t;
    const cpu = await page.cpuMark('worker');
    const forFix = copy();
    await probe.fix(transfer(forFix, [forFix.data.buffer]), report);
    const forStages = copy();
    const stages = await probe.stages(transfer(forStages, [forStages.data.buffer]));
    // The baseline in the same rounds, one after the other (never concurrently), so a busy
    // machine weighs on both alike.
    const forOpenCv = copy();
    const opencvMs = await probe.opencvCoreOps(transfer(forOpenCv, [forOpenCv.data.buffer]));
    if (i > 0) {
      timings.insideWorker.push(ms);
      timings.probeFromPage.push(fromPage);
      timings.opencvInsideWorker.push(opencvMs);
      timings.workerCpu.push(cpu);
      timings.workerStages.push(stages);
      if (reused) timings.reused++;
    }
  }
  probeWorker.terminate();

  // Like for like: analysis only, a fresh copy each round, Worker and page taking turns (so a
  // busy machine weighs on both alike).
  const fair = startPhotoWorker(new URL('./photo-worker.js', import.meta.url));
  const fairProbe = wrap<ProbeApi>(
    new Worker(new URL('./probe-worker.js', import.meta.url), { type: 'module' }),
  );
  for (let i = 1 - WARM_UP; i <= RUNS; i++) {
    const forWorker = copy();
    await page.cpuMark('worker');
    await page.waitMark('worker');
    let t = performance.now();
    await fair.api.analyze(transfer(forWorker, [forWorker.data.buffer]));
    const inWorker = performance.now() - t;
    const workerCpu = await page.cpuMark('worker');
    const workerWait = await page.waitMark('worker');
    const forProbe = copy();
    const { ms } = await fairProbe.analyze(transfer(forProbe, [forProbe.data.buffer]));
    const forMain = copy();
    await page.cpuMark('main');
    await page.waitMark('main');
    t = performance.now();
    analyzePixels(forMain);
    const onMain = performance.now() - t;
    const mainCpu = await page.cpuMark('main');
    const mainWait = await page.waitMark('main');
    if (i > 0) {
      timings.workerFresh.push(inWorker);
      timings.workerFreshInside.push(ms);
      timings.mainFresh.push(onMain);
      timings.workerFreshCpu.push(workerCpu);
      timings.mainFreshCpu.push(mainCpu);
      timings.workerFreshWait.push(workerWait);
      timings.mainFreshWait.push(mainWait);
    }
  }
  fair.terminate();

  // The same analysis on the page's main thread, for comparison.
  for (let i = 1 - WARM_UP; i <= RUNS; i++) {
    await page.cpuMark('main');
    const t = performance.now();
    analyzePixels(scene.image);
    const ms = performance.now() - t;
    const cpu = await page.cpuMark('main');
    const stages = timeStages(scene.image);
    if (i > 0) {
      timings.mainThread.push(ms);
      timings.mainCpu.push(cpu);
      timings.mainStages.push(stages);
    }
  }
  return timings;
}

page.benchResult = run();
