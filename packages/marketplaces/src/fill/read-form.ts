import { parseRupiah } from '@etalase/catalog';
import type { Listing, Marketplace } from '@etalase/catalog';
import { FIELD_MAPS } from '../maps/field-maps.js';
import { LISTING_FIELDS } from '../maps/field-map.js';
import type { ListingField } from '../maps/field-map.js';
import { textSimilarity } from './fold-label.js';
import { locateFields } from './locate-field.js';
import { readControl } from './read-control.js';
import { waitFor } from './wait-for.js';
import type { WaitOptions } from './wait-for.js';

/** The part of a listing a form holds. */
export type ListingDraft = Partial<
  Pick<
    Listing,
    | 'title'
    | 'description'
    | 'price'
    | 'stock'
    | 'sku'
    | 'condition'
    | 'category'
    | 'brand'
    | 'weightGrams'
    | 'dimensionsCm'
    | 'images'
  >
>;

/** What {@link readForm} read: the listing, and the fields it found empty or not at all. */
export interface ReadFormResult {
  readonly listing: ListingDraft;
  readonly missing: readonly ListingField[];
}

const CONDITIONS: Readonly<Record<'new' | 'used', readonly string[]>> = {
  new: ['Baru', 'New', 'Brand New'],
  used: ['Bekas', 'Used', 'Second', 'Pernah Dipakai', 'Pre-owned'],
};

/** A number as a form shows it: "1.250", "1,25", "0.25", "250 g". */
function readNumber(text: string): number | undefined {
  const compact = text.replace(/[^\d.,]/g, '');
  if (compact === '') return undefined;
  // Dots as thousands ("1.250") when each group after a dot has three digits.
  const normal = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)
    ? compact.replace(/\./g, '').replace(',', '.')
    : compact.replace(',', '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** Only http(s) photo URLs, made absolute; anything else on the page is not trusted. */
function photoUrls(root: ParentNode, selector: string, base: string): string[] {
  const urls: string[] = [];
  for (const img of root.querySelectorAll(selector)) {
    const src = img.getAttribute('src');
    if (!src) continue;
    try {
      const url = new URL(src, base);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !urls.includes(url.href))
        urls.push(url.href);
    } catch {
      // Not a URL: not a photo.
    }
  }
  return urls;
}

/**
 * Reads a listing back from a marketplace's edit page (or any product form, with the
 * generic classifier when `marketplace` is not given), with the same field map that fills
 * it: text as shown, price in rupiah, weight in grams (from the unit the map gives),
 * condition as `new`/`used`, photo URLs from the uploader's previews (http(s) only).
 */
export function readForm(root: Document | Element, marketplace?: Marketplace): ReadFormResult {
  const map = marketplace ? FIELD_MAPS[marketplace] : undefined;
  const located = locateFields(root, map);
  const doc = root.ownerDocument ?? (root as Document);
  const listing: { -readonly [K in keyof ListingDraft]: ListingDraft[K] } = {};
  const dimensions: Partial<Record<'length' | 'width' | 'height', number>> = {};
  const missing: ListingField[] = [];
  const fields = map ? (Object.keys(map.fields) as ListingField[]) : LISTING_FIELDS;
  for (const field of fields) {
    const found = located.get(field);
    if (field === 'images') {
      const selector = map?.fields.images?.previews;
      const urls = selector ? photoUrls(root, selector, doc.baseURI) : [];
      if (urls.length > 0) listing.images = urls;
      else missing.push(field);
      continue;
    }
    const text = found ? readControl(found.control).trim() : '';
    if (text === '') {
      missing.push(field);
      continue;
    }
    switch (field) {
      case 'title':
      case 'description':
      case 'sku':
      case 'brand':
      case 'category':
        listing[field] = text;
        break;
      case 'price': {
        const price = parseRupiah(text) ?? readNumber(text);
        if (price !== undefined) listing.price = Math.round(price);
        else missing.push(field);
        break;
      }
      case 'stock': {
        const stock = readNumber(text);
        if (stock !== undefined) listing.stock = Math.round(stock);
        else missing.push(field);
        break;
      }
      case 'weight': {
        const weight = readNumber(text);
        const kg = map?.fields.weight?.unit === 'kg';
        if (weight !== undefined && weight > 0)
          listing.weightGrams = Math.round(kg ? weight * 1000 : weight);
        else missing.push(field);
        break;
      }
      case 'length':
      case 'width':
      case 'height': {
        const size = readNumber(text);
        if (size !== undefined && size > 0) dimensions[field] = size;
        else missing.push(field);
        break;
      }
      case 'condition': {
        const choices = map?.fields.condition?.choices ?? CONDITIONS;
        const used = (choices.used ?? []).some((c) => textSimilarity(text, c) >= 0.9);
        const isNew = (choices.new ?? []).some((c) => textSimilarity(text, c) >= 0.9);
        if (used || isNew) listing.condition = used ? 'used' : 'new';
        else missing.push(field);
        break;
      }
    }
  }
  if (
    dimensions.length !== undefined &&
    dimensions.width !== undefined &&
    dimensions.height !== undefined
  ) {
    listing.dimensionsCm = {
      length: dimensions.length,
      width: dimensions.width,
      height: dimensions.height,
    };
  }
  return { listing, missing };
}

/**
 * {@link readForm} once the form has rendered: seller centres draw sections late (shipping
 * after the price, photos after upload previews load), so a read right after the page
 * opens would miss them. Reads again as the page changes until nothing is missing, the
 * page has been still for `quietMs` (default 800) or `timeoutMs` (default 3000) passed.
 */
export async function readFormWhenReady(
  root: Document | Element,
  marketplace?: Marketplace,
  options: Partial<WaitOptions> = {},
): Promise<ReadFormResult> {
  const doc = root.ownerDocument ?? (root as Document);
  // The last read is the answer: waitFor reads at once and after every burst of changes, so
  // when the page has been still for `quietMs` nothing has changed since.
  let read: ReadFormResult | undefined;
  await waitFor(
    doc,
    () => {
      read = readForm(root, marketplace);
      return read.missing.length === 0;
    },
    {
      timeoutMs: options.timeoutMs ?? 3000,
      quietMs: options.quietMs ?? 800,
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return read ?? readForm(root, marketplace);
}
