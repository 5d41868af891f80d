/**
 * A sampled, normalised Gaussian kernel of standard deviation `sigma` and radius
 * `ceil(3σ)` (at least 1).
 */
// @ts-nocheck

export function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const k = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma));
    k[i + radius] = v;
    sum += v;
  }
  for (let i = 0; i < k.length; i++) k[i]! /= sum;
  return k;
}

/**
 * Separable Gaussian blur of one float plane (edges clamped). Returns a new plane; `sigma`
 * ≤ 0 returns a copy.
 *
 * @param into A plane of the same size to write the result into instead of allocating.
 * @param scratch A plane of the same size for the intermediate pass (default allocated).
 */
export function gaussianBlur(
  plane: Float32Array,
  width: number,
  height: number,
  sigma: number,
  into?: Float32Array,
  scratch?: Float32Array,
): Float32Array {
  if (sigma <= 0) {
    if (!into) return plane.slice();
    into.set(plane);
    return into;
  }
  const k = gaussianKernel(sigma);
  const radius = (k.length - 1) >> 1;
  const k0 = k[0]!;
  const k1 = k[1]!;
  const k2 = k[2]!;
  const k3 = k[3] ?? 0;
  const k4 = k[4] ?? 0;
  const k5 = k[5] ?? 0;
  const k6 = k[6] ?? 0;
  const tmp = scratch ?? new Float32Array(plane.length);
  const out = into ?? new Float32Array(plane.length);
  const yIn0 = Math.min(radius, height);
  const yIn1 = Math.max(yIn0, height - radius);
  for (let y = 0; y < height; y++) blurRow(plane, y * width, width, k, tmp, y * width);
  // Vertical pass: rows away from the edges unclamped (unrolled for 7 taps); near the edges,
  // row by row into a double-precision row, so every read is sequential.
  const acc = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    if (radius === 3 && y >= yIn0 && y < yIn1) {
      const w = width;
      for (let x = 0, s = (y - 3) * w, o = y * w; x < w; x++, s++, o++) {
        out[o] =
          k0 * tmp[s]! +
          k1 * tmp[s + w]! +
          k2 * tmp[s + 2 * w]! +
          k3 * tmp[s + 3 * w]! +
          k4 * tmp[s + 4 * w]! +
          k5 * tmp[s + 5 * w]! +
          k6 * tmp[s + 6 * w]!;
      }
      continue;
    }
    acc.fill(0);
    const inside = y >= yIn0 && y < yIn1;
    for (let t = -radius; t <= radius; t++) {
      const yy = inside ? y + t : Math.min(height - 1, Math.max(0, y + t));
      const kt = k[t + radius]!;
      for (let x = 0, s = yy * width; x < width; x++, s++) acc[x]! += kt * tmp[s]!;
    }
    out.set(acc, y * width);
  }
  return out;
}

/**
 * The horizontal pass of {@link gaussianBlur} over one row (edges clamped): `width` values
 * from `plane` at `row` into `out` at `at`, with kernel `k` from {@link gaussianKernel}.
 * Shared with the fused blur-and-gradient pass (`softGradients`), so both give the same values.
 */
export function blurRow(
  plane: Float32Array,
  row: number,
  width: number,
  k: Float32Array,
  out: Float32Array,
  at: number,
): void {
  const taps = k.length;
  const radius = (taps - 1) >> 1;
  // Interior columns need no clamping, so the clamped path runs only on the margins.
  const xIn0 = Math.min(radius, width);
  const xIn1 = Math.max(xIn0, width - radius);
  for (let x = 0; x < xIn0; x++) out[at + x] = clampedAt(plane, row, width, k, x);
  if (radius === 3 && xIn1 > xIn0) {
    // σ = 1 (the re-blur of every analysis) has 7 taps; they are unrolled here, summed in the
    // same order as the general loop, so both paths give the same values. A sliding window of
    // the 7 inputs in locals: one read a pixel instead of seven.
    const k0 = k[0]!;
    const k1 = k[1]!;
    const k2 = k[2]!;
    const k3 = k[3]!;
    const k4 = k[4]!;
    const k5 = k[5]!;
    const k6 = k[6]!;
    let s = row + xIn0 - 3;
    let a = plane[s]!;
    let b = plane[s + 1]!;
    let c = plane[s + 2]!;
    let d = plane[s + 3]!;
    let e = plane[s + 4]!;
    let f = plane[s + 5]!;
    for (let x = xIn0, o = at + xIn0; x < xIn1; x++, s++, o++) {
      const g = plane[s + 6]!;
      out[o] = k0 * a + k1 * b + k2 * c + k3 * d + k4 * e + k5 * f + k6 * g;
      a = b;
      b = c;
      c = d;
      d = e;
      e = f;
      f = g;
    }
  } else {
    for (let x = xIn0; x < xIn1; x++) {
      let acc = 0;
      for (let t = 0, s = row + x - radius; t < taps; t++, s++) acc += k[t]! * plane[s]!;
      out[at + x] = acc;
    }
  }
  for (let x = xIn1; x < width; x++) out[at + x] = clampedAt(plane, row, width, k, x);
}

function clampedAt(
  plane: Float32Array,
  row: number,
  width: number,
  k: Float32Array,
  x: number,
): number {
  const radius = (k.length - 1) >> 1;
  let acc = 0;
  for (let t = -radius; t <= radius; t++) {
    const xx = Math.min(width - 1, Math.max(0, x + t));
    acc += k[t + radius]! * plane[row + xx]!;
  }
  return acc;
}
