import type { Listing, MarketplaceBinding } from '@etalase/catalog';

/**
 * A listing as the store holds it: the `Listing` with its marketplace bindings (kept in
 * their own object store, merged in on read) and a `revision` that goes up by one on every
 * save. Pass the revision you edited as `expectedRevision` so a save never overwrites an
 * edit made meanwhile in another tab.
 */
export type StoredListing = Listing & { readonly revision: number };

/** What a listing is written as before defaults apply; `id` may be left out on create. */
export type ListingInput = Omit<(typeof Listing)['_zod']['input'], 'id'> & { id?: string };

/** A listing's binding on one marketplace, as {@link MarketplaceBinding}. */
export type Binding = MarketplaceBinding;

/** How a listing's copy on a marketplace compares with the listing. */
export type BindingState = NonNullable<MarketplaceBinding['state']>;
