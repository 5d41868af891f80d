import { CATALOG_VERSION, Catalog, MARKETPLACES, isSafeUrl } from '@etalase/catalog';
import type { Listing, MarketplaceLinks, Price, Product, Seller } from '@etalase/catalog';
import { guessCategory } from './guess-category.js';

/** Options for {@link listingsToCatalog}. */
export interface ListingsToCatalogOptions {
  /**
   * The URL a stored photo (an `images` entry starting with `photo:`) has in the published
   * catalog. Photos live as Blobs on the seller's device, so whoever publishes the catalog
   * writes them out too, usually next to the catalog file (`foto/<id>.jpg`, a relative URL
   * the storefront resolves against the catalog's URL), and says here where each one went.
   * A photo without a URL (or no function at all) is left out of the catalog; so is any URL
   * that is not http(s) or relative.
   */
  readonly photoUrl?: (key: string) => string | undefined;
  /** The catalog's title. Default: the seller's name. */
  readonly title?: string;
  /** Whether the seller makes these products rather than resells them. Default `false`. */
  readonly madeLocally?: boolean;
}

const MAX_NAME = 200;
const MAX_DESCRIPTION = 5000;
const MAX_TAG = 40;
const MAX_IMAGES = 20;

/** Shortens text to `max` characters with an ellipsis, never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** One price, or the range from the cheapest to the dearest variant. */
function priceOf(listing: Listing): Price {
  const prices = [
    listing.price,
    ...listing.variants.flatMap((v) => (v.price === undefined ? [] : [v.price])),
  ];
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  return min === max ? min : { min, max };
}

function imagesOf(
  listing: Listing,
  photoUrl: ListingsToCatalogOptions['photoUrl'],
): Product['images'] {
  return listing.images
    .map((image) => (image.startsWith('photo:') ? photoUrl?.(image) : image))
    .filter((src): src is string => src !== undefined && isSafeUrl(src))
    .slice(0, MAX_IMAGES)
    .map((src) => ({ src: src.trim() }));
}

function linksOf(listing: Listing): MarketplaceLinks | undefined {
  const links: MarketplaceLinks = {};
  for (const marketplace of MARKETPLACES) {
    const url = listing.bindings[marketplace]?.url;
    if (url !== undefined && /^https?:\/\//i.test(url) && isSafeUrl(url)) links[marketplace] = url;
  }
  return Object.keys(links).length > 0 ? links : undefined;
}

function productOf(listing: Listing, sellerId: string, options: ListingsToCatalogOptions): Product {
  const links = linksOf(listing);
  const brand = listing.brand?.trim();
  return {
    id: listing.id,
    name: clip(listing.title, MAX_NAME),
    description: clip(listing.description, MAX_DESCRIPTION),
    category: guessCategory(listing),
    price: priceOf(listing),
    images: imagesOf(listing, options.photoUrl),
    sellerId,
    madeLocally: options.madeLocally ?? false,
    tags: brand ? [clip(brand, MAX_TAG)] : [],
    stock: listing.stock,
    ...(links ? { links } : {}),
    ...(listing.updatedAt ? { updatedAt: listing.updatedAt } : {}),
  };
}

/**
 * Turns a seller's listings into a storefront catalog (`katalog.json`) that `parseCatalog`
 * reads without an issue: one product per listing (a later listing with the same id is left
 * out), the storefront category guessed from the marketplace category path and title, a
 * price range when variants cost different amounts, the brand as a tag, each marketplace
 * binding's URL as the product's link there, and photos as URLs (see
 * {@link ListingsToCatalogOptions.photoUrl}). Titles and descriptions longer than a catalog
 * allows are shortened with "…". The catalog's `updatedAt` is the latest listing's.
 *
 * Pure. Expects valid listings (as the store returns them) and a valid `Seller` (check a
 * seller the person typed with `Seller.safeParse` first); throws a `TypeError` otherwise,
 * since that is a bug in the caller.
 */
export function listingsToCatalog(
  listings: readonly Listing[],
  seller: Seller,
  options: ListingsToCatalogOptions = {},
): Catalog {
  const seen = new Set<string>();
  const products: Product[] = [];
  for (const listing of listings) {
    if (seen.has(listing.id)) continue;
    seen.add(listing.id);
    products.push(productOf(listing, seller.id, options));
  }
  const updatedAt = listings
    .map((l) => l.updatedAt)
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const catalog = {
    version: CATALOG_VERSION,
    title: clip(options.title ?? seller.name, 200),
    sellers: [seller],
    products,
    ...(updatedAt ? { updatedAt } : {}),
  };
  const checked = Catalog.safeParse(catalog);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new TypeError(
      `listingsToCatalog: invalid input at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`,
    );
  }
  return checked.data;
}
