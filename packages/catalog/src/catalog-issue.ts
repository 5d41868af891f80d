import type { z } from './zod.js';
import type { LocalizedText } from './localized-text.js';
import { MARKETPLACE_NAMES } from './marketplace.js';
import type { Marketplace } from './marketplace.js';

/**
 * A problem found while reading a catalog.
 * - `fatal`: nothing could be read (not JSON, wrong shape, missing CSV header);
 * - `error`: one item (a product, a seller, a row) was left out;
 * - `warning`: the item was kept, but a field was corrected or dropped.
 */
export interface CatalogIssue {
  /** Where: `['products', 3, 'price']`, or a CSV row as `['rows', 7, 'harga']` (1-based row). */
  readonly path: readonly (string | number)[];
  /** Stable, machine-readable kind, e.g. `price.negative`, `seller.unknown`, `json.syntax`. */
  readonly code: string;
  readonly severity: 'fatal' | 'error' | 'warning';
  /** For people, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  id: { id: 'ID', en: 'ID' },
  name: { id: 'Nama', en: 'Name' },
  title: { id: 'Judul', en: 'Title' },
  description: { id: 'Deskripsi', en: 'Description' },
  category: { id: 'Kategori', en: 'Category' },
  price: { id: 'Harga', en: 'Price' },
  min: { id: 'Harga terendah', en: 'Lowest price' },
  max: { id: 'Harga tertinggi', en: 'Highest price' },
  unit: { id: 'Satuan', en: 'Unit' },
  images: { id: 'Foto', en: 'Photos' },
  src: { id: 'Alamat foto', en: 'Photo URL' },
  alt: { id: 'Keterangan foto', en: 'Photo description' },
  width: { id: 'Lebar foto', en: 'Photo width' },
  height: { id: 'Tinggi foto', en: 'Photo height' },
  sellerId: { id: 'Penjual', en: 'Seller' },
  sellers: { id: 'Daftar penjual', en: 'Sellers' },
  products: { id: 'Daftar produk', en: 'Products' },
  origin: { id: 'Asal daerah', en: 'Origin' },
  region: { id: 'Wilayah', en: 'Region' },
  code: { id: 'Kode wilayah', en: 'Region code' },
  madeLocally: { id: 'Produk lokal', en: 'Made locally' },
  links: { id: 'Tautan marketplace', en: 'Marketplace links' },
  shops: { id: 'Toko di marketplace', en: 'Marketplace shops' },
  tags: { id: 'Tag', en: 'Tags' },
  stock: { id: 'Stok', en: 'Stock' },
  updatedAt: { id: 'Tanggal pembaruan', en: 'Update date' },
  whatsapp: { id: 'Nomor WhatsApp', en: 'WhatsApp number' },
  website: { id: 'Situs web', en: 'Website' },
  logo: { id: 'Logo', en: 'Logo' },
  version: { id: 'Versi format', en: 'Format version' },
  next: { id: 'Halaman berikutnya', en: 'Next page' },
  minOrder: { id: 'Minimal pesan', en: 'Minimum order' },
  priceTiers: { id: 'Harga grosir', en: 'Wholesale prices' },
  minQuantity: { id: 'Jumlah minimal harga grosir', en: 'Wholesale minimum quantity' },
  harvestedAt: { id: 'Tanggal panen', en: 'Harvest date' },
  bestBefore: { id: 'Baik sebelum', en: 'Best before' },
  season: { id: 'Musim', en: 'Season' },
  preOrder: { id: 'Pre-order', en: 'Pre-order' },
  readyAt: { id: 'Tanggal siap', en: 'Ready date' },
  orderBy: { id: 'Pesan sebelum', en: 'Order by' },
  quota: { id: 'Kuota', en: 'Quota' },
  certifications: { id: 'Sertifikat', en: 'Certificates' },
  kind: { id: 'Jenis sertifikat', en: 'Certificate kind' },
  number: { id: 'Nomor sertifikat', en: 'Certificate number' },
  pickup: { id: 'Tempat ambil', en: 'Pickup points' },
  address: { id: 'Alamat', en: 'Address' },
  deliveryAreas: { id: 'Wilayah kirim', en: 'Delivery areas' },
};

/** The name of one entry of a list of texts whose label is a plural ("Tags"). */
const ENTRY_LABELS: Readonly<Record<string, LocalizedText>> = {
  tags: { id: 'Tag', en: 'Tag' },
  deliveryAreas: { id: 'Wilayah kirim', en: 'Delivery area' },
};

/** The label of the field a path ends in ("Harga", "Price"), falling back to the key. */
export function fieldLabel(path: readonly PropertyKey[]): LocalizedText {
  // One entry of a list ("tags", 2): "Tag ke-3", "Tag 3", not "Tags is too long".
  const last = path[path.length - 1];
  const entry = typeof last === 'number' ? ENTRY_LABELS[String(path[path.length - 2])] : undefined;
  if (entry)
    return { id: `${entry.id} ke-${Number(last) + 1}`, en: `${entry.en} ${Number(last) + 1}` };
  const names = path.filter((p): p is string => typeof p === 'string');
  const named = names[names.length - 1];
  if (named === undefined) return { id: 'Nilai', en: 'Value' };
  // A region's `name` is not the product's or seller's name.
  const parent = names[names.length - 2];
  if (named === 'name' && (parent === 'origin' || parent === 'region')) {
    return { id: 'Nama wilayah', en: 'Region name' };
  }
  if (named === 'name' && parent === 'pickup')
    return { id: 'Nama tempat ambil', en: 'Pickup point name' };
  if (named === 'price' && parent === 'priceTiers')
    return { id: 'Harga grosir', en: 'Wholesale price' };
  if (Object.hasOwn(MARKETPLACE_NAMES, named)) {
    const marketplace = MARKETPLACE_NAMES[named as Marketplace];
    return { id: `Tautan ${marketplace}`, en: `${marketplace} link` };
  }
  return Object.hasOwn(FIELD_LABELS, named) ? FIELD_LABELS[named]! : { id: named, en: named };
}

const CUSTOM_MESSAGES: Readonly<Record<string, (f: LocalizedText) => LocalizedText>> = {
  'url.unsafe': (f) => ({
    id: `${f.id}: hanya alamat http(s) atau alamat relatif yang diterima.`,
    en: `${f.en}: only http(s) or relative URLs are accepted.`,
  }),
  'url.http': (f) => ({
    id: `${f.id}: harus alamat lengkap yang diawali https://.`,
    en: `${f.en}: must be a full address starting with https://.`,
  }),
  'id.format': (f) => ({
    id: `${f.id} hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung (maks. 80).`,
    en: `${f.en} may only hold letters, digits, dots, underscores and hyphens (max. 80).`,
  }),
  'region.code': (f) => ({
    id: `${f.id} harus kode Kemendagri seperti 33 atau 33.72.`,
    en: `${f.en} must be a Kemendagri code such as 33 or 33.72.`,
  }),
  'whatsapp.format': (f) => ({
    id: `${f.id} tidak dikenali; tulis seperti 0812-3456-7890.`,
    en: `${f.en} is not recognised; write it like 0812-3456-7890.`,
  }),
  'date.format': (f) => ({
    id: `${f.id} harus tanggal seperti 2026-11-28 atau 2026-11-28T10:00:00+07:00.`,
    en: `${f.en} must be a date such as 2026-11-28 or 2026-11-28T10:00:00+07:00.`,
  }),
  'quantity.decimals': (f) => ({
    id: `${f.id}: paling banyak tiga angka di belakang koma.`,
    en: `${f.en}: at most three decimals.`,
  }),
  'tiers.order': (f) => ({
    id: `${f.id}: tiap jumlah minimal hanya sekali, dari kecil ke besar.`,
    en: `${f.en}: each minimum quantity only once, smallest first.`,
  }),
  'season.repeat': (f) => ({
    id: `${f.id}: tiap bulan cukup ditulis sekali.`,
    en: `${f.en}: write each month once.`,
  }),
  'preorder.order-by': () => ({
    id: 'Pesan sebelum tidak boleh setelah tanggal siap.',
    en: 'The order-by date cannot be after the ready date.',
  }),
  'certification.number': (f) => ({
    id: `${f.id} tidak terbaca; tulis nomor seperti tercetak di sertifikat atau label (paling sedikit 4 angka).`,
    en: `${f.en} cannot be read; write the number as printed on the certificate or label (at least 4 digits).`,
  }),
  'region.unknown': (f) => ({
    id: `${f.id}: kode wilayah tidak dikenal; tulis kode Kemendagri seperti 33 atau 33.72.`,
    en: `${f.en}: region code not known; write a Kemendagri code such as 33 or 33.72.`,
  }),
  'price.range': () => ({
    id: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah.',
    en: 'The highest price cannot be below the lowest price.',
  }),
};

const TYPE_NAMES: Readonly<Record<string, LocalizedText>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak', en: 'yes/no' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'objek', en: 'an object' },
};

