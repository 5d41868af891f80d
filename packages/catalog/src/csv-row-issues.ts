import type { CatalogIssue } from './catalog-issue.js';
import type { CsvField } from './csv-columns.js';
import type { Path } from './csv-messages.js';
import type { Source } from './csv-rows-to-catalog.js';
import type { LocalizedText } from './localized-text.js';
import { MARKETPLACES } from './marketplace.js';

/** The spreadsheet row an issue is about, 0 for the whole file. */
export function rowOf(issue: CatalogIssue): number {
  return issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? issue.path[1] : 0;
}

/** The CSV field a product key was read from. */
export function productField(key: unknown, rest: readonly unknown[]): CsvField | undefined {
  switch (key) {
    case 'id':
    case 'name':
    case 'description':
    case 'price':
    case 'unit':
    case 'category':
    case 'images':
    case 'madeLocally':
    case 'tags':
    case 'stock':
    case 'updatedAt':
    case 'minOrder':
    case 'priceTiers':
    case 'harvestedAt':
    case 'bestBefore':
    case 'season':
    case 'pickup':
    case 'deliveryAreas':
      return key;
    case 'preOrder':
      return rest[0] === 'orderBy'
        ? 'preOrderOrderBy'
        : rest[0] === 'quota'
          ? 'preOrderQuota'
          : 'preOrderReadyAt';
    case 'sellerId':
      return 'seller';
    case 'origin':
      return 'region';
    case 'links':
      return (MARKETPLACES as readonly unknown[]).includes(rest[0])
        ? (`link.${String(rest[0])}` as CsvField)
        : undefined;
    default:
      return undefined;
  }
}

/** The key under which a seller remembers where a value came from. */
export function sellerSourceKey(key: unknown, rest: readonly unknown[]): string {
  return key === 'shops' ? `shops.${String(rest[0])}` : String(key);
}

/** What {@link toRowIssue} needs to know about the rows behind the catalog it validated. */
export interface RowMapping {
  productRow(index: number): number;
  productLabel(index: number): LocalizedText;
  /** The price cell as written. */
  productPrice(index: number): string;
  /** The index of the product's seller, or -1. */
  productSeller(index: number): number;
  sellerSource(index: number, key: string): Source | undefined;
  sellerFirstRow(index: number): number;
  sellerLabel(index: number, row: number): LocalizedText;
  /** The header of `field`'s column; on spreadsheet row `row`, the one its value came from. */
  headerOf(field: CsvField, row?: number): string | undefined;
}

/** Moves an issue from the catalog built from the rows back to the row and column it came from. */
export function toRowIssue(issue: CatalogIssue, map: RowMapping): CatalogIssue {
  const [kind, index, key, ...rest] = issue.path;
  if (typeof index !== 'number') return issue;
  if (kind === 'products') {
    const row = map.productRow(index);
    const field = productField(key, rest);
    // A derived id comes from the name, so that is the cell to fix.
    const header =
      field && (map.headerOf(field, row) ?? (field === 'id' ? map.headerOf('name', row) : ''));
    const path: Path = header ? ['rows', row, header] : ['rows', row];
    const seller = map.productSeller(index);
    if (key === 'sellerId' && seller >= 0) {
      // The seller itself was left out (or its id cell is not a valid id, which leaves it out
      // too), and its own issue says why; point there.
      const where = map.productLabel(index);
      const sellerRow = map.sellerFirstRow(seller);
      return {
        ...issue,
        path,
        message: {
          id: `${where.id}: data penjual tidak sah (lihat baris ${sellerRow}); produk ini dilewati.`,
          en: `${where.en}: the seller's details are not valid (see row ${sellerRow}); this product was skipped.`,
        },
      };
    }
    const written = map.productPrice(index).slice(0, 40);
    // An empty cell is "required" in the reader's own words; text it cannot read is "invalid".
    if (field === 'price' && issue.code === 'invalid') {
      // The JSON wording speaks of {min, max}; a spreadsheet user writes prices as text.
      const where = map.productLabel(index);
      return {
        ...issue,
        path,
        message: /^-\s*(?:rp\.?\s*)?\d/i.test(written)
          ? {
              id: `${where.id}: harga tidak boleh negatif. Produk ini dilewati.`,
              en: `${where.en}: the price cannot be negative. This product was skipped.`,
            }
          : {
              id: `${where.id}: harga “${written}” tidak terbaca; tulis seperti 25000, Rp25.000 atau Rp25.000 - Rp40.000. Produk ini dilewati.`,
              en: `${where.en}: price “${written}” cannot be read; write it like 25000, Rp25.000 or Rp25.000 - Rp40.000. This product was skipped.`,
            },
      };
    }
    return { ...issue, path };
  }
  if (kind === 'sellers') {
    const source = map.sellerSource(index, sellerSourceKey(key, rest));
    const first = map.sellerFirstRow(index);
    const row = source?.row ?? first;
    const field: CsvField | undefined =
      source?.field ?? (key === 'id' || key === 'name' ? 'seller' : undefined);
    const header =
      field &&
      (map.headerOf(field, row) ?? (field === 'sellerId' ? map.headerOf('seller', row) : ''));
    const path: Path = header ? ['rows', row, header] : ['rows', row];
    if (row === first) return { ...issue, path };
    // The value came from a later row of the same seller: name that row instead.
    const before = map.sellerLabel(index, first);
    const after = map.sellerLabel(index, row);
    return {
      ...issue,
      path,
      message: {
        id: after.id + issue.message.id.slice(before.id.length),
        en: after.en + issue.message.en.slice(before.en.length),
      },
    };
  }
  return issue;
}
