import type { Check } from '../photo-report.js';
import { SRGB_TO_LINEAR } from '../srgb.js';
import { rateValue, worse } from './rate-value.js';

/** What {@link checkExposure} reads. Luma values are 0–255. */
export interface ExposureInput {
  /** 99.5th percentile of the whole frame's luma: the brightest real highlight. */
  readonly high: number;
  /** Median luma of the product. */
  readonly subjectMedian: number;
  /** Share of the product's pixels with a channel at 250 or more (blown highlights). */
  readonly clippedHighlights: number;
  /** Share of the product's pixels with luma 4 or less (crushed shadows). */
  readonly clippedShadows: number;
}

/** Brightest highlight of a well-exposed photo (luma). */
export const WHITE_TARGET = 242;
/** Median of a product that is not too bright (luma). */
export const BRIGHT_TARGET = 170;

const lin = (v: number): number => SRGB_TO_LINEAR[Math.max(0, Math.min(255, Math.round(v)))]!;

/**
 * Estimates the exposure error in stops: when even the brightest highlights stay grey, how
 * far they are from white (negative); otherwise how far the product's median sits above a
 * bright-but-detailed level (positive). Blown highlights and crushed shadows on the product
 * are rated too, since a stop-count alone misses them. Good within ±0.6 EV, bad past 1.1 EV.
 */
export function exposureError(input: ExposureInput): number {
  if (input.high < WHITE_TARGET)
    return Math.log2(Math.max(lin(input.high), 1e-4) / lin(WHITE_TARGET));
  return Math.max(0, Math.log2(lin(input.subjectMedian) / lin(BRIGHT_TARGET)));
}

/** Judges exposure: too dark, too bright, blown highlights, crushed shadows. */
export function checkExposure(input: ExposureInput): Check {
  const ev = exposureError(input);
  const stops = rateValue(Math.abs(ev), 0.6, 1.1);
  const blown = rateValue(input.clippedHighlights, 0.06, 0.2);
  const crushed = rateValue(input.clippedShadows, 0.1, 0.3);
  const rating = worse(worse(stops, blown), crushed);
  let tip;
  if (rating.verdict === 'good') {
    tip = { id: 'Pencahayaan sudah pas.', en: 'Exposure looks right.' };
  } else if (rating === stops && ev < 0) {
    tip = {
      id: 'Foto terlalu gelap: foto di dekat jendela pada siang hari, atau ketuk produk di layar lalu geser ikon matahari ke atas.',
      en: 'Too dark: shoot near a window in daylight, or tap the product on screen and slide the sun icon up.',
    };
  } else if (rating === crushed) {
    tip = {
      id: 'Bagian gelap produk hilang detailnya: pasang kertas putih di sisi yang gelap sebagai pemantul cahaya.',
      en: 'The dark parts lose detail: put a white sheet of paper on the shadow side to bounce light in.',
    };
  } else {
    tip = {
      id: 'Foto terlalu terang atau bagian putih “gosong”: hindari sinar matahari langsung, ketuk produk di layar lalu geser ikon matahari ke bawah.',
      en: 'Too bright, or whites are blown out: avoid direct sun, tap the product on screen and slide the sun icon down.',
    };
  }
  return { id: 'exposure', value: ev, ...rating, tip };
}
