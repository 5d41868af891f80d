import type { Catalog } from './catalog.js';
import { CATEGORY_LABELS } from './category.js';
import type { Product } from './product.js';
import {
  certificationsJsonLd,
  deliveryAreasJsonLd,
  quantityJsonLd,
  unitCodeOf,
} from './json-ld-produce.js';
import type { JsonLdArea, JsonLdCertification, JsonLdQuantity } from './json-ld-produce.js';
import { isSafeUrl } from './safe-url.js';
import type { Seller } from './seller.js';

// WHATWG `URL` exists in every runtime we target (browsers, workers, Node), but its type lives
// in lib.dom and @types/node, which packages/* leave out on purpose so that a stray `document`
// fails to type-check. Declare only the slice this module uses.
interface WhatwgUrl {
  readonly href: string;
  readonly protocol: string;
}
declare const URL: new (url: string, base?: string) => WhatwgUrl;

const SCHEMA_ORG = 'https://schema.org';
const IN_STOCK = 'https://schema.org/InStock' as const;
const OUT_OF_STOCK = 'https://schema.org/OutOfStock' as const;
const PRE_ORDER = 'https://schema.org/PreOrder' as const;
// Every Region code is a Kemendagri code, so anything with a region is from Indonesia.
const INDONESIA = { '@type': 'Country', name: 'Indonesia', identifier: 'ID' } as const;

/** Options for {@link productJsonLd}. */
export interface JsonLdOptions {
  /**
   * Absolute http(s) URL that relative URLs in the catalog (photos) are resolved against:
   * usually the URL of the catalog file. Anything else throws a `TypeError`.
   */
  readonly baseUrl: string;
  /**
   * The page that shows one product, resolved against `baseUrl`; it becomes the product's and
   * the offer's `url`. It must give an http(s) URL, otherwise a `TypeError` is thrown. Without
   * it, no `url` is written: only the caller knows how its pages are addressed.
   */
  readonly productUrl?: (product: Product) => string;
}

/** Options for {@link itemListJsonLd}. */
export interface ItemListJsonLdOptions extends JsonLdOptions {
  /**
   * How many products to put in the list, from the start of the catalog. Default `100`:
   * search engines do not need thousands of products inline in one page.
   * A non-negative integer, or `Infinity` for all; anything else throws a `RangeError`.
   */
  readonly limit?: number;
}

/** A seller as a schema.org `Organization`. */
export interface JsonLdOrganization {
  readonly '@type': 'Organization';
  readonly name: string;
  /** The seller's own website. */
  readonly url?: string;
  readonly address?: {
    readonly '@type': 'PostalAddress';
    readonly addressRegion: string;
    readonly addressCountry: 'ID';
  };
}

/**
 * What a price buys ("per kg"), as schema.org `UnitPriceSpecification`; a wholesale tier
 * carries the quantity it starts at as `eligibleQuantity`.
 */
export interface JsonLdUnitPriceSpecification {
  readonly '@type': 'UnitPriceSpecification';
  readonly priceCurrency: 'IDR';
  readonly price?: number;
  readonly minPrice?: number;
  readonly maxPrice?: number;
  /** The product's unit as written; absent only on tiers of a product without one. */
  readonly unitText?: string;
  /** UN/CEFACT code of the unit (`KGM`), when it has one. */
  readonly unitCode?: string;
  readonly eligibleQuantity?: JsonLdQuantity;
}

/** What {@link JsonLdOffer} and {@link JsonLdAggregateOffer} share. */
export interface JsonLdOfferBase {
  readonly priceCurrency: 'IDR';
  /** `PreOrder` for a pre-order; else only when the catalog states the stock. */
  readonly availability?:
    'https://schema.org/InStock' | 'https://schema.org/OutOfStock' | 'https://schema.org/PreOrder';
  /** When a pre-order is ready. */
  readonly availabilityStarts?: string;
  readonly url?: string;
  readonly seller?: JsonLdOrganization;
  /** The unit price; with wholesale tiers, the base price followed by one per tier. */
  readonly priceSpecification?:
    JsonLdUnitPriceSpecification | readonly JsonLdUnitPriceSpecification[];
  /** The minimum order. */
  readonly eligibleQuantity?: JsonLdQuantity;
  /** The regions the seller delivers to. */
  readonly areaServed?: readonly JsonLdArea[];
}

/** One price, as schema.org `Offer`. */
export interface JsonLdOffer extends JsonLdOfferBase {
  readonly '@type': 'Offer';
  /** Integer rupiah. */
  readonly price: number;
}

/** A price range (by weight or size), as schema.org `AggregateOffer`. */
export interface JsonLdAggregateOffer extends JsonLdOfferBase {
  readonly '@type': 'AggregateOffer';
  readonly lowPrice: number;
  readonly highPrice: number;
}

