import type { PixelImage } from './pixel-image.js';

/**
 * The downscaled copy every check reads: separate float planes (0–255) of red, green, blue
 * and luma (Rec. 601). Built by averaging `scale × scale` blocks of the original, so noise and
 * fine detail shrink the way they do when a marketplace shows the photo smaller.
 */
export interface WorkingImage {
  readonly width: number;
  readonly height: number;
  /** Original pixels per working pixel along each axis (a whole number ≥ 1). */
  readonly scale: number;
  readonly r: Float32Array;
  readonly g: Float32Array;
  readonly b: Float32Array;
  readonly luma: Float32Array;
}

/** Whether this platform stores a Uint32 with its lowest byte first (every current one does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Downscales `image` by a whole factor so that its long side is about `longSide` (default
 * 1024): the factor is `round(long / longSide)`, at least 1, so the working long side ends
 * between about 0.67× and 1.33× of `longSide` (a 4000×3000 photo becomes 1000×750). Never
 * upscales. The last `width mod scale` columns and rows are dropped (fewer than `scale`).
 *
 * A whole factor keeps this one pass over the 48 MB of a 12-megapixel photo with no weights:
 * two colour channels are summed at once in one 32-bit word (red+blue, green+alpha), which
 * holds block sums up to 16×16 pixels without carrying into each other.
 */
export function makeWorkingImage(image: PixelImage, longSide = 1024): WorkingImage {
  const { width, height, data } = image;
  let scale = Math.max(1, Math.round(Math.max(width, height) / longSide));
  scale = Math.max(1, Math.min(scale, width, height));
  const w = Math.floor(width / scale);
  const h = Math.floor(height / scale);
  const n = w * h;
  const r = new Float32Array(n);
  const g = new Float32Array(n);
  const b = new Float32Array(n);
  const luma = new Float32Array(n);
  if (n === 0) return { width: w, height: h, scale, r, g, b, luma };

  const inv = 1 / (scale * scale);
  if (LITTLE_ENDIAN && scale <= 16 && data.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, width * height);
    const sumRB = new Uint32Array(w);
    const sumGA = new Uint32Array(w);
    for (let oy = 0; oy < h; oy++) {
      sumRB.fill(0);
      sumGA.fill(0);
      for (let sy = oy * scale, end = sy + scale; sy < end; sy++) {
        let s = sy * width;
        for (let ox = 0; ox < w; ox++) {
          let rb = 0;
          let ga = 0;
          for (let k = 0; k < scale; k++, s++) {
            const p = words[s]!;
            rb += p & 0xff00ff;
            ga += (p >>> 8) & 0xff00ff;
          }
          sumRB[ox]! += rb;
          sumGA[ox]! += ga;
        }
      }
      for (let ox = 0, o = oy * w; ox < w; ox++, o++) {
        const rb = sumRB[ox]!;
        const rr = (rb & 0xffff) * inv;
        const bb = (rb >>> 16) * inv;
        const gg = (sumGA[ox]! & 0xffff) * inv;
        r[o] = rr;
        g[o] = gg;
        b[o] = bb;
        luma[o] = 0.299 * rr + 0.587 * gg + 0.114 * bb;
      }
    }
    return { width: w, height: h, scale, r, g, b, luma };
  }

  // Portable path: unaligned views, big-endian platforms, or blocks too large for 16-bit lanes.
  for (let oy = 0; oy < h; oy++) {
    for (let ox = 0; ox < w; ox++) {
      let sr = 0;
      let sg = 0;
      let sb = 0;
      for (let sy = oy * scale; sy < (oy + 1) * scale; sy++) {
        let j = (sy * width + ox * scale) * 4;
        for (let k = 0; k < scale; k++, j += 4) {
          sr += data[j]!;
          sg += data[j + 1]!;
          sb += data[j + 2]!;
        }
      }
      const o = oy * w + ox;
      r[o] = sr * inv;
      g[o] = sg * inv;
      b[o] = sb * inv;
      luma[o] = 0.299 * r[o]! + 0.587 * g[o]! + 0.114 * b[o]!;
    }
  }
  return { width: w, height: h, scale, r, g, b, luma };
}
