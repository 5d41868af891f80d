// @ts-nocheck
import type { PixelImage } from './pixel-image.js';

/**
 * Luma of every pixel (0–255, Rec. 601 weights, the same as OpenCV's `COLOR_RGBA2GRAY`),
 * as floats so later filters keep their fractions.
 */
export function grayscale(image: PixelImage): Float32Array {
  const { data, width, height } = image;
  const out = new Float32Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!;
  }
  return out;
}
