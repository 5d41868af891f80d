import { parsePrice } from '@etalase/catalog';
import type { Marketplace } from '@etalase/catalog';
import { FIELD_MAPS } from '../maps/field-maps.js';
import type { CellLocator } from '../maps/field-map.js';
import { textOf } from './control-labels.js';

/** One product on a seller's product list page. */
export interface ProductListRow {
  /** The marketplace's own product id. */
  readonly externalId: string;
  readonly title: string;
  /** Rupiah; the lowest price when the row shows a range. */
  readonly price: number | undefined;
  readonly stock: number | undefined;
  /** Absolute http(s) URL of the product, when the row links to it. */
  readonly url: string | undefined;
}

function cell(row: Element, locator: CellLocator): string {
  const target = locator.selector ? row.querySelector(locator.selector) : row;
  if (!target) return '';
  const raw =
    locator.attribute === 'value' && 'value' in target
      ? String((target as HTMLInputElement).value)
      : locator.attribute
        ? (target.getAttribute(locator.attribute) ?? '')
        : textOf(target);
  if (!locator.pattern) return raw.trim();
  return new RegExp(locator.pattern).exec(raw)?.[1]?.trim() ?? '';
}

function safeHref(href: string, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Stock as a list shows it: "12", "Stok: 1.250", "Habis" (0). */
function readStock(text: string): number | undefined {
  if (/\b(habis|sold out|out of stock)\b/i.test(text)) return 0;
  const match = /\d{1,3}(?:\.\d{3})+|\d+/.exec(text);
  return match ? Number(match[0].replace(/\./g, '')) : undefined;
}

/**
 * Reads the rows of a seller's product list page, for sync: each product's id on the
 * marketplace, title, price (rupiah), stock and URL, as the marketplace's field map says
 * where they are. Rows without an id are skipped.
 */
export function readProductList(
  root: Document | Element,
  marketplace: Marketplace,
): ProductListRow[] {
  const map = FIELD_MAPS[marketplace].productList;
  const base = (root.ownerDocument ?? (root as Document)).baseURI;
  const rows: ProductListRow[] = [];
  for (const row of root.querySelectorAll(map.row)) {
    const externalId = cell(row, map.externalId);
    if (!externalId) continue;
    const price = parsePrice(cell(row, map.price));
    rows.push({
      externalId,
      title: cell(row, map.title),
      price: price === undefined ? undefined : typeof price === 'number' ? price : price.min,
      stock: readStock(cell(row, map.stock)),
      url: safeHref(cell(row, map.url), base),
    });
  }
  return rows;
}
