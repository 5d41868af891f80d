import type { MarketplacePreset } from '../marketplace-presets.js';
import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/**
 * Judges width ÷ height against the preset's aspect (good within 3 %, bad beyond 2.5 : 1).
 * Only a light penalty: the one-tap fix crops to the right aspect, padding rather than cutting.
 */
export function checkAspect(width: number, height: number, preset: MarketplacePreset): Check {
  const value = height > 0 ? width / height : 0;
  const target = preset.aspect;
  if (target === undefined || value === 0) {
    return {
      id: 'aspect',
      verdict: 'good',
      value,
      severity: 0,
      tip: { id: 'Rasio foto bebas untuk marketplace ini.', en: 'Any aspect ratio is fine here.' },
    };
  }
  const off = Math.abs(Math.log(value / target));
  const rating = rateValue(off, Math.log(1.03), Math.log(2.5));
  const square = target === 1;
  return {
    id: 'aspect',
    value,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Rasio foto sudah sesuai.', en: 'The aspect ratio fits.' }
        : {
            id: square
              ? 'Foto belum persegi: pakai mode kamera 1:1, atau biarkan perbaikan otomatis memotongnya.'
              : 'Rasio foto belum sesuai marketplace: biarkan perbaikan otomatis memotongnya.',
            en: square
              ? 'The photo is not square: use the camera’s 1:1 mode, or let the one-tap fix crop it.'
              : 'The aspect ratio does not fit this marketplace: let the one-tap fix crop it.',
          },
  };
}
