import type { MarketplacePreset } from '../marketplace-presets.js';
import type { Check } from '../photo-report.js';
import { rateValue, worse } from './rate-value.js';

/** What {@link checkBackground} reads. */
export interface BackgroundInput {
  /** Share of background pixels on a clear edge (0–1). */
  readonly edgeDensity: number;
  /** Share of the border free of sharp colour jumps (0–1). */
  readonly coverage: number;
  /** Colour changes going once round the border. */
  readonly transitions: number;
  /** Backdrop colour (sRGB 0–255). */
  readonly color: readonly [number, number, number];
}

/**
 * Combines edge density around the product, how much of the border is smooth and how often its
 * colour changes into a clutter value (0 plain – 1 busy): good up to 0.2, bad from 0.45. When the preset asks for a
 * white backdrop, a plain but grey or coloured one is a warning.
 */
export function checkBackground(input: BackgroundInput, preset: MarketplacePreset): Check {
  const clutter = Math.min(
    1,
    Math.max(input.edgeDensity * 4, 1 - input.coverage, Math.max(0, input.transitions - 2) / 12),
  );
  const rating = rateValue(clutter, 0.2, 0.45);
  const [r, g, b] = input.color;
  const white = Math.min(r, g, b) >= 225 && Math.max(r, g, b) - Math.min(r, g, b) <= 20;
  if (rating.verdict === 'good' && preset.background === 'white' && !white) {
    const notWhite = worse(rating, { verdict: 'warn', severity: 0.15 });
    return {
      id: 'background',
      value: clutter,
      ...notWhite,
      // The preset for every marketplace is named in Indonesian ("Semua marketplace"), so its
      // tip is worded for it rather than naming it.
      tip:
        preset.id === 'semua'
          ? {
              id: 'Agar diterima di semua marketplace, pakai latar putih: kertas atau kain putih polos di bawah dan di belakang produk.',
              en: 'For every marketplace to accept it, use a white background: plain white paper or cloth under and behind the product.',
            }
          : {
              id: `${preset.name} meminta latar putih: pakai kertas atau kain putih polos di bawah dan di belakang produk.`,
              en: `${preset.name} asks for a white background: put plain white paper or cloth under and behind the product.`,
            },
    };
  }
  return {
    id: 'background',
    value: clutter,
    ...rating,
    tip:
      rating.verdict === 'good'
        ? { id: 'Latar sudah polos.', en: 'The background is plain.' }
        : {
            id: 'Latar terlalu ramai: pakai alas kain polos atau kertas putih di bawah dan di belakang produk, singkirkan barang lain.',
            en: 'The background is busy: use a plain cloth or white paper under and behind the product, and clear other things away.',
          },
  };
}
