// Reading catalogs and searching them: the heavy half of the storefront (zod, the region
// table, the CSV parser, the search index). It runs in the catalog Worker, or, where no
// Worker can start, is loaded into the page on demand; either way it is not part of the
// embed's first download.
import { createProductSearch, parseCatalog, parseCatalogCsv } from '@etalase/catalog';
import type { CatalogIssue, Catalog, ProductSearch } from '@etalase/catalog';

/** One page of a catalog as read: its valid items and what was wrong with the rest. */
export interface CatalogPage {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

/** A network or HTTP failure, as data that crosses the Worker boundary. */
export interface LoadFailure {
  readonly kind: 'network' | 'http';
  readonly status?: number;
}

/** Whether catalog text is CSV: by the URL or content type, else by its first character. */
export function isCsv(text: string, url = '', contentType = ''): boolean {
  const path = url.split(/[?#]/, 1)[0]!.toLowerCase();
  if (path.endsWith('.csv') || /text\/csv|text\/tab-separated/.test(contentType)) return true;
  if (path.endsWith('.json') || /json/.test(contentType)) return false;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== undefined && first !== '{' && first !== '[' && !text.trimStart().startsWith('<');
}

/** Reads catalog data: an object, or JSON or CSV text (see {@link isCsv}). */
export function readCatalogData(data: unknown, url = '', contentType = ''): CatalogPage {
  if (typeof data === 'string' && isCsv(data, url, contentType)) return parseCatalogCsv(data);
  return parseCatalog(data);
}

/** Fetches and reads one catalog file. Never throws: failures come back as data. */
export async function fetchCatalog(url: string): Promise<CatalogPage | LoadFailure> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return { kind: 'network' };
  }
  if (!response.ok) return { kind: 'http', status: response.status };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { kind: 'network' };
  }
  return readCatalogData(text, response.url || url, response.headers.get('content-type') ?? '');
}

/** A search index that grows page by page. */
export class CatalogIndex {
  private index: ProductSearch | undefined;

  /** Starts over with this page. */
  replace(page: CatalogPage): void {
    this.index = createProductSearch(page.catalog);
  }

  /** Adds a further page. */
  add(page: CatalogPage): void {
    if (this.index) this.index.add(page.catalog.products, page.catalog.sellers);
    else this.replace(page);
  }

  /** The ids of matching products, best first. */
  search(text: string): string[] {
    return this.index ? this.index.search(text).map((hit) => hit.product.id) : [];
  }
}
