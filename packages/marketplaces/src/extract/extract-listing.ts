import { EXTRACT_FIELDS } from './extracted-listing.js';
import type {
  ExtractField,
  ExtractResult,
  ExtractSource,
  ExtractWarning,
  ExtractedListing,
} from './extracted-listing.js';
import { elementText, findBuyButton, findHeading, isElsewhere, overlap } from './page-anchors.js';
import { readDomAvailability } from './read-dom-availability.js';
import { readDomImages } from './read-dom-images.js';
import { readMicrodata, readRdfa } from './read-dom-items.js';
import { isStrongSkuLabel, readDomBrand, readDomGtin, readDomSku } from './read-dom-labels.js';
import type { LabelledValue } from './read-dom-labels.js';
import { PageText } from './page-text.js';
import { readDomPrices } from './read-dom-price.js';
import type { DomPrice } from './read-dom-price.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';
import {
  comparableUrl,
  isHomeLabel,
  productCandidates,
  readBreadcrumb,
  readSchemaProduct,
} from './read-schema-product.js';
import { text } from './schema-item.js';
import { skuFromUrl } from './sku-from-url.js';
import type { SchemaItem } from './schema-item.js';

/** Options for {@link extractListing}. */
export interface ExtractOptions {
  /**
   * The sources to read, in any order (trust order is fixed: json-ld, microdata, rdfa,
   * opengraph, meta, dom, then url for a SKU). Default: all. `['json-ld', 'microdata', 'opengraph']` is the
   * structured-data-only reading that tools like extruct do.
   */
  readonly sources?: readonly ExtractSource[];
}

type Candidate = { readonly source: ExtractSource; readonly listing: ExtractedListing };

const message = (id: string, en: string) => ({ id, en });

/** Steps in the element tree within which a labelled SKU counts as the product's own. */
const NEAR_PRODUCT = 6;

