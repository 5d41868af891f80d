import type { BackgroundEstimate } from './estimate-background.js';
import type { WorkingImage } from './make-working-image.js';
import type { IlluminantReference } from './photo-report.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { addToStats, GREY_NORM as P, workingStats } from './working-stats.js';
import type { WorkingStats } from './working-stats.js';

/** The colour of the light, as the photo suggests it. */
export interface IlluminantEstimate {
  /** Linear-light RGB of the light, normalised so green is 1. */
  readonly rgb: readonly [number, number, number];
  /** `ln(R/G)` and `ln(B/G)` of the light: 0, 0 is neutral daylight as the camera saw it. */
  readonly logRatios: readonly [number, number];
  /** What the estimate rests on. */
  readonly reference: IlluminantReference;
}

/**
 * Estimates the light's colour by shades of grey (the p-norm of each channel in linear light,
 * p = 6, over pixels that are neither clipped nor near black), blended half-and-half with the
 * backdrop's colour when the backdrop is plain, bright and nearly neutral: a product is
 * usually shot on white or grey paper, which shows the light's colour most directly.
 *
 * @param stats The statistics gathered while the working copy was made (see
 *   makeWorkingImage); computed here when not given.
 */
export function estimateIlluminant(
  work: WorkingImage,
  background: BackgroundEstimate,
  stats?: WorkingStats,
): IlluminantEstimate {
  let grey = stats;
  if (!grey) {
    grey = workingStats();
    addToStats(grey, work, 0, work.r.length);
  }
  let e: [number, number, number] =
    grey.greyCount > 0
      ? [grey.greyR ** (1 / P), grey.greyG ** (1 / P), grey.greyB ** (1 / P)]
      : [1, 1, 1];
  const [cr, cg, cb] = background.color;
  const bgLin = [SRGB_TO_LINEAR[cr]!, SRGB_TO_LINEAR[cg]!, SRGB_TO_LINEAR[cb]!];
  const bgLuma = 0.299 * cr + 0.587 * cg + 0.114 * cb;
  let reference: IlluminantReference = 'scene';
  const plain = background.plain;
  if (plain && bgLuma > 110 && Math.max(cr, cg, cb) < 254) {
    const bgRatio = [Math.log(bgLin[0]! / bgLin[1]!), Math.log(bgLin[2]! / bgLin[1]!)];
    if (Math.hypot(bgRatio[0]!, bgRatio[1]!) < 0.6) {
      const s = e[1] > 0 ? e[1] : 1;
      e = [
        Math.sqrt((e[0] / s) * (bgLin[0]! / bgLin[1]!)),
        1,
        Math.sqrt((e[2] / s) * (bgLin[2]! / bgLin[1]!)),
      ];
      reference = 'backdrop';
    }
  }
  const gNorm = e[1] > 0 ? e[1] : 1;
  const rgb: [number, number, number] = [e[0] / gNorm, 1, e[2] / gNorm];
  return { rgb, logRatios: [Math.log(rgb[0]), Math.log(rgb[2])], reference };
}