/**
 * The code and localised message for one zod issue. Parse with `{ reportInput: true }`: zod
 * leaves `input` out otherwise, and then a value of the wrong type reads as a missing one.
 */
export function describeZodIssue(issue: z.core.$ZodIssue): {
  code: string;
  message: LocalizedText;
} {
  const f = fieldLabel(issue.path);
  const custom = CUSTOM_MESSAGES[issue.message];
  if (custom) return { code: issue.message, message: custom(f) };
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissing(issue.input)) return required(f);
      const t = TYPE_NAMES[issue.expected] ?? { id: issue.expected, en: issue.expected };
      return {
        code: `type.${issue.expected}`,
        message: { id: `${f.id} harus berupa ${t.id}.`, en: `${f.en} must be ${t.en}.` },
      };
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
      return describeBoundsIssue(issue, f);
    case 'invalid_union': {
      // Dates, the other union, carry their own message ('date.format').
      if (!isPricePath(issue.path)) break;
      if (isMissing(issue.input)) return required(f);
      return {
        code: 'invalid',
        message: {
          id: `${f.id} tidak sah: tulis angka rupiah seperti 25000, atau rentang {min, max}.`,
          en: `${f.en} is not valid: write whole rupiah such as 25000, or a range {min, max}.`,
        },
      };
    }
  }
  return {
    code: 'invalid',
    message: { id: `${f.id} tidak sah.`, en: `${f.en} is not valid.` },
  };
}

