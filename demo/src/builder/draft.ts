// The catalog builder's working copy: what an organiser typed, kept as typed (strings), so
// nothing is lost while a field is still wrong. Pure: no DOM, no storage.
import {
  CATEGORIES,
  MARKETPLACES,
  findRegion,
  parseCatalog,
  timeZoneOfOffset,
  todayIn,
} from '@etalase/catalog';
import type { Catalog, CatalogInput, Category, LocalizedText, Marketplace } from '@etalase/catalog';

/** A seller as typed in the builder. */
export interface DraftSeller {
  /** Stable key of the row (never shown; survives renames). */
  readonly key: string;
  readonly name: string;
  /** Kemendagri code as typed: `33.72` or `3372`. */
  readonly region: string;
  readonly whatsapp: string;
  readonly description: string;
  /** Shop links per marketplace, as typed. */
  readonly shops: Readonly<Partial<Record<Marketplace, string>>>;
}

/** A product as typed in the builder. */
export interface DraftProduct {
  readonly key: string;
  readonly name: string;
  readonly category: string;
  /** Price as typed: `25000`, `Rp25.000`, `25rb`. */
  readonly price: string;
  readonly unit: string;
  readonly description: string;
  readonly sellerKey: string;
  readonly madeLocally: boolean;
  readonly stock: string;
  /** Photo keys (in the draft store), main photo first. */
  readonly photos: readonly string[];
}

/** The whole working copy. */
export interface Draft {
  readonly title: string;
  readonly region: string;
  readonly sellers: readonly DraftSeller[];
  readonly products: readonly DraftProduct[];
}

/** A problem of one field of one row, for the builder to show beside it. */
export interface DraftIssue {
  readonly target: 'catalog' | 'seller' | 'product';
  /** The row's key (empty for the catalog itself). */
  readonly key: string;
  /** The draft field the problem is in (`price`, `whatsapp`…), or `''` for the whole row. */
  readonly field: string;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
}

let counter = 0;
/** A new row key: unique within a session and across reloads (time + counter + random). */
export function newKey(prefix: string): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** An empty draft. */
export function emptyDraft(): Draft {
  return { title: '', region: '', sellers: [], products: [] };
}

/** A new seller row. */
export function newSeller(patch: Partial<DraftSeller> = {}): DraftSeller {
  return {
    key: newKey('s'),
    name: '',
    region: '',
    whatsapp: '',
    description: '',
    shops: {},
    ...patch,
  };
}

/** A new product row, sold by `sellerKey`. */
export function newProduct(sellerKey: string, patch: Partial<DraftProduct> = {}): DraftProduct {
  return {
    key: newKey('p'),
    name: '',
    category: 'kuliner',
    price: '',
    unit: '',
    description: '',
    sellerKey,
    madeLocally: true,
    stock: '',
    photos: [],
    ...patch,
  };
}

/** The draft with one row replaced (by key); a new array, never mutated in place. */
export function updateRow<T extends { key: string }>(
  rows: readonly T[],
  key: string,
  patch: Partial<T>,
): T[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
}

/** `"Bu Sri Batik"` → `"bu-sri-batik"`: an id people can read, unique among `taken`. */
export function slugId(text: string, fallback: string, taken: Set<string>): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Reads a price as typed: `25000`, `Rp25.000`, `Rp 25.000,-`, `25rb`, `1,5 jt`. */
export function readPrice(text: string): number | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^rp\.?\s*/, '')
    .replace(/,-$/, '');
  const short = /^(\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta)$/.exec(t);
  if (short) {
    const n = Number(short[1]!.replace(',', '.'));
    return Math.round(n * (short[2]!.startsWith('j') ? 1_000_000 : 1_000));
  }
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return undefined;
}

/** A price or a range as typed: `Rp25.000 - Rp40.000` → `{ min, max }`. */
export function readPriceOrRange(text: string): number | { min: number; max: number } | undefined {
  const parts = text.split(/\s*[-–—]\s*(?=\S)/).filter((part) => part.trim() !== '');
  if (parts.length === 2 && !/,-$/.test(text.trim())) {
    const [min, max] = parts.map(readPrice);
    if (min !== undefined && max !== undefined) return { min, max };
  }
  return readPrice(text);
}

