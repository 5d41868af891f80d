// @ts-nocheck
import type { PixelImage } from './pixel-image.js';

/** Lobes of the Lanczos window. 3 is the usual trade of sharpness against ringing. */
const LOBES = 3;

function lanczos(x: number): number {
  if (x === 0) return 1;
  if (x <= -LOBES || x >= LOBES) return 0;
  const px = Math.PI * x;
  return (LOBES * Math.sin(px) * Math.sin(px / LOBES)) / (px * px);
}

interface Taps {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly weights: Float32Array;
  readonly stride: number;
}

/** Source taps and weights of each output sample along one axis. */
function taps(src: number, dst: number): Taps {
  const scale = src / dst;
  // Downscaling stretches the kernel so it also low-passes (no aliasing); upscaling does not.
  const support = LOBES * Math.max(1, scale);
  const stride = Math.ceil(2 * support) + 2;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const weights = new Float32Array(dst * stride);
  const stretch = Math.max(1, scale);
  for (let i = 0; i < dst; i++) {
    const centre = (i + 0.5) * scale - 0.5;
    const lo = Math.max(0, Math.ceil(centre - support));
    const hi = Math.min(src - 1, Math.floor(centre + support));
    let sum = 0;
    const n = Math.min(stride, hi - lo + 1);
    for (let k = 0; k < n; k++) {
      const w = lanczos((lo + k - centre) / stretch);
      weights[i * stride + k] = w;
      sum += w;
    }
    if (sum !== 0) for (let k = 0; k < n; k++) weights[i * stride + k]! /= sum;
    start[i] = lo;
    count[i] = n;
  }
  return { start, count, weights, stride };
}

/**
 * Resizes RGBA pixels with a separable Lanczos-3 filter, stretched by the scale factor when
 * downscaling so it averages like an area filter and does not alias. Alpha is set opaque.
 * Returns a new image; a size of 0 gives an empty image.
 */
export function resizeLanczos(image: PixelImage, width: number, height: number): PixelImage {
  const w = Math.max(0, Math.round(width));
  const h = Math.max(0, Math.round(height));
  const out = new Uint8ClampedArray(w * h * 4);
  if (w === 0 || h === 0 || image.width === 0 || image.height === 0) {
    return { data: out, width: w, height: h };
  }
  const { data, width: sw, height: sh } = image;
  const tx = taps(sw, w);
  const ty = taps(sh, h);
  // Horizontal pass into floats (source rows × output columns), then vertical.
  const mid = new Float32Array(sh * w * 3);
  for (let y = 0; y < sh; y++) {
    const row = y * sw * 4;
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      const base = x * tx.stride;
      let s = row + tx.start[x]! * 4;
      for (let k = 0, n = tx.count[x]!; k < n; k++, s += 4) {
        const wt = tx.weights[base + k]!;
        r += wt * data[s]!;
        g += wt * data[s + 1]!;
        b += wt * data[s + 2]!;
      }
      const m = (y * w + x) * 3;
      mid[m] = r;
      mid[m + 1] = g;
      mid[m + 2] = b;
    }
  }
  for (let y = 0; y < h; y++) {
    const base = y * ty.stride;
    const y0 = ty.start[y]!;
    const n = ty.count[y]!;
    for (let x = 0; x < w; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < n; k++) {
        const wt = ty.weights[base + k]!;
        const m = ((y0 + k) * w + x) * 3;
        r += wt * mid[m]!;
        g += wt * mid[m + 1]!;
        b += wt * mid[m + 2]!;
      }
      const o = (y * w + x) * 4;
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      out[o + 3] = 255;
    }
  }
  return { data: out, width: w, height: h };
}
