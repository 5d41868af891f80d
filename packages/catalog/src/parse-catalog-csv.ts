import { CATALOG_VERSION } from './catalog.js';
import { csvColumnOf } from './csv-columns.js';
import { csvFatal as fatal, quoted, rowLabel } from './csv-messages.js';
import { isBlank, parseRecords, reportExtraCells, reportParseErrors } from './csv-records.js';
import type { DataRow } from './csv-table.js';
import { CsvTable } from './csv-table.js';
import { readProducts, readRegions, readSellers } from './csv-rows-to-catalog.js';
import { rowOf, toRowIssue } from './csv-row-issues.js';
import type { RowMapping } from './csv-row-issues.js';
import { IssueList, truncationIssue } from './issue-list.js';
import type { LocalizedText } from './localized-text.js';
import { locateHeader, missingHeaderIssue, reportHeaderProblems } from './locate-csv-header.js';
import { readCatalog } from './parse-catalog.js';
import type { ParseCatalogOptions, ParseCatalogResult } from './parse-catalog.js';
import { prepareCsv, refuseNonCsv, SEPARATOR_PREVIEW_ROWS } from './sniff-csv.js';

/** Options for {@link parseCatalogCsv}: the same limits as `parseCatalog`. */
export type ParseCatalogCsvOptions = ParseCatalogOptions;

const DEFAULT_MAX_LENGTH = 50 * 1024 * 1024;
const DEFAULT_MAX_ISSUES = 500;

/**
 * Reads a catalog from CSV — the spreadsheet a regional office keeps and publishes as CSV — as
 * leniently as `parseCatalog` reads JSON: every valid row becomes a product, every invalid one
 * an issue, and the result has the same shape. Never throws on bad input.
 *
 * **Layout.** One row per product, with its seller's columns repeated on each row. Headers may
 * be Indonesian or English, in any order, and are matched ignoring case, spaces, underscores,
 * hyphens, punctuation and a note in brackets (`Harga (Rp)`): `nama`/`nama_produk`/`name`/
 * `product`, `harga`/`price` and `penjual`/`nama_toko`/`toko`/`seller`/`shop` are required;
 * `id`/`kode`/`sku`, `deskripsi`/`description`, `satuan`/`unit`, `kategori`/`category`,
 * `foto`/`gambar`/`image`/`images`/`photo` (several URLs separated by spaces, `|` or line
 * breaks; numbered columns such as `Foto 1`, `Foto 2` are all read), `whatsapp`/`wa`/`no_wa`/
 * `nomor_whatsapp`, `kode_wilayah`/`wilayah`/`region_code`/`region`, `tokopedia`, `shopee`,
 * `lazada`, `bukalapak`, `blibli`, `tiktok`/`tiktok_shop`, `produk_lokal`/`buatan_lokal`/
 * `lokal`/`made_locally`, `tag`/`tags`/`label`, `stok`/`stock` and `diperbarui`/`updated_at`/
 * `tanggal` are optional. The seller columns `catalogToCsv` adds when needed (`id_penjual`,
 * `wilayah_penjual`, `deskripsi_penjual`, `situs_web`, `logo`, `toko_<marketplace>`) are read
 * too, and so are the fresh-produce columns `min_order`, `harga_grosir`, `tanggal_panen`,
 * `baik_sebelum`, `musim`, `pre_order`, `siap_tanggal`, `pesan_sebelum`, `kuota`, `halal`,
 * `pirt`, `bpom`, `organik`, `sni`, `ambil_di` and `kirim_ke` (see `readProduceCells`). A missing required column is one `fatal` issue naming it; unknown columns are one
 * `warning` and are ignored.
 *
 * **Text.** The separator (`,`, `;` or tab) is detected from the header; a UTF-8 BOM, CRLF or
 * CR line ends, blank lines, trailing empty columns and quoted cells holding separators or
 * line breaks are all fine. A title row above the header is skipped with a warning.
 *
 * **Products.** The id is the `id` cell, else a slug of the name (unique with `-2`, `-3`; add
 * an id column for links that survive reordering rows). Prices are read as people write them
 * (`Rp25.000`, `25.000`, `Rp 25.000,00`, `Rp25.000 - Rp40.000`). The region column is the
 * product's origin. Marketplace columns are links to this product, not to the shop. An empty
 * or unknown category becomes `lainnya` (unknown with a warning), because a free-text
 * spreadsheet column should not cost a product its place in the catalog.
 *
 * **Sellers** are derived from the rows: the same name (ignoring case and spacing) and the
 * same WhatsApp number make one seller; a row with an empty WhatsApp cell joins the first
 * seller of that name. The seller id is a slug of the name, unique with `-2`, `-3`; the
 * seller's region and other details are the first non-empty ones among its rows. A seller
 * whose rows were all left out is left out too.
 *
 * **Issues** about a row have the path `['rows', n, header]`, where `n` is the row as a
 * spreadsheet numbers it (the header is row 1 when it is the first line; a cell with line
 * breaks stays one row) and `header` is the column's header as written in the file; their
 * messages begin with "Baris n" / "Row n".
 */
