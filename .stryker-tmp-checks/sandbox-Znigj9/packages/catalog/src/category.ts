// @ts-nocheck
import type { LocalizedText } from './localized-text.js';

/** Product categories, in the order a storefront lists them. */
export const CATEGORIES = [
  'fashion',
  'kuliner',
  'kerajinan',
  'pertanian',
  'perikanan',
  'lainnya',
] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** What each category is called, for people. */
export const CATEGORY_LABELS: Readonly<Record<Category, LocalizedText>> = {
  fashion: { id: 'Fesyen', en: 'Fashion' },
  kuliner: { id: 'Kuliner', en: 'Food & drink' },
  kerajinan: { id: 'Kerajinan', en: 'Crafts' },
  pertanian: { id: 'Hasil tani', en: 'Farm produce' },
  perikanan: { id: 'Hasil laut & perikanan', en: 'Fish & seafood' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** Words sellers and regional offices write in a category column, mapped to a category. */
const CATEGORY_SYNONYMS: Readonly<Record<string, Category>> = {
  fesyen: 'fashion',
  fashion: 'fashion',
  pakaian: 'fashion',
  busana: 'fashion',
  sandang: 'fashion',
  clothing: 'fashion',
  makanan: 'kuliner',
  minuman: 'kuliner',
  makanan_minuman: 'kuliner',
  'makanan_&_minuman': 'kuliner',
  makanan_dan_minuman: 'kuliner',
  pangan: 'kuliner',
  olahan_pangan: 'kuliner',
  food: 'kuliner',
  'food_&_drink': 'kuliner',
  food_and_drink: 'kuliner',
  culinary: 'kuliner',
  kriya: 'kerajinan',
  kerajinan_tangan: 'kerajinan',
  craft: 'kerajinan',
  crafts: 'kerajinan',
  handicraft: 'kerajinan',
  tani: 'pertanian',
  hasil_tani: 'pertanian',
  perkebunan: 'pertanian',
  agriculture: 'pertanian',
  farm: 'pertanian',
  farm_produce: 'pertanian',
  produce: 'pertanian',
  ikan: 'perikanan',
  hasil_laut: 'perikanan',
  'hasil_laut_&_perikanan': 'perikanan',
  fishery: 'perikanan',
  fisheries: 'perikanan',
  seafood: 'perikanan',
  'fish_&_seafood': 'perikanan',
  lain: 'lainnya',
  lain_lain: 'lainnya',
  other: 'lainnya',
  others: 'lainnya',
};

/**
 * Reads a category as people write it ("Makanan", "Kerajinan Tangan", "food") and returns
 * the category, or `undefined` when the word is not one we know.
 */
export function toCategory(input: string): Category | undefined {
  // No category word is this long; skip the work on junk text.
  if (input.length > 100) return undefined;
  const key = input
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
  if ((CATEGORIES as readonly string[]).includes(key)) return key as Category;
  // Own keys only: "constructor" or "toString" must not find Object.prototype's members.
  return Object.hasOwn(CATEGORY_SYNONYMS, key) ? CATEGORY_SYNONYMS[key] : undefined;
}