/** A product as schema.org `Product`, without `@context` (see {@link JsonLdProduct}). */
export interface JsonLdProductNode {
  readonly '@type': 'Product';
  readonly name: string;
  readonly description?: string;
  /** Absolute http(s) URLs only. */
  readonly image?: readonly string[];
  readonly sku: string;
  readonly productID: string;
  /** The category's label in Bahasa Indonesia. */
  readonly category: string;
  readonly url?: string;
  /** The seller, when the seller made the product (`madeLocally`). */
  readonly brand?: { readonly '@type': 'Brand'; readonly name: string };
  /** The seller, when the seller made the product (`madeLocally`). */
  readonly manufacturer?: JsonLdOrganization;
  readonly countryOfOrigin?: {
    readonly '@type': 'Country';
    readonly name: 'Indonesia';
    readonly identifier: 'ID';
  };
  /** The region the product comes from. */
  readonly additionalProperty?: readonly {
    readonly '@type': 'PropertyValue';
    readonly name: 'Daerah asal';
    readonly value: string;
  }[];
  /** Harvest, catch or production date. */
  readonly productionDate?: string;
  /** Halal, P-IRT, BPOM, organic and SNI certificates with their numbers. */
  readonly hasCertification?: readonly JsonLdCertification[];
  readonly offers: JsonLdOffer | JsonLdAggregateOffer;
}

/** A product as a top-level schema.org JSON-LD document. */
export interface JsonLdProduct extends JsonLdProductNode {
  readonly '@context': 'https://schema.org';
}

/** A catalog (or its first products) as a schema.org `ItemList` JSON-LD document. */
export interface JsonLdItemList {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'ItemList';
  readonly name?: string;
  readonly description?: string;
  /** How many products the list holds, which is at most `limit`. */
  readonly numberOfItems: number;
  readonly itemListElement: readonly {
    readonly '@type': 'ListItem';
    /** 1-based. */
    readonly position: number;
    readonly item: JsonLdProductNode;
  }[];
}

/** Parses `baseUrl`, throwing on what can only be a programming error. */
function checkBaseUrl(baseUrl: string): string {
  let parsed: WhatwgUrl | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  return parsed.href;
}

/**
 * Resolves a URL from the catalog, or `undefined` when it is unsafe or does not parse: the
 * parser has already reported such a URL, and structured data is better without it.
 */
