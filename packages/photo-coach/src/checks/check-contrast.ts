import type { Check } from '../photo-report.js';
import { SRGB_TO_LINEAR } from '../srgb.js';
import { rateValue } from './rate-value.js';

const lin = (v: number): number => SRGB_TO_LINEAR[Math.max(0, Math.min(255, Math.round(v)))]!;

/** Blacks below this luma all count as black (the ratio would explode on sensor noise). */
const BLACK_FLOOR = 8;

/**
 * Tonal range in stops between the 1st and 99th luma percentiles, in linear light. Measured
 * as a ratio so that a dark but otherwise fine photo (an exposure problem, fixed by levels)
 * is not also called flat; haze, a smudged lens or backlight lift the blacks and shrink it.
 */
export function tonalRange(low: number, high: number): number {
  return Math.log2(lin(high) / lin(Math.max(low, BLACK_FLOOR)));
}

/** Judges contrast: good from 4.5 stops, bad under 3. */
export function checkContrast(low: number, high: number): Check {
  const value = high > 0 ? tonalRange(low, high) : 0;
  const rating = rateValue(value, 4.5, 3);
  return {
    id: 'contrast',
    value,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Kontras sudah cukup.', en: 'Contrast is fine.' }
        : {
            id: 'Foto tampak pucat/berkabut: lap lensa kamera HP, dan jangan memotret membelakangi jendela atau lampu.',
            en: 'The photo looks flat or hazy: wipe the phone’s lens, and don’t shoot against a window or lamp.',
          },
  };
}
