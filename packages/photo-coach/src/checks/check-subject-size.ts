import type { MarketplacePreset } from '../marketplace-presets.js';
import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/** Fill asked for when the preset names none: Etalase's own default, not a marketplace rule. */
export const DEFAULT_FILL = 0.7;

/**
 * Judges how much of the frame the product fills, the way marketplaces measure it: its longest
 * side against the frame side (Lazada asks 80 %, Amazon 85 %). Good from the preset's fill
 * less 5 points, bad 30 points under it. A product that touches two opposite edges is
 * probably cut off, which is a warning.
 */
export function checkSubjectSize(
  fill: number,
  touchesOppositeEdges: boolean,
  preset: MarketplacePreset,
): Check {
  const target = preset.minFill ?? DEFAULT_FILL;
  const pct = Math.round(target * 100);
  if (touchesOppositeEdges && fill > 0.97) {
    return {
      id: 'subject-size',
      value: fill,
      verdict: 'warn',
      severity: 0.25,
      tip: {
        id: 'Produk mungkin terpotong: mundurkan HP sedikit agar seluruh produk masuk bingkai dengan sedikit ruang di tepinya.',
        en: 'The product may be cut off: step back a little so all of it fits, with a little room at the edges.',
      },
    };
  }
  const rating = rateValue(fill, target - 0.05, target - 0.3);
  return {
    id: 'subject-size',
    value: fill,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Ukuran produk di bingkai sudah pas.', en: 'The product fills the frame well.' }
        : {
            id: `Produk terlalu kecil: dekatkan HP (jangan pakai zoom) sampai produk memenuhi sekitar ${pct}% bingkai.`,
            en: `The product is too small: move the phone closer (don’t zoom) until it fills about ${pct}% of the frame.`,
          },
  };
}
