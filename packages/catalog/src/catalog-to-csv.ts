import Papa from 'papaparse';
import type { Catalog } from './catalog.js';
import { CSV_COLUMNS, PRODUCE_FIELDS } from './csv-columns.js';
import type { CsvField } from './csv-columns.js';
import { escapeFormula } from './escape-formula.js';
import { groupSellers } from './group-sellers.js';
import type { Lang } from './localized-text.js';
import { MARKETPLACES } from './marketplace.js';
import type { Marketplace } from './marketplace.js';
import type { Product } from './product.js';
import { neededProduceColumns, produceCell } from './produce-csv-cells.js';
import type { Seller } from './seller.js';

/** Options for {@link catalogToCsv}. */
export interface CatalogToCsvOptions {
  /** Language of the header row: `'id'` (`nama`, `harga`, …) or `'en'`. Default `'id'`. */
  readonly lang?: Lang;
  /**
   * Cell separator. Default `','`. Use `';'` for a file that people open by double-clicking
   * in a spreadsheet set to an Indonesian locale, where `,` is the decimal mark.
   */
  readonly separator?: ',' | ';';
  /**
   * Begin with a UTF-8 byte order mark. Default `false`. Excel needs it to read the file as
   * UTF-8 (otherwise “é” and curly quotes come out garbled); `parseCatalogCsv` ignores it.
   */
  readonly bom?: boolean;
}

interface Row {
  readonly product: Product;
  readonly seller: Seller | undefined;
}

/** `6281234567890` → `0812-3456-7890`: how Indonesians write it, and text to a spreadsheet. */
function localPhone(whatsapp: string): string {
  return `0${whatsapp.slice(2)}`.replace(/^(\d{4})(\d{4})(\d+)$/, '$1-$2-$3');
}

/**
 * The optional seller columns this catalog needs so that `parseCatalogCsv` gives back the
 * same sellers: ids only when slugs of the names would not reproduce them, a seller region
 * only when it is not the origin of the seller's first product, and the rest when used.
 */
function neededOptionalColumns(rows: readonly Row[]): Set<CsvField> {
  const needed = new Set<CsvField>();
  const groups = groupSellers(
    rows.map(({ product, seller }) => ({
      id: '',
      name: seller?.name ?? product.sellerId,
      whatsapp: seller?.whatsapp ?? '',
    })),
  );
  if (rows.some((r, i) => groups.ids[groups.groupOf[i]!] !== r.product.sellerId)) {
    needed.add('sellerId');
  }
  const firstOrigin = new Map<string, string>();
  for (const { product } of rows) {
    if (product.origin && !firstOrigin.has(product.sellerId)) {
      firstOrigin.set(product.sellerId, product.origin.code);
    }
  }
  for (const { product, seller } of rows) {
    if (!seller) continue;
    if ((seller.region?.code ?? '') !== (firstOrigin.get(product.sellerId) ?? '')) {
      needed.add('sellerRegion');
    }
    if (seller.description) needed.add('sellerDescription');
    if (seller.website) needed.add('website');
    if (seller.logo) needed.add('logo');
    for (const m of MARKETPLACES) if (seller.shops?.[m]) needed.add(`shop.${m}`);
  }
  const products = rows.map((r) => r.product);
  for (const field of neededProduceColumns(products, PRODUCE_FIELDS)) needed.add(field);
  return needed;
}

function cellOf(field: CsvField, { product, seller }: Row, lang: Lang): string {
  if (field.startsWith('link.')) return product.links?.[field.slice(5) as Marketplace] ?? '';
  if (field.startsWith('shop.')) return seller?.shops?.[field.slice(5) as Marketplace] ?? '';
  switch (field) {
    case 'id':
      return product.id;
    case 'name':
      return product.name;
    case 'description':
      return product.description;
    case 'price':
      return typeof product.price === 'number'
        ? String(product.price)
        : `${product.price.min} - ${product.price.max}`;
    case 'unit':
      return product.unit ?? '';
    case 'category':
      return product.category;
    case 'images':
      // `|` separates photos in the cell; in a URL it is the same as %7C.
      return product.images.map((i) => i.src.replace(/\|/g, '%7C')).join(' | ');
    case 'seller':
      return seller?.name ?? product.sellerId;
    case 'whatsapp':
      return seller?.whatsapp ? localPhone(seller.whatsapp) : '';
    case 'region':
      return product.origin?.code ?? '';
    case 'madeLocally':
      return product.madeLocally ? (lang === 'id' ? 'ya' : 'yes') : lang === 'id' ? 'tidak' : 'no';
    case 'tags':
      return product.tags.join(', ');
    case 'stock':
      return product.stock === undefined ? '' : String(product.stock);
    case 'updatedAt':
      return product.updatedAt ?? '';
    case 'sellerId':
      return product.sellerId;
    case 'sellerRegion':
      return seller?.region?.code ?? '';
    case 'sellerDescription':
      return seller?.description ?? '';
    case 'website':
      return seller?.website ?? '';
    case 'logo':
      return seller?.logo ?? '';
    default:
      return produceCell(field, product, lang);
  }
}

/**
 * Writes a catalog as the CSV that `parseCatalogCsv` reads: a header row, then one row
 * per product with its seller's name, WhatsApp number and region repeated on it, so the file
 * can be kept in a spreadsheet. Columns appear in a fixed order; seller details beyond those
 * (a seller id that is not the slug of the name, a seller region other than the first
 * product's origin, description, website, logo, marketplace shops) get their own columns only
 * when the catalog has them, and so do the fresh-produce fields (`min_order`, `harga_grosir`,
 * `tanggal_panen`, …, `kirim_ke`). Sellers without products, image `alt`/size, and the catalog's
 * title, description, region and `next` have no place in the format and are not written.
 *
 * Prices are plain integers (`25000`, `25000 - 40000`) so a spreadsheet can sum them; WhatsApp
 * numbers are written `0812-3456-7890`, which a spreadsheet keeps as text instead of turning
 * into `6.28123E+12`. Cells are quoted by Papa Parse where needed and rows end in CRLF (RFC
 * 4180).
 *
 * Text cells beginning with `=`, `+`, `-`, `@`, tab or CR get a leading `'`: catalog text
 * comes from sellers and scraped pages, and a spreadsheet would otherwise run
 * `=HYPERLINK(…)` or a DDE payload as a formula on the computer of whoever opens the export.
 * `parseCatalogCsv` removes that `'` again. Prices and stock are never negative, so no number
 * is altered.
 *
 * @example
 * ```ts
 * const csv = catalogToCsv(catalog, { separator: ';', bom: true }); // for Excel in id-ID
 * ```
 */
export function catalogToCsv(catalog: Catalog, options: CatalogToCsvOptions = {}): string {
  const lang = options.lang ?? 'id';
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const rows: Row[] = catalog.products.map((product) => ({
    product,
    seller: sellers.get(product.sellerId),
  }));
  const needed = neededOptionalColumns(rows);
  const columns = CSV_COLUMNS.filter((c) => !c.optional || needed.has(c.field));
  const text = Papa.unparse(
    {
      fields: columns.map((c) => c.header[lang]),
      data: rows.map((row) => columns.map((c) => escapeFormula(cellOf(c.field, row, lang)))),
    },
    {
      delimiter: options.separator ?? ',',
      newline: '\r\n',
      header: true,
      // Done above with escapeFormula, which parseCatalogCsv knows how to undo.
      escapeFormulae: false,
    },
  );
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}
