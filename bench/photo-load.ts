// Decodes the bench's PNG and JPEG photos into RGBA pixels, with the decoders the
// photo-coach package already has as dev dependencies.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PixelImage } from '../packages/photo-coach/src/index.js';
import { resizeLanczos } from '../packages/photo-coach/src/index.js';
import { whenOpenCvReady } from './opencv-core-ops.js';
import type { OpenCv, OpenCvModule } from './opencv-core-ops.js';

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
  return whenOpenCvReady(require('@techstark/opencv-js') as OpenCvModule);
}