export function parseCatalogCsv(
  text: string,
  options: ParseCatalogCsvOptions = {},
): ParseCatalogResult {
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  const refused = refuseNonCsv(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (refused) return refused;
  const { source, head, separator } = prepareCsv(text);
  const guess = locateHeader(parseRecords(head, separator, SEPARATOR_PREVIEW_ROWS).data);
  if (!guess?.complete) return missingHeaderIssue(guess?.fields ?? new Set());
  // The rows down to the header are the same in the head and in the whole text.
  const parsed = parseRecords(source, separator);
  const records = parsed.data;

  const rows: DataRow[] = [];
  for (let i = guess.index + 1; i < records.length; i++) {
    if (!isBlank(records[i]!)) rows.push({ row: i + 1, record: records[i]! });
  }
  if (rows.length === 0) {
    return fatal('csv.rows.none', {
      id: 'CSV hanya berisi judul kolom; belum ada baris produk.',
      en: 'The CSV has only a header row; there are no product rows yet.',
    });
  }
  const headers = records[guess.index]!.map((h) => h.trim());
  const table = new CsvTable(headers, headers.map(csvColumnOf), rows);

  const issues = new IssueList(maxIssues);
  reportHeaderProblems(records, guess.index, table, issues);
  reportParseErrors(parsed.errors, guess.index, issues);
  reportExtraCells(table, separator, issues);
  const regions = readRegions(table, issues);
  const sellers = readSellers(table, regions);
  const products = readProducts(table, sellers.groups, regions, issues);

  const sellerLabel = (index: number, row: number): LocalizedText => {
    const name = quoted(String(sellers.raw[index]!.name));
    return { id: `Baris ${row}, penjual${name}`, en: `Row ${row}, seller${name}` };
  };
  const productLabel = (index: number): LocalizedText => {
    const name = quoted(String(products[index]!.name));
    const where = rowLabel(rows[index]!.row);
    return { id: `${where.id}${name}`, en: `${where.en}${name}` };
  };
  const result = readCatalog(
    { version: CATALOG_VERSION, sellers: sellers.raw, products },
    { maxIssues },
    (kind, index) =>
      kind === 'sellers' ? sellerLabel(index, sellers.firstRow[index]!) : productLabel(index),
  );
  const mapping: RowMapping = {
    productRow: (i) => rows[i]!.row,
    productLabel,
    productPrice: (i) => String(products[i]!.price ?? ''),
    productSeller: (i) => sellers.groups.groupOf[i]!,
    sellerSource: (i, key) => sellers.sources[i]!.get(key),
    sellerFirstRow: (i) => sellers.firstRow[i]!,
    sellerLabel,
    headerOf: (field, row) =>
      table.headerOf(field, row === undefined ? undefined : table.indexOfRow(row)),
  };

  // Issues in row order, so that whoever fixes the spreadsheet can work down it. The sort is
  // stable: within a row, the CSV checks' issues come first, in the order they were found.
  const all = [...issues.items, ...result.issues.map((issue) => toRowIssue(issue, mapping))].sort(
    (a, b) => rowOf(a) - rowOf(b),
  );
  const kept = all.slice(0, maxIssues);
  const dropped = issues.dropped + result.dropped + (all.length - kept.length);
  if (dropped > 0) kept.push(truncationIssue(dropped));
  // A seller exists in a CSV only through its rows; one whose rows were all left out would
  // show up in a storefront's seller list with nothing to sell.
  const selling = new Set(result.catalog.products.map((p) => p.sellerId));
  const catalog = {
    ...result.catalog,
    sellers: result.catalog.sellers.filter((s) => selling.has(s.id)),
  };
  return { catalog, issues: kept };
}
