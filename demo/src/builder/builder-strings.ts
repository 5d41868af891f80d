import type { Lang } from '@etalase/catalog';

/** The builder's text, in Bahasa Indonesia (default) and English. */
const BUILDER_STRINGS = {
  catalog: { id: 'Katalog', en: 'Catalog' },
  catalogTitle: { id: 'Judul katalog', en: 'Catalog title' },
  catalogTitleHint: {
    id: 'misalnya "Produk UMKM Desa Wisata Kemiren"',
    en: 'e.g. "UMKM products of Kemiren village"',
  },
  catalogRegion: { id: 'Kode wilayah (boleh kosong)', en: 'Region code (optional)' },
  regionHint: {
    id: 'Kode Kemendagri, misalnya 33.72 untuk Kota Surakarta',
    en: 'Kemendagri code, e.g. 33.72 for Kota Surakarta',
  },
  sellers: { id: 'Penjual', en: 'Sellers' },
  products: { id: 'Produk', en: 'Products' },
  addSeller: { id: 'Tambah penjual', en: 'Add a seller' },
  addProduct: { id: 'Tambah produk', en: 'Add a product' },
  remove: { id: 'Hapus', en: 'Remove' },
  removeNamed: { id: 'Hapus {name}', en: 'Remove {name}' },
  undo: { id: 'Batalkan', en: 'Undo' },
  removed: { id: '“{name}” dihapus.', en: '“{name}” removed.' },
  name: { id: 'Nama', en: 'Name' },
  sellerName: { id: 'Nama penjual / usaha', en: 'Seller / business name' },
  whatsapp: { id: 'Nomor WhatsApp', en: 'WhatsApp number' },
  region: { id: 'Kode wilayah', en: 'Region code' },
  description: { id: 'Deskripsi', en: 'Description' },
  category: { id: 'Kategori', en: 'Category' },
  price: { id: 'Harga (Rp)', en: 'Price (Rp)' },
  priceHint: {
    id: '25000, Rp25.000, 25rb, atau 20rb - 35rb',
    en: '25000, Rp25.000, 25rb, or 20rb - 35rb',
  },
  unit: { id: 'Satuan', en: 'Unit' },
  unitHint: { id: 'per kg, per 250 g, per lembar', en: 'per kg, per 250 g, per piece' },
  seller: { id: 'Penjual', en: 'Seller' },
  chooseSeller: { id: 'Pilih penjual', en: 'Choose a seller' },
  stock: { id: 'Stok', en: 'Stock' },
  madeLocally: {
    id: 'Buatan sendiri (bukan barang jadi dari luar)',
    en: 'Made by the seller (not resold)',
  },
  madeLocallyShort: { id: 'Buatan sendiri', en: 'Made locally' },
  photos: { id: 'Foto', en: 'Photos' },
  addPhoto: { id: 'Tambah foto (dengan pelatih foto)', en: 'Add a photo (with the photo coach)' },
  photoCount: { id: '{n} foto', en: '{n} photos' },
  mainPhoto: { id: 'Foto utama {name}', en: 'Main photo of {name}' },
  removePhoto: { id: 'Hapus foto', en: 'Remove photo' },
  coachTitle: { id: 'Foto untuk “{name}”', en: 'Photo for “{name}”' },
  coachHelp: {
    id: 'Pilih atau ambil foto, lalu tekan "Perbaiki otomatis". Foto yang sudah diperbaiki langsung ditambahkan ke produk.',
    en: 'Pick or take a photo, then press "Fix automatically". Each fixed photo is added to the product.',
  },
  photoAdded: { id: 'Foto ditambahkan ke “{name}”.', en: 'Photo added to “{name}”.' },
  done: { id: 'Selesai', en: 'Done' },
  viewForm: { id: 'Formulir', en: 'Form' },
  viewTable: { id: 'Tabel', en: 'Table' },
  view: { id: 'Tampilan', en: 'View' },
  importTitle: { id: 'Impor', en: 'Import' },
  importCsv: { id: 'Impor CSV dari spreadsheet', en: 'Import a CSV from a spreadsheet' },
  importCsvHelp: {
    id: 'Dari Google Sheets: File → Download → CSV. Dari Excel: Simpan sebagai CSV (pemisah ; juga bisa).',
    en: 'From Google Sheets: File → Download → CSV. From Excel: Save as CSV (a ; separator works too).',
  },
  importZip: { id: 'Buka zip katalog', en: 'Open a catalog zip' },
  imported: { id: '{n} baris diimpor.', en: '{n} rows imported.' },
  importedWithIssues: {
    id: '{n} baris diimpor; {bad} perlu diperbaiki (ditandai merah di bawah).',
    en: '{n} rows imported; {bad} need fixing (marked in red below).',
  },
  zipOpened: { id: 'Zip dibuka: {n} produk.', en: 'Zip opened: {n} products.' },
  problems: {
    id: '{n} hal perlu diperbaiki sebelum katalog lengkap.',
    en: '{n} things to fix before the catalog is complete.',
  },
  noProblems: { id: 'Semua produk siap.', en: 'Every product is ready.' },
  preview: { id: 'Pratinjau', en: 'Preview' },
  previewEmpty: {
    id: 'Tambahkan penjual dan produk untuk melihat pratinjau.',
    en: 'Add sellers and products to see a preview.',
  },
  exportTitle: { id: 'Unduh dan pasang', en: 'Download and publish' },
  exportZip: { id: 'Unduh katalog (zip)', en: 'Download the catalog (zip)' },
  exportHelp: {
    id: 'Zip berisi katalog.json, katalog.csv dan folder foto. Taruh isinya bersama berkas Etalase (etalase.js) di satu folder situs Anda.',
    en: 'The zip holds katalog.json, katalog.csv and a foto folder. Put its contents with the Etalase files (etalase.js) in one folder of your site.',
  },
  exportSkipped: {
    id: '{n} produk belum lengkap dan tidak masuk katalog.json (tetap tersimpan di zip untuk dilanjutkan).',
    en: '{n} products are incomplete and left out of katalog.json (still kept in the zip to continue later).',
  },
  hostUrl: { id: 'Alamat folder di situs Anda', en: 'Address of the folder on your site' },
  hostUrlHint: {
    id: 'misalnya https://desa-kemiren.id/etalase/',
    en: 'e.g. https://desa-kemiren.id/etalase/',
  },
  hostUrlInvalid: {
    id: 'Tulis alamat lengkap yang diawali https://, misalnya https://desa-kemiren.id/etalase/',
    en: 'Write the full address starting with https://, e.g. https://desa-kemiren.id/etalase/',
  },
  snippet: {
    id: 'Tempel dua baris ini di halaman situs Anda',
    en: 'Paste these two lines into your site’s page',
  },
  copy: { id: 'Salin kode', en: 'Copy code' },
  copied: { id: 'Kode disalin.', en: 'Code copied.' },
  copyFailed: {
    id: 'Tidak bisa menyalin otomatis; pilih kodenya lalu salin.',
    en: 'Could not copy automatically; select the code and copy it.',
  },
  saved: { id: 'Tersimpan di perangkat ini', en: 'Saved on this device' },
  saving: { id: 'Menyimpan…', en: 'Saving…' },
  conflict: {
    id: 'Katalog ini baru diubah di tab lain. Perubahan di tab ini belum disimpan agar tidak menimpanya.',
    en: 'This catalog was just changed in another tab. Changes in this tab are not saved, so as not to overwrite it.',
  },
  loadOther: { id: 'Muat versi tab lain', en: 'Load the other tab’s version' },
  keepMine: { id: 'Simpan versi tab ini', en: 'Keep this tab’s version' },
  loading: { id: 'Membuka katalog yang tersimpan…', en: 'Opening the saved catalog…' },
  startFresh: { id: 'Mulai katalog baru', en: 'Start a new catalog' },
  confirmFresh: {
    id: 'Hapus semua penjual dan produk di pembuat katalog ini?',
    en: 'Delete every seller and product in this builder?',
  },
  emptySellers: {
    id: 'Belum ada penjual. Mulailah dengan menambah penjual.',
    en: 'No sellers yet. Start by adding a seller.',
  },
  emptyProducts: { id: 'Belum ada produk.', en: 'No products yet.' },
  productN: { id: 'Produk {n}', en: 'Product {n}' },
  sellerN: { id: 'Penjual {n}', en: 'Seller {n}' },
} as const;

/** A key of the builder's text table. */
export type BuilderStringKey = keyof typeof BUILDER_STRINGS;

/** The builder's text for `key` in `lang`, `{name}` placeholders filled. */
export function tb(
  lang: Lang,
  key: BuilderStringKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return BUILDER_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
