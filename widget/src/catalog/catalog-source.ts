import {
  CatalogPrefixReader,
  filterProducts,
  previewCatalog,
  sortProducts,
} from '@etalase/catalog';
import type {
  Catalog,
  CatalogPreview,
  Category,
  ProduceFilters,
  Product,
  Seller,
} from '@etalase/catalog';
import {
  CatalogReaders,
  parseJsonInSlices,
  readInSlices,
  warmReaders,
  yieldToPage,
} from './catalog-backend.js';
import { isCsv } from './catalog-format.js';
import { resolvePreviewUrls } from './resolve-preview-urls.js';
import { SLICE_MS, afterPaint } from '../shared/when-idle.js';
import type { CatalogPage } from './read-catalog.js';
import { DeferredSearchIndex } from './deferred-search-index.js';

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
  /** Harvested this week, pre-order, halal, pickup in an area, delivers to the buyer's area. */
  readonly produce?: ProduceFilters | undefined;
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
  /**
   * While answers to `query` come from a quicker path than the final one (a search index
   * still building), resolves once they no longer do, so the answer can be asked for again;
   * `undefined` when the answer is final. A source whose answers are always final leaves
   * it out.
   */
  searchSettled?(query: StorefrontQuery): Promise<void> | undefined;
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

/**
 * Products a preview shows while the whole catalog is read: the first screenful (three rows
 * of eight on a wide screen). Fewer cards are less to build and lay out before the first
 * paint; the rest of the first batch comes with the whole catalog, below the fold.
 */
export const PREVIEW_COUNT = 24;

/** JSON text longer than this is left to the reader, which refuses it with a message. */
const MAX_JSON_LENGTH = 50 * 1024 * 1024;

/** Called with the first products of a catalog, checked, before the rest is read. */
export type PreviewHandler = (preview: CatalogPreview) => void;

/** Resolves once the next frame has been painted. */
const nextPaint = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));

/**
 * What a watcher of a download's pieces wants next: more pieces, none (`enough`), or none
 * and the frame painted before the rest is read (`shown`: it has shown the first cards).
 */
type PieceAnswer = 'more' | 'enough' | 'shown';

/**
 * Bytes decoded and shown to a watcher at a time. A download that has already ended comes
 * as one piece of the whole file: decoding all of it (and the watcher scanning it) before
 * the first products are looked at took milliseconds the first cards waited for.
 */
const WATCH_BYTES = 16 * 1024;

/**
 * A response's text, as `response.text()` gives it; `onPiece` sees it piece by piece (at
 * most {@link WATCH_BYTES} each) as it arrives, until it has seen enough. From then on the
 * page gets a turn every few milliseconds: a large file's pieces, already arrived, would
 * otherwise be read and decoded in one long task; and once the first cards are shown, the
 * rest waits until they are painted.
 */
