// The embed bundle's entry: importing it defines the elements (once, even when the bundle
// is loaded twice) and exports their classes and event types for hosts that use a bundler.
import { defineElement } from './define-element.js';
import { EtalasePhotoCoach } from './photo-coach.js';
import { EtalaseStorefront } from './storefront.js';
import { EtalaseStats } from './stats/stats.js';

defineElement('etalase-storefront', EtalaseStorefront);
defineElement('etalase-photo-coach', EtalasePhotoCoach);
defineElement('etalase-stats', EtalaseStats);

export { EtalaseStorefront } from './storefront.js';
export { EtalasePhotoCoach } from './photo-coach.js';
export { EtalaseStats } from './stats/stats.js';
export type { EtalaseProductDialog } from './product-dialog.js';
export type {
  EtalaseErrorDetail,
  EtalaseEventMap,
  EtalaseOrderDetail,
  EtalasePhotoDetail,
  EtalaseReadyDetail,
  EtalaseSelectDetail,
  OrderChannel,
} from './events.js';
export type { CatalogSource, CatalogPage, StorefrontQuery, SortOrder } from './catalog-source.js';
export { clearCatalogCache } from './catalog-cache.js';