/** Ids the catalog file gets for each row key (readable slugs of the names). */
export function rowIds(draft: Draft): Map<string, string> {
  const ids = new Map<string, string>();
  const sellerIds = new Set<string>();
  draft.sellers.forEach((s, i) => ids.set(s.key, slugId(s.name, `penjual-${i + 1}`, sellerIds)));
  const productIds = new Set<string>();
  draft.products.forEach((p, i) => ids.set(p.key, slugId(p.name, `produk-${i + 1}`, productIds)));
  return ids;
}

/**
 * Today's date where the organiser is (their device's Indonesian time zone, else WIB), not in
 * UTC: from midnight to 07:00 WIB the UTC date is still yesterday's.
 */
export function organiserToday(now = new Date()): string {
  return todayIn(now.getTime(), timeZoneOfOffset(now.getTimezoneOffset()) ?? 'WIB');
}

/**
 * The catalog file the draft stands for. Values are passed as typed where they are wrong, so
 * `parseCatalog` reports them (with their path) rather than this function guessing.
 * `photoUrl(key, index)` gives the URL a photo will have beside the catalog file.
 */
export function draftToCatalogInput(
  draft: Draft,
  photoUrl: (key: string, product: DraftProduct, index: number) => string,
  today = organiserToday(),
): CatalogInput {
  const ids = rowIds(draft);
  // Only a code the storefront can name goes in the file; validateDraft says so beside the
  // field, and the typed code stays in the draft to be fixed.
  const regionOf = (code: string) => {
    const region = findRegion(code.trim());
    // The storefront shows a seller's place by this name ("Kota Surakarta").
    return region ? { code: region.code, name: region.name } : undefined;
  };
  return {
    version: 1,
    title: draft.title.trim(),
    updatedAt: today,
    ...(regionOf(draft.region) ? { region: regionOf(draft.region)! } : {}),
    sellers: draft.sellers.map((s) => {
      const shops = Object.fromEntries(
        MARKETPLACES.filter((m) => s.shops[m]?.trim()).map((m) => [m, s.shops[m]!.trim()]),
      );
      return {
        id: ids.get(s.key)!,
        name: s.name.trim(),
        ...(s.description.trim() ? { description: s.description.trim() } : {}),
        ...(regionOf(s.region) ? { region: regionOf(s.region)! } : {}),
        ...(s.whatsapp.trim() ? { whatsapp: s.whatsapp.trim() } : {}),
        ...(Object.keys(shops).length ? { shops } : {}),
      };
    }),
    products: draft.products.map((p) => {
      const price = readPriceOrRange(p.price);
      const stock = p.stock.trim();
      return {
        id: ids.get(p.key)!,
        name: p.name.trim(),
        description: p.description.trim(),
        category: p.category as Category,
        price: (price ?? p.price) as number | { min: number; max: number },
        ...(p.unit.trim() ? { unit: p.unit.trim() } : {}),
        sellerId: ids.get(p.sellerKey) ?? p.sellerKey,
        madeLocally: p.madeLocally,
        ...(stock ? { stock: (/^\d+$/.test(stock) ? Number(stock) : stock) as number } : {}),
        images: p.photos.map((key, i) => ({ src: photoUrl(key, p, i), alt: p.name.trim() })),
      };
    }),
  };
}

const PRODUCT_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  category: 'category',
  price: 'price',
  unit: 'unit',
  description: 'description',
  sellerId: 'sellerKey',
  stock: 'stock',
  images: 'photos',
};
const SELLER_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  region: 'region',
  whatsapp: 'whatsapp',
  description: 'description',
  shops: 'shops',
  id: 'name',
};

/**
 * The file reader's message for one field of one row, worded for the form that shows it beside
 * that field: without the row it names ("Produk ke-2 “Kopi”: ") and what the reader did with the
 * row ("Produk ini dilewati."), since the row and the status line already say both.
 */
function besideField(message: LocalizedText): LocalizedText {
  // The name in the prefix may hold curly quotes itself (a phone's keyboard types them).
  return {
    id: message.id
      .replace(/^(?:Produk|Penjual) ke-\d+(?: “.*?”)?: /, '')
      .replace(/ (?:Produk|Penjual) ini dilewati\.$/, ''),
    en: message.en
      .replace(/^(?:Product|Seller) \d+(?: “.*?”)?: /, '')
      .replace(/ This (?:product|seller) was skipped\.$/, ''),
  };
}

const CHOOSE_SELLER: LocalizedText = {
  id: 'Pilih penjual produk ini.',
  en: 'Choose this product’s seller.',
};

