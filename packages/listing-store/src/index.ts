// Public surface of @etalase/listing-store: re-exports only.
export { openListingStore, isPhotoKey, ListingStore } from './listing-store.js';
export type {
  CatalogExport,
  ListingChange,
  ListingPatch,
  ListingRevision,
  MarketplaceRow,
  ProductListSync,
  OpenListingStoreOptions,
  PriceStockChange,
  RestoreReport,
  WriteOptions,
} from './listing-store.js';
export type { StoreFailure, StoreFailureReason, StoreIssue, StoreResult } from './store-result.js';
export type { Binding, BindingState, ListingInput, StoredListing } from './stored-listing.js';
export { bindingState } from './binding-state.js';
export { DB_VERSION, DEFAULT_DB_NAME } from './db-schema.js';
export { createListingSearch } from './listing-search.js';
export type { ListingSearch, ListingSearchOptions } from './listing-search.js';
export { guessCategory } from './guess-category.js';
export { BACKUP_MAGIC, BACKUP_MIME_TYPE, decodeBackup } from './backup-format.js';
export type { DecodedBackup } from './backup-format.js';
export { listingsToCatalog } from './listings-to-catalog.js';
export type { ListingsToCatalogOptions } from './listings-to-catalog.js';
export { photoFileName } from './photo-file-name.js';
