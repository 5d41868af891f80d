// The opencv.js baseline of the photo-coach benches, shared by Node (photo-coach.bench.ts) and
// the Chromium Worker (photo-browser/opencv-worker.ts), so both time the very same work. No
// Node or DOM imports: it runs in both.
import type { PixelImage } from '../packages/photo-coach/src/pixel-image.js';

/** The part of opencv.js the bench uses (its own typings are not loaded here). */
export interface OpenCvMat {
  delete(): void;
}
export interface OpenCv {
  Mat: new () => OpenCvMat;
  MatVector: new () => OpenCvMat & { push_back(m: OpenCvMat): void };
  Size: new (w: number, h: number) => unknown;
  matFromArray(rows: number, cols: number, type: number, data: ArrayLike<number>): OpenCvMat;
  cvtColor(src: OpenCvMat, dst: OpenCvMat, code: number): void;
  resize(
    src: OpenCvMat,
    dst: OpenCvMat,
    size: unknown,
    fx: number,
    fy: number,
    interp: number,
  ): void;
  Laplacian(src: OpenCvMat, dst: OpenCvMat, depth: number): void;
  meanStdDev(src: OpenCvMat, mean: OpenCvMat, std: OpenCvMat): void;
  calcHist(
    images: OpenCvMat,
    channels: number[],
    mask: OpenCvMat,
    hist: OpenCvMat,
    size: number[],
    ranges: number[],
  ): void;
  CV_8UC4: number;
  CV_64F: number;
  COLOR_RGBA2GRAY: number;
  INTER_AREA: number;
}

/** opencv.js as loaded, before its runtime is ready. */
export type OpenCvModule = (OpenCv | Promise<OpenCv>) & {
  then?: (ready: (m: OpenCv & { then?: unknown }) => void) => void;
  onRuntimeInitialized?: () => void;
};

/**
 * Resolves with opencv.js once its runtime is ready. Call it right after the module is
 * loaded: the ready callback must be set before anything calls into the module, which would
 * abort its runtime.
 */
export function whenOpenCvReady(mod: OpenCvModule): Promise<OpenCv> {
  if (mod instanceof Promise) return mod;
  return new Promise<OpenCv>((resolve) => {
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
}

/**
 * The analysis's core operations done by opencv.js: copy the RGBA pixels in, grayscale,
 * INTER_AREA down to 1000×750, Laplacian (CV_64F) with its mean and standard deviation, a
 * 256-bin histogram; every Mat freed after.
 */
export function opencvCoreOps(cv: OpenCv, image: PixelImage): void {
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
}
