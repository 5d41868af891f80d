import { cleanText } from './clean-text.js';
import type { ExtractedListing } from './extracted-listing.js';
import { parseStructuredPrice } from './parse-price.js';
import { absoluteHttpUrl, normalizeAvailability } from './read-schema-product.js';

/** Listing fields from `<meta>` tags, split by who defines them. */
export interface MetaTagsRead {
  /** OpenGraph and its product extension (`og:*`, `product:*`). */
  readonly opengraph: ExtractedListing;
  /** Plain HTML: `<meta name="description">`, `<link rel="canonical">`, `<link rel="image_src">`. */
  readonly meta: ExtractedListing;
}

/** Every `<meta>` value by lower-cased `property` or `name`, in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '')
      .trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const list = out.get(key) ?? [];
    list.push(content);
    out.set(key, list);
  }
  return out;
}

/** Reads OpenGraph, product and plain meta tags; resolves image URLs against `pageUrl`. */
export function readMetaTags(document: Document, pageUrl: string): MetaTagsRead {
  const meta = metaValues(document);
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value) return value;
    }
    return undefined;
  };
  const currency = first(
    'product:price:currency',
    'og:price:currency',
    'product:sale_price:currency',
  );
  // A sale price is what the buyer pays; the plain price may be the one before the sale.
  const rawPrice = first(
    'product:sale_price:amount',
    'og:sale_price:amount',
    'product:price:amount',
    'og:price:amount',
    'product:price',
  );
  const price = rawPrice === undefined ? undefined : parseStructuredPrice(rawPrice, currency);
  const images = [
    ...(meta.get('og:image:secure_url') ?? []),
    ...(meta.get('og:image') ?? []),
    ...(meta.get('og:image:url') ?? []),
  ]
    .map((raw) => absoluteHttpUrl(raw, pageUrl))
    .filter((url): url is string => url !== undefined)
    .filter((url, i, all) => all.indexOf(url) === i);
  const availability = normalizeAvailability(first('product:availability', 'og:availability'));
  const condition = first('product:condition', 'og:condition')?.toLowerCase();
  const sku = first(
    'product:retailer_item_id',
    'product:sku',
    'og:sku',
    'product:retailer_part_no',
  );
  const gtin = first('product:gtin', 'product:ean', 'product:upc', 'og:upc', 'og:ean')?.replace(
    /\D/g,
    '',
  );
  const opengraph: ExtractedListing = {
    ...optional('title', cleanText(first('og:title'))),
    ...optional('description', cleanText(first('og:description'), { html: true })),
    ...(price !== undefined && price > 0 ? { price } : {}),
    ...optional('currency', currency?.toUpperCase()),
    ...optional('sku', sku?.trim()),
    ...optional('gtin', gtin && /^(\d{8}|\d{12,14})$/.test(gtin) ? gtin : undefined),
    ...optional('brand', cleanText(first('product:brand', 'og:brand'))),
    ...optional('availability', availability),
    ...(condition === 'new' ? { condition: 'new' as const } : {}),
    ...(condition === 'used' || condition === 'refurbished' ? { condition: 'used' as const } : {}),
    ...optional('category', cleanText(first('product:category'))),
    ...(images.length > 0 ? { images } : {}),
    ...optional('url', absoluteHttpUrl(first('og:url'), pageUrl)),
  };
  const imageSrc = absoluteHttpUrl(
    document.querySelector('link[rel~="image_src"]')?.getAttribute('href') ?? undefined,
    pageUrl,
  );
  const canonical = absoluteHttpUrl(
    document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined,
    pageUrl,
  );
  const plain: ExtractedListing = {
    ...optional('title', cleanText(first('twitter:title'))),
    ...optional(
      'description',
      cleanText(first('description', 'twitter:description'), { html: true }),
    ),
    ...(imageSrc ? { images: [imageSrc] } : {}),
    ...optional('url', canonical),
  };
  return { opengraph, meta: plain };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}
