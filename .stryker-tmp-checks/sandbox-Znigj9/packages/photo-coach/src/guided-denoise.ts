// @ts-nocheck
import type { PixelImage } from './pixel-image.js';

/** Mean over a (2r+1)² window of a plane, edges clamped (two running-sum passes). */
function boxMean(src: Float32Array, w: number, h: number, r: number): Float32Array {
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  const n = 2 * r + 1;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let acc = 0;
    for (let k = -r; k <= r; k++) acc += src[row + Math.min(w - 1, Math.max(0, k))]!;
    for (let x = 0; x < w; x++) {
      tmp[row + x] = acc / n;
      acc += src[row + Math.min(w - 1, x + r + 1)]! - src[row + Math.max(0, x - r)]!;
    }
  }
  for (let x = 0; x < w; x++) {
    let acc = 0;
    for (let k = -r; k <= r; k++) acc += tmp[Math.min(h - 1, Math.max(0, k)) * w + x]!;
    for (let y = 0; y < h; y++) {
      out[y * w + x] = acc / n;
      acc += tmp[Math.min(h - 1, y + r + 1) * w + x]! - tmp[Math.max(0, y - r) * w + x]!;
    }
  }
  return out;
}

/**
 * Light, edge-keeping denoise: a self-guided filter (He, Sun & Tang, "Guided image filtering",
 * 2010) on each channel, radius 2, with ε = (2σ)² so that flat areas, whose variance is mostly
 * noise, are smoothed while edges, whose variance is far above it, pass. Linear time whatever
 * the radius. Returns a new image; `sigma` ≤ 0 returns a copy.
 */
export function guidedDenoise(image: PixelImage, sigma: number, radius = 2): PixelImage {
  const { data, width: w, height: h } = image;
  const out = new Uint8ClampedArray(data);
  if (sigma <= 0 || w === 0 || h === 0) return { data: out, width: w, height: h };
  const eps = (2 * sigma) ** 2;
  const n = w * h;
  for (let c = 0; c < 3; c++) {
    const p = new Float32Array(n);
    const pp = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const v = data[i * 4 + c]!;
      p[i] = v;
      pp[i] = v * v;
    }
    const mean = boxMean(p, w, h, radius);
    const meanSq = boxMean(pp, w, h, radius);
    const a = new Float32Array(n);
    const b = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const m = mean[i]!;
      const variance = Math.max(0, meanSq[i]! - m * m);
      const ai = variance / (variance + eps);
      a[i] = ai;
      b[i] = m - ai * m;
    }
    const ma = boxMean(a, w, h, radius);
    const mb = boxMean(b, w, h, radius);
    for (let i = 0; i < n; i++) out[i * 4 + c] = ma[i]! * p[i]! + mb[i]!;
  }
  return { data: out, width: w, height: h };
}
