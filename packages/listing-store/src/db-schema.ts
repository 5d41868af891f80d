import type { DBSchema } from 'idb';
import type { Listing, Marketplace, MarketplaceBinding } from '@etalase/catalog';

/** The database version this code reads and writes; see `migrations.ts` for each step. */
export const DB_VERSION = 3;

/** Where listings live unless `openListingStore({ name })` says otherwise. */
export const DEFAULT_DB_NAME = 'etalase-listings';

/** A listing as stored: without bindings (they have their own store), with its revision. */
export type ListingRecord = Omit<Listing, 'bindings'> & { revision: number };

/** A photo as stored. The Blob keeps its own `type` and `size`. */
export interface PhotoRecord {
  /** `photo:` and a random UUID; what a listing's `images` hold. */
  key: string;
  blob: Blob;
  addedAt: string;
}

/** One listing's binding on one marketplace. */
export type BindingRecord = MarketplaceBinding & { listingId: string; marketplace: Marketplace };

/** A listing as it was before a save replaced it. */
export interface RevisionRecord {
  listingId: string;
  /** The revision number `listing` had. */
  revision: number;
  /** When it was replaced. */
  replacedAt: string;
  listing: ListingRecord;
}

/** The schema at {@link DB_VERSION}. */
export interface ListingStoreSchema extends DBSchema {
  listings: {
    key: string;
    value: ListingRecord;
    /** `by-image`: every listing whose `images` holds a photo key (multiEntry). */
    indexes: { 'by-image': string };
  };
  photos: { key: string; value: PhotoRecord };
  bindings: {
    key: [string, Marketplace];
    value: BindingRecord;
    /** `by-product`: `[marketplace, productId]`, for rows read from a marketplace. */
    indexes: { 'by-listing': string; 'by-product': [Marketplace, string] };
  };
  revisions: {
    key: [string, number];
    value: RevisionRecord;
    /** `by-image`: revisions whose listing held a photo key, so a photo still in history stays. */
    indexes: { 'by-image': string };
  };
}

/** Every object store at {@link DB_VERSION}, for transactions that touch them all. */
export const ALL_STORES = ['listings', 'photos', 'bindings', 'revisions'] as const;
