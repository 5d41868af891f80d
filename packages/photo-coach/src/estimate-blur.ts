import type { EdgeMap } from './find-edges.js';
import { gaussianKernel } from './gaussian-blur.js';
import type { Gradients } from './scharr-gradients.js';
import { scharrMagnitudeAt } from './scharr-gradients.js';

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
   * orientation, the 25th percentile of the estimates on the step edges (so soft shadows and
   * rounded shoulders do not count against a product whose print is crisp, and a shallow
   * depth of field is judged where it is in focus); the worst orientation wins, so motion blur
   * (sharp along the shake, smeared across it) is caught too. `Infinity` when there are too
   * few edges to judge.
   */
  readonly sigma: number;
  /** Edges the estimate rests on (the step edges, unless too few passed the test). */
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
const PERCENTILE = 0.25;
/**
 * The `soft` gradients are blurred once more by this σ at each edge for the step test, so the
 * two re-blurs have σ₀² of 1 and 2 (the kernel is small: 7 × 7).
 */
const STEP_TEST_SIGMA = 1;
/**
 * For a blurred step, 1/g² grows linearly with the re-blur's σ₀² (see below), so
 * (1/g₂² − 1/g₀²) / (1/g₁² − 1/g₀²) is 2 for re-blurs of σ₀² 1 and 2; fine stripes or a fine
 * texture, whose neighbouring edges of opposite sign cancel under the wider blur, lose their
 * gradient faster. Edges above this ratio are left out (tuned on the `tune` half of the photo
 * set in bench/).
 */
const MAX_STEP_RATIO = 2.5;
/** σ (pixels of the plane) from which an edge votes even if it fails the step test. */
const NON_STEP_KEEP = 2;
/**
 * Share of the measured edges that must pass the step test for the test to apply (sharp
 * photos in the bench's set keep 15–90 % of theirs).
 */
const MIN_STEP_SHARE = 0.05;
/** Edges measured at most; beyond it they are sampled evenly (percentiles need no more). */
const MAX_MEASURED = 12_000;

const stepTestKernel = gaussianKernel(STEP_TEST_SIGMA);
/**
 * Least ratio of the gradient before and after the re-blur for an edge to have a say: sharp
 * checks of 5–12 pixels read sharp with it (at 0.9 some did not), and shakes keep their votes
 * (at 1 the bench's motion-blur detection fell by 4 points).
 */
const MIN_LOSS = 0.95;
/** Orientation bin of an edge that has no say. */
const NO_SAY = 4;

/**
 * Estimates defocus or shake blur from the edges themselves (Zhuo & Sim, "Defocus map
 * estimation from a single image", 2011): re-blurring an edge of blur σ by a known σ₀ lowers
 * its gradient by `√(σ² + σ₀²) / σ`, so the ratio of the two gradient magnitudes at an edge
 * gives σ, whatever the edge's contrast. Unlike the variance of the Laplacian it does not read
 * a plain backdrop as blur: a backdrop has no edges, so it casts no vote.
 *
 * That model holds for a step between two flat areas. Fine stripes and textures (a circuit
 * board, stitching, a print seen small) lose their gradient to a re-blur much faster than a
 * step does, because their neighbouring edges of opposite sign cancel: read as steps they seem
 * sharp even after a strong blur. So each edge that reads sharp is re-blurred a second time,
 * wider, and votes only if its three gradients fit the step model. On the bench's photo set
 * this, with the 25th percentile and the product's own box, cut the false alarms on clean
 * photos from 3 of 25 to none and caught σ 2 in 98 % (was 96 %).
 *
 * @param plane The plane (its unblurred gradient is taken at the measured edges alone).
 * @param soft Gradients of the plane blurred by {@link REBLUR_SIGMA}.
 * @param edges Edge pixels (found on `soft`).
 * @param region Only edges inside count (default all).
 */
