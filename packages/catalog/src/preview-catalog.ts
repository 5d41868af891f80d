// The first products of a catalog, checked by hand-written rules small enough to ship in the
// storefront's first download (zod and the region table come later). It vouches only for
// products it is sure of: each one it returns is one `parseCatalog` keeps, with the same
// values in every field it returns (the fields a product card shows). Anything unusual (a
// value `parseCatalog` would normalise, repair or reject) is left to `parseCatalog`.
import { CATEGORIES } from './category.js';
import { isSafeUrl } from './safe-url.js';
import { REGION_CODE_PATTERN } from './region-code.js';
import type { Product, ProductImage } from './product.js';
import type { Seller } from './seller.js';

/** The fields of a product a card shows, as `parseCatalog` would return them. */
export type PreviewProduct = Pick<
  Product,
  | 'id'
  | 'name'
  | 'category'
  | 'price'
  | 'unit'
  | 'images'
  | 'sellerId'
  | 'origin'
  | 'madeLocally'
  | 'stock'
>;

/** The fields of a seller a card shows, as `parseCatalog` would return them. */
export type PreviewSeller = Pick<Seller, 'id' | 'name' | 'region'>;

/** What {@link previewCatalog} vouches for. */
export interface CatalogPreview {
  readonly sellers: ReadonlyMap<string, PreviewSeller>;
  readonly products: readonly PreviewProduct[];
}

type Json = Record<string, unknown>;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const MAX_PREVIEW_SCAN = 1000;

const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
/** A string `parseCatalog` keeps as it is (no trimming, no length rule broken). */
const isText = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isUrl = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 2048 && isSafeUrl(v);

/** A trimmed, non-empty name of at most `max` characters, or undefined. */
function name(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

/** A region `parseCatalog` keeps unchanged: a well-formed code and a clean name. */
function region(v: unknown): { code: string; name: string } | undefined | false {
  if (v === undefined) return undefined;
  if (
    !isRecord(v) ||
    typeof v.code !== 'string' ||
    !REGION_CODE_PATTERN.test(v.code) ||
    !isText(v.name, 120, 1) ||
    v.name !== v.name.trim()
  )
    return false;
  return { code: v.code, name: v.name };
}

function image(v: unknown): ProductImage | undefined {
  if (!isRecord(v) || !isUrl(v.src)) return undefined;
  const out: ProductImage = { src: v.src };
  if (v.alt !== undefined) {
    if (!isText(v.alt, 300)) return undefined;
    out.alt = v.alt;
  }
  for (const key of ['width', 'height'] as const) {
    if (v[key] === undefined) continue;
    if (!isInt(v[key], 1, 20000)) return undefined;
    out[key] = v[key];
  }
  if (v.sources !== undefined) {
    if (!Array.isArray(v.sources) || v.sources.length > 10) return undefined;
    const sources: { src: string; width: number }[] = [];
    for (const s of v.sources as unknown[]) {
      if (!isRecord(s) || !isUrl(s.src) || !isInt(s.width, 1, 20000)) return undefined;
      sources.push({ src: s.src, width: s.width });
    }
    out.sources = sources;
  }
  return out;
}

function seller(v: unknown): PreviewSeller | undefined {
  if (!isRecord(v) || !isId(v.id)) return undefined;
  const sellerName = name(v.name, 120);
  const where = region(v.region);
  if (sellerName === undefined || where === false) return undefined;
  return where ? { id: v.id, name: sellerName, region: where } : { id: v.id, name: sellerName };
}

function product(
  v: unknown,
  sellers: ReadonlyMap<string, PreviewSeller>,
): PreviewProduct | undefined {
  if (!isRecord(v) || !isId(v.id) || !isId(v.sellerId) || !sellers.has(v.sellerId))
    return undefined;
  const productName = name(v.name, 200);
  if (productName === undefined) return undefined;
  const category = v.category;
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category))
    return undefined;
  let price: Product['price'];
  if (isInt(v.price, 0, 1e12)) price = v.price;
  else if (
    isRecord(v.price) &&
    isInt(v.price.min, 0, 1e12) &&
    isInt(v.price.max, 0, 1e12) &&
    v.price.min <= v.price.max
  )
    price = { min: v.price.min, max: v.price.max };
  else return undefined;
  if (v.unit !== undefined && !isText(v.unit, 40)) return undefined;
  const images: ProductImage[] = [];
  if (v.images !== undefined) {
    if (!Array.isArray(v.images) || v.images.length > 20) return undefined;
    for (const raw of v.images as unknown[]) {
      const img = image(raw);
      if (!img) return undefined;
      images.push(img);
    }
  }
  const origin = region(v.origin);
  if (origin === false) return undefined;
  if (v.madeLocally !== undefined && typeof v.madeLocally !== 'boolean') return undefined;
  const stock = v.stock === null || v.stock === '' ? undefined : v.stock;
  if (stock !== undefined && !isInt(stock, 0, 1e9)) return undefined;
  const out: PreviewProduct = {
    id: v.id,
    name: productName,
    category: category as Product['category'],
    price,
    images,
    sellerId: v.sellerId,
    madeLocally: v.madeLocally === true,
  };
  if (v.unit !== undefined) out.unit = v.unit as string;
  if (origin) out.origin = origin;
  if (stock !== undefined) out.stock = stock as number;
  return out;
}

/**
 * Up to `count` of the first products of parsed catalog JSON that `parseCatalog` will keep
 * unchanged in the fields a card shows, with their sellers, for showing cards while the
 * whole catalog is read. Looks at no more than the first 1,000 products. Undefined when the
 * data is not a catalog it can vouch for at all; the full read then says what is wrong.
 */
export function previewCatalog(data: unknown, count: number): CatalogPreview | undefined {
  if (!isRecord(data) || (data.version !== undefined && data.version !== 1)) return undefined;
  if (!Array.isArray(data.products) || !Array.isArray(data.sellers)) return undefined;
  const sellers = new Map<string, PreviewSeller>();
  const seen = new Set<string>();
  for (const raw of data.sellers as unknown[]) {
    // parseCatalog reads a number or padded text as an id too, and keeps the first valid
    // seller of an id; this keeps the first of any kind, or none.
    const id = isRecord(raw) ? raw.id : undefined;
    const key = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
    if (seen.has(key)) continue;
    seen.add(key);
    const s = seller(raw);
    if (s) sellers.set(s.id, s);
  }
  const products: PreviewProduct[] = [];
  const ids = new Set<string>();
  const rawProducts = data.products as unknown[];
  for (let i = 0; i < rawProducts.length && i < MAX_PREVIEW_SCAN && products.length < count; i++) {
    const raw = rawProducts[i];
    const rawId = isRecord(raw) ? raw.id : undefined;
    // parseCatalog reads a number as an id too: a later product could repeat it.
    if (typeof rawId === 'number') break;
    if (typeof rawId === 'string') {
      if (ids.has(rawId.trim())) continue;
      ids.add(rawId.trim());
    }
    const p = product(raw, sellers);
    if (p) products.push(p);
  }
  return { sellers, products };
}
