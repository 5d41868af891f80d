import type { Lang } from '@etalase/catalog';

/** Every piece of UI text, in Bahasa Indonesia (default) and English. */
const STRINGS = {
  search: { id: 'Cari produk', en: 'Search products' },
  searchPlaceholder: { id: 'Cari keripik, batik, kopi…', en: 'Search chips, batik, coffee…' },
  filters: { id: 'Filter', en: 'Filters' },
  clearFilters: { id: 'Hapus filter', en: 'Clear filters' },
  productLocal: { id: 'Produk lokal', en: 'Made locally' },
  outOfStock: { id: 'Stok habis', en: 'Out of stock' },
  loading: { id: 'Memuat katalog…', en: 'Loading the catalog…' },
  loadingMore: { id: 'Memuat produk lainnya…', en: 'Loading more products…' },
  searching: { id: 'Masih mencari…', en: 'Still searching…' },
  loadingFilters: { id: 'Memuat filter…', en: 'Loading the filters…' },
  showMore: { id: 'Tampilkan lebih banyak', en: 'Show more' },
  retry: { id: 'Coba lagi', en: 'Try again' },
  count: { id: '{n} produk', en: '{n} products' },
  countOne: { id: '1 produk', en: '1 product' },
  countOf: { id: '{n} dari {total} produk', en: '{n} of {total} products' },
  emptyTitle: { id: 'Tidak ada produk yang cocok', en: 'No matching products' },
  emptyQuery: {
    id: 'Tidak ada hasil untuk “{q}”. Coba kata lain yang lebih umum, periksa ejaan, atau hapus filter.',
    en: 'Nothing found for “{q}”. Try a more general word, check the spelling, or clear the filters.',
  },
  emptyFilters: {
    id: 'Coba longgarkan filter: pilih semua daerah atau kategori, atau ubah rentang harga.',
    en: 'Try loosening the filters: choose all areas or categories, or widen the price range.',
  },
  emptyCatalog: { id: 'Katalog ini belum berisi produk.', en: 'This catalog has no products yet.' },
  loadFailed: { id: 'Katalog tidak bisa dimuat.', en: 'The catalog could not be loaded.' },
  loadFailedNetwork: {
    id: 'Periksa sambungan internet Anda, lalu coba lagi.',
    en: 'Check your internet connection, then try again.',
  },
  someSkipped: {
    id: '{n} entri katalog dilewati karena datanya bermasalah.',
    en: '{n} catalog entries were skipped because their data has problems.',
  },
  staleOffline: {
    id: 'Anda sedang offline. Data katalog dari {date}.',
    en: 'You are offline. Catalog data from {date}.',
  },
  staleRefreshing: {
    id: 'Sedang memperbarui… (data tersimpan {date})',
    en: 'Refreshing… (saved {date})',
  },
  staleFailed: {
    id: 'Data katalog dari {date}; pembaruan gagal.',
    en: 'Catalog data from {date}; the update failed.',
  },
  moreFailed: {
    id: 'Produk berikutnya gagal dimuat; periksa sambungan lalu tekan "Tampilkan lebih banyak".',
    en: 'More products could not be loaded; check the connection, then press "Show more".',
  },
  dialogFailed: {
    id: 'Rincian produk tidak bisa dibuka. Periksa sambungan internet, lalu coba lagi.',
    en: 'The product details could not be opened. Check the internet connection, then try again.',
  },
  searchFailed: {
    id: 'Pencarian tidak bisa dijalankan. Periksa sambungan internet, lalu coba lagi.',
    en: 'The search could not run. Check the internet connection, then try again.',
  },
  filtersFailed: {
    id: 'Filter tidak bisa dibuka. Periksa sambungan internet, lalu coba lagi.',
    en: 'The filters could not be opened. Check the internet connection, then try again.',
  },
  storefront: { id: 'Etalase produk', en: 'Product storefront' },
  products: { id: 'Produk', en: 'Products' },
} as const;

/** A key of the UI text table. */
export type StringKey = keyof typeof STRINGS;

/** The UI text for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export const t = translator(STRINGS);

/** Values for a text's `{name}` placeholders. */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * The lookup of one text table (the storefront's, the dialog's, the photo coach's…): the
 * text for `key` in `lang`, with its `{name}` placeholders filled from `values`.
 */
export function translator<Key extends string>(
  table: Readonly<Record<Key, Readonly<Record<Lang, string>>>>,
): (lang: Lang, key: Key, values?: TextValues) => string {
  return (lang, key, values = {}) => fill(table[key][lang], values);
}

/** `template` with each `{name}` replaced by `values[name]` (left as is when absent). */
export function fill(template: string, values: TextValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A whole number as people write it: `10.000` (id) or `10,000` (en). Not `toLocaleString`:
 * the first call in a page loads the locale's data, about 20 ms of main-thread work on a
 * phone, right when the storefront first shows its whole catalog.
 */
export function formatCount(n: number, lang: Lang): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
}

/** Reads a `lang` attribute: `en`/`en-US` → `en`; anything else → `id`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/**
 * A date as people read it, the same in every browser: `28 November 2026, 14.05` (id) or
 * `28 November 2026, 14:05` (en), in the reader's local time.
 */
export function formatDateTime(time: number, lang: Lang): string {
  const d = new Date(time);
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}, ${hh}${lang === 'id' ? '.' : ':'}${mm}`;
}
