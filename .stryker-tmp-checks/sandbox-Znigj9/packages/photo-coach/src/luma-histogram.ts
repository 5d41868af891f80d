/** A 256-bin histogram of a 0–255 plane (values are rounded to the nearest bin). */
// @ts-nocheck

export function lumaHistogram(plane: Float32Array): Uint32Array {
  const hist = new Uint32Array(256);
  for (let i = 0; i < plane.length; i++) hist[(plane[i]! + 0.5) | 0]!++;
  return hist;
}

/**
 * The value below which fraction `p` (0–1) of the histogram's mass lies, interpolated within
 * the bin so that percentiles of smooth images do not jump by whole levels. 0 when empty.
 */
export function histogramPercentile(hist: ArrayLike<number>, p: number): number {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i]!;
  if (total === 0) return 0;
  const target = Math.min(Math.max(p, 0), 1) * total;
  let acc = 0;
  for (let i = 0; i < hist.length; i++) {
    const c = hist[i]!;
    if (acc + c >= target && c > 0) return i - 0.5 + (target - acc) / c;
    acc += c;
  }
  return hist.length - 1;
}
