import type { Check } from '../photo-report.js';
import { rateGraded } from './rate-value.js';

/**
 * Blur (σ at a 1024-pixel long side) up to which a photo is sharp, and from which it is bad.
 * `good` is midway on a log scale between the blurriest clean photo (0.88) and the sharpest
 * photo blurred by σ 2 (1.25) of the `tune` half of the bench's photo set.
 */
export const SHARPNESS_THRESHOLDS = { good: 1.05, bad: 1.45 } as const;

/**
 * Judges the blur on the product's edges (σ in pixels at a 1024-pixel long side; `Infinity`
 * when no edge could be measured, which is reported as 8 px: nothing is in focus). The
 * severity grows from 0 over the sharp range too (see rateGraded): a blurrier copy of a photo
 * scores lower even when both are called sharp.
 */
export function checkSharpness(sigmaAt1024: number): Check {
  const value = Number.isFinite(sigmaAt1024) ? sigmaAt1024 : 8;
  const rating = rateGraded(value, SHARPNESS_THRESHOLDS.good, SHARPNESS_THRESHOLDS.bad);
  return {
    id: 'sharpness',
    value,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Produk tajam.', en: 'The product is sharp.' }
        : {
            id: 'Foto buram: sandarkan HP agar tidak goyang, ketuk produk di layar agar fokus, dan lap lensa kamera.',
            en: 'The photo is blurry: rest the phone on something so it stays still, tap the product on screen to focus, and wipe the lens.',
          },
  };
}