/**
 * The code and message for a value outside its bounds (too short or long, too small or large,
 * not one of the allowed values), with `f` the field's label. Listings (the extension's own
 * store) label their fields differently and share these messages.
 */
export function describeBoundsIssue(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig | z.core.$ZodIssueInvalidValue,
  f: LocalizedText,
): { code: string; message: LocalizedText } {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min <= 1) {
        return {
          code: 'required',
          message: { id: `${f.id} tidak boleh kosong.`, en: `${f.en} cannot be empty.` },
        };
      }
      if ((issue.origin === 'number' || issue.origin === 'int') && min === 0) {
        return {
          code: 'negative',
          message: { id: `${f.id} tidak boleh negatif.`, en: `${f.en} cannot be negative.` },
        };
      }
      return {
        code: 'too-small',
        message: { id: `${f.id} minimal ${min}.`, en: `${f.en} must be at least ${min}.` },
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        return {
          code: 'too-long',
          message: {
            id: `${f.id} terlalu panjang (maks. ${max} karakter).`,
            en: `${f.en} is too long (max. ${max} characters).`,
          },
        };
      }
      if (issue.origin === 'array') {
        return {
          code: 'too-many',
          message: { id: `${f.id}: paling banyak ${max}.`, en: `${f.en}: at most ${max}.` },
        };
      }
      return {
        code: 'too-big',
        message: {
          id: `${f.id} terlalu besar (maks. ${max}).`,
          en: `${f.en} is too large (max. ${max}).`,
        },
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return {
        code: 'not-allowed',
        message: {
          id: `${f.id} harus salah satu dari: ${values}.`,
          en: `${f.en} must be one of: ${values}.`,
        },
      };
    }
  }
}

function isMissing(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

function required(f: LocalizedText): { code: string; message: LocalizedText } {
  return { code: 'required', message: { id: `${f.id} wajib diisi.`, en: `${f.en} is required.` } };
}

/** Whether a path ends at a price: a number or a {min, max} range. */
function isPricePath(path: readonly PropertyKey[]): boolean {
  const named = path.filter((p): p is string => typeof p === 'string');
  return named[named.length - 1] === 'price';
}
