import type { Check } from '../photo-report.js';
import { SRGB_TO_LINEAR } from '../srgb.js';
import { GOOD_RANGE_SEVERITY, rateGraded, worse } from './rate-value.js';

/** What {@link checkExposure} reads. Luma values are 0–255. */
export interface ExposureInput {
  /**
   * The brightest real highlight: 99.5th percentile of the whole frame's brightest channel
   * (`max(r, g, b)`), not of its luma, so that a photo whose brightest parts are saturated
   * colours (orange leaves, a red pepper) is not read as dim: their luma stays far under white
   * even where a channel is at full scale.
   */
  readonly high: number;
  /** Median luma of the product. */
  readonly subjectMedian: number;
  /** Share of the product's pixels with a channel at 250 or more (blown highlights). */
  readonly clippedHighlights: number;
  /** Share of the product's pixels with luma 4 or less (crushed shadows). */
  readonly clippedShadows: number;
  /**
   * Whether a plain, light, nearly neutral backdrop (paper, cloth, a wall) fills the border:
   * the photo was meant to be bright, so a dim one is too dark for sure. Default false: then a
   * photo whose highlights stay within {@link LOW_KEY_LIMIT} of white may be dark on purpose.
   */
  readonly lightBackdrop?: boolean;
}

/** Brightest highlight of a well-exposed photo (its brightest channel, 0–255). */
export const WHITE_TARGET = 242;
/** Median of a product that is not too bright (luma). */
export const BRIGHT_TARGET = 170;
/**
 * How far (EV) the highlights of a photo without a light backdrop may stay under white before
 * it is too dark whatever the intent: a cat on a brown sofa, fruit on black or a macro on dark
 * leaves reads −0.7 to −0.9 EV, and a well-lit photo one and a half stops under reads −1.34 or
 * darker. Chosen on the bench's tune half, between its darkest clean photo (−0.79) and its
 * lightest −1.5 EV copy (−1.34), when the highlights were read off luma; read off the
 * brightest channel, the darkest clean photo there reads −0.48 and a −1.5 EV copy still
 * −1.34 or darker (a channel at 255 falls to 160), so the limit was kept.
 */
export const LOW_KEY_LIMIT = 1.1;
/**
 * Share of the product's pixels that must be blown for a bright product (its median over
 * {@link BRIGHT_TARGET}) to count as overexposed. Under it the product is light, not too
 * bright: a white plate of pasta on a white napkin has a median 0.8 EV over the bright level
 * with 0.2 % of its pixels blown, and every copy of the bench's tune half one stop over that
 * reads 0.6 EV or more over has 6 % or more blown.
 */
export const HIGH_KEY_MAX_BLOWN = 0.02;
/** The confidence of a dark verdict in the low-key range when nothing shows it is wrong. */
export const LOW_KEY_CONFIDENCE = 0.3;

/**
 * Severity of a darkness that may be on purpose (`stops` EV under white, within the low-key
 * range): from the good range's edge ({@link GOOD_RANGE_SEVERITY}) it takes a share of the
 * sure severity `sure` above that edge, {@link LOW_KEY_CONFIDENCE} at 0.6 EV, rising as the
 * square of the way to {@link LOW_KEY_LIMIT}, where it is the full severity: no step at the
 * limit, so a copy of a photo that lands just inside it (a warm cast lifts the highlights a
 * little) does not score better than the original just outside it.
 */
function lowKeySeverity(stops: number, sure: number): number {
  const t = Math.min(1, Math.max(0, (stops - 0.6) / (LOW_KEY_LIMIT - 0.6)));
  const share = LOW_KEY_CONFIDENCE + (1 - LOW_KEY_CONFIDENCE) * t * t;
  return GOOD_RANGE_SEVERITY + Math.max(0, sure - GOOD_RANGE_SEVERITY) * share;
}

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

/**
 * Judges exposure: too dark, too bright, blown highlights, crushed shadows.
 *
 * A photo can be dark on purpose (low key: a dark product on a dark cloth, lit from one
 * side). Without a light backdrop to show that it was meant to be bright, a photo whose
 * highlights stay within {@link LOW_KEY_LIMIT} of white, and its crushed shadows, are not
 * held against it: the verdict is `good` with `confidence` {@link LOW_KEY_CONFIDENCE}, a
 * share of the severity (see lowKeySeverity) and a tip that says what to do if the darkness
 * was not meant. Likewise a bright product with almost nothing blown (under
 * {@link HIGH_KEY_MAX_BLOWN}) is light on purpose (high key), not too bright. Over the good
 * range (±0.6 EV, blown or crushed under their thresholds) the severity grows from 0 too, so
 * of two good copies the darker one scores a little lower.
 */
export function checkExposure(input: ExposureInput): Check {
  const ev = exposureError(input);
  // Graded (see rateGraded): a copy a little darker, or with a few more blown pixels, scores
  // a little lower even while both are called good.
  const graded = rateGraded(Math.abs(ev), 0.6, 1.1);
  const blown = rateGraded(input.clippedHighlights, 0.06, 0.2);
  // High key: a light product whose highlights keep their detail is not too bright; it costs
  // at most what the edge of the good range does.
  const highKey = ev > 0 && input.clippedHighlights < HIGH_KEY_MAX_BLOWN;
  const stops = highKey
    ? { verdict: 'good' as const, severity: Math.min(graded.severity, GOOD_RANGE_SEVERITY) }
    : graded;
  const crushed = rateGraded(input.clippedShadows, 0.1, 0.3);
  const lowKey = ev < 0 && input.lightBackdrop !== true && -ev <= LOW_KEY_LIMIT;
  const darkness = worse(stops, crushed);
  // Low key: a darkness that may be meant is not held against the photo (blown highlights
  // still are); within the good range the graded darkness costs as usual.
  const rating = lowKey && darkness.verdict !== 'good' ? blown : worse(darkness, blown);
  if (lowKey && rating.verdict === 'good' && darkness.verdict !== 'good') {
    return {
      id: 'exposure',
      value: ev,
      verdict: 'good',
      // A share of the points, so a darker photo still scores a little lower.
      severity: Math.max(rating.severity, lowKeySeverity(-ev, darkness.severity)),
      confidence: LOW_KEY_CONFIDENCE,
      tip: {
        id: 'Foto cukup gelap. Jika bukan disengaja, foto di dekat jendela pada siang hari atau ketuk produk di layar lalu geser ikon matahari ke atas.',
        en: 'The photo is rather dark. If that is not on purpose, shoot near a window in daylight, or tap the product on screen and slide the sun icon up.',
      },
    };
  }
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
