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
   * (sharp along the shake, smeared across it) is caught too. With a region in focus before a
   * soft rest (`focus`), that region's. `Infinity` when there are too few edges to judge.
   */
  readonly sigma: number;
  /** Edges the whole region's estimate rests on (the step edges, unless too few passed). */
  readonly edges: number;
  /**
   * Per orientation bin (0°, 45°, 90°, 135° of the gradient), over the whole region: σ, or NaN
   * when too few edges.
   */
  readonly byOrientation: readonly number[];
  /**
   * Set when the photo shows a shallow depth of field (see {@link estimateBlur}): the tile in
   * focus, whose σ `sigma` then is, and the σ of the whole region, which the photo is not
   * judged by.
   */
  readonly focus?: { readonly region: PlaneRegion; readonly wholeSigma: number };
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
/**
 * Edges the whole region's estimate rests on at most; beyond it they are sampled evenly
 * (percentiles need no more).
 */
const MAX_MEASURED = 12_000;
/** Edges measured at most for the search of a region in focus, whose tiles need more each. */
const MAX_MEASURED_FOR_FOCUS = 40_000;
/**
 * σ (pixels at a 1024-pixel long side) from which a region in focus is looked for: under the
 * sharpness check's `good` threshold (1.05), so a photo that reads sharp as a whole costs no
 * more time.
 */
const FOCUS_FROM_AT_1024 = 0.8;
/** Side of the tiles a region in focus is looked for in, in pixels at a 1024-pixel long side. */
const FOCUS_TILE_AT_1024 = 128;
/** Edges with a say a tile needs to be judged (fewer give unsteady σs). */
const MIN_TILE_EDGES = 200;
/**
 * How many times blurrier than the sharpest tile the tile at the upper quartile must be for a
 * shallow depth of field: a subject in focus before a soft background. Copies of the bench's
 * tune half blurred by σ 2 spread up to 2.8×, its clean food and flower photos shot with a
 * shallow depth of field 3.9× and more.
 */
const MIN_FOCUS_SPREAD = 3;
/**
 * Largest difference (σ in pixels at a 1024-pixel long side) between the blurriest and the
 * sharpest orientation for a region in focus to be looked for: defocus blurs every
 * orientation alike, a shake one more than the others, and a shaken photo is judged whole
 * (in a shake's tiles a fine texture along it can read sharp). On the bench's tune half, the
 * clean photos read blurred whole differ by 0.66 at most; of the 144 shaken copies read
 * blurred whole, all but one (a tulip field, 0.59) by 0.77 or more.
 */
const MAX_FOCUS_ANISOTROPY_AT_1024 = 0.7;

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
 * Food and small goods are often shot close with a shallow depth of field: the front of a
 * dish in focus, the back and the plates behind it soft. Judged whole, such a photo reads as
 * blurred, so when it does, a region in focus is looked for (see findFocus) and, when one
 * stands out from a soft rest, the photo is judged by it: on the bench's tune half this
 * cleared a cupcake stand, grilled skewers and a tulip field (σ 1.2 to 1.9 read whole, 0 to
 * 0.5 in focus) and kept every copy blurred by σ 2 and every shake caught as before.
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
  // The whole region is judged on an even sample of at most MAX_MEASURED of them.
  const sample = measureEdges(plane, soft, edges, width, inside, n, MAX_MEASURED);
  const whole = judge(sample);
  // A region in focus is looked for, on a denser sample, only when the whole reads blurred.
  const at1024 = 1024 / Math.max(width, height);
  if (!Number.isFinite(whole.sigma) || !(whole.sigma * at1024 > FOCUS_FROM_AT_1024)) return whole;
  const dense =
    n > MAX_MEASURED
      ? measureEdges(plane, soft, edges, width, inside, n, MAX_MEASURED_FOR_FOCUS)
      : sample;
  const focus = findFocus(dense, whole, at1024, { x0, y0, x1, y1 }, width);
  if (!focus || !(focus.sigma < whole.sigma)) return whole;
  return {
    sigma: focus.sigma,
    edges: whole.edges,
    byOrientation: whole.byOrientation,
    focus: { region: focus.region, wholeSigma: whole.sigma },
  };
}

/**
 * Measured edges: each one's σ, orientation bin (NO_SAY if none), whether it passed the step
 * test (1) and its plane index.
 */
interface MeasuredEdges {
  readonly sigma: Float64Array;
  readonly bin: Uint8Array;
  readonly step: Uint8Array;
  readonly at: Int32Array;
}

/**
 * Measures an even sample of at most `most` of the `n` edges listed in `inside` (indices
 * into `edges`): typed arrays, grouped by bin and sorted numerically when judged, not growing
 * JS arrays sorted through a comparator.
 */