export function estimateBlur(
  plane: Float32Array,
  soft: Gradients,
  edges: EdgeMap,
  width: number,
  height: number,
  region?: PlaneRegion,
): BlurEstimate {
  const radius = (stepTestKernel.length - 1) >> 1;
  const x0 = Math.max(radius, region ? region.x : 0);
  const y0 = Math.max(radius, region ? region.y : 0);
  const x1 = Math.min(width - radius, region ? region.x + region.width : Infinity);
  const y1 = Math.min(height - radius, region ? region.y + region.height : Infinity);
  // The edges inside, then an even sample of them.
  const inside = new Int32Array(edges.count);
  let n = 0;
  for (let e = 0; e < edges.count; e++) {
    const i = edges.indices[e]!;
    const y = (i / width) | 0;
    const x = i - y * width;
    if (x >= x0 && x < x1 && y >= y0 && y < y1) inside[n++] = e;
  }
  const stride = Math.max(1, n / MAX_MEASURED);
  // Each measured edge's σ, its orientation bin (NO_SAY if none), and whether it passed the
  // step test: typed arrays, then grouped by bin into one buffer and sorted numerically, not
  // four growing JS arrays sorted through a comparator (the same values and order: σ is never
  // NaN).
  const measured = Math.min(n, MAX_MEASURED);
  const all = new Float64Array(measured);
  const binOf = new Uint8Array(measured);
  const step = new Uint8Array(measured);
  const sizes = [0, 0, 0, 0];
  const stepSizes = [0, 0, 0, 0];
  const magnitude = soft.magnitude;
  for (let m = 0; m < measured; m++) {
    const e = inside[Math.floor(m * stride)]!;
    const i = edges.indices[e]!;
    const g0 = scharrMagnitudeAt(plane, width, i);
    const g1 = magnitude[i]!;
    // A re-blur lowers a step's gradient, and leaves a long ramp's (a shake's) about as it
    // was. Where it raises it, the pixel is no edge but a corner or a saddle (where the
    // squares of a checked cloth meet): it has no say.
    if (!(g0 > MIN_LOSS * g1)) {
      binOf[m] = NO_SAY;
      continue;
    }
    let sigma = MAX_SIGMA;
    let isStep = true;
    // With no measurable loss to the re-blur, it is as blurred as this estimate can tell.
    if (g0 > 1.0005 * g1) {
      const a = 1 / (g0 * g0);
      const c1 = 1 / (g1 * g1);
      const s2 = (REBLUR_SIGMA * REBLUR_SIGMA * a) / (c1 - a) - OPERATOR_SIGMA_SQ;
      sigma = Math.min(MAX_SIGMA, Math.sqrt(Math.max(0, s2)));
      // Only an edge that reads sharp needs the test: an edge that fails it but reads blurred
      // is mostly a ramp (a shake drags a step into one), rightly read as blur.
      if (sigma < NON_STEP_KEEP) {
        const g2 = reblurredMagnitudeAt(soft.gx, soft.gy, width, i);
        isStep = (1 / (g2 * g2) - a) / (c1 - a) <= MAX_STEP_RATIO;
      }
    }
    const bin = edges.bins[e]!;
    all[m] = sigma;
    binOf[m] = bin;
    sizes[bin]!++;
    if (isStep) {
      step[m] = 1;
      stepSizes[bin]!++;
    }
  }
  // Judged on the step edges, unless a fine regular pattern filling the box (a close-up of a
  // weave) left too few of them: then on every edge, as without the test.
  const stepCount = stepSizes[0]! + stepSizes[1]! + stepSizes[2]! + stepSizes[3]!;
  const voters = sizes[0]! + sizes[1]! + sizes[2]! + sizes[3]!;
  const stepsOnly = stepCount >= Math.max(MIN_EDGES_PER_BIN, MIN_STEP_SHARE * voters);
  const counted = stepsOnly ? stepSizes : sizes;
  const count = counted[0]! + counted[1]! + counted[2]! + counted[3]!;
  if (count < MIN_EDGES_PER_BIN) {
    return { sigma: Infinity, edges: count, byOrientation: [NaN, NaN, NaN, NaN] };
  }
  const grouped = new Float64Array(count);
  const starts = [
    0,
    counted[0]!,
    counted[0]! + counted[1]!,
    counted[0]! + counted[1]! + counted[2]!,
  ];
  const fill = starts.slice();
  for (let m = 0; m < measured; m++) {
    const bin = binOf[m]!;
    if (bin === NO_SAY || (stepsOnly && step[m] === 0)) continue;
    grouped[fill[bin]!++] = all[m]!;
  }
  const minPerBin = Math.max(MIN_EDGES_PER_BIN, 0.06 * count);
  const byOrientation = counted.map((size, bin) => {
    if (size < minPerBin) return NaN;
    const b = grouped.subarray(starts[bin]!, starts[bin]! + size).sort();
    return b[Math.floor(PERCENTILE * (size - 1))]!;
  });
  const valid = byOrientation.filter((s) => !Number.isNaN(s));
  return { sigma: valid.length > 0 ? Math.max(...valid) : Infinity, edges: count, byOrientation };
}

/**
 * Magnitude at pixel `i` of the gradients (`gx`, `gy`) blurred by {@link STEP_TEST_SIGMA}:
 * a Gaussian's gradient is the blurred gradient, so this is the plane's gradient after a
 * re-blur of σ₀² = 1 + 1, computed at that pixel alone. `i` must lie the kernel's radius
 * inside the plane.
 */
function reblurredMagnitudeAt(
  gx: Float32Array,
  gy: Float32Array,
  width: number,
  i: number,
): number {
  const k = stepTestKernel;
  const radius = (k.length - 1) >> 1;
  let sx = 0;
  let sy = 0;
  for (let r = -radius; r <= radius; r++) {
    const row = i + r * width - radius;
    let rx = 0;
    let ry = 0;
    for (let c = 0; c < k.length; c++) {
      rx += k[c]! * gx[row + c]!;
      ry += k[c]! * gy[row + c]!;
    }
    const kr = k[r + radius]!;
    sx += kr * rx;
    sy += kr * ry;
  }
  return Math.sqrt(sx * sx + sy * sy);
}
