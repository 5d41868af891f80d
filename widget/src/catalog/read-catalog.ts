// Reading catalogs: the heavy half of the storefront (zod validation, the region table, the
// CSV parser). It runs in the catalog Worker, or, where no Worker can start, is loaded into
// the page on demand; either way it is not part of the embed's first download.
import { parseCatalog, parseCatalogCsv, resolveCatalogUrls } from '@etalase/catalog';
import type { CatalogIssue, Catalog } from '@etalase/catalog';
import { isCsv } from './catalog-format.js';

export { parseCatalogInSteps, resolveCatalogUrls, resolveProductUrls } from '@etalase/catalog';

/** One page of a catalog as read: its valid items and what was wrong with the rest. */
export interface CatalogPage {
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

/**
 * Reads catalog data: an object, or JSON or CSV text (see {@link isCsv}). The relative URLs
 * of a catalog read from `url` (photos, logos, the next page) come back absolute, resolved
 * against `url`; those of inline data (no `url`) stay relative to the page.
 */
export function readCatalogData(data: unknown, url = '', contentType = ''): CatalogPage {
  const page =
    typeof data === 'string' && isCsv(data, url, contentType)
      ? parseCatalogCsv(data)
      : parseCatalog(data);
  return url ? { ...page, catalog: resolveCatalogUrls(page.catalog, url) } : page;
}
