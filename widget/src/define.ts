// The embed bundle's entry: importing it defines the elements (once, even when the bundle
// is loaded twice) and exports their classes and event types for hosts that use a bundler.
import { defineElement } from './shared/define-element.js';
import { EtalasePhotoCoach } from './photo-coach/photo-coach.js';
import { EtalaseStats } from './stats/stats.js';
import { EtalaseStorefront } from './storefront/storefront.js';

defineElement('etalase-storefront', EtalaseStorefront);
defineElement('etalase-photo-coach', EtalasePhotoCoach);
defineElement('etalase-stats', EtalaseStats);

export { EtalaseStorefront } from './storefront/storefront.js';
export { EtalasePhotoCoach } from './photo-coach/photo-coach.js';
export { EtalaseStats } from './stats/stats.js';
export type { EtalaseProductDialog } from './storefront/product-dialog.js';
export type {
  EtalaseErrorDetail,
  EtalaseEventMap,
  EtalaseOrderDetail,
  EtalasePhotoDetail,
  EtalaseReadyDetail,
  EtalaseSelectDetail,
  OrderChannel,
} from './shared/events.js';
export type {
  CatalogSource,
  CatalogPage,
  StorefrontQuery,
  SortOrder,
} from './catalog/catalog-source.js';
export { clearCatalogCache } from './catalog/catalog-cache.js';
