// opencv.js inside a Worker, for photo-coach-browser.bench.ts: the baseline the photo
// analysis is compared with, doing the same core operations as the Node bench
// (photo-coach.bench.ts) on the same 12-megapixel photo. The bench copies the package's
// opencv.js (a UMD script with its wasm embedded) beside the built Workers; it is loaded from
// there, never from the network.
import type { OpenCv } from '../photo-load.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';

type OpenCvModule = OpenCv & {
  then?: (ready: (m: OpenCvModule) => void) => void;
  onRuntimeInitialized?: () => void;
};

let opencv: OpenCv | undefined;

/**
 * Loads opencv.js from `url` into this Worker and resolves once its runtime is ready, with
 * the milliseconds that took. The script is a classic one (it sets `self.cv` through `this`),
 * which a module Worker cannot `importScripts`, so its text is run as global code by an
 * indirect eval.
 */
export async function loadOpenCvHere(url: string): Promise<number> {
  const t = performance.now();
  const source = await (await fetch(url)).text();
  globalThis.eval(source);
  const mod = (globalThis as unknown as { cv?: OpenCvModule }).cv;
  if (mod === undefined) throw new Error(`opencv.js from ${url} did not define cv`);
  opencv = await new Promise<OpenCv>((resolve) => {
    if (typeof mod.then === 'function') {
      // Emscripten's module is a thenable that resolves to itself; resolving a promise with
      // it would adopt it again forever, so its `then` goes before it is handed over.
      mod.then((ready) => {
        delete ready.then;
        resolve(ready);
      });
    } else {
      mod.onRuntimeInitialized = () => resolve(mod);
    }
  });
  return performance.now() - t;
}

/**
 * The core operations of the analysis done by opencv.js, exactly as the Node bench does them:
 * copy the RGBA pixels in, grayscale, INTER_AREA down to 1000×750, Laplacian (CV_64F), its
 * mean and standard deviation, a 256-bin histogram. Returns the milliseconds they took.
 */
export function timeOpenCvCoreOps(image: PixelImage): number {
  const cv = opencv;
  if (cv === undefined) throw new Error('opencv.js is not loaded in this Worker');
  const t = performance.now();
  const src = cv.matFromArray(image.height, image.width, cv.CV_8UC4, image.data);
  const gray = new cv.Mat();
  cv.cvtColor(src, gray, cv.COLOR_RGBA2GRAY);
  const small = new cv.Mat();
  cv.resize(gray, small, new cv.Size(1000, 750), 0, 0, cv.INTER_AREA);
  const lap = new cv.Mat();
  cv.Laplacian(small, lap, cv.CV_64F);
  const mean = new cv.Mat();
  const std = new cv.Mat();
  cv.meanStdDev(lap, mean, std);
  const hist = new cv.Mat();
  const list = new cv.MatVector();
  list.push_back(small);
  const mask = new cv.Mat();
  cv.calcHist(list, [0], mask, hist, [256], [0, 256]);
  for (const m of [src, gray, small, lap, mean, std, hist, list, mask]) m.delete();
  return performance.now() - t;
}
