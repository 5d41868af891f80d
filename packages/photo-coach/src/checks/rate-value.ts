import type { Verdict } from '../photo-report.js';

/** A verdict and a severity (0–1) for a measurement. */
export interface Rating {
  readonly verdict: Verdict;
  readonly severity: number;
}

/**
 * Rates `value` against a `good` and a `bad` threshold (either direction: when `bad > good`
 * larger is worse). Severity is 0 up to `good`, rises linearly to 0.5 at `bad`, and reaches 1
 * one more step of the same size beyond `bad`, so the score keeps falling as a defect worsens.
 */
export function rateValue(value: number, good: number, bad: number): Rating {
  const span = bad - good;
  const t = span === 0 ? (value === good ? 0 : 2) : (value - good) / span;
  if (!(t > 0)) return { verdict: 'good', severity: 0 };
  if (t < 1) return { verdict: 'warn', severity: 0.5 * t };
  return { verdict: 'bad', severity: Math.min(1, 0.5 + 0.5 * (t - 1)) };
}

/** The worse of two ratings. */
export function worse(a: Rating, b: Rating): Rating {
  return a.severity >= b.severity ? a : b;
}

/**
 * Severity a measurement takes at the edge of the good range in {@link rateGraded}: at most
 * this much of the scale is spent on values still called good (sharpness: 6 of the score's
 * 100 points, exposure 4.5, colour cast 2.3). Chosen on the bench's tune half, where a clean
 * photo outscores its own defective copy (whole-number scores) 425 of 504 times at 0.1, 447
 * at 0.15 and 440 at 0.2: less is lost in the rounding, and more would cost a good photo
 * points for nothing (see bench/photo-coach-notes.md, "Issue 15, third pass").
 */
export const GOOD_RANGE_SEVERITY = 0.15;

/**
 * Like {@link rateValue}, with the same verdicts, for a measurement that is 0 when perfect
 * and grows with the defect (`0 < good < bad`); but its severity rises over the good range
 * too: from 0 at 0 to {@link GOOD_RANGE_SEVERITY} at `good`, then on to 0.5 at `bad` and 1
 * beyond, continuous and increasing. So the score reflects the measurement itself, not only
 * the verdict's band: a copy of a photo that is a little blurrier or warmer scores a little
 * lower even when both are called good (a buyer comparing the two would pick the original).
 */
export function rateGraded(value: number, good: number, bad: number): Rating {
  const rating = rateValue(value, good, bad);
  if (!(value > 0) || !(good > 0)) return rating;
  if (rating.verdict === 'good') {
    return { verdict: 'good', severity: (GOOD_RANGE_SEVERITY * value) / good };
  }
  if (rating.verdict === 'warn') {
    // 0.5·t becomes G + (0.5 − G)·t: from G at `good` to 0.5 at `bad`.
    return {
      verdict: 'warn',
      severity: GOOD_RANGE_SEVERITY + (1 - 2 * GOOD_RANGE_SEVERITY) * rating.severity,
    };
  }
  return rating;
}
