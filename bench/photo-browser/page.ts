// Runs in headless Chromium for photo-coach-browser.bench.ts: times analysis and the
// one-tap fix of a 12-megapixel photo in the photo Worker, pixels transferred both ways.
import { transfer } from 'comlink';
import { startPhotoWorker } from '../../packages/photo-coach/src/browser/coach-photos.js';
import { analyzePixels } from '../../packages/photo-coach/src/analyze-pixels.js';
import { renderProductScene } from '../../packages/photo-coach/src/test-support/render-product-scene.js';

interface Timings {
  analyze: number[];
  fix: number[];
  mainThread: number[];
}

async function run(): Promise<Timings> {
  const worker = startPhotoWorker(new URL('./photo-worker.js', import.meta.url));
  const timings: Timings = { analyze: [], fix: [], mainThread: [] };
  const scene = renderProductScene({ width: 4000, height: 3000 });
  for (let i = 0; i < 6; i++) {
    // A fresh copy each time: pixels are transferred (moved) to the worker.
    const image = { data: new Uint8ClampedArray(scene.image.data), width: 4000, height: 3000 };
    let t = performance.now();
    const report = await worker.api.analyze(transfer(image, [image.data.buffer]));
    const analyzed = performance.now() - t;
    const again = { data: new Uint8ClampedArray(scene.image.data), width: 4000, height: 3000 };
    t = performance.now();
    await worker.api.fix(transfer(again, [again.data.buffer]), report, 'shopee');
    const fixed = performance.now() - t;
    if (i > 0) {
      // The first round warms up the worker's JIT; it is not counted.
      timings.analyze.push(analyzed);
      timings.fix.push(fixed);
    }
  }
  worker.terminate();
  // The same analysis on the page's main thread, for comparison (first run not counted).
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    analyzePixels(scene.image);
    if (i > 0) timings.mainThread.push(performance.now() - t);
  }
  return timings;
}

(window as unknown as { benchResult: Promise<Timings> }).benchResult = run();
