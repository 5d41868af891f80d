import Papa from 'papaparse';
import type { ParseError } from 'papaparse';
import { CATALOG_VERSION } from './catalog.js';
import type { Catalog } from './catalog.js';
import type { CatalogIssue } from './catalog-issue.js';
import { CATEGORIES, toCategory } from './category.js';
import { CSV_COLUMNS, csvColumnOf } from './csv-columns.js';
import type { CsvColumn, CsvField } from './csv-columns.js';
import { unescapeFormula } from './escape-formula.js';
import { groupSellers } from './group-sellers.js';
import type { SellerGroups } from './group-sellers.js';
import type { LocalizedText } from './localized-text.js';
import { MARKETPLACES } from './marketplace.js';
import { IssueList, truncationIssue } from './issue-list.js';
import { readCatalog } from './parse-catalog.js';
import type { ParseCatalogOptions, ParseCatalogResult } from './parse-catalog.js';
import { findRegion } from './region.js';
import { Id } from './schema-primitives.js';
import { slugify } from './slugify.js';
import { UniqueIds } from './unique-ids.js';

/** Options for {@link parseCatalogCsv}: the same limits as `parseCatalog`. */
export type ParseCatalogCsvOptions = ParseCatalogOptions;

const DEFAULT_MAX_LENGTH = 50 * 1024 * 1024;
const DEFAULT_MAX_ISSUES = 500;
const SEPARATORS = [',', ';', '\t'] as const;
/** Rows searched for the header, for spreadsheets with a title or a note above it. */
const HEADER_SEARCH_ROWS = 10;
/** Characters looked at to find the header and the separator. */
const HEAD_LENGTH = 256 * 1024;
/** Rows parsed per separator while guessing it; enough to find the header below a title. */
const SEPARATOR_PREVIEW_ROWS = 30;
/** Fields that may come from several columns ("Foto 1", "Foto 2"); the rest use the first. */
const MULTI_COLUMN: ReadonlySet<CsvField> = new Set(['images', 'tags']);

type Path = (string | number)[];
type Json = Record<string, unknown>;

function emptyCatalog(): Catalog {
  return { version: CATALOG_VERSION, title: '', sellers: [], products: [] };
}

function fatal(code: string, message: LocalizedText): ParseCatalogResult {
  return { catalog: emptyCatalog(), issues: [{ path: [], code, severity: 'fatal', message }] };
}

function rowLabel(row: number): LocalizedText {
  return { id: `Baris ${row}`, en: `Row ${row}` };
}

function prefixed(where: LocalizedText, message: LocalizedText): LocalizedText {
  return { id: `${where.id}: ${message.id}`, en: `${where.en}: ${message.en}` };
}

function quoted(text: string): string {
  const short = text.trim().slice(0, 60);
  return short ? ` “${short}”` : '';
}

/** Refuses what is not CSV text before parsing it, with a message saying what it is instead. */
function refuse(text: unknown, maxLength: number): ParseCatalogResult | undefined {
  if (typeof text !== 'string') {
    return fatal('type', {
      id: `Isi CSV harus berupa teks, bukan ${text === null ? 'null' : typeof text}.`,
      en: `CSV content must be text, not ${text === null ? 'null' : typeof text}.`,
    });
  }
  if (text.length > maxLength) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return fatal('size', {
      id: `CSV terlalu besar (${mb(text.length)} MB; maks. ${mb(maxLength)} MB). Bagi menjadi beberapa berkas.`,
      en: `The CSV is too large (${mb(text.length)} MB; max. ${mb(maxLength)} MB). Split it into several files.`,
    });
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    return fatal('empty', { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' });
  }
  const sample = start.slice(0, 4096);
  const replacements = sample.match(/\uFFFD/g)?.length ?? 0;
  if (sample.includes('\u0000') || sample.startsWith('PK\u0003\u0004') || replacements > 16) {
    return fatal('csv.binary', {
      id: 'Berkas ini bukan teks CSV (mungkin berkas Excel atau ZIP). Simpan sebagai "CSV UTF-8" lalu coba lagi.',
      en: 'This file is not CSV text (perhaps an Excel or ZIP file). Save it as "CSV UTF-8" and try again.',
    });
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    return fatal('csv.json', {
      id: 'Berkas ini berisi JSON, bukan CSV: muat sebagai katalog JSON.',
      en: 'This file holds JSON, not CSV: load it as a JSON catalog.',
    });
  }
  if (/^<(?:!doctype|html|head|body|\?xml)/i.test(start)) {
    return fatal('csv.html', {
      id: 'Ini halaman web (HTML), bukan CSV. Di Google Sheets pilih Bagikan → Publikasikan ke web → format CSV, lalu pakai tautan itu.',
      en: 'This is a web page (HTML), not CSV. In Google Sheets choose Share → Publish to web → CSV format, and use that link.',
    });
  }
  return undefined;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function parseRecords(text: string, delimiter: string, preview = 0) {
  return Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    // Blank lines are kept so record indexes stay spreadsheet row numbers.
    skipEmptyLines: false,
    preview,
  });
}

