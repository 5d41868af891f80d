import type { Catalog } from './catalog.js';
import { CATEGORIES } from './category.js';
import type { Category } from './category.js';
import { minPrice } from './format-rupiah.js';
import { MARKETPLACES } from './marketplace.js';
import type { Marketplace } from './marketplace.js';
import type { Product } from './product.js';
import { findRegion, normalizeRegionCode } from './region.js';
import type { Seller } from './seller.js';

/** A price band in whole rupiah: `min ≤ price < max` (`max` absent for the top band). */
export interface PriceBand {
  readonly min: number;
  readonly max?: number;
}

/**
 * The bands a regional office reports prices in. Chosen so that the sample catalog and
 * typical UMKM goods (a Rp15.000 snack, a Rp350.000 batik, a Rp2.000.000 tenun) fall in
 * different bands.
 */
export const PRICE_BANDS: readonly PriceBand[] = [
  { min: 0, max: 25_000 },
  { min: 25_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: 250_000 },
  { min: 250_000, max: 500_000 },
  { min: 500_000, max: 1_000_000 },
  { min: 1_000_000 },
];

/** Products and sellers counted under one key (a category, a region, a band). */
export interface FigureRow<K extends string = string> {
  readonly key: K;
  readonly products: number;
  readonly sellers: number;
}

/** One kabupaten/kota (or province, for products whose region names only that). */
export interface RegionRow extends FigureRow {
  /** Official name from the Kemendagri table, or the catalog's own name for an unknown code. */
  readonly name: string;
  readonly provinceCode: string;
  readonly level: 'provinsi' | 'kabupaten-kota';
  /** Products made locally in this region. */
  readonly madeLocally: number;
}

/** The figures a regional office reports about its UMKM online, from one catalog. */
export interface CatalogFigures {
  /** The catalog's `updatedAt`, when it has one: the figures are "as of" that date. */
  readonly asOf?: string;
  /** The region the figures are limited to (`33`, `33.72`), when one was asked for. */
  readonly region?: string;
  readonly sellers: number;
  readonly products: number;
  /** Products marked as made (grown, caught) locally by their seller. */
  readonly madeLocally: number;
  /** `madeLocally / products`, 0 when there are no products. */
  readonly madeLocallyShare: number;
  /** Kabupaten/kota with at least one product or seller. */
  readonly regenciesCovered: number;
  /** Provinces with at least one product or seller. */
  readonly provincesCovered: number;
  /** Every category, in catalog order, including empty ones. */
  readonly byCategory: readonly FigureRow<Category>[];
  /** Regions with at least one product or seller, most products first. */
  readonly byRegion: readonly RegionRow[];
  /** Every band of {@link PRICE_BANDS}, in order. */
  readonly byPriceBand: readonly (FigureRow & { readonly band: PriceBand })[];
  /** Sellers with a shop or a product link on each marketplace, in {@link MARKETPLACES} order. */
  readonly byMarketplace: readonly {
    readonly marketplace: Marketplace;
    readonly sellers: number;
  }[];
  /** Sellers reachable on WhatsApp and on no marketplace: the ones who would gain most from one. */
  readonly whatsappOnly: number;
  /** Sellers with no marketplace and no WhatsApp number. */
  readonly noChannel: number;
  /** Products with no region (neither their own origin nor their seller's region). */
  readonly withoutRegion: number;
  /** Fresh produce and home kitchens, when the catalog has any harvest date, pre-order or certificate. */
  readonly fresh?: FreshFigures;
}

/** What a catalog with fresh produce adds: harvests, pre-orders, halal and P-IRT. */
export interface FreshFigures {
  /** The calendar month counted as "this month", `YYYY-MM`. */
  readonly month: string;
  readonly harvestedThisMonth: number;
  /** Pre-orders that can still be placed: not yet ready, and before their `orderBy`. */
  readonly preOrdersOpen: number;
  /** Kuliner products, and how many of them carry a halal and a P-IRT number. */
  readonly kuliner: number;
  readonly kulinerHalal: number;
  readonly kulinerPirt: number;
}

