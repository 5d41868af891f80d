import { cleanText } from './clean-text.js';
import type { Availability, ExtractedListing, ExtractedVariant } from './extracted-listing.js';
import { detectCurrency, parseStructuredPrice } from './parse-price.js';
import { hasType, items, localName, nameOf, text, values, walkItems } from './schema-item.js';
import type { SchemaItem } from './schema-item.js';

/** Types that are a product, or sell one like a product does. */
const PRODUCT_TYPES = [
  'Product',
  'ProductGroup',
  'ProductModel',
  'IndividualProduct',
  'SomeProducts',
  'Vehicle',
  'Car',
  'Motorcycle',
  'Book',
  'Offer',
];

/** Properties through which a page points at other products than its own. */
const ELSEWHERE = new Set([
  'isrelatedto',
  'issimilarto',
  'isaccessoryorsparepartfor',
  'isconsumablefor',
  'itemlistelement',
  'item',
  'hasvariant',
  'isvariantof',
  'review',
  'reviews',
  'itemoffered',
]);

/** Whether `item` is worth reading as the page's product. */
export function isProductLike(item: SchemaItem): boolean {
  if (item.via && ELSEWHERE.has(item.via)) return false;
  if (hasType(item, ...PRODUCT_TYPES)) return item.via !== 'offers';
  // Events, courses, untyped nodes: a thing with an offer and a name is sold here too.
  return (
    item.via === undefined && items(item, 'offers').length > 0 && text(item, 'name') !== undefined
  );
}

/** Every product-like item among the roots and what they hold (a WebPage's mainEntity). */
export function productCandidates(roots: readonly SchemaItem[]): SchemaItem[] {
  return walkItems(roots).filter(isProductLike);
}

/** `https://schema.org/InStock`, `in_stock`, `OutOfStock`, `SoldOut` → ours. */
export function normalizeAvailability(value: string | undefined): Availability | undefined {
  if (!value) return undefined;
  const name = localName(value)
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (
    /^(instock|limitedavailability|presale|preorder|instoreonly|onlineonly|backorder|madetoorder)$/.test(
      name,
    )
  )
    return 'in-stock';
  if (/^(outofstock|soldout|discontinued|instoreonlyoutofstock)$/.test(name)) return 'out-of-stock';
  return undefined;
}

/** What one offer says. */
interface OfferFacts {
  readonly price?: number;
  readonly currency?: string;
  readonly availability?: Availability;
  readonly url?: string;
}

function specPrice(offer: SchemaItem, currency: string | undefined): OfferFacts | undefined {
  for (const spec of items(offer, 'pricespecification')) {
    const kind = localName(text(spec, 'pricetype') ?? '').toLowerCase();
    // A list or strike-through price, or a price per kilo, is not what the buyer pays.
    if (/list|strikethrough|srp|msrp|invoice/.test(kind)) continue;
    if (values(spec, 'referencequantity').length > 0 && items(spec, 'referencequantity').length > 0)
      continue;
    const specCurrency = text(spec, 'pricecurrency') ?? currency;
    const raw = text(spec, 'price', 'minprice');
    const price = raw === undefined ? undefined : parseStructuredPrice(raw, specCurrency);
    if (price !== undefined) return { price, ...(specCurrency ? { currency: specCurrency } : {}) };
  }
  return undefined;
}

/** Price, currency and availability of an Offer or AggregateOffer. */
export function offerFacts(offer: SchemaItem): OfferFacts {
  let currency = text(offer, 'pricecurrency');
  const raw = text(offer, 'price', 'lowprice', 'highprice');
  let price = raw === undefined ? undefined : parseStructuredPrice(raw, currency);
  if (raw !== undefined && currency === undefined) currency = detectCurrency(raw);
  if (price === undefined) {
    const spec = specPrice(offer, currency);
    if (spec) ({ price, currency } = { price: spec.price, currency: spec.currency ?? currency });
  }
  if (price === undefined) {
    // An AggregateOffer may list its offers instead of a low price.
    const inner = items(offer, 'offers')
      .map(offerFacts)
      .find((f) => f.price !== undefined);
    if (inner) ({ price, currency } = { price: inner.price, currency: inner.currency ?? currency });
  }
  const availability = normalizeAvailability(text(offer, 'availability'));
  const url = text(offer, 'url');
  return {
    ...(price !== undefined && price > 0 ? { price } : {}),
    ...(currency ? { currency: currency.toUpperCase() } : {}),
    ...(availability ? { availability } : {}),
    ...(url ? { url } : {}),
  };
}

