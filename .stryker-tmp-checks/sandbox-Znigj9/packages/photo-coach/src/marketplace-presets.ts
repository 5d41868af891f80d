/**
 * A marketplace's photo rules, as far as they are published. A field is `undefined` where
 * no rule is known: then no check is made against it, rather than one against a guess.
 * Sources are in comments beside each figure; "issue" means the figure was given in the
 * Etalase issue that asked for the photo coach (from the marketplaces' seller help).
 */
// @ts-nocheck

export interface MarketplacePreset {
  readonly id: MarketplacePresetId;
  readonly name: string;
  /** Width ÷ height the main photo should have (1 = square). */
  readonly aspect: number | undefined;
  /** Smallest accepted side in pixels; smaller photos are refused. */
  readonly minSide: number | undefined;
  /** Recommended side in pixels (zoom works from here on). */
  readonly recommendedSide: number | undefined;
  /** Largest accepted side in pixels. */
  readonly maxSide: number | undefined;
  /** Largest accepted file in bytes (for the encoder at the browser edge). */
  readonly maxBytes: number | undefined;
  /** Accepted file formats. */
  readonly formats: readonly ('jpeg' | 'png')[] | undefined;
  /** Photos a listing may hold. */
  readonly maxPhotos: number | undefined;
  /** Required product fill: its longest side against the frame side, 0–1. */
  readonly minFill: number | undefined;
  /** Required backdrop for the main photo. */
  readonly background: 'white' | undefined;
}

/** Keys of {@link MARKETPLACE_PRESETS}: the marketplaces plus `semua` (all at once). */
export type MarketplacePresetId =
  'shopee' | 'tokopedia' | 'tiktok' | 'lazada' | 'bukalapak' | 'blibli' | 'semua';

const MB = 1024 * 1024;

/** The photo rules of each marketplace, and `semua`, the strictest of them all. */
export const MARKETPLACE_PRESETS: Readonly<Record<MarketplacePresetId, MarketplacePreset>> = {
  shopee: {
    id: 'shopee',
    name: 'Shopee',
    aspect: 1, // square (issue)
    minSide: undefined, // no published minimum found
    recommendedSide: 1024, // 1024×1024 suggested (issue)
    maxSide: undefined, // unknown
    maxBytes: 2 * MB, // ≤ 2 MB (issue)
    formats: ['jpeg', 'png'], // JPG/PNG (issue)
    maxPhotos: 9, // up to 9 photos (issue)
    minFill: undefined, // unknown
    background: undefined, // not required
  },
  tokopedia: {
    id: 'tokopedia',
    name: 'Tokopedia',
    aspect: undefined, // no ratio rule found (issue; Seller Center "Product Media Center", 2024-03)
    minSide: 301, // "bigger than 300×300" (issue; Seller Center "Product Media Center", 2024-03)
    recommendedSide: undefined, // unknown
    maxSide: undefined, // unknown
    maxBytes: 5 * MB, // max 5 MB (Seller Center "Product Media Center", 2024-03)
    formats: ['jpeg', 'png'], // JPG, PNG, JPEG (Seller Center "Product Media Center", 2024-03)
    maxPhotos: undefined, // unknown
    minFill: undefined, // unknown
    background: undefined, // unknown
  },
  tiktok: {
    id: 'tiktok',
    name: 'TikTok Shop',
    aspect: 1, // square images (TikTok Shop seller guidance as summarised by third parties)
    minSide: 600, // ≥ 600×600 (issue)
    recommendedSide: undefined, // unknown: third-party summaries disagree (800, 1000, 1080)
    maxSide: undefined, // 6000 in third-party summaries only; not confirmed
    maxBytes: 5 * MB, // ≤ 5 MB (issue)
    formats: ['jpeg', 'png'], // JPG/PNG (TikTok Shop seller guidance, third-party summaries)
    maxPhotos: 9, // up to 9 images (TikTok Shop seller guidance, third-party summaries)
    minFill: undefined, // unknown
    background: undefined, // white asked by third-party summaries only; not confirmed
  },
  lazada: {
    id: 'lazada',
    name: 'Lazada',
    aspect: 1, // square (issue; Lazada "Image & Content Guideline": 1×1 recommended)
    minSide: 500, // minimum 500×500 (Lazada "Image & Content Guideline", MY, 2017)
    recommendedSide: 850, // 850×850 and above recommended (same guideline)
    maxSide: 2000, // maximum 2000×2000 (same guideline)
    maxBytes: undefined, // unknown
    formats: undefined, // unknown
    maxPhotos: 8, // 2 to 8 product images (same guideline)
    minFill: 0.8, // product ≥ 80 % of the frame's longest axis (issue; same guideline)
    background: 'white', // white background (issue; same guideline)
  },
  bukalapak: {
    id: 'bukalapak',
    name: 'Bukalapak',
    aspect: undefined, // unknown: no published photo rules found
    minSide: undefined, // unknown
    recommendedSide: undefined, // unknown
    maxSide: undefined, // unknown
    maxBytes: undefined, // unknown
    formats: undefined, // unknown
    maxPhotos: undefined, // unknown
    minFill: undefined, // unknown
    background: undefined, // unknown
  },
  blibli: {
    id: 'blibli',
    name: 'Blibli',
    aspect: undefined, // unknown: no published photo rules found
    minSide: undefined, // unknown
    recommendedSide: undefined, // unknown
    maxSide: undefined, // unknown
    maxBytes: undefined, // unknown
    formats: undefined, // unknown
    maxPhotos: undefined, // unknown
    minFill: undefined, // unknown
    background: undefined, // unknown
  },
  semua: {
    id: 'semua',
    name: 'Semua marketplace',
    aspect: 1, // square: Shopee, Lazada and TikTok Shop ask for it
    minSide: 600, // the largest known minimum (TikTok Shop)
    recommendedSide: 1024, // Shopee's suggestion, above Lazada's 850
    maxSide: 2000, // the smallest known maximum (Lazada)
    maxBytes: 2 * MB, // the smallest known limit (Shopee)
    formats: ['jpeg'], // accepted everywhere a format is known
    maxPhotos: 8, // the smallest known limit (Lazada)
    minFill: 0.8, // the strictest known fill (Lazada)
    background: 'white', // Lazada's rule; white is accepted everywhere
  },
};

/** The preset `semua`: a photo that passes it passes every marketplace's known rules. */
export const DEFAULT_PRESET: MarketplacePreset = MARKETPLACE_PRESETS.semua;

/**
 * The side in pixels a fixed photo is made at: the recommended side, else the minimum,
 * else 1024; never above the maximum.
 */
export function outputSide(preset: MarketplacePreset): number {
  const side = preset.recommendedSide ?? preset.minSide ?? 1024;
  return preset.maxSide !== undefined ? Math.min(side, preset.maxSide) : side;
}
