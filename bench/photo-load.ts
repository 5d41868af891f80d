// Decodes the bench's PNG and JPEG photos into RGBA pixels, with the decoders the
// photo-coach package already has as dev dependencies.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PixelImage } from '../packages/photo-coach/src/index.js';
import { resizeLanczos } from '../packages/photo-coach/src/index.js';

const require = createRequire(new URL('../packages/photo-coach/package.json', import.meta.url));
// Only what is used of each decoder (their typings live beside the package, not here).
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(bytes: Buffer): { data: Buffer; width: number; height: number } } };
};
const jpeg = require('jpeg-js') as {
  decode(
    bytes: Buffer,
    options: { useTArray: true; formatAsRGBA: true },
  ): { data: Uint8Array; width: number; height: number };
};

/**
 * Long side, in pixels, photos are brought down to on load (never up): the defects' strengths
 * are stated at this size, and the analysis works on a smaller copy anyway, so larger
 * originals only cost time.
 */
export const BENCH_LONG_SIDE = 1024;

/** Reads a PNG or JPEG file into opaque RGBA pixels, at most `longSide` pixels long. */
export function loadPhoto(path: string, longSide = BENCH_LONG_SIDE): PixelImage {
  const image = decodePhoto(path);
  const k = longSide / Math.max(image.width, image.height);
  return k < 1 ? resizeLanczos(image, image.width * k, image.height * k) : image;
}

function decodePhoto(path: string): PixelImage {
  const bytes = readFileSync(path);
  if (path.endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
  }
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return {
    data: new Uint8ClampedArray(decoded.data.buffer, decoded.data.byteOffset, decoded.data.length),
    width: decoded.width,
    height: decoded.height,
  };
}

/**
 * Starts loading opencv.js and resolves with it once its runtime is ready. Call it early:
 * the ready callback must be set right after the module is required, and calling into the
 * module before that would abort its runtime.
 */
export function loadOpenCv(): Promise<OpenCv> {
  const mod = require('@techstark/opencv-js') as OpenCv & {
    then?: (ready: (m: OpenCv & { then?: unknown }) => void) => void;
    onRuntimeInitialized?: () => void;
  };
  if (mod instanceof Promise) return mod as Promise<OpenCv>;
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