/** The page's address reduced to what identifies a page: host, path and query, no fragment. */
export function comparableUrl(url: string, base: string): string | undefined {
  try {
    const u = new URL(url, base);
    return `${u.host.replace(/^www\./, '')}${decodeURIComponent(u.pathname).replace(/\/$/, '')}${u.search}`;
  } catch {
    return undefined;
  }
}

/**
 * The offer the page is about: among the offers at the page's URL (else all), the lowest
 * price, since several offers of one product on one page are a list price and a sale price,
 * or shops; the buyer pays the lowest, as an AggregateOffer's lowPrice says.
 */
function chooseOffer(offers: readonly OfferFacts[], pageUrl: string): OfferFacts | undefined {
  const here = comparableUrl(pageUrl, pageUrl);
  const priced = offers.filter((o) => o.price !== undefined);
  const atPage = priced.filter((o) => o.url && comparableUrl(o.url, pageUrl) === here);
  const pool = atPage.length > 0 ? atPage : priced;
  if (pool.length === 0) return offers[0];
  return pool.reduce((low, o) => (o.price! < low.price! ? o : low));
}

function imageUrls(item: SchemaItem, base: string): string[] {
  const out: string[] = [];
  for (const value of values(item, 'image')) {
    const raw = typeof value === 'string' ? value : text(value, 'url', 'contenturl');
    const url = absoluteHttpUrl(raw, base);
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

/** An absolute http(s) URL, or `undefined` for anything else (javascript:, data:, junk). */
export function absoluteHttpUrl(raw: string | undefined, base: string): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A bare identifier (`62320522213`, `PU_106160/01`), not a URL, a sentence or a fragment
 * id. An id borrowed from another property (`productID`, `@id`) must hold a digit.
 */
function identifier(value: string | undefined, needsDigit = false): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64 || /\s/.test(trimmed)) return undefined;
  if (/^(https?:|\/\/|#|\/)/i.test(trimmed) || /^_:/.test(trimmed)) return undefined;
  return !needsDigit || /\d/.test(trimmed) ? trimmed : undefined;
}

/** A GTIN (8, 12, 13 or 14 digits), or `undefined`. */
function gtinOf(item: SchemaItem): string | undefined {
  const raw = text(item, 'gtin13', 'gtin', 'gtin14', 'gtin12', 'gtin8', 'ean', 'upc');
  const digits = raw?.replace(/\D/g, '');
  // All zeros is a placeholder some shops print, not a product's number.
  if (!digits || !/^(\d{8}|\d{12,14})$/.test(digits) || /^0+$/.test(digits)) return undefined;
  return digits;
}

function conditionOf(item: SchemaItem): 'new' | 'used' | undefined {
  const raw = localName(text(item, 'itemcondition') ?? '').toLowerCase();
  if (raw.startsWith('new')) return 'new';
  if (/used|refurbished|damaged/.test(raw)) return 'used';
  return undefined;
}

/** The listing fields a schema.org product states, with its own offers' price and availability. */
export function readSchemaProduct(product: SchemaItem, pageUrl: string): ExtractedListing {
  const offers = [...(hasType(product, 'Offer') ? [product] : []), ...items(product, 'offers')].map(
    offerFacts,
  );
  let offer = chooseOffer(offers, pageUrl);
  // Offers per size or colour: the product is in stock while any of them is.
  if (offer && offers.some((o) => o.availability === 'in-stock'))
    offer = { ...offer, availability: 'in-stock' };
  const variants = readVariants(product, pageUrl);
  if (offer?.price === undefined && variants.length > 0) {
    // A ProductGroup's price lives on its variants: the one at this URL, else the first.
    const here = comparableUrl(pageUrl, pageUrl);
    const chosen =
      variants.find((v) => v.url && comparableUrl(v.url, pageUrl) === here) ??
      variants.find((v) => v.price !== undefined);
    if (chosen?.price !== undefined) {
      const variantItem = items(product, 'hasvariant').find((v) => text(v, 'name') === chosen.name);
      const facts = variantItem
        ? chooseOffer(items(variantItem, 'offers').map(offerFacts), pageUrl)
        : undefined;
      offer = { ...facts, price: chosen.price };
    }
  }
  const title = cleanText(text(product, 'name'));
  const description = cleanText(text(product, 'description'), { html: true });
  const brand = cleanText(
    nameOf(values(product, 'brand')[0] ?? values(product, 'manufacturer')[0]),
  );
  const sku =
    identifier(text(product, 'sku')) ??
    identifier(text(product, 'productid'), true) ??
    identifier(product.id, true);
  const gtin = gtinOf(product);
  const condition = conditionOf(product) ?? items(product, 'offers').map(conditionOf).find(Boolean);
  const category = cleanText(nameOf(values(product, 'category')[0]));
  const images = imageUrls(product, pageUrl);
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(offer?.price !== undefined ? { price: offer.price } : {}),
    ...(offer?.currency ? { currency: offer.currency } : {}),
    ...(offer?.availability ? { availability: offer.availability } : {}),
    ...(sku ? { sku } : {}),
    ...(gtin ? { gtin } : {}),
    ...(brand ? { brand } : {}),
    ...(condition ? { condition } : {}),
    ...(category ? { category } : {}),
    ...(images.length > 0 ? { images } : {}),
    ...(variants.length > 0 ? { variants } : {}),
  };
}

/** A ProductGroup's variants with their own sku, price and availability. */
function readVariants(product: SchemaItem, pageUrl: string): ExtractedVariant[] {
  const out: ExtractedVariant[] = [];
  for (const variant of items(product, 'hasvariant')) {
    const name = cleanText(text(variant, 'name'));
    if (!name) continue;
    const facts = chooseOffer(items(variant, 'offers').map(offerFacts), pageUrl);
    const sku = identifier(text(variant, 'sku'));
    const url = text(variant, 'url') ?? facts?.url;
    out.push({
      name,
      ...(sku ? { sku } : {}),
      ...(facts?.price !== undefined ? { price: facts.price } : {}),
      ...(url ? { url: absoluteHttpUrl(url, pageUrl) ?? url } : {}),
      ...(facts?.availability ? { availability: facts.availability } : {}),
    });
  }
  return out;
}

/** A breadcrumb from a schema.org BreadcrumbList, outermost first, without the home link. */
export function readBreadcrumb(roots: readonly SchemaItem[]): string[] | undefined {
  for (const list of walkItems(roots)) {
    if (!hasType(list, 'BreadcrumbList')) continue;
    const entries = items(list, 'itemlistelement')
      .map((entry, index) => {
        const position = Number(text(entry, 'position') ?? index + 1);
        const name = cleanText(text(entry, 'name') ?? nameOf(values(entry, 'item')[0]));
        return { position: Number.isFinite(position) ? position : index + 1, name };
      })
      .filter((e): e is { position: number; name: string } => Boolean(e.name))
      .sort((a, b) => a.position - b.position)
      .map((e) => e.name);
    const trail = entries.filter((name, i) => !(i === 0 && isHomeLabel(name)));
    if (trail.length > 0) return trail;
  }
  return undefined;
}

/** "Home", "Beranda", "Startseite"…: the first crumb that only leads to the shop's front page. */
export function isHomeLabel(name: string): boolean {
  return /^(home|homepage|beranda|halaman utama|startseite|inicio|início|accueil|главная|головна|首頁|首页|ホーム|sākums|etusivu|strona główna|domov|úvod|naslovnica|početna|hem|forside)$/i.test(
    name.trim(),
  );
}
