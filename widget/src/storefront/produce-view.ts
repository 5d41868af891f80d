// The produce features of the grid and the filter panel, loaded as one chunk only for a
// catalog that has produce (harvest dates, pre-orders, certificates, pickup or delivery), so
// a storefront of batik and crafts downloads none of it.
import type { Lang, Product, Seller } from '@etalase/catalog';
import { cardParts } from './produce-badges.js';
import type { ProduceCardParts } from './produce-badges.js';
import { buyerZone, clockFor } from './produce-clock.js';

export { produceFilters } from './produce-filters.js';
export { produceAreasOf } from './produce-regions-of.js';
export type { ProduceCardParts } from './produce-badges.js';

/**
 * The card parts of each product for one render of the grid: one instant for every card, so
 * they all count days from the same "now", each in its seller's time zone.
 */
export function cardPartsAt(
  now: number,
  lang: Lang,
): (product: Product, seller: Seller | undefined) => ProduceCardParts {
  const zone = buyerZone();
  return (product, seller) => cardParts(product, clockFor(product, seller, now, zone), lang);
}
