import type { Category } from './category.js';
import { maxPrice as highestPrice, minPrice as lowestPrice } from './format-rupiah.js';
import type { Product } from './product.js';
import { REGION_CODE_PATTERN, normalizeRegionCode } from './region-code.js';
import type { Seller } from './seller.js';

/** What a shopper narrows a storefront to. Every filter left out lets every product through. */
export interface ProductFilters {
  readonly category?: Category | undefined;
  /**
   * A kabupaten/kota (`"33.17"`, or `"3317"`) or a province (`"33"`, which takes in all its
   * kabupaten and kota). Matched against the product's origin, or, when the product has
   * none, its seller's region. An empty string means no filter; any other code that is not
   * a Kemendagri code matches no product.
   */
  readonly regionCode?: string | undefined;
  /** Integer rupiah. A price range passes when it overlaps `[minPrice, maxPrice]`. */
  readonly minPrice?: number | undefined;
  /** Integer rupiah. A price range passes when it overlaps `[minPrice, maxPrice]`. */
  readonly maxPrice?: number | undefined;
  /** Only products the seller made, grew or caught, not resold. Default `false`. */
  readonly madeLocallyOnly?: boolean | undefined;
}

/** The orders a storefront offers, in the order it lists them. */
export const PRODUCT_SORTS = ['relevance', 'price-asc', 'price-desc', 'newest'] as const;

/** One of {@link PRODUCT_SORTS}. */
export type ProductSort = (typeof PRODUCT_SORTS)[number];

function regionMatcher(regionCode: string | undefined): ((code: string) => boolean) | undefined {
  const wanted = normalizeRegionCode(regionCode ?? '');
  if (wanted === '') return undefined;
  if (!REGION_CODE_PATTERN.test(wanted)) return () => false;
  if (wanted.length === 5) return (code) => code === wanted;
  const province = `${wanted}.`;
  return (code) => code === wanted || code.startsWith(province);
}

function bound(value: number | undefined, fallback: number): number {
  return value === undefined || Number.isNaN(value) ? fallback : value;
}

/**
 * The products that pass every filter, in the order given. `sellersById` (for example
 * {@link ProductSearch.sellersById}) lets the region filter use a seller's region for
 * products that do not say where they come from; without it such products do not match a
 * region filter.
 */
export function filterProducts(
  products: readonly Product[],
  filters: ProductFilters,
  sellersById?: ReadonlyMap<string, Seller>,
): Product[] {
  const inRegion = regionMatcher(filters.regionCode);
  const min = bound(filters.minPrice, -Infinity);
  const max = bound(filters.maxPrice, Infinity);
  const { category, madeLocallyOnly } = filters;
  // No filter: every product passes, and reading 100,000 products only to say so costs
  // more than a frame (they are spread over memory).
  if (
    category === undefined &&
    !madeLocallyOnly &&
    min === -Infinity &&
    max === Infinity &&
    !inRegion
  )
    return products.slice();
  return products.filter((product) => {
    if (category !== undefined && product.category !== category) return false;
    if (madeLocallyOnly && !product.madeLocally) return false;
    if (highestPrice(product.price) < min || lowestPrice(product.price) > max) return false;
    if (inRegion) {
      const code = product.origin?.code ?? sellersById?.get(product.sellerId)?.region?.code;
      if (code === undefined || !inRegion(code)) return false;
    }
    return true;
  });
}

function updatedAtKey(product: Product): number {
  const time = product.updatedAt === undefined ? NaN : Date.parse(product.updatedAt);
  return Number.isNaN(time) ? -Infinity : time;
}

const SORT_KEYS: Readonly<Record<Exclude<ProductSort, 'relevance'>, (p: Product) => number>> = {
  'price-asc': (product) => lowestPrice(product.price),
  'price-desc': (product) => -highestPrice(product.price),
  newest: (product) => -updatedAtKey(product),
};

/**
 * A sorted copy; products that tie keep the order they were given in.
 *
 * - `'relevance'` keeps the given order (search results arrive best first).
 * - `'price-asc'`: cheapest first, by the lowest price of a range.
 * - `'price-desc'`: dearest first, by the highest price of a range.
 * - `'newest'`: most recently updated first; products without `updatedAt` last.
 *
 * An unknown `sort` (from an untyped attribute) is read as `'relevance'`.
 */
export function sortProducts(products: readonly Product[], sort: ProductSort): Product[] {
  const key = Object.hasOwn(SORT_KEYS, sort)
    ? SORT_KEYS[sort as keyof typeof SORT_KEYS]
    : undefined;
  if (!key) return products.slice();
  // Keys computed once per product, not once per comparison; the index breaks ties.
  const keyed = products.map((product, index) => ({ product, index, key: key(product) }));
  keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -1 : 1));
  return keyed.map((entry) => entry.product);
}
