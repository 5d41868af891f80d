/** A 256-bin histogram of a 0–255 plane (values are rounded to the nearest bin). */
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

/**
 * A 256-bin histogram of each pixel's brightest channel (`max(r, g, b)`, rounded), from
 * 0–255 planes of equal length: how near each pixel comes to clipping. A saturated colour at
 * full exposure (an orange leaf at 255, 150, 0) has a luma of only 160, but its red is as high
 * as the sensor records.
 */
export function maxChannelHistogram(
  r: Float32Array,
  g: Float32Array,
  b: Float32Array,
): Uint32Array {
  const hist = new Uint32Array(256);
  for (let i = 0; i < r.length; i++) {
    const rr = r[i]!;
    const gg = g[i]!;
    const bb = b[i]!;
    const m = rr > gg ? (rr > bb ? rr : bb) : gg > bb ? gg : bb;
    hist[(m + 0.5) | 0]!++;
  }
  return hist;
}
