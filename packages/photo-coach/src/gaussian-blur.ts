/**
 * A sampled, normalised Gaussian kernel of standard deviation `sigma` and radius
 * `ceil(3σ)` (at least 1).
 */
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
 */
export function gaussianBlur(
  plane: Float32Array,
  width: number,
  height: number,
  sigma: number,
): Float32Array {
  if (sigma <= 0) return plane.slice();
  const k = gaussianKernel(sigma);
  const radius = (k.length - 1) >> 1;
  const tmp = new Float32Array(plane.length);
  const out = new Float32Array(plane.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      if (x >= radius && x < width - radius) {
        for (let t = 0, s = row + x - radius; t < k.length; t++, s++) acc += k[t]! * plane[s]!;
      } else {
        for (let t = -radius; t <= radius; t++) {
          const xx = Math.min(width - 1, Math.max(0, x + t));
          acc += k[t + radius]! * plane[row + xx]!;
        }
      }
      tmp[row + x] = acc;
    }
  }
  for (let y = 0; y < height; y++) {
    const inside = y >= radius && y < height - radius;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      if (inside) {
        for (let t = 0, s = (y - radius) * width + x; t < k.length; t++, s += width) {
          acc += k[t]! * tmp[s]!;
        }
      } else {
        for (let t = -radius; t <= radius; t++) {
          const yy = Math.min(height - 1, Math.max(0, y + t));
          acc += k[t + radius]! * tmp[yy * width + x]!;
        }
      }
      out[y * width + x] = acc;
    }
  }
  return out;
}
