import type { LocalizedText } from '../localized-text.js';
import type { Check } from '../photo-report.js';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/** Below this confidence the tilt estimate is a guess and is not held against the photo. */
export const MIN_TILT_CONFIDENCE = 0.2;

/**
 * Judges camera roll in degrees: good within ±1°, bad past ±3°. When no straight line
 * gave a confident angle (confidence under {@link MIN_TILT_CONFIDENCE}), the photo is not
 * penalised (value 0). Between that and {@link SURE_CONFIDENCE} the lines are short or few:
 * the verdict is at most `warn`, at a fraction of the score points, and the check carries
 * that `confidence`.
 */
export function checkTilt(degrees: number, confidence: number): Check {
  const judged = confidence >= MIN_TILT_CONFIDENCE;
  const value = judged ? degrees : 0;
  let rating = rateValue(Math.abs(value), 1, 3);
  const sure = confidence >= SURE_CONFIDENCE;
  if (judged && !sure) {
    rating = {
      verdict: rating.verdict === 'bad' ? 'warn' : rating.verdict,
      severity: rating.severity * confidence,
    };
  }
  return {
    id: 'tilt',
    value,
    ...rating,
    ...(sure ? {} : { confidence }),
    tip: tiltTip(rating.verdict === 'good', judged, sure, Math.abs(value)),
  };
}

function tiltTip(level: boolean, judged: boolean, sure: boolean, degrees: number): LocalizedText {
  if (!judged) {
    return {
      id: 'Tidak ada garis lurus yang cukup panjang untuk menilai kemiringan foto.',
      en: 'No straight line is long enough to tell whether the photo is level.',
    };
  }
  if (level) return { id: 'Foto sudah lurus.', en: 'The photo is level.' };
  // Each language's decimal mark: Bahasa Indonesia writes 9,5°, English 9.5°.
  const en = degrees.toFixed(1);
  const id = en.replace('.', ',');
  return sure
    ? {
        id: `Foto miring ${id}°: luruskan HP, nyalakan garis bantu (grid) kamera dan sejajarkan dengan tepi meja.`,
        en: `The photo is tilted ${en}°: hold the phone level, turn on the camera grid and line it up with the table edge.`,
      }
    : {
        id: `Foto mungkin miring ${id}°: nyalakan garis bantu (grid) kamera dan sejajarkan dengan tepi meja.`,
        en: `The photo may be tilted ${en}°: turn on the camera grid and line it up with the table edge.`,
      };
}
