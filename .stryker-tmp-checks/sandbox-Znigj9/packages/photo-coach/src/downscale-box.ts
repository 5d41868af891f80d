// @ts-nocheck
import type { PixelImage } from './pixel-image.js';

/**
 * Shrinks RGBA pixels by a whole `factor`, each output pixel the mean of a `factor × factor`
 * block (area averaging: the right filter for a large downscale, and cheap). Trailing columns
 * and rows that do not fill a block are dropped. Returns a new image (a copy when factor ≤ 1).
 */
export function downscaleBox(image: PixelImage, factor: number): PixelImage {
  const k = Math.max(1, Math.floor(factor));
  if (k === 1) return { data: image.data.slice(), width: image.width, height: image.height };
  const { data, width } = image;
  const w = Math.floor(image.width / k);
  const h = Math.floor(image.height / k);
  const out = new Uint8ClampedArray(w * h * 4);
  const sums = new Float64Array(w * 3);
  const inv = 1 / (k * k);
  for (let oy = 0; oy < h; oy++) {
    sums.fill(0);
    for (let sy = oy * k; sy < (oy + 1) * k; sy++) {
      let s = sy * width * 4;
      for (let ox = 0; ox < w; ox++) {
        let r = 0;
        let g = 0;
        let b = 0;
        for (let j = 0; j < k; j++, s += 4) {
          r += data[s]!;
          g += data[s + 1]!;
          b += data[s + 2]!;
        }
        sums[ox * 3]! += r;
        sums[ox * 3 + 1]! += g;
        sums[ox * 3 + 2]! += b;
      }
    }
    for (let ox = 0; ox < w; ox++) {
      const o = (oy * w + ox) * 4;
      out[o] = sums[ox * 3]! * inv;
      out[o + 1] = sums[ox * 3 + 1]! * inv;
      out[o + 2] = sums[ox * 3 + 2]! * inv;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}