async function readBody(
  response: Response,
  onPiece: ((piece: string) => PieceAnswer) | undefined,
): Promise<string> {
  if (!onPiece || !response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let watching = true;
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Piece by piece while watching; a multi-byte character cut at a piece's end is kept
    // for the next (`stream`).
    for (let at = 0; at < value.length;) {
      const end = watching ? at + WATCH_BYTES : value.length;
      const piece = decoder.decode(value.subarray(at, end), { stream: true });
      at = end;
      pieces.push(piece);
      if (watching) {
        const answer = onPiece(piece);
        watching = answer === 'more';
        if (answer === 'shown') {
          await nextPaint();
          sliceStart = performance.now();
        }
      } else if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** Fetches catalog text, turning network and HTTP failures into {@link CatalogLoadError}. */
async function fetchText(
  url: string,
  signal: AbortSignal | undefined,
  onPiece?: (piece: string) => PieceAnswer,
): Promise<{ text: string; url: string; contentType: string }> {
  try {
    const response = await fetch(url, { signal, credentials: 'omit' });
    if (!response.ok) throw new CatalogLoadError('http', response.status);
    return {
      text: await readBody(response, onPiece),
      url: response.url || url,
      contentType: response.headers.get('content-type') ?? '',
    };
  } catch (error) {
    if (error instanceof CatalogLoadError) throw error;
    throw new CatalogLoadError(signal?.aborted ? 'aborted' : 'network');
  }
}

/**
 * A catalog from static files: JSON or CSV at a URL, with further pages linked by `next`,
 * or inline data. JSON is parsed here; its first products are checked by a small preview
 * reader (shown at once, see {@link PreviewHandler}), then the whole page is validated in
 * slices between frames, whatever its size. Large CSV is read in a Worker where the page
 * allows it (see {@link CatalogReaders}). Search, filters and sorting run here, over what is
 * loaded.
 */
export class StaticCatalogSource implements CatalogSource {
  private merged: Catalog | undefined;
  private readonly sellers = new Map<string, Seller>();
  private readonly byId = new Map<string, Product>();
  private readonly index = new DeferredSearchIndex();
  /** Replaced by another catalog (see close): nothing more is accepted. */
  private closed = false;
  private nextUrl: string | undefined;
  private readonly visited = new Set<string>();

  /** `input` is an absolute URL or inline catalog data. */
  constructor(
    private readonly input: { url: string } | { data: unknown },
    private readonly readers: CatalogReaders = new CatalogReaders(),
  ) {}

  get catalog(): Catalog | undefined {
    return this.merged;
  }

  get hasMore(): boolean {
    return this.nextUrl !== undefined && this.visited.size < MAX_PAGES;
  }

  /** Loads the first page; `onPreview` gets its first products while the rest is read. */
  async load(signal?: AbortSignal, onPreview?: PreviewHandler): Promise<CatalogPage> {
    const page =
      'url' in this.input
        ? await this.fetchPage(this.input.url, signal, onPreview)
        : await this.read(this.input.data, '', '', onPreview);
    if (signal?.aborted) throw new CatalogLoadError('aborted');
    // Read first, reset after: a failed refresh leaves what is shown (the cache) intact.
    this.reset('url' in this.input ? this.input.url : undefined);
    this.accept(page, 'url' in this.input ? this.input.url : undefined);
    return page;
  }

  /** Shows a page read elsewhere (the offline cache) as if loaded, replacing what was. */
  adopt(page: CatalogPage, url?: string): void {
    this.reset(url);
    this.accept(page, url);
  }

  async page(signal?: AbortSignal): Promise<CatalogPage | undefined> {
    if (!this.hasMore || !this.nextUrl) return undefined;
    const url = this.nextUrl;
    const page = await this.fetchPage(url, signal);
    if (signal?.aborted) throw new CatalogLoadError('aborted');
    this.visited.add(url);
    this.accept(page, url);
    return page;
  }

  async search(query: StorefrontQuery): Promise<readonly Product[]> {
    const text = query.text.trim();
    let base: readonly Product[] = this.merged?.products ?? [];
    if (text) {
      base = await this.index.search(text);
    }
    const filters = {
      category: query.category,
      regionCode: query.regionCode,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      madeLocallyOnly: query.madeLocallyOnly,
    };
    const unfiltered =
      query.category === undefined &&
      !query.madeLocallyOnly &&
      query.minPrice === undefined &&
      query.maxPrice === undefined &&
      !query.regionCode;
    // Answers are never changed once given, so with no filter the index's answer (or the
    // catalog) goes on as it is: copying 100,000 products per keystroke costs milliseconds.
    let found = unfiltered ? base : filterProducts(base, filters, this.sellers);
    if (query.produce) {
      // Only a catalog with produce offers these filters; their code loads with them.
      const { filterProduce, timeZoneOfOffset } = await import('./produce-search.js');
      found = filterProduce(found, query.produce, Date.now(), {
        sellersById: this.sellers,
        zone: timeZoneOfOffset(new Date().getTimezoneOffset()) ?? 'WIB',
      });
    }
    return query.sort === 'relevance' ? found : sortProducts(found, query.sort);
  }

  searchSettled(query: StorefrontQuery): Promise<void> | undefined {
    const text = query.text.trim();
    return text ? this.index.settled(text) : undefined;
  }

  private async fetchPage(
    url: string,
    signal: AbortSignal | undefined,
    onPreview?: PreviewHandler,
  ): Promise<CatalogPage> {
    // The preview's photos are relative to the catalog, as the full read's are.
    const show =
      onPreview && ((preview: CatalogPreview) => onPreview(resolvePreviewUrls(preview, url)));
    // JSON that starts in the usual layout shows its first products while the rest downloads.
    const prefix = show ? new CatalogPrefixReader(PREVIEW_COUNT) : undefined;
    let shown = false;
    const file = await fetchText(
      url,
      signal,
      prefix &&
        ((piece) => {
          prefix.feed(piece);
          const preview = prefix.preview(PREVIEW_COUNT);
          if (show && preview?.products.length) {
            shown = true;
            show(preview);
            // What reads the whole catalog comes while the rest downloads, not before the cards.
            afterPaint(warmReaders);
            return 'shown';
          }
          return prefix.hopeful ? 'more' : 'enough';
        }),
    );
    // Shown while downloading: the cards were painted before the rest was read (see readBody).
    return this.read(file.text, file.url, file.contentType, shown ? undefined : show);
  }

  /** Reads catalog data: an object, or JSON or CSV text. */
  private async read(
    data: unknown,
    url: string,
    contentType: string,
    onPreview: PreviewHandler | undefined,
  ): Promise<CatalogPage> {
    let parsed = data;
    if (typeof data === 'string') {
      if (isCsv(data, url, contentType) || data.length > MAX_JSON_LENGTH)
        return this.readers.for(data.length).read(data, url, contentType);
      try {
        // In slices: a large catalog's JSON.parse would be one long task after the first cards.
        parsed = await parseJsonInSlices(data);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        // The reader says where the JSON breaks, in the buyer's language.
        return this.readers.for(0).read(data, url, contentType);
      }
    }
    const preview = onPreview ? previewCatalog(parsed, PREVIEW_COUNT) : undefined;
    if (onPreview && preview?.products.length) {
      onPreview(preview);
      // The reader (zod, regions) comes once the preview is on screen.
      await nextPaint();
    }
    return readInSlices(parsed, url);
  }

  /** Stops background work while the storefront is not on the page. */
  pause(): void {
    this.index.pause();
  }

  /** Resumes background work. */
  resume(): void {
    this.index.resume();
  }

  /**
   * Lets go of the catalog: another replaces it. Its search Worker is terminated, and a page
   * read after this (inline data has no abort signal) is not indexed, which would start
   * another.
   */
  close(): void {
    this.closed = true;
    this.index.clear();
  }

  sellerOf(product: Product): Seller | undefined {
    return this.sellers.get(product.sellerId);
  }

  private reset(url: string | undefined): void {
    this.merged = undefined;
    this.sellers.clear();
    this.byId.clear();
    this.index.clear();
    this.visited.clear();
    this.nextUrl = undefined;
    if (url !== undefined) this.visited.add(url);
  }

  private accept(page: CatalogPage, url: string | undefined): void {
    if (this.closed) return;
    const { catalog } = page;
    for (const seller of catalog.sellers)
      if (!this.sellers.has(seller.id)) this.sellers.set(seller.id, seller);
    const fresh = catalog.products.filter((p) => !this.byId.has(p.id));
    for (const product of fresh) this.byId.set(product.id, product);
    this.index.add(fresh, catalog.sellers, catalog.next !== undefined);
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