function resolveCatalogUrl(url: string, base: string): string | undefined {
  if (!isSafeUrl(url)) return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

function organization(seller: Seller, base: string): JsonLdOrganization {
  const url = seller.website === undefined ? undefined : resolveCatalogUrl(seller.website, base);
  return {
    '@type': 'Organization',
    name: seller.name,
    ...(url ? { url } : {}),
    ...(seller.region
      ? {
          address: {
            '@type': 'PostalAddress',
            addressRegion: seller.region.name,
            addressCountry: 'ID',
          },
        }
      : {}),
  };
}

function offer(
  product: Product,
  seller: Seller | undefined,
  url: string | undefined,
  base: string,
): JsonLdOffer | JsonLdAggregateOffer {
  const price = product.price;
  const [low, high] = typeof price === 'number' ? [price, price] : [price.min, price.max];
  const unitCode = unitCodeOf(product.unit);
  const unitSpec = (amount: { price: number } | { minPrice: number; maxPrice: number }) =>
    ({
      '@type': 'UnitPriceSpecification',
      priceCurrency: 'IDR',
      ...amount,
      ...(product.unit ? { unitText: product.unit } : {}),
      ...(unitCode ? { unitCode } : {}),
    }) as const;
  const basePrice = product.unit
    ? unitSpec(low === high ? { price: low } : { minPrice: low, maxPrice: high })
    : undefined;
  const tiers = (product.priceTiers ?? []).map((tier) => ({
    ...unitSpec({ price: tier.price }),
    eligibleQuantity: quantityJsonLd(tier.minQuantity, product),
  }));
  const areas = deliveryAreasJsonLd(product);
  const common: JsonLdOfferBase = {
    priceCurrency: 'IDR',
    ...(product.preOrder
      ? { availability: PRE_ORDER, availabilityStarts: product.preOrder.readyAt }
      : product.stock !== undefined
        ? { availability: product.stock > 0 ? IN_STOCK : OUT_OF_STOCK }
        : {}),
    ...(url ? { url } : {}),
    ...(seller ? { seller: organization(seller, base) } : {}),
    ...(tiers.length > 0
      ? { priceSpecification: basePrice ? [basePrice, ...tiers] : tiers }
      : basePrice
        ? { priceSpecification: basePrice }
        : {}),
    ...(product.minOrder !== undefined
      ? { eligibleQuantity: quantityJsonLd(product.minOrder, product) }
      : {}),
    ...(areas.length > 0 ? { areaServed: areas } : {}),
  };
  // A "range" whose ends meet is one price; say so, as formatPrice does.
  return low === high
    ? { '@type': 'Offer', price: low, ...common }
    : { '@type': 'AggregateOffer', lowPrice: low, highPrice: high, ...common };
}

function productNode(
  product: Product,
  seller: Seller | undefined,
  options: JsonLdOptions,
  base: string,
): JsonLdProductNode {
  const images = [
    ...new Set(product.images.flatMap((image) => resolveCatalogUrl(image.src, base) ?? [])),
  ];
  let url: string | undefined;
  if (options.productUrl) {
    const wanted = options.productUrl(product);
    url = resolveCatalogUrl(wanted, base);
    if (url === undefined) {
      throw new TypeError(
        `productUrl must give an http(s) or relative URL, got ${JSON.stringify(wanted)}`,
      );
    }
  }
  const maker = product.madeLocally && seller ? seller : undefined;
  const certifications = certificationsJsonLd(product);
  return {
    '@type': 'Product',
    name: product.name,
    ...(product.description ? { description: product.description } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    sku: product.id,
    productID: product.id,
    category: CATEGORY_LABELS[product.category].id,
    ...(url ? { url } : {}),
    ...(maker
      ? {
          brand: { '@type': 'Brand', name: maker.name },
          manufacturer: organization(maker, base),
        }
      : {}),
    ...(product.madeLocally || product.origin ? { countryOfOrigin: INDONESIA } : {}),
    ...(product.origin
      ? {
          additionalProperty: [
            { '@type': 'PropertyValue', name: 'Daerah asal', value: product.origin.name },
          ],
        }
      : {}),
    ...(product.harvestedAt ? { productionDate: product.harvestedAt } : {}),
    ...(certifications.length > 0 ? { hasCertification: certifications } : {}),
    offers: offer(product, seller, url, base),
  };
}

/**
 * A product as schema.org `Product` JSON-LD, for search engines: name, description, photos
 * (absolute; unsafe or unparseable URLs are left out), id as `sku`/`productID`, category label,
 * and an `Offer` in IDR — an `AggregateOffer` for a price range — with availability when the
 * stock is known and the seller as `Organization`. A product the seller made (`madeLocally`)
 * names the seller as `brand` and `manufacturer`; one made locally or with an `origin` has
 * Indonesia as `countryOfOrigin`, and its origin region as an `additionalProperty`.
 *
 * Catalog text goes in as JSON string values only. Put the result in a page with
 * {@link jsonLdText}, never with `JSON.stringify` alone.
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL, or `productUrl` gives an
 *   unsafe URL.
 */
export function productJsonLd(
  product: Product,
  catalog: Pick<Catalog, 'sellers'>,
  options: JsonLdOptions,
): JsonLdProduct {
  const base = checkBaseUrl(options.baseUrl);
  const seller = catalog.sellers.find((s) => s.id === product.sellerId);
  return { '@context': SCHEMA_ORG, ...productNode(product, seller, options, base) };
}

/**
 * A catalog as schema.org `ItemList` JSON-LD: its first `limit` products (default 100), each
 * a `ListItem` holding the {@link productJsonLd} of the product.
 *
 * @throws TypeError as {@link productJsonLd}; RangeError when `limit` is not a non-negative
 *   integer or `Infinity`.
 */
export function itemListJsonLd(
  catalog: Pick<Catalog, 'title' | 'description' | 'sellers' | 'products'>,
  options: ItemListJsonLdOptions,
): JsonLdItemList {
  const limit = options.limit ?? 100;
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
    throw new RangeError(`limit must be a non-negative integer or Infinity, got ${limit}`);
  }
  const base = checkBaseUrl(options.baseUrl);
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const products = catalog.products.slice(0, limit);
  return {
    '@context': SCHEMA_ORG,
    '@type': 'ItemList',
    ...(catalog.title ? { name: catalog.title } : {}),
    ...(catalog.description ? { description: catalog.description } : {}),
    numberOfItems: products.length,
    itemListElement: products.map((product, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: productNode(product, sellers.get(product.sellerId), options, base),
    })),
  };
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON text that is safe inside `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028
 * and U+2029 are written as `\u003c`-style escapes, so catalog text such as
 * `</script><script>…` or `<!--` cannot end the script element, and `JSON.parse` still reads
 * back the same value. Those characters only ever occur inside JSON strings, where the escapes
 * mean the same thing.
 *
 * @throws TypeError when `value` has no JSON form (`undefined`, a function); whatever
 *   `JSON.stringify` throws (a cycle, a `bigint`).
 */
export function jsonLdText(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonLdText: the value has no JSON form');
  return json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
