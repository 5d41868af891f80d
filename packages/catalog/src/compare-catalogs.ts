import type { Catalog } from './catalog.js';
import { catalogFigures, productRegionCode, regionWithin } from './catalog-figures.js';
import { normalizeRegionCode } from './region.js';
import type { CatalogFiguresOptions } from './catalog-figures.js';

/** A seller or product named by its id and name, as a change list shows it. */
export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

/** What changed between an earlier catalog and the current one, as a regional office reports it. */
export interface CatalogChange {
  /** The earlier catalog's `updatedAt`, when it has one. */
  readonly since?: string;
  readonly sellers: { readonly before: number; readonly after: number };
  readonly products: { readonly before: number; readonly after: number };
  /** Share of products made locally, before and after (0 to 1). */
  readonly madeLocallyShare: { readonly before: number; readonly after: number };
  readonly regenciesCovered: { readonly before: number; readonly after: number };
  readonly newSellers: readonly NamedItem[];
  readonly goneSellers: readonly NamedItem[];
  readonly newProducts: readonly NamedItem[];
  readonly goneProducts: readonly NamedItem[];
}

/**
 * Compares an earlier catalog with the current one: new and gone sellers and products (by id,
 * within the same region scope as the figures), and the headline figures before and after.
 */
export function compareCatalogs(
  before: Catalog,
  after: Catalog,
  options: CatalogFiguresOptions = {},
): CatalogChange {
  const a = catalogFigures(before, options);
  const b = catalogFigures(after, options);
  const scope = options.region === undefined ? undefined : normalizeRegionCode(options.region);
  const inScope = (catalog: Catalog) => {
    const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
    const products = new Map<string, string>();
    const sellerIds = new Set<string>();
    for (const product of catalog.products) {
      const code = productRegionCode(product, sellers.get(product.sellerId));
      if (scope !== undefined && !regionWithin(code, scope)) continue;
      products.set(product.id, product.name);
      sellerIds.add(product.sellerId);
    }
    // As in catalogFigures: sellers with nothing listed count only without a region scope.
    if (scope === undefined) for (const s of catalog.sellers) sellerIds.add(s.id);
    const named = new Map([...sellerIds].map((id) => [id, sellers.get(id)?.name ?? id] as const));
    return { products, sellers: named };
  };
  const old = inScope(before);
  const now = inScope(after);
  const added = (x: Map<string, string>, y: Map<string, string>): NamedItem[] =>
    [...y].filter(([id]) => !x.has(id)).map(([id, name]) => ({ id, name }));

  return {
    ...(before.updatedAt === undefined ? {} : { since: before.updatedAt }),
    sellers: { before: a.sellers, after: b.sellers },
    products: { before: a.products, after: b.products },
    madeLocallyShare: { before: a.madeLocallyShare, after: b.madeLocallyShare },
    regenciesCovered: { before: a.regenciesCovered, after: b.regenciesCovered },
    newSellers: added(old.sellers, now.sellers),
    goneSellers: added(now.sellers, old.sellers),
    newProducts: added(old.products, now.products),
    goneProducts: added(now.products, old.products),
  };
}