/** A product field's problem in the builder's own words, where the file reader's do not fit. */
function productFieldMessage(
  p: DraftProduct,
  field: string,
  draft: Draft,
): LocalizedText | undefined {
  if (field === 'sellerKey') {
    // The file reader names the seller by the id the file would give it ("penjual-1"), or
    // says an empty id holds the wrong characters; the form shows a list of names.
    return draft.sellers.some((s) => s.key === p.sellerKey)
      ? {
          id: 'Penjual ini belum lengkap; lengkapi datanya di bagian Penjual.',
          en: 'This seller’s details are not complete; fill them in under Sellers.',
        }
      : CHOOSE_SELLER;
  }
  const price = p.price.trim();
  if (field === 'price' && price && readPriceOrRange(price) === undefined) {
    // The builder reads "25rb" and "20rb - 35rb" too; the file format's "{min, max}" means
    // nothing in a form.
    return {
      id: `Harga “${price}” tidak terbaca; tulis seperti 25000, Rp25.000, 25rb atau 20rb - 35rb.`,
      en: `The price “${price}” could not be read; write it like 25000, Rp25.000, 25rb or 20rb - 35rb.`,
    };
  }
  if (
    field === 'category' &&
    p.category &&
    !(CATEGORIES as readonly string[]).includes(p.category)
  ) {
    // The list shows names (Fesyen, Kuliner), not the codes the file reader would list.
    return {
      id: `Kategori “${p.category}” tidak dikenal; pilih salah satu dari daftar.`,
      en: `The category “${p.category}” is not known; choose one from the list.`,
    };
  }
  return undefined;
}

/** The catalog the draft makes, and each problem placed on its row and field. */
export function validateDraft(draft: Draft): { catalog: Catalog; issues: DraftIssue[] } {
  const { catalog, issues } = parseCatalog(draftToCatalogInput(draft, (key) => `foto/${key}.jpg`));
  const placed: DraftIssue[] = issues.map((issue) => {
    const [kind, index, field] = issue.path;
    const severity = issue.severity === 'warning' ? 'warning' : 'error';
    if (kind === 'products' && typeof index === 'number' && draft.products[index]) {
      const product = draft.products[index];
      const draftField = PRODUCT_FIELDS[String(field)] ?? '';
      return {
        target: 'product',
        key: product.key,
        field: draftField,
        severity,
        message: productFieldMessage(product, draftField, draft) ?? besideField(issue.message),
      };
    }
    if (kind === 'sellers' && typeof index === 'number' && draft.sellers[index]) {
      return {
        target: 'seller',
        key: draft.sellers[index].key,
        field: SELLER_FIELDS[String(field)] ?? '',
        severity,
        message: besideField(issue.message),
      };
    }
    return {
      target: 'catalog',
      key: '',
      field: String(kind ?? ''),
      severity,
      message: issue.message,
    };
  });
  // Checks the file format cannot make: region codes that name no place, a product with no
  // seller chosen, and categories.
  const unknownRegion = (code: string): LocalizedText | undefined =>
    code.trim() && !findRegion(code.trim())
      ? {
          id: `Kode wilayah “${code.trim()}” tidak dikenal; tulis kode Kemendagri seperti 33 atau 33.72.`,
          en: `Region code “${code.trim()}” is not known; write a Kemendagri code such as 33 or 33.72.`,
        }
      : undefined;
  const catalogRegion = unknownRegion(draft.region);
  if (catalogRegion) {
    placed.push({
      target: 'catalog',
      key: '',
      field: 'region',
      severity: 'warning',
      message: catalogRegion,
    });
  }
  draft.sellers.forEach((s) => {
    const message = unknownRegion(s.region);
    if (message) {
      placed.push({ target: 'seller', key: s.key, field: 'region', severity: 'warning', message });
    }
  });
  draft.products.forEach((p) => {
    if (
      !draft.sellers.some((s) => s.key === p.sellerKey) &&
      !placed.some((i) => i.key === p.key && i.field === 'sellerKey')
    ) {
      placed.push({
        target: 'product',
        key: p.key,
        field: 'sellerKey',
        severity: 'error',
        message: CHOOSE_SELLER,
      });
    }
    if (
      !(CATEGORIES as readonly string[]).includes(p.category) &&
      !placed.some((i) => i.key === p.key && i.field === 'category')
    ) {
      placed.push({
        target: 'product',
        key: p.key,
        field: 'category',
        severity: 'error',
        message: { id: 'Pilih kategori.', en: 'Choose a category.' },
      });
    }
  });
  return { catalog, issues: placed };
}