/** Which of several products the page is about. */
function pickMainProduct(
  candidates: readonly SchemaItem[],
  pageUrls: readonly string[],
  titles: readonly string[],
  heading: Element | undefined,
): { item: SchemaItem | undefined; ambiguous: boolean } {
  if (candidates.length <= 1) return { item: candidates[0], ambiguous: false };
  const base = pageUrls[0] ?? '';
  const here = new Set(pageUrls.map((u) => comparableUrl(u, base)).filter(Boolean));
  const scored = candidates.map((item, index) => {
    const url = text(item, 'url') ?? item.id;
    const name = text(item, 'name') ?? '';
    let score = -index * 0.01;
    if (item.via === 'mainentity' || item.via === 'about') score += 4;
    if (url && here.has(comparableUrl(url, base))) score += 3;
    score += 2 * Math.max(0, ...titles.map((t) => overlap(name, t)));
    if (item.props.has('offers') || item.props.has('price')) score += 1;
    if (item.element && heading && item.element.contains(heading)) score += 2;
    if (item.element && isElsewhere(item.element)) score -= 3;
    return { item, name, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  const ambiguous =
    second !== undefined && first!.score - second.score < 0.5 && first!.name !== second.name;
  return { item: first!.item, ambiguous };
}

/** A breadcrumb trail printed in the page: a nav or list marked "breadcrumb". */
function readDomBreadcrumb(document: Document): string[] | undefined {
  const trail = document.querySelector(
    'nav[aria-label*="breadcrumb" i], [class*="breadcrumb" i], [id*="breadcrumb" i]',
  );
  if (!trail) return undefined;
  const links = [...trail.querySelectorAll('li, a')].filter(
    (e) => e.tagName === 'A' || e.querySelector('a, li') === null,
  );
  const names = links
    .map(elementText)
    .filter((t) => t.length > 0 && t.length < 80 && !/^[>/»›|]+$/.test(t));
  const unique = names.filter((t, i) => names.indexOf(t) === i);
  const withoutHome = unique[0] !== undefined && isHomeLabel(unique[0]) ? unique.slice(1) : unique;
  return withoutHome.length > 0 ? withoutHome : undefined;
}

function empty(warning: ExtractWarning): ExtractResult {
  return { listing: {}, source: {}, missing: [...EXTRACT_FIELDS], warnings: [warning] };
}

/**
 * Reads the listing a product page shows: title, description, price and currency, SKU,
 * GTIN, brand, condition, availability, category and breadcrumb, images (absolute URLs,
 * main first). Trusts schema.org JSON-LD first, then microdata, RDFa, OpenGraph and product
 * meta tags, and reads what they lack from the page itself (the price beside the heading and
 * buy button, a labelled SKU, an out-of-stock notice). `url` is the page's address, for
 * resolving relative links and picking the product the page is about.
 *
 * Never throws: a broken JSON-LD block, conflicting prices or several products come back as
 * `warnings`; fields it cannot find are listed in `missing`.
 */
export function extractListing(
  document: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  try {
    return extract(document, url, options);
  } catch (error) {
    // A bug must not cost the seller the page; say it was unreadable instead.
    return empty({
      code: 'unreadable-page',
      message: message(
        `Halaman ini tidak dapat dibaca (${String(error)}).`,
        `This page could not be read (${String(error)}).`,
      ),
    });
  }
}

function extract(document: Document, url: string, options: ExtractOptions): ExtractResult {
  const use = (source: ExtractSource) => !options.sources || options.sources.includes(source);
  const warnings: ExtractWarning[] = [];
  const candidates: Candidate[] = [];

  const meta = readMetaTags(document, url);
  const pageUrls = [url, meta.opengraph.url, meta.meta.url].filter((u): u is string => Boolean(u));
  const titleHints = [meta.opengraph.title, document.title].filter((t): t is string => Boolean(t));
  const heading = use('dom') ? findHeading(document, titleHints) : undefined;
  const headingText = heading ? elementText(heading) : undefined;
  const titles = headingText ? [headingText, ...titleHints] : titleHints;

  const breadcrumbs: { source: ExtractSource; trail: string[] }[] = [];
  const readSyntax = (source: 'json-ld' | 'microdata' | 'rdfa', items: SchemaItem[]) => {
    const trail = readBreadcrumb(items);
    if (trail) breadcrumbs.push({ source, trail });
    const { item, ambiguous } = pickMainProduct(
      productCandidates(items),
      pageUrls,
      titles,
      heading,
    );
    if (ambiguous) {
      warnings.push({
        code: 'several-products',
        message: message(
          'Halaman ini memuat beberapa produk; yang diambil mungkin bukan yang Anda maksud.',
          'This page holds several products; the one read may not be the one you meant.',
        ),
      });
    }
    if (item) candidates.push({ source, listing: readSchemaProduct(item, url) });
  };
  if (use('json-ld')) {
    const jsonLd = readJsonLd(document);
    if (jsonLd.broken > 0) {
      warnings.push({
        code: 'broken-json-ld',
        message: message(
          `${jsonLd.broken} blok data terstruktur (JSON-LD) rusak dan dilewati.`,
          `${jsonLd.broken} structured data (JSON-LD) block(s) are broken and were skipped.`,
        ),
      });
    }
    if (jsonLd.skipped > 0) {
      warnings.push({
        code: 'page-too-large',
        message: message(
          'Blok data terstruktur yang terlalu besar dilewati.',
          'A structured data block too large to read was skipped.',
        ),
      });
    }
    readSyntax('json-ld', jsonLd.items);
  }
  if (use('microdata')) readSyntax('microdata', readMicrodata(document));
  if (use('rdfa')) readSyntax('rdfa', readRdfa(document));
  if (use('opengraph')) candidates.push({ source: 'opengraph', listing: meta.opengraph });
  if (use('meta')) candidates.push({ source: 'meta', listing: meta.meta });

  const pageCurrency = candidates.find((c) => c.listing.currency)?.listing.currency;

  let domPrices: DomPrice[] = [];
  let domSku: LabelledValue | undefined;
  if (use('dom')) {
    const page = new PageText(document);
    if (page.truncated) {
      warnings.push({
        code: 'page-too-large',
        message: message(
          'Halaman ini sangat besar; hanya bagian awalnya yang dibaca.',
          'This page is very large; only its first part was read.',
        ),
      });
    }
    const buyButton = findBuyButton(document);
    const anchors = { heading, buyButton };
    domPrices = readDomPrices(page, anchors, pageCurrency);
    const best = domPrices.find((p) => !p.struck);
    const sku = readDomSku(page, [heading, buyButton]);
    domSku = sku;
    const brand = readDomBrand(page, [heading, buyButton]);
    const gtin = readDomGtin(page, [heading, buyButton]);
    const availability = readDomAvailability(page, anchors);
    const breadcrumb = readDomBreadcrumb(document);
    const title = headingText ?? (document.title.trim() || undefined);
    const images = readDomImages(document, url, [heading, buyButton]);
    candidates.push({
      source: 'dom',
      listing: {
        ...(title ? { title } : {}),
        ...(best ? { price: best.amount } : {}),
        ...(best?.currency ? { currency: best.currency } : {}),
        ...(sku ? { sku: sku.value } : {}),
        ...(brand ? { brand: brand.value } : {}),
        ...(gtin ? { gtin: gtin.value } : {}),
        ...(availability ? { availability } : {}),
        ...(breadcrumb ? { breadcrumb } : {}),
        ...(images.length > 0 ? { images } : {}),
      },
    });
  }

  const listing: Record<string, unknown> = {};
  const source: Partial<Record<ExtractField, ExtractSource>> = {};
  const take = (field: ExtractField) => {
    for (const candidate of candidates) {
      const value = (candidate.listing as Record<string, unknown>)[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      listing[field] = value;
      source[field] = candidate.source;
      return candidate;
    }
    return undefined;
  };
  for (const field of [
    'title',
    'description',
    'sku',
    'gtin',
    'brand',
    'condition',
    'availability',
    'images',
  ] as const)
    take(field);

  const priced = take('price');
  if (priced) {
    // The currency that goes with the price, from the same source when it says.
    if (priced.listing.currency) {
      listing['currency'] = priced.listing.currency;
      source.currency = priced.source;
    } else take('currency');
    checkPrice(priced, candidates, domPrices, listing, source, warnings);
  } else take('currency');

  const domTrail = candidates.find((c) => c.listing.breadcrumb)?.listing.breadcrumb;
  const crumbs =
    breadcrumbs[0] ?? (domTrail ? { source: 'dom' as const, trail: domTrail } : undefined);
  if (crumbs) {
    // The last crumb is often the product itself.
    const last = crumbs.trail[crumbs.trail.length - 1];
    const title = listing['title'];
    const isTitle =
      typeof title === 'string' &&
      last &&
      overlap(last, title) === 1 &&
      overlap(title, last) >= 0.6;
    const trail = isTitle ? crumbs.trail.slice(0, -1) : crumbs.trail;
    if (trail.length > 0) {
      listing['breadcrumb'] = trail;
      source.breadcrumb = crumbs.source;
    }
  }
  if (!take('category') && listing['breadcrumb']) {
    listing['category'] = (listing['breadcrumb'] as string[]).join(' > ');
    source.category = source.breadcrumb!;
  }
  if (
    domSku &&
    domSku.steps <= NEAR_PRODUCT &&
    isStrongSkuLabel(domSku) &&
    domSku.value !== listing['sku']
  ) {
    // The code printed beside the product's title is the one the shop shows buyers (and a
    // seller searches by); markup often carries an internal id instead.
    if (listing['sku'] !== undefined) {
      warnings.push({
        code: 'conflicting-values',
        field: 'sku',
        message: message(
          `SKU berbeda: ${domSku.value} tertulis di halaman, ${String(listing['sku'])} di data terstruktur; yang diambil ${domSku.value}.`,
          `Different SKUs: ${domSku.value} printed on the page, ${String(listing['sku'])} in structured data; took ${domSku.value}.`,
        ),
      });
    }
    listing['sku'] = domSku.value;
    source.sku = 'dom';
  }
  if (listing['sku'] === undefined && use('url')) {
    const sku = skuFromUrl(url);
    if (sku) {
      listing['sku'] = sku;
      source.sku = 'url';
    }
  }
  const variants = candidates.find((c) => c.listing.variants)?.listing.variants;
  if (variants) listing['variants'] = variants;
  const canonical = meta.meta.url ?? meta.opengraph.url;
  if (canonical) listing['url'] = canonical;

  const currency = listing['currency'];
  if (typeof currency === 'string' && currency !== 'IDR' && listing['price'] !== undefined) {
    // A listing's price is in rupiah; one in another currency must not be copied as is.
    warnings.push({
      code: 'other-currency',
      field: 'price',
      message: message(
        `Harga di halaman ini dalam ${currency}, bukan rupiah: ubah dulu sebelum dipakai.`,
        `This page's price is in ${currency}, not rupiah: convert it before use.`,
      ),
    });
  }
  const missing = EXTRACT_FIELDS.filter((field) => listing[field] === undefined);
  return { listing: listing as ExtractedListing, source, missing, warnings };
}

/**
 * Warns when sources disagree on the price, and prefers the page's own price when it shows
 * the structured one struck through (markup that still carries the price before a sale).
 */
function checkPrice(
  priced: Candidate,
  candidates: readonly Candidate[],
  domPrices: readonly DomPrice[],
  listing: Record<string, unknown>,
  source: Partial<Record<ExtractField, ExtractSource>>,
  warnings: ExtractWarning[],
): void {
  const price = priced.listing.price!;
  const shown = domPrices.find((p) => !p.struck);
  const struckOnly =
    priced.source !== 'dom' &&
    domPrices.some((p) => p.struck && p.amount === price) &&
    !domPrices.some((p) => !p.struck && p.amount === price);
  if (struckOnly && shown && shown.amount < price) {
    listing['price'] = shown.amount;
    source.price = 'dom';
    warnings.push({
      code: 'conflicting-values',
      field: 'price',
      message: message(
        `Data terstruktur menyebut harga ${price}, tetapi halaman mencoretnya dan menampilkan ${shown.amount}; yang diambil ${shown.amount}.`,
        `Structured data says ${price}, but the page strikes it through and shows ${shown.amount}; took ${shown.amount}.`,
      ),
    });
    return;
  }
  const others = candidates
    .filter((c) => c !== priced && c.source !== 'dom' && c.listing.price !== undefined)
    .filter(
      (c) =>
        c.listing.price !== price &&
        (c.listing.currency ?? priced.listing.currency) === priced.listing.currency,
    );
  for (const other of others) {
    warnings.push({
      code: 'conflicting-values',
      field: 'price',
      message: message(
        `Harga berbeda di halaman: ${price} (${priced.source}) dan ${other.listing.price} (${other.source}); yang diambil ${price}.`,
        `The page gives different prices: ${price} (${priced.source}) and ${other.listing.price} (${other.source}); took ${price}.`,
      ),
    });
  }
}
