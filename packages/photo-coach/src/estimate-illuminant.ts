import type { BackgroundEstimate } from './estimate-background.js';
import type { NeutralSurface } from './find-neutral-surface.js';
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
  /**
   * How much the photo shows the light's colour, 0–1 (see `Check.confidence`): 1 on a
   * backdrop, by the surface's size on a neutral surface, {@link SCENE_CONFIDENCE} on the scene.
   */
  readonly confidence: number;
}

/** The confidence of a tint guessed from the whole scene. */
export const SCENE_CONFIDENCE = 0.2;
/** A neutral surface covering this share of the frame makes the estimate sure (confidence 1). */
export const SURE_SURFACE_SHARE = 0.1;

/**
 * Estimates the light's colour. With a neutral `surface` (see findNeutralSurface) and no
 * plain backdrop, the surface's own tint is the light's (white patch); its confidence is its
 * share of the frame against {@link SURE_SURFACE_SHARE} (at least 0.3). Otherwise by shades
 * of grey (the p-norm of each channel in linear light,
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
  surface?: NeutralSurface,
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
  if (reference === 'scene' && surface) {
    const [lr, lb] = surface.logRatios;
    const confidence = Math.min(1, Math.max(0.3, surface.share / SURE_SURFACE_SHARE));
    return {
      rgb: [Math.exp(lr), 1, Math.exp(lb)],
      logRatios: [lr, lb],
      reference: 'surface',
      confidence,
    };
  }
  const gNorm = e[1] > 0 ? e[1] : 1;
  const rgb: [number, number, number] = [e[0] / gNorm, 1, e[2] / gNorm];
  const confidence = reference === 'backdrop' ? 1 : SCENE_CONFIDENCE;
  return { rgb, logRatios: [Math.log(rgb[0]), Math.log(rgb[2])], reference, confidence };
}
