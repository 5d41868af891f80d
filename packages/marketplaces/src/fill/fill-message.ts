import type { ListingField } from '../maps/field-map.js';

/** A warning for the seller, in Indonesian (`id`) and English (`en`), with a stable `code`. */
export interface FillMessage {
  readonly code: string;
  readonly id: string;
  readonly en: string;
}

const FIELD_NAMES: Readonly<Record<ListingField, { id: string; en: string }>> = {
  title: { id: 'judul', en: 'title' },
  description: { id: 'deskripsi', en: 'description' },
  price: { id: 'harga', en: 'price' },
  stock: { id: 'stok', en: 'stock' },
  sku: { id: 'SKU', en: 'SKU' },
  condition: { id: 'kondisi', en: 'condition' },
  weight: { id: 'berat', en: 'weight' },
  length: { id: 'panjang', en: 'length' },
  width: { id: 'lebar', en: 'width' },
  height: { id: 'tinggi', en: 'height' },
  category: { id: 'kategori', en: 'category' },
  brand: { id: 'merek', en: 'brand' },
  images: { id: 'foto', en: 'photos' },
};

const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

/** The seller-facing warnings of planning and filling, each built in both languages. */
export const fillMessages = {
  truncated: (field: ListingField, length: number): FillMessage => ({
    code: 'truncated',
    id: `${FIELD_NAMES[field].id} dipotong menjadi ${length} karakter`,
    en: `${FIELD_NAMES[field].en} cut to ${length} characters`,
  }),
  tooShort: (field: ListingField, min: number): FillMessage => ({
    code: 'too-short',
    id: `${FIELD_NAMES[field].id} terlalu pendek: minimal ${min} karakter`,
    en: `${FIELD_NAMES[field].en} too short: at least ${min} characters`,
  }),
  priceBelow: (min: number): FillMessage => ({
    code: 'price-below-min',
    id: `harga di bawah batas minimal ${rupiah(min)}`,
    en: `price below the minimum of ${rupiah(min)}`,
  }),
  priceAbove: (max: number): FillMessage => ({
    code: 'price-above-max',
    id: `harga di atas batas maksimal ${rupiah(max)}`,
    en: `price above the maximum of ${rupiah(max)}`,
  }),
  tooManyPhotos: (max: number): FillMessage => ({
    code: 'too-many-photos',
    id: `hanya ${max} foto pertama yang diunggah`,
    en: `only the first ${max} photos are uploaded`,
  }),
  photoTooBig: (index: number, maxBytes: number): FillMessage => ({
    code: 'photo-too-big',
    id: `foto ${index + 1} lebih dari ${Math.round(maxBytes / 1024 / 1024)} MB, tidak diunggah; perkecil dulu`,
    en: `photo ${index + 1} is over ${Math.round(maxBytes / 1024 / 1024)} MB and was not uploaded; shrink it first`,
  }),
  photoUnreadable: (index: number): FillMessage => ({
    code: 'photo-unreadable',
    id: `foto ${index + 1} tidak dapat dibaca, tidak diunggah`,
    en: `photo ${index + 1} could not be read and was not uploaded`,
  }),
  photoType: (index: number): FillMessage => ({
    code: 'photo-type',
    id: `foto ${index + 1} berformat yang tidak diterima halaman ini, tidak diunggah`,
    en: `photo ${index + 1} is in a format this page does not take and was not uploaded`,
  }),
  chooseYourself: (field: ListingField): FillMessage => ({
    code: 'choose-yourself',
    id: `${FIELD_NAMES[field].id} perlu dipilih sendiri`,
    en: `${FIELD_NAMES[field].en} needs to be chosen by hand`,
  }),
  checkChoice: (field: ListingField, chosen: string): FillMessage => ({
    code: 'check-choice',
    id: `${FIELD_NAMES[field].id} dipilih "${chosen}"; periksa lagi`,
    en: `${FIELD_NAMES[field].en} set to "${chosen}"; please check it`,
  }),
  notFound: (field: ListingField): FillMessage => ({
    code: 'not-found',
    id: `kolom ${FIELD_NAMES[field].id} tidak ditemukan di halaman ini`,
    en: `no ${FIELD_NAMES[field].en} field found on this page`,
  }),
  unsure: (field: ListingField): FillMessage => ({
    code: 'unsure',
    id: `kolom ${FIELD_NAMES[field].id} ditebak dari labelnya; periksa lagi`,
    en: `the ${FIELD_NAMES[field].en} field was guessed from its label; please check it`,
  }),
  lost: (field: ListingField): FillMessage => ({
    code: 'lost',
    id: `halaman menggambar ulang kolom ${FIELD_NAMES[field].id} dan isinya hilang; isi sendiri`,
    en: `the page re-rendered the ${FIELD_NAMES[field].en} field and dropped its value; fill it by hand`,
  }),
  notSet: (field: ListingField): FillMessage => ({
    code: 'not-set',
    id: `kolom ${FIELD_NAMES[field].id} tidak mau menerima isinya; isi sendiri`,
    en: `the ${FIELD_NAMES[field].en} field did not take its value; fill it by hand`,
  }),
  variants: (count: number): FillMessage => ({
    code: 'variants',
    id: `${count} varian perlu diisi sendiri`,
    en: `${count} variants need to be entered by hand`,
  }),
  submitBlocked: (): FillMessage => ({
    code: 'submit-blocked',
    id: 'halaman mencoba mengirim formulir saat diisi; dicegah, periksa lalu simpan sendiri',
    en: 'the page tried to submit the form while it was filled; stopped, review and save it yourself',
  }),
} as const;
