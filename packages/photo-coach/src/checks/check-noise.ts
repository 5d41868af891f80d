import type { Check } from '../photo-report.js';
import { rateValue } from './rate-value.js';

/**
 * Judges sensor noise (σ in levels at the analysis size): good up to 3, bad from 6. Grain
 * comes from too little light, so the tip is about light, not about a filter.
 */
export function checkNoise(sigma: number): Check {
  const rating = rateValue(sigma, 3, 6);
  return {
    id: 'noise',
    value: sigma,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Foto bersih dari bintik.', en: 'No visible grain.' }
        : {
            id: 'Foto berbintik (noise): tambah cahaya, misalnya foto di dekat jendela pada siang hari, dan jangan pakai zoom digital.',
            en: 'The photo is grainy: add light, for example shoot near a window in daylight, and don’t use digital zoom.',
          },
  };
}
