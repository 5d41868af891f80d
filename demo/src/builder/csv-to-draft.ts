// A spreadsheet's CSV (Google Sheets, or Excel with `;`) read into the builder row by row,
// every cell kept as written, so a wrong value is shown on its row and field and fixed there
// instead of the row being dropped as the storefront's reader must.
import { MARKETPLACES, csvColumnOf, readCsvSheet, toCategory } from '@etalase/catalog';
import type { CsvField, LocalizedText, Marketplace } from '@etalase/catalog';
import { newProduct, newSeller } from './draft.js';
import type { Draft, DraftProduct, DraftSeller } from './draft.js';

/** Rows read, or why the text is not a catalog table. */
export type CsvDraftResult =
  | {
      readonly ok: true;
      readonly draft: Draft;
      readonly rows: number;
      /** Rows whose quotes changed what they hold (one never closed is read as a character). */
      readonly warnings: readonly LocalizedText[];
    }
  | { readonly ok: false; readonly message: { id: string; en: string } };

const YES = /^(ya|y|yes|true|1|benar|lokal)$/i;

/** The catalog fields the builder's rows hold; a column of any other is not read. */
const READ_FIELDS: ReadonlySet<CsvField> = new Set<CsvField>([
  'name',
  'category',
  'price',
  'unit',
  'description',
  'madeLocally',
  'stock',
  'seller',
  'whatsapp',
  'region',
  'sellerRegion',
  'sellerDescription',
  ...MARKETPLACES.map((m): CsvField => `shop.${m}`),
]);

/** The headers of columns that hold something the builder does not read. */
function unreadColumns(
  records: readonly (readonly string[])[],
  headerIndex: number,
  fields: readonly (CsvField | undefined)[],
): string[] {
  const header = records[headerIndex]!;
  return header.flatMap((title, i) => {
    const field = fields[i];
    if (field && READ_FIELDS.has(field)) return [];
    const holdsData = records.slice(headerIndex + 1).some((r) => (r[i] ?? '').trim() !== '');
    return holdsData ? [title.replace(/^\uFEFF/, '').trim() || `#${i + 1}`] : [];
  });
}

function unreadMessage(columns: readonly string[]): LocalizedText {
  const last = columns[columns.length - 1]!;
  const list = (and: string) =>
    columns.length === 1 ? last : `${columns.slice(0, -1).join(', ')} ${and} ${last}`;
  return {
    id: `Kolom ${list('dan')} tidak dibaca pembuat katalog; isinya tidak diimpor.`,
    en:
      columns.length === 1
        ? `The column ${last} is not read by the catalog builder; what it holds was not imported.`
        : `The columns ${list('and')} are not read by the catalog builder; what they hold was not imported.`,
  };
}

/** Reads CSV text into a draft; `base` is the draft the rows are added to (sellers reused by name). */
export function csvToDraft(text: string, base: Draft): CsvDraftResult {
  // Split as the storefront's reader splits it (separator, line ends, an unclosed quote).
  const { records, quoteWarnings } = readCsvSheet(text);
  const headerIndex = records.findIndex((r) =>
    r.some((cell) => csvColumnOf(cell)?.field === 'name'),
  );
  if (headerIndex < 0) {
    return {
      ok: false,
      message: {
        id: 'Tabel ini tidak punya kolom "nama". Baris pertama tabel harus berisi judul kolom seperti nama, harga, kategori, penjual.',
        en: 'This table has no "nama" (name) column. The first row must hold column titles such as nama, harga, kategori, penjual.',
      },
    };
  }
  const fields = records[headerIndex]!.map((cell) => csvColumnOf(cell)?.field);
  const sellers = [...base.sellers];
  const products: DraftProduct[] = [...base.products];
  const sellerByName = new Map(sellers.map((s) => [s.name.trim().toLowerCase(), s]));
  let rows = 0;
  for (const record of records.slice(headerIndex + 1)) {
    // The first non-empty cell of the columns that mean `field`, as the storefront reads it
    // (a sheet may hold "wilayah" and "kode_wilayah", or two WhatsApp columns).
    const cell = (field: CsvField) => {
      for (let i = 0; i < fields.length; i++) {
        const value = fields[i] === field ? (record[i] ?? '').trim() : '';
        if (value) return value;
      }
      return '';
    };
    if (record.every((c) => c.trim() === '')) continue;
    rows++;
    const sellerName = cell('seller') || 'Penjual tanpa nama';
    let seller: DraftSeller | undefined = sellerByName.get(sellerName.toLowerCase());
    if (!seller) {
      const shops: Partial<Record<Marketplace, string>> = {};
      for (const m of MARKETPLACES) if (cell(`shop.${m}`)) shops[m] = cell(`shop.${m}`);
      seller = newSeller({
        name: sellerName,
        whatsapp: cell('whatsapp'),
        region: cell('sellerRegion') || cell('region'),
        description: cell('sellerDescription'),
        shops,
      });
      sellers.push(seller);
      sellerByName.set(sellerName.toLowerCase(), seller);
    }
    const category = cell('category');
    products.push(
      newProduct(seller.key, {
        name: cell('name'),
        category: toCategory(category) ?? category,
        price: cell('price'),
        unit: cell('unit'),
        description: cell('description'),
        madeLocally: cell('madeLocally') === '' ? true : YES.test(cell('madeLocally')),
        stock: cell('stock'),
      }),
    );
  }
  const warnings = quoteWarnings.filter((w) => w.row > headerIndex).map((w) => w.message);
  const unread = unreadColumns(records, headerIndex, fields);
  if (unread.length > 0) warnings.push(unreadMessage(unread));
  return { ok: true, draft: { ...base, sellers, products }, rows, warnings };
}
