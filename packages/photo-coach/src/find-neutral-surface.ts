import type { WorkingImage } from './make-working-image.js';
import { SRGB_TO_LINEAR } from './srgb.js';

/** A smooth, light surface that looks grey or white (paper, a wall, a plate, a cloud). */
export interface NeutralSurface {
  /** `ln(R/G)` and `ln(B/G)` of its mean colour in linear light: the light's tint. */
  readonly logRatios: readonly [number, number];
  /** Share of the frame it covers, 0–1. */
  readonly share: number;
  /** Its mean luma (0–255). */
  readonly luma: number;
}

/** Side of the square blocks (working pixels) the frame is cut into. */
const BLOCK = 8;
/** Blocks darker than this (mean luma) are not read: too little light to show its colour. */
const MIN_LUMA = 80;
/**
 * A block with a channel this bright (its brightest sample, in the working copy) is blown and
 * not read. It was 245, but white paper under a warm bulb reaches 245–253 in red without being
 * blown, and a stronger cast then shrank the surface (and the check's confidence) it read.
 */
const BLOWN = 254;
/**
 * Largest tint (length of the log-ratio vector, linear light) of a block that may still be a
 * neutral surface under tinted light. A household bulb seen by a camera set for daylight
 * reads about 0.9 on white paper; the bench's strongest warm cast (R×1.24, B×0.76) reads 0.35
 * on grey and up to 0.77 on the papers and walls of photos that were a little warm already.
 * It was 0.5, and a stronger cast then stopped counting as a surface, so the check fell back
 * to its guess from the scene and caught the stronger cast less often than the weaker one.
 * Whether a tinted cluster is grey under a tinted light or a coloured thing (cream, pale wood)
 * is judged by estimateIlluminant against the scene's edges, not here.
 */
const MAX_TINT = 1;
/**
 * A block bluer than this (`ln(B/G)`) is sky, not a grey surface under cool light: on the
 * bench's photos, skies read 0.28–0.41 and white paper under a strong cool cast 0.22.
 */
const MAX_BLUE = 0.25;
/** Width of the tint histogram's bins; the surface is the blocks near its peak (±1.5 bins). */
const BIN = 0.04;
/** Least share of the frame the surface must cover to be read at all. */
export const MIN_SURFACE_SHARE = 0.03;

/**
 * Looks for a neutral surface (white patch): smooth, light blocks whose colours cluster at one
 * tint. Goods are rarely smooth, light and nearly grey over a large area, so such a cluster is
 * most likely paper, a wall, a plate or cloth, and its tint is the light's. The blocks' tints
 * are histogrammed (weighted by brightness: white is the surest reference) and the surface is
 * the blocks round the peak. `undefined` when it covers under {@link MIN_SURFACE_SHARE} of the
 * frame or is darker than luma 100.
 *
 * @param noiseSigma Noise σ of the working luma: grain does not make a surface textured.
 */
export function findNeutralSurface(work: WorkingImage, noiseSigma = 0): NeutralSurface | undefined {
  const { width, r, g, b, luma } = work;
  const bw = Math.floor(width / BLOCK);
  const bh = Math.floor(work.height / BLOCK);
  if (bw === 0 || bh === 0) return undefined;
  const tints: number[] = [];
  const weights: number[] = [];
  const side = Math.ceil(MAX_TINT / BIN) + 2;
  const span = 2 * side + 1;
  const hist = new Float64Array(span * span);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      // Every second pixel of the block, both ways: 16 samples. Brightness and texture first;
      // most blocks fail them, and only the rest are converted to linear light.
      let sl = 0;
      let sl2 = 0;
      let top = 0;
      const x0 = bx * BLOCK;
      for (let y = by * BLOCK; y < by * BLOCK + BLOCK; y += 2) {
        for (let i = y * width + x0, end = i + BLOCK; i < end; i += 2) {
          const l = luma[i]!;
          sl += l;
          sl2 += l * l;
          const m = Math.max(r[i]!, g[i]!, b[i]!);
          if (m > top) top = m;
        }
      }
      const n = (BLOCK / 2) * (BLOCK / 2);
      const mean = sl / n;
      const sd = Math.sqrt(Math.max(0, sl2 / n - mean * mean));
      if (top >= BLOWN || mean < MIN_LUMA || sd > 4 + 0.04 * mean + noiseSigma) continue;
      let sr = 0;
      let sg = 0;
      let sb = 0;
      for (let y = by * BLOCK; y < by * BLOCK + BLOCK; y += 2) {
        for (let i = y * width + x0, end = i + BLOCK; i < end; i += 2) {
          sr += SRGB_TO_LINEAR[(r[i]! + 0.5) | 0]!;
          sg += SRGB_TO_LINEAR[(g[i]! + 0.5) | 0]!;
          sb += SRGB_TO_LINEAR[(b[i]! + 0.5) | 0]!;
        }
      }
      if (!(sr > 0 && sg > 0 && sb > 0)) continue;
      const lr = Math.log(sr / sg);
      const lb = Math.log(sb / sg);
      if (Math.hypot(lr, lb) > MAX_TINT || lb > MAX_BLUE) continue;
      tints.push(lr, lb);
      weights.push(mean);
      hist[(Math.round(lr / BIN) + side) * span + Math.round(lb / BIN) + side]! += mean;
    }
  }
  if (weights.length === 0) return undefined;
  let peak = -1;
  let best = 0;
  for (let a = 1; a < span - 1; a++) {
    for (let c = 1; c < span - 1; c++) {
      let s = 0;
      for (let da = -1; da <= 1; da++)
        for (let dc = -1; dc <= 1; dc++) s += hist[(a + da) * span + c + dc]!;
      if (s > best) {
        best = s;
        peak = a * span + c;
      }
    }
  }
  const pr = (Math.floor(peak / span) - side) * BIN;
  const pb = ((peak % span) - side) * BIN;
  let count = 0;
  let mr = 0;
  let mb = 0;
  let ml = 0;
  for (let k = 0; k < weights.length; k++) {
    const lr = tints[2 * k]!;
    const lb = tints[2 * k + 1]!;
    if (Math.abs(lr - pr) > 1.5 * BIN || Math.abs(lb - pb) > 1.5 * BIN) continue;
    count++;
    mr += lr;
    mb += lb;
    ml += weights[k]!;
  }
  const share = count / (bw * bh);
  if (count === 0 || share < MIN_SURFACE_SHARE || ml / count < 100) return undefined;
  return { logRatios: [mr / count, mb / count], share, luma: ml / count };
}
