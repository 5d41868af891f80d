// What the storefront needs of the produce filters before their chunk loads: whether the
// catalog has produce at all, and how many produce filters are set. Kept tiny: it is in the
// first-paint bundle, the filters and badges are not.
import type { Catalog, ProduceFilters, Product } from '@etalase/catalog';

/** "This week": today and the six days before, in the product's time zone. */
export const THIS_WEEK_DAYS = 7;

/** How many produce filters narrow the results. */
export function activeProduceFilters(filters: ProduceFilters | undefined): number {
  if (!filters) return 0;
  return (
    (filters.harvestedWithinDays !== undefined ? 1 : 0) +
    (filters.preOrderOnly ? 1 : 0) +
    (filters.halalOnly ? 1 : 0) +
    (filters.pickupIn ? 1 : 0) +
    (filters.deliversTo ? 1 : 0)
  );
}

/** Whether a product has anything the produce filters look at. */
export function hasProduce(product: Product): boolean {
  return (
    product.harvestedAt !== undefined ||
    product.preOrder !== undefined ||
    (product.certifications?.length ?? 0) > 0 ||
    (product.pickup?.length ?? 0) > 0 ||
    (product.deliveryAreas?.length ?? 0) > 0
  );
}

/** Whether a catalog has products the produce filters can tell apart. */
export function catalogHasProduce(catalog: Catalog | undefined): boolean {
  return catalog?.products.some(hasProduce) ?? false;
}
