import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/** Below this confidence the tilt estimate is a guess and is not held against the photo. */
export const MIN_TILT_CONFIDENCE = 0.2;

/**
 * Judges camera roll in degrees: good within ±1°, bad past ±3°. When no straight line
 * gave a confident angle, the photo is not penalised (value 0).
 */
export function checkTilt(degrees: number, confidence: number): Check {
  const value = confidence >= MIN_TILT_CONFIDENCE ? degrees : 0;
  const rating = rateValue(Math.abs(value), 1, 3);
  return {
    id: 'tilt',
    value,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Foto sudah lurus.', en: 'The photo is level.' }
        : {
            id: `Foto miring ${Math.abs(value).toFixed(1)}°: luruskan HP, nyalakan garis bantu (grid) kamera dan sejajarkan dengan tepi meja.`,
            en: `The photo is tilted ${Math.abs(value).toFixed(1)}°: hold the phone level, turn on the camera grid and line it up with the table edge.`,
          },
  };
}
