// opencv.js inside a Worker, for photo-coach-browser.bench.ts: the baseline the photo
// analysis is compared with, doing the same core operations as the Node bench
// (photo-coach.bench.ts) on the same 12-megapixel photo. The bench copies the package's
// opencv.js (a UMD script with its wasm embedded) beside the built Workers; it is loaded from
// there, never from the network.
import { opencvCoreOps, whenOpenCvReady } from '../opencv-core-ops.js';
import type { OpenCv, OpenCvModule } from '../opencv-core-ops.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';

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
  opencv = await whenOpenCvReady(mod);
  return performance.now() - t;
}

/**
 * The analysis's core operations done by opencv.js (see opencvCoreOps), as the Node bench
 * does them. Returns the milliseconds they took.
 */
export function timeOpenCvCoreOps(image: PixelImage): number {
  const cv = opencv;
  if (cv === undefined) throw new Error('opencv.js is not loaded in this Worker');
  const t = performance.now();
  opencvCoreOps(cv, image);
  return performance.now() - t;
}