function measureEdges(
  plane: Float32Array,
  soft: Gradients,
  edges: EdgeMap,
  width: number,
  inside: Int32Array,
  n: number,
  most: number,
): MeasuredEdges {
  const stride = Math.max(1, n / most);
  const measured = Math.min(n, most);
  const all = new Float64Array(measured);
  const binOf = new Uint8Array(measured);
  const step = new Uint8Array(measured);
  const at = new Int32Array(measured);
  const magnitude = soft.magnitude;
  for (let m = 0; m < measured; m++) {
    const e = inside[Math.floor(m * stride)]!;
    const i = edges.indices[e]!;
    at[m] = i;
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
    all[m] = sigma;
    binOf[m] = edges.bins[e]!;
    if (isStep) step[m] = 1;
  }
  return { sigma: all, bin: binOf, step, at };
}

/**
 * The blur of measured edges (`members`, indices into `edges`; default all): per
 * orientation, the PERCENTILE of the step edges' σ (of every edge when a fine regular pattern
 * left too few steps); the worst orientation wins.
 */
function judge(edges: MeasuredEdges, members?: Int32Array): BlurEstimate {
  const count0 = members ? members.length : edges.sigma.length;
  const member = (k: number) => (members ? members[k]! : k);
  const sizes = [0, 0, 0, 0];
  const stepSizes = [0, 0, 0, 0];
  for (let k = 0; k < count0; k++) {
    const m = member(k);
    const bin = edges.bin[m]!;
    if (bin === NO_SAY) continue;
    sizes[bin]!++;
    if (edges.step[m] === 1) stepSizes[bin]!++;
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
  for (let k = 0; k < count0; k++) {
    const m = member(k);
    const bin = edges.bin[m]!;
    if (bin === NO_SAY || (stepsOnly && edges.step[m] === 0)) continue;
    grouped[fill[bin]!++] = edges.sigma[m]!;
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
 * A region in focus before a soft background (a shallow depth of field, as food is shot):
 * the region is cut into tiles of {@link FOCUS_TILE_AT_1024}, each with enough edges judged
 * on its own, and when the tile at the upper quartile is {@link MIN_FOCUS_SPREAD} times
 * blurrier than the sharpest, the sharpest is the subject in focus and its σ is returned.
 * Not looked for when the orientations' σs differ as a shake's do (see
 * {@link MAX_FOCUS_ANISOTROPY_AT_1024}), nor with fewer than three tiles judged. A photo blurred
 * all over is blurred in every tile alike, so its sharpest tile reads as blurred.
 */
function findFocus(
  edges: MeasuredEdges,
  whole: BlurEstimate,
  at1024: number,
  box: { x0: number; y0: number; x1: number; y1: number },
  width: number,
): { sigma: number; region: PlaneRegion } | undefined {
  const at = edges.at;
  const valid = whole.byOrientation.filter((s) => !Number.isNaN(s));
  if ((Math.max(...valid) - Math.min(...valid)) * at1024 >= MAX_FOCUS_ANISOTROPY_AT_1024) {
    return undefined;
  }
  const tile = FOCUS_TILE_AT_1024 / at1024;
  const boxWidth = box.x1 - box.x0;
  const boxHeight = box.y1 - box.y0;
  const nx = Math.max(1, Math.round(boxWidth / tile));
  const ny = Math.max(1, Math.round(boxHeight / tile));
  if (nx * ny < 3) return undefined;
  const tw = boxWidth / nx;
  const th = boxHeight / ny;
  // The measured edges with a say, grouped by tile (a counting sort).
  const cellOf = new Int32Array(at.length);
  const counts = new Int32Array(nx * ny + 1);
  for (let m = 0; m < at.length; m++) {
    if (edges.bin[m] === NO_SAY) {
      cellOf[m] = -1;
      continue;
    }
    const y = (at[m]! / width) | 0;
    const x = at[m]! - y * width;
    const cell =
      Math.min(ny - 1, ((y - box.y0) / th) | 0) * nx + Math.min(nx - 1, ((x - box.x0) / tw) | 0);
    cellOf[m] = cell;
    counts[cell + 1]!++;
  }
  for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
  const members = new Int32Array(counts[nx * ny]!);
  const fill = counts.slice(0, nx * ny);
  for (let m = 0; m < at.length; m++) if (cellOf[m]! >= 0) members[fill[cellOf[m]!]!++] = m;
  const tiles: { sigma: number; cell: number }[] = [];
  for (let cell = 0; cell < nx * ny; cell++) {
    if (counts[cell + 1]! - counts[cell]! < MIN_TILE_EDGES) continue;
    const sigma = judge(edges, members.subarray(counts[cell]!, counts[cell + 1]!)).sigma;
    if (Number.isFinite(sigma)) tiles.push({ sigma, cell });
  }
  if (tiles.length < 3) return undefined;
  tiles.sort((a, b) => a.sigma - b.sigma);
  const sharpest = tiles[0]!;
  if (tiles[Math.floor(0.75 * (tiles.length - 1))]!.sigma < MIN_FOCUS_SPREAD * sharpest.sigma) {
    return undefined;
  }
  const cx = sharpest.cell % nx;
  const cy = (sharpest.cell / nx) | 0;
  return {
    sigma: sharpest.sigma,
    region: { x: box.x0 + cx * tw, y: box.y0 + cy * th, width: tw, height: th },
  };
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
