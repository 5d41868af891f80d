// @ts-nocheck
import { SRGB_TO_LINEAR } from './srgb.js';

/** Minkowski norm of shades of grey (Finlayson & Trezzi 2004); 6 works well on photos. */
export const GREY_NORM = 6;

/** `linear^GREY_NORM` of each 8-bit value, so the sums need no power per pixel. */
export const POWERED = Float64Array.from(SRGB_TO_LINEAR, (v) => v ** GREY_NORM);

/**
 * Statistics over every working pixel, gathered while the working copy is written (see
 * makeWorkingImage), so the planes are not read again for them:
 * - the sums shades of grey needs (estimate-illuminant.ts): `linear^6` of each channel over
 *   every second pixel (even plane index) that is neither clipped (a channel ≥ 250) nor near
 *   black (r + g + b < 45), and how many there were;
 * - the histogram of luma rounded to whole levels, kept four-way interleaved (bin × 4 +
 *   index mod 4; see {@link statsHistogram}): a plain backdrop puts most pixels in a few
 *   bins, and with one count per bin each increment waits for the one before.
 */
export interface WorkingStats {
  greyR: number;
  greyG: number;
  greyB: number;
  greyCount: number;
  readonly quad: Uint32Array;
}

export function workingStats(): WorkingStats {
  return { greyR: 0, greyG: 0, greyB: 0, greyCount: 0, quad: new Uint32Array(1024) };
}

/**
 * Adds the pixels at plane indices `[from, to)` to `stats`. Adding consecutive ranges in
 * order gives exactly the sums of one pass over the whole plane.
 */
export function addToStats(
  stats: WorkingStats,
  planes: { r: Float32Array; g: Float32Array; b: Float32Array; luma: Float32Array },
  from: number,
  to: number,
): void {
  const { r, g, b, luma } = planes;
  const quad = stats.quad;
  for (let i = from; i < to; i++) quad[(((luma[i]! + 0.5) | 0) << 2) | (i & 3)]!++;
  // Sums in locals, not the object: each step is a register add (same order, same values).
  let acc0 = stats.greyR;
  let acc1 = stats.greyG;
  let acc2 = stats.greyB;
  let n = stats.greyCount;
  for (let i = from + (from & 1); i < to; i += 2) {
    const rr = r[i]!;
    const gg = g[i]!;
    const bb = b[i]!;
    if (rr >= 250 || gg >= 250 || bb >= 250) continue;
    if (rr + gg + bb < 45) continue;
    acc0 += POWERED[rr | 0]!;
    acc1 += POWERED[gg | 0]!;
    acc2 += POWERED[bb | 0]!;
    n++;
  }
  stats.greyR = acc0;
  stats.greyG = acc1;
  stats.greyB = acc2;
  stats.greyCount = n;
}

/** The 256-bin histogram from a four-way interleaved one. */
export function sumQuad(quad: Uint32Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let v = 0, q = 0; v < 256; v++, q += 4) {
    histogram[v] = quad[q]! + quad[q + 1]! + quad[q + 2]! + quad[q + 3]!;
  }
  return histogram;
}

/** The luma histogram (256 whole levels) of the stats. */
export function statsHistogram(stats: WorkingStats): Uint32Array {
  return sumQuad(stats.quad);
}
