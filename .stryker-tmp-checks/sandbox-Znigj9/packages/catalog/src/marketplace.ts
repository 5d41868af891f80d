/** The marketplaces Etalase links to and fills forms on. `tiktok` is TikTok Shop. */
// @ts-nocheck

export const MARKETPLACES = [
  'tokopedia',
  'shopee',
  'lazada',
  'bukalapak',
  'blibli',
  'tiktok',
] as const;

/** One of {@link MARKETPLACES}. */
export type Marketplace = (typeof MARKETPLACES)[number];

/** How each marketplace is written for people. */
export const MARKETPLACE_NAMES: Readonly<Record<Marketplace, string>> = {
  tokopedia: 'Tokopedia',
  shopee: 'Shopee',
  lazada: 'Lazada',
  bukalapak: 'Bukalapak',
  blibli: 'Blibli',
  tiktok: 'TikTok Shop',
};
