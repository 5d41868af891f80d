// The classic-script build's entry (`etalase.iife.js`), for pages that cannot load modules.
// A classic script cannot load chunks on demand, so it carries everything it defines: the
// storefront only. The photo coach, a tool for sellers' own pages, comes with the module
// build (`etalase.js`), where it loads on demand.
import { defineElement } from './shared/define-element.js';
import { EtalaseStorefront } from './storefront/storefront.js';

defineElement('etalase-storefront', EtalaseStorefront);

export { EtalaseStorefront } from './storefront/storefront.js';
export { clearCatalogCache } from './catalog/catalog-cache.js';
