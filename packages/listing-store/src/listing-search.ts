import { createProductSearch } from '@etalase/catalog';
import type { Listing, Product } from '@etalase/catalog';
import { guessCategory } from './guess-category.js';

/** How {@link searchListings} reads a query. */
export interface ListingSearchOptions {
  /** Returns at most this many listings. Default: all that match. */
  readonly limit?: number;
}

/** A listing search index: built once, queried on every keystroke. */
export interface ListingSearch<T extends Listing> {
  /** Listings matching what the seller typed, best first; every listing for an empty query. */
  search(query: string, options?: ListingSearchOptions): T[];
}

// The storefront's product search already folds Indonesian spelling (kripik/keripik,
// Djogja/Yogyakarta), tolerates typos and reads the last word as a prefix. A listing is
// indexed as a product: the title as the name (weighted most), SKU, brand, variant names and
// SKUs and the category path as tags, the description last.
function asProduct(listing: Listing): Product {
  const tags = [
    listing.sku,
    listing.brand,
    listing.category,
    ...listing.variants.flatMap((variant) => [variant.name, variant.sku]),
  ].filter((tag): tag is string => tag !== undefined && tag !== '');
  return {
    id: listing.id,
    name: listing.title,
    description: listing.description,
    category: guessCategory(listing),
    price: listing.price,
    images: [],
    sellerId: 'seller',
    madeLocally: false,
    tags,
  };
}

/**
 * Builds a search over listings by title, SKU, brand, variants, category path and
 * description, with Indonesian-aware folding (`kripik` finds "Keripik", `KT-25` finds SKU
 * `KT-250`), typo tolerance and prefix matching as in the storefront's search. Pure.
 */
export function createListingSearch<T extends Listing>(listings: readonly T[]): ListingSearch<T> {
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  const index = createProductSearch({ products: listings.map(asProduct) });
  return {
    search(query, options = {}) {
      const hits = index.search(query, options.limit === undefined ? {} : { limit: options.limit });
      return hits.map((hit) => byId.get(hit.product.id)!);
    },
  };
}
