import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/**
 * Judges how far the product's centre is from the frame's, as a share of the frame (the
 * larger of the horizontal and vertical offsets): good up to 8 %, bad from 20 %.
 */
export function checkCentering(offset: number): Check {
  const rating = rateValue(offset, 0.08, 0.2);
  return {
    id: 'centering',
    value: offset,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Produk sudah di tengah.', en: 'The product is centred.' }
        : {
            id: 'Letakkan produk di tengah bingkai; nyalakan garis bantu (grid) kamera sebagai panduan.',
            en: 'Put the product in the middle of the frame; turn on the camera grid as a guide.',
          },
  };
}
