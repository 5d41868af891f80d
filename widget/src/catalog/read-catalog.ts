// Reading catalogs: the heavy half of the storefront (zod validation, the region table, the
// CSV parser). It runs in the catalog Worker, or, where no Worker can start, is loaded into
// the page on demand; either way it is not part of the embed's first download.
import { parseCatalog, parseCatalogCsv } from '@etalase/catalog';
import { isCsv } from './catalog-format.js';

export { parseCatalogInSteps } from '@etalase/catalog';
import type { CatalogIssue, Catalog } from '@etalase/catalog';

/** One page of a catalog as read: its valid items and what was wrong with the rest. */
export interface CatalogPage {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

/** Reads catalog data: an object, or JSON or CSV text (see {@link isCsv}). */
export function readCatalogData(data: unknown, url = '', contentType = ''): CatalogPage {
  if (typeof data === 'string' && isCsv(data, url, contentType)) return parseCatalogCsv(data);
  return parseCatalog(data);
}