interface HeaderGuess {
  readonly index: number;
  readonly fields: ReadonlySet<CsvField>;
  readonly complete: boolean;
}

/**
 * Finds the header row: the first of the first non-blank rows that has every required column,
 * else the one naming the most columns, else the first (whose cells the error message shows).
 */
function locateHeader(records: readonly string[][]): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  let seen = 0;
  for (let i = 0; i < records.length && seen < HEADER_SEARCH_ROWS; i++) {
    const record = records[i]!;
    if (isBlank(record)) continue;
    seen++;
    const fields = new Set<CsvField>();
    for (const cell of record) {
      const column = csvColumnOf(cell);
      if (column) fields.add(column.field);
    }
    const complete = CSV_COLUMNS.every((c) => !c.required || fields.has(c.field));
    if (!best || fields.size > best.fields.size || complete) best = { index: i, fields, complete };
    if (complete) break;
  }
  return best;
}

/**
 * Picks the separator that makes the most sense of the header row. Papa Parse's own guess
 * counts fields per row and is thrown off by `Rp 25.000,00` prices in a `;` file or by a
 * title row above the header; recognising our column names is a much stronger signal.
 */
function chooseSeparator(text: string): string {
  let best: { separator: string; score: number; width: number } | undefined;
  for (const separator of SEPARATORS) {
    const records = parseRecords(text, separator, SEPARATOR_PREVIEW_ROWS).data;
    const header = locateHeader(records);
    const score = header ? header.fields.size + (header.complete ? 1000 : 0) : 0;
    const width = header ? records[header.index]!.length : 0;
    if (!best || score > best.score || (score === best.score && width > best.width)) {
      best = { separator, score, width };
    }
  }
  return best!.separator;
}

function missingHeaderIssue(found: ReadonlySet<CsvField>): ParseCatalogResult {
  const missing = CSV_COLUMNS.filter((c) => c.required && !found.has(c.field));
  const names = { id: missing.map((c) => c.header.id), en: missing.map((c) => c.header.en) };
  const spellings = missing.map((c) => `${c.header.id} = ${c.aliases.join(', ')}`).join('; ');
  const plural = missing.length > 1;
  const noHeader = found.size === 0;
  return fatal('csv.header.missing', {
    id:
      `${noHeader ? 'Baris pertama CSV bukan judul kolom katalog. ' : ''}` +
      `Kolom wajib tidak ditemukan: ${names.id.join(', ')}. ` +
      `Tulis judul kolom di baris pertama; ejaan yang diterima: ${spellings}.`,
    en:
      `${noHeader ? 'The first row of the CSV is not a catalog header. ' : ''}` +
      `Required column${plural ? 's' : ''} missing: ${names.id.join(', ')} (${names.en.join(', ')}). ` +
      `Put the column headers in the first row; accepted spellings: ${spellings}.`,
  });
}

/** A cell as the catalog reads it: trimmed, with a formula guard written by the writer removed. */
function clean(cell: string | undefined): string {
  return cell === undefined ? '' : unescapeFormula(cell.trim()).trim();
}

/**
 * Numbers typed as `'0812…` stay text in a spreadsheet (so the leading 0 survives); some
 * exports keep the apostrophe. It is never part of a number, an id or a code.
 */
