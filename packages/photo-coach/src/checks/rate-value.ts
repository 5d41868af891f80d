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
