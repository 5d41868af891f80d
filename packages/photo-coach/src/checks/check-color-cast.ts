import type { LocalizedText } from '../localized-text.js';
import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/**
 * Judges the light's tint from the illuminant's `ln(R/G)` and `ln(B/G)`: the value is the
 * tint’s strength in percent (100 × the length of that vector), good up to 14 %, bad from
 * 26 %. The tip names the likely light: warm (yellow bulbs), cool (shade, blue sky), green
 * (fluorescent tubes) or magenta.
 */
export function checkColorCast(logRatios: readonly [number, number]): Check {
  const [lr, lb] = logRatios;
  const value = 100 * Math.hypot(lr, lb);
  const rating = rateValue(value, 14, 26);
  return {
    id: 'color-cast',
    value,
    ...rating,
    tip: rating.verdict === 'good' ? NEUTRAL : tipFor(lr, lb),
  };
}

const NEUTRAL: LocalizedText = { id: 'Warna sudah netral.', en: 'Colours look neutral.' };

function tipFor(lr: number, lb: number): LocalizedText {
  const warmth = lr - lb;
  const green = -(lr + lb) / 2;
  if (Math.abs(green) > Math.abs(warmth) / 2) {
    return green > 0
      ? {
          id: 'Warna kehijauan dari lampu neon: matikan lampu dan foto di dekat jendela pada siang hari.',
          en: 'A green tint from fluorescent tubes: switch them off and shoot near a window in daylight.',
        }
      : {
          id: 'Warna keunguan: hindari lampu warna-warni, foto dengan cahaya siang dari jendela.',
          en: 'A magenta tint: avoid coloured lights, and shoot in daylight from a window.',
        };
  }
  return warmth > 0
    ? {
        id: 'Warna kekuningan dari lampu rumah: matikan lampu kuning dan foto di dekat jendela pada siang hari.',
        en: 'A yellow tint from indoor bulbs: switch off warm lights and shoot near a window in daylight.',
      }
    : {
        id: 'Warna kebiruan: jangan memotret di tempat teduh atau di bawah langit mendung langsung; foto di dekat jendela yang terang.',
        en: 'A blue tint: don’t shoot in open shade or under an overcast sky; shoot near a bright window.',
      };
}
