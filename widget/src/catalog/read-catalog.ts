// Reading catalogs: the heavy half of the storefront (zod validation, the region table, the
// CSV parser). It runs in the catalog Worker, or, where no Worker can start, is loaded into
// the page on demand; either way it is not part of the embed's first download.
import { parseCatalog, parseCatalogCsv } from '@etalase/catalog';
import type { CatalogIssue, Catalog } from '@etalase/catalog';

/** One page of a catalog as read: its valid items and what was wrong with the rest. */
export interface CatalogPage {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
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
