import type { EdgeMap } from './find-edges.js';

/** A window of a plane, in its pixels. */
export interface PlaneRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What {@link estimateBlur} found. */
export interface BlurEstimate {
  /**
   * Gaussian σ (pixels of the plane) of the blur on the edges that matter: per edge
   * orientation, the 40th percentile of the per-edge estimates (so soft shadows and rounded
   * shoulders do not count against a product whose print is crisp); the worst orientation
   * wins, so motion blur (sharp along the shake, smeared across it) is caught too.
   * `Infinity` when there are too few edges to judge.
   */
  readonly sigma: number;
  /** Edge pixels measured. */
  readonly edges: number;
  /** Per orientation bin (0°, 45°, 90°, 135° of the gradient): σ, or NaN when too few edges. */
  readonly byOrientation: readonly number[];
}

/** σ of the re-blur the `soft` gradients were taken after. */
export const REBLUR_SIGMA = 1;
/** σ² the Scharr operator itself adds to a perfect step (measured on synthetic edges). */
const OPERATOR_SIGMA_SQ = 0.7;
/** Per-edge estimates are capped here; beyond it every photo is equally unusable. */
const MAX_SIGMA = 8;
const MIN_EDGES_PER_BIN = 24;
const PERCENTILE = 0.4;

/**
 * Estimates defocus or shake blur from the edges themselves (Zhuo & Sim, "Defocus map
 * estimation from a single image", 2011): re-blurring an edge of blur σ by a known σ₀ lowers
 * its gradient by `√(σ² + σ₀²) / σ`, so the ratio of the two gradient magnitudes at an edge
 * gives σ, whatever the edge's contrast. Unlike the variance of the Laplacian it does not read
 * a plain backdrop as blur: a backdrop has no edges, so it casts no vote.
 *
 * @param sharp Gradient magnitudes of the plane.
 * @param soft Gradient magnitudes of the plane blurred by {@link REBLUR_SIGMA}.
 * @param edges Edge pixels (found on `soft`).
 * @param region Only edges inside count (default all).
 */
export function estimateBlur(
  sharp: Float32Array,
  soft: Float32Array,
  edges: EdgeMap,
  width: number,
  region?: PlaneRegion,
): BlurEstimate {
  // Each kept edge's σ, and its orientation bin (4 = outside the region): typed arrays, then
  // grouped by bin into one buffer and sorted numerically, not four growing JS arrays sorted
  // through a comparator (the same values and order: σ is never NaN).
  const all = new Float64Array(edges.count);
  const binOf = new Uint8Array(edges.count);
  const sizes = [0, 0, 0, 0];
  const x0 = region ? region.x : -Infinity;
  const y0 = region ? region.y : -Infinity;
  const x1 = region ? region.x + region.width : Infinity;
  const y1 = region ? region.y + region.height : Infinity;
  for (let e = 0; e < edges.count; e++) {
    const i = edges.indices[e]!;
    const y = (i / width) | 0;
    const x = i - y * width;
    if (x < x0 || x >= x1 || y < y0 || y >= y1) {
      binOf[e] = 4;
      continue;
    }
    const ratio = sharp[i]! / soft[i]!;
    let sigma: number;
    if (ratio <= 1.0005) sigma = MAX_SIGMA;
    else {
      const s2 = (REBLUR_SIGMA * REBLUR_SIGMA) / (ratio * ratio - 1) - OPERATOR_SIGMA_SQ;
      sigma = Math.min(MAX_SIGMA, Math.sqrt(Math.max(0, s2)));
    }
    all[e] = sigma;
    const bin = edges.bins[e]!;
    binOf[e] = bin;
    sizes[bin]!++;
  }
  const count = sizes[0]! + sizes[1]! + sizes[2]! + sizes[3]!;
  if (count < MIN_EDGES_PER_BIN) {
    return { sigma: Infinity, edges: count, byOrientation: [NaN, NaN, NaN, NaN] };
  }
  const grouped = new Float64Array(count);
  const starts = [0, sizes[0]!, sizes[0]! + sizes[1]!, sizes[0]! + sizes[1]! + sizes[2]!];
  const fill = starts.slice();
  for (let e = 0; e < edges.count; e++) {
    const bin = binOf[e]!;
    if (bin < 4) grouped[fill[bin]!++] = all[e]!;
  }
  const minPerBin = Math.max(MIN_EDGES_PER_BIN, 0.06 * count);
  const byOrientation = sizes.map((size, bin) => {
    if (size < minPerBin) return NaN;
    const b = grouped.subarray(starts[bin]!, starts[bin]! + size).sort();
    return b[Math.floor(PERCENTILE * (size - 1))]!;
  });
  const valid = byOrientation.filter((s) => !Number.isNaN(s));
  return { sigma: valid.length > 0 ? Math.max(...valid) : Infinity, edges: count, byOrientation };
}
