import type { LocalizedText } from './localized-text.js';

/**
 * Every check the coach runs, in the order a report lists them. What each `value` means:
 * - `resolution`: the short side in pixels (a square crop can be at most this big);
 * - `aspect`: width ÷ height;
 * - `exposure`: exposure error in stops (EV), negative when too dark;
 * - `contrast`: tonal range in stops between the 1st and 99th luma percentiles;
 * - `sharpness`: blur radius (Gaussian σ) in pixels at a 1024-pixel long side, 0 = crisp;
 * - `noise`: noise σ in levels (0–255) at the analysis size;
 * - `color-cast`: strength of the light's tint in percent (0 = neutral);
 * - `background`: clutter, 0 (plain) to 1 (busy);
 * - `subject-size`: the product's longest side against the frame side, 0–1 (marketplace fill);
 * - `centering`: distance of the product's centre from the frame's, as a share of the frame;
 * - `tilt`: camera roll in degrees, positive when the scene is turned clockwise.
 */
export const CHECK_IDS = [
  'resolution',
  'aspect',
  'exposure',
  'contrast',
  'sharpness',
  'noise',
  'color-cast',
  'background',
  'subject-size',
  'centering',
  'tilt',
] as const;

/** One of {@link CHECK_IDS}. */
export type CheckId = (typeof CHECK_IDS)[number];

/** `good`: nothing to do; `warn`: a buyer may notice; `bad`: fix or retake before listing. */
export type Verdict = 'good' | 'warn' | 'bad';

/** The result of one check. */
export interface Check {
  readonly id: CheckId;
  readonly verdict: Verdict;
  /** The measurement, in the unit {@link CHECK_IDS} gives for this check. */
  readonly value: number;
  /** What to do, as a concrete action (or a word of approval when `good`). */
  readonly tip: LocalizedText;
  /** How much this hurts the photo, 0 (not at all) to 1 (ruins it); drives the score. */
  readonly severity: number;
  /**
   * How much evidence the photo gave the check, 0 (none: a guess) to 1 (clear). Absent means
   * 1: size, shape, sharpness, noise and contrast are always measured directly. Below
   * {@link SURE_CONFIDENCE} the check is not sure, and then it never says `bad`: it says
   * `good` (nothing held against the photo; `tip` may still note what it could not tell) or
   * `warn` with a tip worded as a question, and its `severity`, so its cost to the score, is
   * scaled down. Examples: a tint read off the whole scene when nothing neutral shows the
   * light, a dark photo that looks dark on purpose, a scene with no long straight line.
   */
  readonly confidence?: number;
  /**
   * `true` on a check that is not sure (verdict `good`, {@link Check.confidence} under
   * {@link SURE_CONFIDENCE}) whose `tip` still raises a possible problem for the seller to
   * check, worded as a question: a strong tint read off the whole scene ("if the product is
   * not really that yellow, …"). Absent otherwise, and in reports made before it was added. It
   * lets a program tell such a gentle mention from a plain "nothing to tell" without reading
   * the tip's words.
   */
  readonly possibleProblem?: true;
}

/** A check whose {@link Check.confidence} is under this is not sure of its verdict. */
export const SURE_CONFIDENCE = 0.5;

/** A rectangle in pixels of the analysed image. */
export interface SubjectBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One of the tips worth acting on first. */
export interface PhotoTip {
  readonly check: CheckId;
  /** Score points this photo would gain if the check were good. */
  readonly impact: number;
  readonly tip: LocalizedText;
}

/**
 * What the light's colour was read off: a plain, bright, nearly neutral `backdrop` along the
 * border (paper or cloth, which shows the light's colour: reliable); a neutral `surface`
 * elsewhere in the frame (a smooth, light, grey-looking area: a wall, a plate, a cloud; its
 * confidence grows with its size); or the whole `scene`, where a frame full of orange fruit or
 * red flowers reads as warm light just as warm light does (a guess).
 */
export type IlluminantReference = 'backdrop' | 'surface' | 'scene';

/** What the analysis measured, in the form {@link fixPixels} needs to correct the photo. */
export interface PhotoMeasurements {
  /** Estimated backdrop colour (sRGB 0–255), used to pad crops. */
  readonly background: readonly [number, number, number];
  /** The light's colour in linear RGB with green = 1. */
  readonly illuminant: readonly [number, number, number];
  /** What `illuminant` was read off (see {@link IlluminantReference}). */
  readonly illuminantReference: IlluminantReference;
  /** Luma (0–255) at the 0.5th, 50th and 99.5th percentiles. */
  readonly luma: { readonly low: number; readonly median: number; readonly high: number };
  /** Noise σ (levels) of the full-size photo, estimated from the downscaled one. */
  readonly noiseSigma: number;
  /** Tilt in degrees (as the `tilt` check) and how sure the estimate is (0–1). */
  readonly tiltDegrees: number;
  readonly tiltConfidence: number;
  /** How the subject was found: on a plain backdrop, by saliency, or not at all. */
  readonly subjectMethod: 'backdrop' | 'saliency' | 'none';
  /** Original pixels per analysed pixel. */
  readonly analysisScale: number;
}

/** Why a photo could not be judged normally, as data rather than an exception. */
export interface PhotoProblem {
  /** `empty`: 0×0; `too-small`: under 16 pixels a side; `blank`: one flat colour. */
  readonly code: 'empty' | 'too-small' | 'blank';
  readonly message: LocalizedText;
}

/** What {@link analyzePixels} returns. */
export interface PhotoReport {
  /** 0–100 (a whole number), higher is better; orders photos the way a buyer would. */
  readonly score: number;
  /**
   * `score` before rounding (0–100, fractional). Sharpness, exposure and colour cast cost a
   * little over their good range too, so of two shots of one product whose `score`s round
   * alike, the sharper, better exposed or more neutral one has the higher `fineScore` (to
   * pick the best shot). Absent in reports made before it was added; 0 when `problem` is
   * `empty` or `too-small`.
   */
  readonly fineScore?: number;
  /** One per {@link CHECK_IDS}, in that order. */
  readonly checks: Check[];
  /** The product's bounding box in pixels of the analysed image (the whole frame when unsure). */
  readonly subject: SubjectBox;
  /** Up to three tips, the one that would raise the score most first. */
  readonly tips?: PhotoTip[];
  /** Set when the photo could not be judged normally. */
  readonly problem?: PhotoProblem;
  /** What the fixes need; absent only for an empty image. */
  readonly measurements?: PhotoMeasurements;
}
