import { parseCatalog } from '@etalase/catalog';
import type { Catalog, CatalogIssue, Category, Product, Seller } from '@etalase/catalog';
import { ProductIndex } from './product-index.js';

/** One page of a catalog as read: its valid items and what was wrong with the rest. */
export interface CatalogPage {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

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

/** Whether catalog text is CSV: by the URL or content type, else by its first character. */
export function isCsv(text: string, url = '', contentType = ''): boolean {
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase();
  if (path.endsWith('.csv') || /text\/csv|text\/tab-separated/.test(contentType)) return true;
  if (path.endsWith('.json') || /json/.test(contentType)) return false;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== undefined && first !== '{' && first !== '[' && !text.trimStart().startsWith('<');
}

/** Reads catalog text as CSV or JSON (see {@link isCsv}). */
export async function parseCatalogText(
  text: string,
  url = '',
  contentType = '',
): Promise<CatalogPage> {
  if (!isCsv(text, url, contentType)) return parseCatalog(text);
  const { parseCatalogCsv } = await import('./parse-catalog-csv-page.js');
  return parseCatalogCsv(text);
}

const MAX_PAGES = 1000;

/**
 * A catalog from static files: JSON or CSV at a URL, with further pages linked by `next`,
 * or inline data. Search and filters run in the page over what is loaded.
 */
export class StaticCatalogSource implements CatalogSource {
  private merged: Catalog | undefined;
  private readonly sellers = new Map<string, Seller>();
  private readonly index = new ProductIndex();
  private nextUrl: string | undefined;
  private readonly visited = new Set<string>();

  /** `input` is a URL (resolved against `base`) or inline catalog data. */
  constructor(
    private readonly input: { url: string } | { data: unknown },
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  get catalog(): Catalog | undefined {
    return this.merged;
  }

  get hasMore(): boolean {
    return this.nextUrl !== undefined && this.visited.size < MAX_PAGES;
  }

  async load(signal?: AbortSignal): Promise<CatalogPage> {
    // Read first, reset after: a failed refresh must leave what is shown (the cache) intact.
    const page =
      'url' in this.input
        ? await this.fetchPage(this.input.url, signal)
        : typeof this.input.data === 'string'
          ? await parseCatalogText(this.input.data)
          : parseCatalog(this.input.data);
    this.adopt(page, 'url' in this.input ? this.input.url : undefined);
    return page;
  }

  /** Shows a page read elsewhere (the offline cache) as if loaded, replacing what was. */
  adopt(page: CatalogPage, url?: string): void {
    this.merged = undefined;
    this.sellers.clear();
    this.index.clear();
    this.visited.clear();
    this.nextUrl = undefined;
    if (url !== undefined) this.visited.add(url);
    this.accept(page, url);
  }

  async page(signal?: AbortSignal): Promise<CatalogPage | undefined> {
    if (!this.hasMore || !this.nextUrl) return undefined;
    const url = this.nextUrl;
    const page = await this.fetchPage(url, signal);
    this.visited.add(url);
    this.accept(page, url);
    return page;
  }

  search(query: StorefrontQuery): Promise<readonly Product[]> {
    return this.index.query(query, this.sellers);
  }

  sellerOf(product: Product): Seller | undefined {
    return this.sellers.get(product.sellerId);
  }

  private async fetchPage(url: string, signal?: AbortSignal): Promise<CatalogPage> {
    let response: Response;
    try {
      response = await this.fetcher(url, { signal, credentials: 'omit' });
    } catch (error) {
      throw new CatalogLoadError(
        signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')
          ? 'aborted'
          : 'network',
      );
    }
    if (!response.ok) throw new CatalogLoadError('http', response.status);
    const text = await response.text();
    return await parseCatalogText(
      text,
      response.url || url,
      response.headers.get('content-type') ?? '',
    );
  }

  private accept(page: CatalogPage, url: string | undefined): void {
    const { catalog } = page;
    for (const seller of catalog.sellers)
      if (!this.sellers.has(seller.id)) this.sellers.set(seller.id, seller);
    const fresh = this.index.add(catalog.products, catalog.sellers);
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
        const next = new URL(catalog.next, new URL(url, document.baseURI)).href;
        if (!this.visited.has(next) && /^https?:$/.test(new URL(next).protocol))
          this.nextUrl = next;
      } catch {
        // An unusable `next` ends the catalog here; parseCatalog already vetted its scheme.
      }
    }
  }
}
