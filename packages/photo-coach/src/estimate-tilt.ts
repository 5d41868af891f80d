import type { EdgeMap } from './find-edges.js';
import type { Gradients } from './scharr-gradients.js';

/** What {@link estimateTilt} found. */
export interface TiltEstimate {
  /**
   * Camera roll in degrees: positive when the scene looks turned clockwise (a level table
   * edge runs down to the right). 0 when no straight line stood out.
   */
  readonly degrees: number;
  /** How clearly straight lines agreed on the angle, 0–1; under about 0.2 it is a guess. */
  readonly confidence: number;
}

/** Largest roll considered, in degrees; beyond it a slant is taken as meant. */
export const MAX_TILT_DEGREES = 15;
const STEP = 0.25;
/** Each edge votes for angles this close to its own gradient direction. */
const VOTE_SPREAD = 2;

/**
 * Estimates camera roll from near-horizontal and near-vertical straight lines (table edges,
 * shelves, box sides, label text). Every thin edge pixel votes, for the angles within ±2° of
 * its own gradient direction, into a Hough accumulator of line offsets; the angle at which
 * the votes pile up into the fewest lines (the largest sum of squared bin counts, as in
 * projection-profile deskewing) wins, refined to a fraction of the 0.25° step. Horizontal
 * and vertical lines both turn by the roll, so both families vote for the same angle.
 */
export function estimateTilt(
  gradients: Gradients,
  edges: EdgeMap,
  width: number,
  height: number,
): TiltEstimate {
  const angles = Math.round((2 * MAX_TILT_DEGREES) / STEP) + 1;
  const diag = Math.ceil(Math.hypot(width, height)) + 2;
  // Offsets are binned to 1 px; two families (horizontal-ish, vertical-ish lines).
  const accH = new Float32Array(angles * diag * 2);
  const accV = new Float32Array(angles * diag * 2);
  const cos = new Float64Array(angles);
  const sin = new Float64Array(angles);
  for (let a = 0; a < angles; a++) {
    const t = ((-MAX_TILT_DEGREES + a * STEP) * Math.PI) / 180;
    cos[a] = Math.cos(t);
    sin[a] = Math.sin(t);
  }
  const { gx, gy, magnitude } = gradients;
  const spreadSteps = Math.round(VOTE_SPREAD / STEP);
  let votes = 0;
  for (let e = 0; e < edges.count; e++) {
    const bin = edges.bins[e]!;
    if (bin === 1 || bin === 3) continue;
    const i = edges.indices[e]!;
    const y = (i / width) | 0;
    const x = i - y * width;
    const dx = gx[i]!;
    const dy = gy[i]!;
    const horizontalLine = bin === 2;
    // A line turned clockwise by t has direction (cos t, sin t) when near horizontal and
    // (−sin t, cos t) when near vertical; its gradient is normal to it, either sign.
    const deg = (Math.atan(horizontalLine ? -dx / dy : dy / dx) * 180) / Math.PI;
    if (Math.abs(deg) > MAX_TILT_DEGREES + VOTE_SPREAD) continue;
    const centre = Math.round((deg + MAX_TILT_DEGREES) / STEP);
    const w = magnitude[i]!;
    const acc = horizontalLine ? accH : accV;
    for (
      let a = Math.max(0, centre - spreadSteps);
      a <= Math.min(angles - 1, centre + spreadSteps);
      a++
    ) {
      const rho = horizontalLine ? y * cos[a]! - x * sin[a]! : x * cos[a]! + y * sin[a]!;
      acc[a * diag * 2 + Math.round(rho) + diag]! += w;
    }
    votes++;
  }
  if (votes < 50) return { degrees: 0, confidence: 0 };
  const score = new Float64Array(angles);
  for (let a = 0; a < angles; a++) {
    let s = 0;
    const base = a * diag * 2;
    for (let r = 0; r < diag * 2; r++) {
      const h = accH[base + r]!;
      const v = accV[base + r]!;
      s += h * h + v * v;
    }
    score[a] = s;
  }
  let best = 0;
  for (let a = 1; a < angles; a++) if (score[a]! > score[best]!) best = a;
  const sorted = Array.from(score).sort((p, q) => p - q);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const peak = score[best]!;
  const confidence = peak > 0 ? (peak - median) / peak : 0;
  let offset = 0;
  if (best > 0 && best < angles - 1) {
    const l = score[best - 1]!;
    const r = score[best + 1]!;
    const d = l - 2 * peak + r;
    if (d < 0) offset = (0.5 * (l - r)) / d;
  }
  const degrees = -MAX_TILT_DEGREES + (best + offset) * STEP;
  return { degrees, confidence };
}
