import { translator } from '../shared/strings.js';

/** The product dialog's UI text, in Bahasa Indonesia (default) and English; it loads with it. */
const DIALOG_STRINGS = {
  close: { id: 'Tutup', en: 'Close' },
  previousPhoto: { id: 'Foto sebelumnya', en: 'Previous photo' },
  nextPhoto: { id: 'Foto berikutnya', en: 'Next photo' },
  photoOf: { id: 'Foto {n} dari {total}', en: 'Photo {n} of {total}' },
  seller: { id: 'Penjual', en: 'Seller' },
  orderWhatsapp: { id: 'Pesan lewat WhatsApp', en: 'Order on WhatsApp' },
  quantity: { id: 'Jumlah', en: 'Quantity' },
  decrease: { id: 'Kurangi', en: 'Decrease' },
  increase: { id: 'Tambah', en: 'Increase' },
  buyOn: { id: 'Beli di {marketplace}', en: 'Buy on {marketplace}' },
  share: { id: 'Bagikan', en: 'Share' },
  copyLink: { id: 'Salin tautan', en: 'Copy link' },
  linkCopied: { id: 'Tautan disalin', en: 'Link copied' },
  copyFailed: {
    id: 'Tautan tidak bisa disalin; salin dari bilah alamat.',
    en: 'Could not copy the link; copy it from the address bar.',
  },
  stock: { id: 'Stok: {n}', en: 'In stock: {n}' },
  origin: { id: 'Asal: {place}', en: 'From: {place}' },
} as const;

/** A key of the dialog's text table. */
export type DialogStringKey = keyof typeof DIALOG_STRINGS;

/** The dialog's text for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export const dt = translator(DIALOG_STRINGS);
