import type { Lang } from '@etalase/catalog';
import { translator } from '../shared/strings.js';

/** Every piece of text `<etalase-stats>` shows, in Bahasa Indonesia (default) and English. */
const STATS_STRINGS = {
  title: { id: 'UMKM daring dalam angka', en: 'UMKM online in figures' },
  asOf: { id: 'Data per {date}', en: 'Figures as of {date}' },
  source: { id: 'Sumber: {source}', en: 'Source: {source}' },
  region: { id: 'Wilayah: {name}', en: 'Area: {name}' },
  allIndonesia: { id: 'Seluruh Indonesia', en: 'All of Indonesia' },
  loading: { id: 'Memuat katalog dan menghitung…', en: 'Loading the catalog and counting…' },
  loadFailed: {
    id: 'Angka tidak bisa dihitung: {reason} Periksa alamat katalog, lalu muat ulang halaman.',
    en: 'The figures could not be counted: {reason} Check the catalog address, then reload the page.',
  },
  skipped: {
    id: '{count} entri katalog tidak sah dan tidak dihitung.',
    en: '{count} catalog entries are not valid and are not counted.',
  },
  sellers: { id: 'Penjual', en: 'Sellers' },
  products: { id: 'Produk', en: 'Products' },
  madeLocally: { id: 'Buatan lokal', en: 'Made locally' },
  madeLocallyNote: { id: '{count} dari {total} produk', en: '{count} of {total} products' },
  regencies: { id: 'Kabupaten/kota', en: 'Kabupaten/kota' },
  regenciesNote: { id: 'di {count} provinsi', en: 'in {count} provinces' },
  byCategory: { id: 'Produk per kategori', en: 'Products by category' },
  byRegion: { id: 'Produk per kabupaten/kota', en: 'Products by kabupaten/kota' },
  byPrice: { id: 'Produk per rentang harga', en: 'Products by price band' },
  byMarketplace: { id: 'Penjual per marketplace', en: 'Sellers by marketplace' },
  map: { id: 'Peta produk per provinsi', en: 'Map of products by province' },
  mapRegencies: {
    id: 'Produk per kabupaten/kota di {name}',
    en: 'Products by kabupaten/kota in {name}',
  },
  mapNote: {
    id: 'Setiap kotak satu provinsi, kira-kira di tempatnya; makin gelap, makin banyak produk.',
    en: 'Each square is one province, roughly where it lies; the darker, the more products.',
  },
  whatsappOnly: { id: 'Hanya lewat WhatsApp', en: 'WhatsApp only' },
  whatsappOnlyNote: {
    id: '{count} penjual hanya bisa dipesan lewat WhatsApp: merekalah yang paling diuntungkan bila dibantu membuka toko di marketplace.',
    en: '{count} sellers take orders on WhatsApp only: they would gain most from help opening a marketplace shop.',
  },
  noChannel: { id: 'Belum ada saluran pesan', en: 'No way to order yet' },
  showTable: { id: 'Tampilkan tabel', en: 'Show table' },
  hideTable: { id: 'Sembunyikan tabel', en: 'Hide table' },
  colName: { id: 'Nama', en: 'Name' },
  colProducts: { id: 'Produk', en: 'Products' },
  colSellers: { id: 'Penjual', en: 'Sellers' },
  colMadeLocally: { id: 'Buatan lokal', en: 'Made locally' },
  downloadCsv: { id: 'Unduh CSV', en: 'Download CSV' },
  print: { id: 'Cetak laporan', en: 'Print report' },
  change: { id: 'Perubahan sejak {date}', en: 'Change since {date}' },
  changeNoDate: { id: 'Perubahan dari katalog sebelumnya', en: 'Change from the earlier catalog' },
  newSellers: { id: 'Penjual baru', en: 'New sellers' },
  goneSellers: { id: 'Penjual keluar', en: 'Sellers gone' },
  newProducts: { id: 'Produk baru', en: 'New products' },
  goneProducts: { id: 'Produk keluar', en: 'Products gone' },
  localShare: { id: 'Porsi buatan lokal', en: 'Share made locally' },
  compareFailed: {
    id: 'Katalog pembanding tidak bisa dimuat: {reason}',
    en: 'The catalog to compare with could not be loaded: {reason}',
  },
  audit: { id: 'Kesiapan foto', en: 'Photo readiness' },
  auditIntro: {
    id: 'Foto utama {count} produk diperiksa di perangkat ini, satu per satu saat peramban senggang.',
    en: 'The main photos of {count} products are checked on this device, one at a time while the browser is idle.',
  },
  auditStart: { id: 'Periksa foto', en: 'Check photos' },
  auditCancel: { id: 'Batalkan', en: 'Cancel' },
  auditProgress: {
    id: '{done} dari {total} foto diperiksa',
    en: '{done} of {total} photos checked',
  },
  auditCancelled: {
    id: 'Pemeriksaan dibatalkan setelah {done} foto.',
    en: 'Checking stopped after {done} photos.',
  },
  auditDone: {
    id: '{bad} dari {done} foto perlu diperbaiki ({share}).',
    en: '{bad} of {done} photos need work ({share}).',
  },
  auditUnreadable: {
    id: '{count} foto tidak bisa dibuka.',
    en: '{count} photos could not be opened.',
  },
  auditNoPhoto: { id: '{count} produk tanpa foto.', en: '{count} products have no photo.' },
  auditCommon: { id: 'Masalah paling sering', en: 'Most common problem' },
  auditNeedWork: { id: 'Perlu diperbaiki', en: 'Need work' },
  auditChecked: { id: 'Diperiksa', en: 'Checked' },
  auditWhere: {
    id: 'Di mana pelatihan foto paling dibutuhkan',
    en: 'Where photo training is needed most',
  },
  none: { id: '—', en: '—' },
  fresh: { id: 'Hasil tani, laut dan dapur rumahan', en: 'Produce, fish and home kitchens' },
  harvestedThisMonth: { id: 'Dipanen bulan ini', en: 'Harvested this month' },
  preOrdersOpen: { id: 'Pre-order dibuka', en: 'Pre-orders open' },
  kulinerHalal: { id: 'Kuliner bersertifikat halal', en: 'Kuliner with a halal number' },
  kulinerPirt: { id: 'Kuliner ber-P-IRT', en: 'Kuliner with a P-IRT number' },
  ofKuliner: {
    id: '{count} dari {total} produk kuliner',
    en: '{count} of {total} kuliner products',
  },
} as const;

/** A key of the stats text table. */
export type StatsStringKey = keyof typeof STATS_STRINGS;

/** The stats text for `key` in `lang`, with `{name}` placeholders filled. */
export const ts = translator(STATS_STRINGS);

/** A count as people read it: `1.234` (id) or `1,234` (en); the storefront's own. */
export { formatCount } from '../shared/strings.js';

/** A share as a percentage with at most one decimal: `80%`, `33,3%` (id). */
export function formatShare(share: number, lang: Lang): string {
  const pct = Math.round(share * 1000) / 10;
  return `${pct.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}%`;
}