function unquoteNumber(cell: string): string {
  return cell.replace(/^'(?=[\d+])/, '');
}

/**
 * A spreadsheet that takes `33.10` for a number writes it back as `33.1` (or `33,1` in an
 * Indonesian locale): put back the lost zero, so a kabupaten/kota code survives a round trip
 * through Excel.
 */
function repairRegionCode(cell: string): string {
  const code = unquoteNumber(cell).replace(/^(\d{2}),(\d{1,2})$/, '$1.$2');
  return /^\d{2}\.\d$/.test(code) ? `${code}0` : code;
}

/** Photo URLs in one cell: separated by whitespace, `|` or line breaks. */
function splitImages(cell: string): string[] {
  return cell.split(/[\s|]+/).filter(Boolean);
}

function splitTags(cell: string): string[] {
  return cell
    .split(/[,;|\n]/)
    .map((t) => t.trim().replace(/^#/, ''))
    .filter(Boolean);
}

interface DataRow {
  /** The row as a spreadsheet numbers it, 1-based. */
  readonly row: number;
  readonly record: readonly string[];
}

/** The rows under the header, read through the header's columns. */
class CsvTable {
  readonly fieldColumns = new Map<CsvField, number[]>();

  constructor(
    readonly headers: readonly string[],
    readonly columns: readonly (CsvColumn | undefined)[],
    readonly rows: readonly DataRow[],
  ) {
    columns.forEach((column, index) => {
      if (!column) return;
      const list = this.fieldColumns.get(column.field) ?? [];
      list.push(index);
      this.fieldColumns.set(column.field, list);
    });
  }

  /** The header as written of the first column holding `field`. */
  headerOf(field: CsvField): string | undefined {
    const index = this.fieldColumns.get(field)?.[0];
    return index === undefined ? undefined : this.headers[index];
  }

  /** The first non-empty cell of `field` on data row `i`, or `""`. */
  cell(i: number, field: CsvField): string {
    const record = this.rows[i]!.record;
    for (const index of this.fieldColumns.get(field) ?? []) {
      const value = clean(record[index]);
      if (value !== '') return value;
    }
    return '';
  }

  /** Every non-empty cell of `field` on data row `i` (photos, tags). */
  cells(i: number, field: CsvField): string[] {
    const record = this.rows[i]!.record;
    return (this.fieldColumns.get(field) ?? [])
      .map((index) => clean(record[index]))
      .filter(Boolean);
  }
}

/** Where a seller's value came from, so that its issue points at that cell. */
interface Source {
  readonly row: number;
  readonly field: CsvField;
}

/** The known region code of each row for one column, `""` when empty or unknown. */
type RegionCodes = ReadonlyMap<'region' | 'sellerRegion', readonly string[]>;

/**
 * Checks region codes here rather than leaving them to parseCatalog, so that an unknown code
 * costs only itself and the message shows the code as written.
 */
function readRegions(table: CsvTable, issues: IssueList): RegionCodes {
  const codes = new Map<'region' | 'sellerRegion', string[]>();
  for (const field of ['region', 'sellerRegion'] as const) {
    const header = table.headerOf(field);
    if (header === undefined) continue;
    codes.set(
      field,
      table.rows.map(({ row }, i) => {
        const written = table.cell(i, field);
        if (written === '') return '';
        const region = findRegion(repairRegionCode(written));
        if (region) return region.code;
        issues.add({
          path: ['rows', row, header],
          code: 'region.unknown',
          severity: 'warning',
          message: prefixed(rowLabel(row), {
            id: `kode wilayah “${written.slice(0, 20)}” tidak dikenal; diabaikan. Tulis kode Kemendagri seperti 33.72 atau 3372.`,
            en: `region code “${written.slice(0, 20)}” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.`,
          }),
        });
        return '';
      }),
    );
  }
  return codes;
}

interface SellersFromRows {
  readonly groups: SellerGroups;
  readonly raw: Json[];
  /** Per seller, where each of its values came from. */
  readonly sources: ReadonlyMap<string, Source>[];
  /** Per seller, its first row. */
  readonly firstRow: readonly number[];
}

/** Builds the raw sellers from the seller columns repeated on each product row. */
function readSellers(table: CsvTable, regions: RegionCodes): SellersFromRows {
  const groups = groupSellers(
    table.rows.map((_, i) => ({
      id: unquoteNumber(table.cell(i, 'sellerId')),
      name: table.cell(i, 'seller'),
      whatsapp: unquoteNumber(table.cell(i, 'whatsapp')),
    })),
  );
  const rowsOf: number[][] = groups.ids.map(() => []);
  groups.groupOf.forEach((g, i) => {
    if (g >= 0) rowsOf[g]!.push(i);
  });
  const raw: Json[] = [];
  const sources: Map<string, Source>[] = [];
  groups.ids.forEach((id, g) => {
    const mine = rowsOf[g]!;
    const from = new Map<string, Source>([
      ['id', { row: table.rows[mine[0]!]!.row, field: 'sellerId' }],
    ]);
    // The first non-empty value among the seller's rows, trying `fields` in order.
    const first = (key: string, ...fields: CsvField[]): string | undefined => {
      for (const field of fields) {
        for (const i of mine) {
          const value =
            field === 'region' || field === 'sellerRegion'
              ? (regions.get(field)?.[i] ?? '')
              : table.cell(i, field);
          if (value !== '') {
            from.set(key, { row: table.rows[i]!.row, field });
            return value;
          }
        }
      }
      return undefined;
    };
    const seller: Json = { id, name: first('name', 'seller') ?? '' };
    const whatsapp = first('whatsapp', 'whatsapp');
    if (whatsapp !== undefined) seller.whatsapp = unquoteNumber(whatsapp);
    const region = first('region', 'sellerRegion', 'region');
    if (region !== undefined) seller.region = region;
    const description = first('description', 'sellerDescription');
    if (description !== undefined) seller.description = description;
    const website = first('website', 'website');
    if (website !== undefined) seller.website = website;
    const logo = first('logo', 'logo');
    if (logo !== undefined) seller.logo = logo;
    const shops: Json = {};
    for (const m of MARKETPLACES) {
      const url = first(`shops.${m}`, `shop.${m}`);
      if (url !== undefined) shops[m] = url;
    }
    if (Object.keys(shops).length > 0) seller.shops = shops;
    raw.push(seller);
    sources.push(from);
  });
  const firstRow = rowsOf.map((mine) => table.rows[mine[0]!]!.row);
  return { groups, raw, sources, firstRow };
}

/** Builds the raw products, one per row; parseCatalog's normalizeProduct reads the rest. */
function readProducts(
  table: CsvTable,
  sellers: SellerGroups,
  regions: RegionCodes,
  issues: IssueList,
): Json[] {
  const ids = new UniqueIds();
  const idCells = table.rows.map((_, i) => unquoteNumber(table.cell(i, 'id')));
  const valid = idCells.map((id) => id !== '' && Id.safeParse(id).success);
  idCells.forEach((id, i) => {
    if (valid[i]) ids.reserve(id);
  });
  return table.rows.map(({ row }, i) => {
    const name = table.cell(i, 'name');
    const idCell = idCells[i]!;
    let id = idCell;
    if (!valid[i]) {
      id = ids.take(slugify(idCell) || slugify(name) || 'produk');
      if (idCell !== '') {
        issues.add({
          path: ['rows', row, table.headerOf('id')!],
          code: 'id.changed',
          severity: 'warning',
          message: prefixed(rowLabel(row), {
            id: `ID “${idCell.slice(0, 80)}” memuat karakter yang tidak boleh dipakai; diganti “${id}”.`,
            en: `ID “${idCell.slice(0, 80)}” holds characters that cannot be used; replaced by “${id}”.`,
          }),
        });
      }
    }
    const product: Json = { id, name };
    const seller = sellers.groupOf[i]!;
    if (seller >= 0) product.sellerId = sellers.ids[seller];
    const price = unquoteNumber(table.cell(i, 'price'));
    if (price !== '') product.price = price;
    const categoryCell = table.cell(i, 'category');
    const category = categoryCell === '' ? 'lainnya' : toCategory(categoryCell);
    product.category = category ?? 'lainnya';
    if (category === undefined) {
      issues.add({
        path: ['rows', row, table.headerOf('category')!],
        code: 'category.unknown',
        severity: 'warning',
        message: prefixed(rowLabel(row), {
          id: `kategori “${categoryCell.slice(0, 40)}” tidak dikenal; dimasukkan ke “lainnya”. Pilihan: ${CATEGORIES.join(', ')}.`,
          en: `category “${categoryCell.slice(0, 40)}” is not known; filed under “lainnya” (other). Choices: ${CATEGORIES.join(', ')}.`,
        }),
      });
    }
    for (const field of ['description', 'unit', 'madeLocally', 'updatedAt'] as const) {
      const value = table.cell(i, field);
      if (value !== '') product[field] = value;
    }
    const stock = unquoteNumber(table.cell(i, 'stock'));
    if (stock !== '') product.stock = stock;
    const origin = regions.get('region')?.[i] ?? '';
    if (origin !== '') product.origin = origin;
    const images = table.cells(i, 'images').flatMap(splitImages);
    if (images.length > 0) product.images = images;
    const tags = table.cells(i, 'tags').flatMap(splitTags);
    if (tags.length > 0) product.tags = tags;
    const links: Json = {};
    for (const m of MARKETPLACES) {
      const url = table.cell(i, `link.${m}`);
      if (url !== '') links[m] = url;
    }
    if (Object.keys(links).length > 0) product.links = links;
    return product;
  });
}

function reportExtraCells(table: CsvTable, separator: string, issues: IssueList): void {
  const shown =
    separator === '\t'
      ? { id: 'tab', en: 'a tab' }
      : { id: `"${separator}"`, en: `"${separator}"` };
  for (const { row, record } of table.rows) {
    const extra = record.slice(table.headers.length).filter((c) => c.trim() !== '').length;
    if (extra === 0) continue;
    issues.add({
      path: ['rows', row],
      code: 'csv.cells.extra',
      severity: 'warning',
      message: prefixed(rowLabel(row), {
        id: `ada ${extra} sel di luar kolom berjudul dan diabaikan. Mungkin ada ${shown.id} dalam teks yang tidak diapit tanda kutip.`,
        en: `${extra} cell${extra > 1 ? 's' : ''} beyond the headed columns ${extra > 1 ? 'were' : 'was'} ignored. Perhaps a text holds ${shown.en} without quotes around it.`,
      }),
    });
  }
}

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
 * too. A missing required column is one `fatal` issue naming it; unknown columns are one
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
  const refused = refuse(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (refused) return refused;
  // Quoted cells keep their line breaks as "\n" either way; normalising first means a file
  // that mixes CRLF and LF (hand-edited after a spreadsheet export) still splits into rows.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The header is judged on the head of the text, so that megabytes of something that is not
  // a catalog are refused without being parsed in full.
  const head = source.slice(0, HEAD_LENGTH);
  const separator = chooseSeparator(head);
  const headGuess = locateHeader(parseRecords(head, separator, SEPARATOR_PREVIEW_ROWS).data);
  if (!headGuess?.complete) return missingHeaderIssue(headGuess?.fields ?? new Set());
  const parsed = parseRecords(source, separator);
  const records = parsed.data;
  const guess = locateHeader(records);
  if (!guess?.complete) return missingHeaderIssue(guess?.fields ?? new Set());

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
    sellerSource: (i, key) => sellers.sources[i]?.get(key),
    sellerFirstRow: (i) => sellers.firstRow[i]!,
    sellerLabel,
    headerOf: (field) => table.headerOf(field),
  };

  // Issues in row order, so that whoever fixes the spreadsheet can work down it.
  const all = [...issues.items, ...result.issues.map((issue) => toRowIssue(issue, mapping))]
    .map((issue, order) => ({ issue, order, row: rowOf(issue) }))
    .sort((a, b) => a.row - b.row || a.order - b.order)
    .map(({ issue }) => issue);
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

function rowOf(issue: CatalogIssue): number {
  return issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? issue.path[1] : 0;
}

/** The CSV field a product key was read from. */
function productField(key: unknown, rest: readonly unknown[]): CsvField | undefined {
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
      return key;
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
function sellerSourceKey(key: unknown, rest: readonly unknown[]): string {
  return key === 'shops' ? `shops.${String(rest[0])}` : String(key);
}

/** What {@link toRowIssue} needs to know about the rows behind the catalog it validated. */
interface RowMapping {
  productRow(index: number): number;
  productLabel(index: number): LocalizedText;
  /** The price cell as written. */
  productPrice(index: number): string;
  /** The index of the product's seller, or -1. */
  productSeller(index: number): number;
  sellerSource(index: number, key: string): Source | undefined;
  sellerFirstRow(index: number): number;
  sellerLabel(index: number, row: number): LocalizedText;
  headerOf(field: CsvField): string | undefined;
}

/** Moves an issue from the catalog built from the rows back to the row and column it came from. */
function toRowIssue(issue: CatalogIssue, map: RowMapping): CatalogIssue {
  const [kind, index, key, ...rest] = issue.path;
  if (typeof index !== 'number') return issue;
  if (kind === 'products') {
    const row = map.productRow(index);
    const field = productField(key, rest);
    // A derived id comes from the name, so that is the cell to fix.
    const header = field && (map.headerOf(field) ?? (field === 'id' ? map.headerOf('name') : ''));
    const path: Path = header ? ['rows', row, header] : ['rows', row];
    const seller = map.productSeller(index);
    if (issue.code === 'seller.unknown' && seller >= 0) {
      // The seller itself was left out, and its own issue says why; point there.
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
    const unreadable = issue.code === 'invalid' || issue.code === 'required';
    if (field === 'price' && unreadable && written !== '') {
      // The JSON wording speaks of {min, max}; a spreadsheet user writes prices as text.
      const where = map.productLabel(index);
      return {
        ...issue,
        path,
        message: written.startsWith('-')
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
      field && (map.headerOf(field) ?? (field === 'sellerId' ? map.headerOf('seller') : ''));
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

/** Rows skipped above the header, unknown columns, and columns that mean the same. */
function reportHeaderProblems(
  records: readonly string[][],
  headerIndex: number,
  { headers, columns, fieldColumns, rows }: CsvTable,
  issues: IssueList,
): void {
  const headerRow = headerIndex + 1;
  const skipped = records.slice(0, headerIndex).filter((r) => !isBlank(r)).length;
  if (skipped > 0) {
    issues.add({
      path: ['rows', headerRow],
      code: 'csv.header.offset',
      severity: 'warning',
      message: {
        id: `Judul kolom ada di baris ${headerRow}; ${skipped} baris di atasnya dilewati.`,
        en: `The column headers are on row ${headerRow}; ${skipped} row${skipped > 1 ? 's' : ''} above ${skipped > 1 ? 'were' : 'was'} skipped.`,
      },
    });
  }
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    if (columns[index]) return;
    if (header !== '') unknown.push(`“${header.slice(0, 40)}”`);
    // An untitled column is usually a trailing empty one; if it holds data, say so.
    else if (rows.some(({ record }) => clean(record[index]) !== '')) {
      unknown.push(`#${index + 1}`);
    }
  });
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 20).join(', ') + (unknown.length > 20 ? ', …' : '');
    issues.add({
      path: ['rows', headerRow],
      code: 'csv.header.unknown',
      severity: 'warning',
      message: {
        id: `Kolom yang tidak dikenal diabaikan: ${shown}.`,
        en: `Unknown column${unknown.length > 1 ? 's' : ''} ignored: ${shown}.`,
      },
    });
  }
  for (const [field, indexes] of fieldColumns) {
    if (indexes.length < 2 || MULTI_COLUMN.has(field)) continue;
    const names = indexes.map((i) => `“${headers[i]!}”`).join(', ');
    const column = columns[indexes[0]!]!;
    issues.add({
      path: ['rows', headerRow, headers[indexes[1]!]!],
      code: 'csv.header.duplicate',
      severity: 'warning',
      message: {
        id: `Kolom ${names} sama-sama berarti “${column.header.id}”; di tiap baris dipakai yang pertama terisi.`,
        en: `Columns ${names} all mean “${column.header.en}”; on each row the first one filled in is used.`,
      },
    });
  }
}

/** Quote errors: the one thing Papa Parse reports that changes what the rows hold. */
function reportParseErrors(
  errors: readonly ParseError[],
  headerIndex: number,
  issues: IssueList,
): void {
  const reported = new Set<number>();
  for (const error of errors) {
    if (error.type !== 'Quotes' || error.row === undefined || error.row < headerIndex) continue;
    const row = error.row + 1;
    if (reported.has(row)) continue;
    reported.add(row);
    const unterminated = error.code === 'MissingQuotes';
    issues.add({
      path: ['rows', row],
      code: 'csv.quotes',
      severity: 'warning',
      message: prefixed(
        rowLabel(row),
        unterminated
          ? {
              id: 'tanda kutip (") tidak ditutup, sehingga sisa berkas terbaca sebagai satu sel.',
              en: 'a quote (") is not closed, so the rest of the file was read as one cell.',
            }
          : {
              id: 'tanda kutip (") di tengah sel tidak sesuai aturan CSV; tulis "" untuk tanda kutip di dalam teks.',
              en: 'a quote (") inside a cell breaks the CSV rules; write "" for a quote inside text.',
            },
      ),
    });
  }
}
