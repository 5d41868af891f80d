import type { Check, CheckId, PhotoTip } from './photo-report.js';

/**
 * Most score points a check can take away (at severity 1). Buyers forgive a slightly
 * off-centre product long before a blurry or dark one, and the marketplace itself refuses
 * a photo that is too small; aspect and centering cost little since the one-tap fix crops.
 */
export const CHECK_WEIGHTS: Readonly<Record<CheckId, number>> = {
  resolution: 30,
  aspect: 5,
  exposure: 30,
  contrast: 15,
  sharpness: 40,
  noise: 15,
  'color-cast': 15,
  background: 15,
  'subject-size': 20,
  centering: 8,
  tilt: 10,
};

/** The score and the tips worth acting on first. */
export interface PhotoScore {
  /** 0–100, rounded to a whole number (what a seller sees). */
  readonly score: number;
  /** The same before rounding: ranks two photos whose `score`s round alike. */
  readonly fineScore: number;
  readonly tips: PhotoTip[];
}

/**
 * Scores 0–100 as a product of per-check factors `1 − weight × severity / 100`, so defects
 * compound and no single one drives the score below zero. A tip's impact is the points the
 * score would gain were that check good; the top three non-good checks by impact are the tips.
 */
export function scorePhoto(checks: readonly Check[]): PhotoScore {
  const factors = checks.map((c) => 1 - (CHECK_WEIGHTS[c.id] * c.severity) / 100);
  const product = factors.reduce((p, f) => p * f, 1);
  const score = 100 * product;
  const tips = checks
    .map((c, i) => {
      const f = factors[i]!;
      const without =
        f > 0 ? product / f : checks.reduce((p, _, j) => (j === i ? p : p * factors[j]!), 1);
      return { check: c.id, impact: 100 * without - score, tip: c.tip, verdict: c.verdict };
    })
    .filter((t) => t.verdict !== 'good' && t.impact > 0)
    .sort((a, b) => b.impact - a.impact)
    .slice(0, 3)
    .map(({ check, impact, tip }) => ({ check, impact: Math.round(impact * 10) / 10, tip }));
  return { score: Math.round(score), fineScore: score, tips };
}
