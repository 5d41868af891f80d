import { filterProducts, sortProducts } from '@etalase/catalog';
import type { Catalog, Category, Product, Seller } from '@etalase/catalog';
import { createCatalogBackend } from './catalog-backend.js';
import type { CatalogBackend } from './catalog-backend.js';
import type { CatalogPage } from './read-catalog.js';

export type { CatalogPage } from './read-catalog.js';

/** How results are ordered. */
export type SortOrder = 'relevance' | 'price-asc' | 'price-desc' | 'newest';

/** What the buyer asked for. */
export interface StorefrontQuery {
  readonly text: string;
  readonly category?: Category | undefined;
  /** A province (`33`) or kabupaten/kota (`33.72`) code. */
  readonly regionCode?: string | undefined;
  readonly minPrice?: number | undefined;
  readonly maxPrice?: number | undefined;
  readonly madeLocallyOnly?: boolean | undefined;
  readonly sort: SortOrder;
}

/**
 * Where a storefront's products come from. The components only use this interface, so a
 * national catalog can later be served by a search engine (Meilisearch, OpenSearch) behind
 * another implementation without touching them.
 */
export interface CatalogSource {
  /** Loads the first page. Resolves with issues as data; rejects only on network/HTTP failure. */
  load(signal?: AbortSignal): Promise<CatalogPage>;
  /** Loads the next page, if the catalog is split into pages; `undefined` when there is none. */
  page(signal?: AbortSignal): Promise<CatalogPage | undefined>;
  /** Whether {@link page} has more to load. */
  readonly hasMore: boolean;
  /** Products matching the query, best first. */
  search(query: StorefrontQuery): Promise<readonly Product[]>;
  /** Everything loaded so far, merged across pages. */
  readonly catalog: Catalog | undefined;
  /** The seller of a product. */
  sellerOf(product: Product): Seller | undefined;
}

/** A network or HTTP failure, with what people need to know. */
export class CatalogLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'aborted',
    readonly status?: number,
  ) {
    super(kind === 'http' ? `HTTP ${status}` : kind);
    this.name = 'CatalogLoadError';
  }
}

const MAX_PAGES = 1000;

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new CatalogLoadError('aborted'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new CatalogLoadError('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A catalog from static files: JSON or CSV at a URL, with further pages linked by `next`,
 * or inline data. Reading and full-text search happen in a Worker where the page allows it
 * (see {@link createCatalogBackend}); filters and sorting run here, over what is loaded.
 */
export class StaticCatalogSource implements CatalogSource {
  private merged: Catalog | undefined;
  private readonly sellers = new Map<string, Seller>();
  private readonly byId = new Map<string, Product>();
  private nextUrl: string | undefined;
  private readonly visited = new Set<string>();

  /** `input` is an absolute URL or inline catalog data. */
  constructor(
    private readonly input: { url: string } | { data: unknown },
    private readonly backend: CatalogBackend = createCatalogBackend(),
  ) {}

  get catalog(): Catalog | undefined {
    return this.merged;
  }

  get hasMore(): boolean {
    return this.nextUrl !== undefined && this.visited.size < MAX_PAGES;
  }

  async load(signal?: AbortSignal): Promise<CatalogPage> {
    let page: CatalogPage;
    if ('url' in this.input) {
      const result = await abortable(this.backend.fetch(this.input.url, 'replace'), signal);
      if ('kind' in result) throw new CatalogLoadError(result.kind, result.status);
      page = result;
    } else {
      page = await this.backend.read(this.input.data);
    }
    // Read first, reset after: a failed refresh leaves what is shown (the cache) intact.
    this.reset('url' in this.input ? this.input.url : undefined);
    this.accept(page, 'url' in this.input ? this.input.url : undefined);
    return page;
  }

  /** Shows a page read elsewhere (the offline cache) as if loaded, replacing what was. */
  adopt(page: CatalogPage, url?: string): void {
    this.backend.adopt(page);
    this.reset(url);
    this.accept(page, url);
  }

  async page(signal?: AbortSignal): Promise<CatalogPage | undefined> {
    if (!this.hasMore || !this.nextUrl) return undefined;
    const url = this.nextUrl;
    const result = await abortable(this.backend.fetch(url, 'add'), signal);
    if ('kind' in result) throw new CatalogLoadError(result.kind, result.status);
    this.visited.add(url);
    this.accept(result, url);
    return result;
  }

  async search(query: StorefrontQuery): Promise<readonly Product[]> {
    const text = query.text.trim();
    let base: readonly Product[] = this.merged?.products ?? [];
    if (text) {
      const ids = await this.backend.search(text);
      base = ids.map((id) => this.byId.get(id)).filter((p): p is Product => p !== undefined);
    }
    const filters = {
      category: query.category,
      regionCode: query.regionCode,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      madeLocallyOnly: query.madeLocallyOnly,
    };
    return sortProducts(filterProducts(base, filters, this.sellers), query.sort);
  }

  sellerOf(product: Product): Seller | undefined {
    return this.sellers.get(product.sellerId);
  }

  private reset(url: string | undefined): void {
    this.merged = undefined;
    this.sellers.clear();
    this.byId.clear();
    this.visited.clear();
    this.nextUrl = undefined;
    if (url !== undefined) this.visited.add(url);
  }

  private accept(page: CatalogPage, url: string | undefined): void {
    const { catalog } = page;
    for (const seller of catalog.sellers)
      if (!this.sellers.has(seller.id)) this.sellers.set(seller.id, seller);
    const fresh = catalog.products.filter((p) => !this.byId.has(p.id));
    for (const product of fresh) this.byId.set(product.id, product);
    this.merged = this.merged
      ? {
          ...this.merged,
          sellers: [...this.sellers.values()],
          products: [...this.merged.products, ...fresh],
        }
      : { ...catalog, products: fresh };
    this.nextUrl = undefined;
    if (catalog.next && url !== undefined) {
      try {
        const next = new URL(catalog.next, url).href;
        if (!this.visited.has(next) && /^https?:$/.test(new URL(next).protocol))
          this.nextUrl = next;
      } catch {
        // An unusable `next` ends the catalog here; the reader already vetted its scheme.
      }
    }
  }
}