/** Options for {@link catalogFigures}. */
export interface CatalogFiguresOptions {
  /** Count only products (and their sellers) from this province or kabupaten/kota. */
  readonly region?: string;
  /** Today's date (`YYYY-MM-DD`) for "harvested this month" and open pre-orders. Default: today in WIB. */
  readonly today?: string;
}

/** Today's calendar date in WIB (UTC+7), where most catalogs' sellers are. */
function todayWib(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Where a product comes from: its own origin, else its seller's region. */
export function productRegionCode(
  product: Product,
  seller: Seller | undefined,
): string | undefined {
  const code = product.origin?.code ?? seller?.region?.code;
  return code === undefined ? undefined : normalizeRegionCode(code);
}

/** True when a region code lies inside `scope` (`33.72` is inside `33`; `33` inside `33`). */
export function regionWithin(code: string | undefined, scope: string): boolean {
  if (code === undefined) return false;
  return code === scope || code.startsWith(`${scope}.`);
}

function bandIndex(price: number): number {
  for (let i = PRICE_BANDS.length - 1; i >= 0; i--) {
    if (price >= PRICE_BANDS[i]!.min) return i;
  }
  return 0;
}

interface RegionTally {
  name: string;
  products: number;
  madeLocally: number;
  sellers: Set<string>;
}

/**
 * Counts what a regional office reports: sellers, products, the share made locally, the
 * regions covered, and products and sellers by category, region, price band and marketplace.
 * Pure and single-pass over the products, so 100,000 products take tens of milliseconds.
 *
 * A seller counts when they have at least one product in scope; with no `region` option,
 * sellers without products count too (they are online, with nothing listed yet).
 */
export function catalogFigures(
  catalog: Catalog,
  options: CatalogFiguresOptions = {},
): CatalogFigures {
  const scope = options.region === undefined ? undefined : normalizeRegionCode(options.region);
  const sellersById = new Map(catalog.sellers.map((s) => [s.id, s]));

  const sellersInScope = new Set<string>();
  const categoryProducts = new Map<Category, number>();
  const categorySellers = new Map<Category, Set<string>>();
  const bandProducts = PRICE_BANDS.map(() => 0);
  const bandSellers = PRICE_BANDS.map(() => new Set<string>());
  const regions = new Map<string, RegionTally>();
  const productMarkets = new Map<string, Set<Marketplace>>();
  let products = 0;
  let madeLocally = 0;
  let withoutRegion = 0;
  const today = options.today ?? todayWib();
  const month = today.slice(0, 7);
  let hasFresh = false;
  let harvestedThisMonth = 0;
  let preOrdersOpen = 0;
  let kuliner = 0;
  let kulinerHalal = 0;
  let kulinerPirt = 0;

  const tallyRegion = (code: string, fallbackName: string | undefined): RegionTally => {
    let tally = regions.get(code);
    if (!tally) {
      tally = {
        name: findRegion(code)?.name ?? fallbackName ?? code,
        products: 0,
        madeLocally: 0,
        sellers: new Set(),
      };
      regions.set(code, tally);
    }
    return tally;
  };

  for (const product of catalog.products) {
    const seller = sellersById.get(product.sellerId);
    const code = productRegionCode(product, seller);
    if (scope !== undefined && !regionWithin(code, scope)) continue;
    products++;
    sellersInScope.add(product.sellerId);
    if (product.madeLocally) madeLocally++;

    categoryProducts.set(product.category, (categoryProducts.get(product.category) ?? 0) + 1);
    let inCategory = categorySellers.get(product.category);
    if (!inCategory) categorySellers.set(product.category, (inCategory = new Set()));
    inCategory.add(product.sellerId);

    const band = bandIndex(minPrice(product.price));
    bandProducts[band]!++;
    bandSellers[band]!.add(product.sellerId);

    if (code === undefined) withoutRegion++;
    else {
      const tally = tallyRegion(code, product.origin?.name ?? seller?.region?.name);
      tally.products++;
      if (product.madeLocally) tally.madeLocally++;
      tally.sellers.add(product.sellerId);
    }

    if (product.harvestedAt || product.preOrder || product.certifications?.length) hasFresh = true;
    if (product.harvestedAt?.startsWith(month)) harvestedThisMonth++;
    const preOrder = product.preOrder;
    if (
      preOrder &&
      preOrder.readyAt.slice(0, 10) >= today &&
      (!preOrder.orderBy || preOrder.orderBy.slice(0, 10) >= today)
    ) {
      preOrdersOpen++;
    }
    if (product.category === 'kuliner') {
      kuliner++;
      if (product.certifications?.some((c) => c.kind === 'halal')) kulinerHalal++;
      if (product.certifications?.some((c) => c.kind === 'pirt')) kulinerPirt++;
    }

    if (product.links) {
      for (const market of MARKETPLACES) {
        if (!product.links[market]) continue;
        let markets = productMarkets.get(product.sellerId);
        if (!markets) productMarkets.set(product.sellerId, (markets = new Set()));
        markets.add(market);
      }
    }
  }

  // Sellers with nothing listed yet count only when no region narrows the figures, and are
  // placed in their own region.
  if (scope === undefined) {
    for (const seller of catalog.sellers) {
      if (sellersInScope.has(seller.id)) continue;
      sellersInScope.add(seller.id);
      const code = seller.region?.code;
      if (code !== undefined) {
        tallyRegion(normalizeRegionCode(code), seller.region?.name).sellers.add(seller.id);
      }
    }
  }

  const marketSellers = new Map<Marketplace, number>(MARKETPLACES.map((m) => [m, 0]));
  let whatsappOnly = 0;
  let noChannel = 0;
  for (const id of sellersInScope) {
    const seller = sellersById.get(id);
    const markets = new Set(productMarkets.get(id));
    for (const market of MARKETPLACES) if (seller?.shops?.[market]) markets.add(market);
    for (const market of markets) marketSellers.set(market, marketSellers.get(market)! + 1);
    if (markets.size === 0) {
      if (seller?.whatsapp) whatsappOnly++;
      else noChannel++;
    }
  }

  const byRegion: RegionRow[] = [...regions].map(([code, tally]) => ({
    key: code,
    name: tally.name,
    provinceCode: code.slice(0, 2),
    level: code.length === 2 ? 'provinsi' : 'kabupaten-kota',
    products: tally.products,
    sellers: tally.sellers.size,
    madeLocally: tally.madeLocally,
  }));
  byRegion.sort(
    (a, b) => b.products - a.products || b.sellers - a.sellers || (a.key < b.key ? -1 : 1),
  );

  return {
    ...(catalog.updatedAt === undefined ? {} : { asOf: catalog.updatedAt }),
    ...(scope === undefined ? {} : { region: scope }),
    sellers: sellersInScope.size,
    products,
    madeLocally,
    madeLocallyShare: products === 0 ? 0 : madeLocally / products,
    regenciesCovered: byRegion.filter((r) => r.level === 'kabupaten-kota').length,
    provincesCovered: new Set(byRegion.map((r) => r.provinceCode)).size,
    byCategory: CATEGORIES.map((key) => ({
      key,
      products: categoryProducts.get(key) ?? 0,
      sellers: categorySellers.get(key)?.size ?? 0,
    })),
    byRegion,
    byPriceBand: PRICE_BANDS.map((band, i) => ({
      key: band.max === undefined ? `${band.min}+` : `${band.min}-${band.max}`,
      band,
      products: bandProducts[i]!,
      sellers: bandSellers[i]!.size,
    })),
    byMarketplace: MARKETPLACES.map((marketplace) => ({
      marketplace,
      sellers: marketSellers.get(marketplace)!,
    })),
    whatsappOnly,
    noChannel,
    withoutRegion,
    ...(hasFresh
      ? { fresh: { month, harvestedThisMonth, preOrdersOpen, kuliner, kulinerHalal, kulinerPirt } }
      : {}),
  };
}
