import { MARKETPLACE_NAMES, describeBoundsIssue } from '@etalase/catalog';
import type { Listing, LocalizedText, Marketplace } from '@etalase/catalog';
import type { StoreIssue } from './store-result.js';

/** A zod issue as `Listing.safeParse` reports it (with `reportInput: true`). */
type ZodIssue = NonNullable<ReturnType<typeof Listing.safeParse>['error']>['issues'][number];

// The labels of the fields a seller fills in. The catalog package has the same idea for
// catalog files; listings have their own fields (title, weight, variants, bindings).
const LABELS: Readonly<Record<string, LocalizedText>> = {
  id: { id: 'ID produk', en: 'Listing ID' },
  title: { id: 'Judul', en: 'Title' },
  description: { id: 'Deskripsi', en: 'Description' },
  price: { id: 'Harga', en: 'Price' },
  stock: { id: 'Stok', en: 'Stock' },
  sku: { id: 'SKU', en: 'SKU' },
  weightGrams: { id: 'Berat (gram)', en: 'Weight (grams)' },
  dimensionsCm: { id: 'Ukuran paket', en: 'Package size' },
  length: { id: 'Panjang', en: 'Length' },
  width: { id: 'Lebar', en: 'Width' },
  height: { id: 'Tinggi', en: 'Height' },
  condition: { id: 'Kondisi', en: 'Condition' },
  category: { id: 'Kategori', en: 'Category' },
  images: { id: 'Foto', en: 'Photos' },
  variants: { id: 'Varian', en: 'Variants' },
  name: { id: 'Nama varian', en: 'Variant name' },
  options: { id: 'Pilihan varian', en: 'Variant options' },
  brand: { id: 'Merek', en: 'Brand' },
  bindings: { id: 'Tautan marketplace', en: 'Marketplace links' },
  productId: { id: 'ID produk di marketplace', en: 'Marketplace product ID' },
  url: { id: 'Alamat produk di marketplace', en: 'Marketplace product URL' },
  lastSyncedAt: { id: 'Waktu sinkron', en: 'Sync time' },
  state: { id: 'Status sinkron', en: 'Sync state' },
  createdAt: { id: 'Tanggal dibuat', en: 'Creation date' },
  updatedAt: { id: 'Tanggal diubah', en: 'Update date' },
};

function label(path: readonly PropertyKey[]): LocalizedText {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  if (last === undefined) return { id: 'Produk', en: 'Listing' };
  if (Object.hasOwn(MARKETPLACE_NAMES, last)) {
    const name = MARKETPLACE_NAMES[last as Marketplace];
    return { id: `Data ${name}`, en: `${name} data` };
  }
  const base = Object.hasOwn(LABELS, last) ? LABELS[last]! : { id: last, en: last };
  // "Harga varian 2", "Variant 2 price": which variant, counted from 1 as people do.
  const variant = path.indexOf('variants');
  const index = path[variant + 1];
  if (variant >= 0 && typeof index === 'number' && last !== 'variants' && last !== 'name') {
    return {
      id: `${base.id} varian ${index + 1}`,
      en: `Variant ${index + 1} ${base.en.toLowerCase()}`,
    };
  }
  return base;
}

function isMissing(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

function describe(issue: ZodIssue): { code: string; message: LocalizedText } {
  const f = label(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue.input)) {
        return {
          code: 'required',
          message: { id: `${f.id} wajib diisi.`, en: `${f.en} is required.` },
        };
      }
      if (issue.expected === 'int' || issue.expected === 'number') {
        return {
          code: 'not-a-whole-number',
          message: { id: `${f.id} harus bilangan bulat.`, en: `${f.en} must be a whole number.` },
        };
      }
      return {
        code: 'wrong-type',
        message: { id: `${f.id} tidak sah.`, en: `${f.en} is not valid.` },
      };
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
      return describeBoundsIssue(issue, f);
    case 'unrecognized_keys':
    case 'invalid_key': {
      const named = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      if (issue.path[issue.path.length - 1] === 'bindings') {
        return {
          code: 'unknown-marketplace',
          message: {
            id: `${f.id}: marketplace tidak dikenal${named}.`,
            en: `${f.en}: unknown marketplace${named}.`,
          },
        };
      }
      return {
        code: 'unknown-key',
        message: {
          id: `${f.id}: ada nama yang tidak sah${named}.`,
          en: `${f.en}: a name is not valid${named}.`,
        },
      };
    }
  }
  switch (issue.message) {
    case 'id.format':
      return {
        code: 'id-format',
        message: {
          id: `${f.id} hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung (maks. 80).`,
          en: `${f.en} may only hold letters, digits, dots, underscores and hyphens (max. 80).`,
        },
      };
    case 'url.http':
    case 'url.unsafe':
      return {
        code: 'url',
        message: {
          id: `${f.id} harus alamat lengkap yang diawali https://.`,
          en: `${f.en} must be a full address starting with https://.`,
        },
      };
    case 'date.format':
      return {
        code: 'date',
        message: {
          id: `${f.id} harus tanggal seperti 2026-11-28.`,
          en: `${f.en} must be a date such as 2026-11-28.`,
        },
      };
  }
  return { code: 'invalid', message: { id: `${f.id} tidak sah.`, en: `${f.en} is not valid.` } };
}

/** The listing-specific, localised issues for what `Listing.safeParse` found. */
export function listingIssues(
  issues: readonly ZodIssue[],
  prefix: readonly (string | number)[] = [],
): StoreIssue[] {
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    ...describe(issue),
  }));
}
