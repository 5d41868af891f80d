// UI text of the fresh-produce parts of the storefront (cards, filters, dialog), kept apart
// from shared/strings.ts so that the produce features stay in their own modules.
import type { Lang } from '@etalase/catalog';
import { translator } from '../shared/strings.js';

const PRODUCE_STRINGS = {
  produceFilters: { id: 'Hasil tani, ikan & dapur rumahan', en: 'Produce, fish & home kitchens' },
  harvestedThisWeek: { id: 'Panen minggu ini', en: 'Harvested this week' },
  preOrderOnly: { id: 'Bisa pre-order', en: 'Pre-order available' },
  halalOnly: { id: 'Halal', en: 'Halal' },
  pickupIn: { id: 'Bisa diambil di', en: 'Pick up in' },
  deliversTo: { id: 'Kirim ke daerah saya', en: 'Delivers to my area' },
  anywhere: { id: 'Di mana saja', en: 'Anywhere' },
  minOrder: { id: 'min. {q}', en: 'min. {q}' },
  halal: { id: 'Halal', en: 'Halal' },
  priceTiers: { id: 'Harga grosir', en: 'Wholesale prices' },
  tierFrom: { id: 'Mulai', en: 'From' },
  tierPrice: { id: 'Harga', en: 'Price' },
  tierApplies: { id: 'berlaku', en: 'applies' },
  certifications: { id: 'Sertifikat', en: 'Certificates' },
  fulfilment: { id: 'Ambil atau kirim', en: 'Pickup or delivery' },
  pickupAt: { id: 'Ambil di {place}', en: 'Pick up at {place}' },
  deliverTo: { id: 'Kirim ke', en: 'Deliver to' },
  chooseArea: { id: 'Pilih daerah', en: 'Choose an area' },
  quantityIn: { id: 'Jumlah ({unit})', en: 'Quantity ({unit})' },
  bestBefore: { id: 'Baik sebelum {date}', en: 'Best before {date}' },
  season: { id: 'Musim: {months}', en: 'Season: {months}' },
  preOrderDetail: {
    id: 'Pre-order: siap {ready}',
    en: 'Pre-order: ready {ready}',
  },
  orderBy: { id: 'pesan sebelum {date}', en: 'order by {date}' },
  quota: { id: 'kuota {q}', en: 'quota {q}' },
  notAvailable: {
    id: 'Saat ini tidak tersedia; tanyakan penjual lewat WhatsApp.',
    en: 'Not available now; ask the seller on WhatsApp.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the produce UI text. */
export type ProduceStringKey = keyof typeof PRODUCE_STRINGS;

/** The produce UI text for `key` in `lang`, with `{name}` placeholders filled. */
export const pt = translator(PRODUCE_STRINGS);

/** Certificate names as printed on labels. */
export const CERTIFICATE_LABELS = {
  halal: 'Halal',
  pirt: 'P-IRT',
  bpom: 'BPOM',
  organik: { id: 'Organik', en: 'Organic' },
  sni: 'SNI',
} as const;

/** The label of a certificate kind in `lang`. */
export function certificateLabel(kind: keyof typeof CERTIFICATE_LABELS, lang: Lang): string {
  const label = CERTIFICATE_LABELS[kind];
  return typeof label === 'string' ? label : label[lang];
}
