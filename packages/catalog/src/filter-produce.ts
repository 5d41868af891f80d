import type { Product } from './product.js';
import { calendarDateOf, daysBetween, timeZoneOfRegion, todayIn } from './produce-dates.js';
import type { IndonesianTimeZone } from './produce-dates.js';
import { produceStatus } from './produce-status.js';
import { REGION_CODE_PATTERN, normalizeRegionCode } from './region-code.js';
import type { Seller } from './seller.js';

/** What a shopper of fresh produce narrows a storefront to; each left out lets all through. */
export interface ProduceFilters {
  /** Harvested (caught, made) within this many days, today included: 7 for "this week". */
  readonly harvestedWithinDays?: number | undefined;
  /** Only pre-orders still taking orders. */
  readonly preOrderOnly?: boolean | undefined;
  /** Only products with a halal certificate number. */
  readonly halalOnly?: boolean | undefined;
  /**
   * A kabupaten/kota (`"33.09"`) or province (`"33"`) where the product can be picked up.
   * An empty string means no filter.
   */
  readonly pickupIn?: string | undefined;
  /**
   * The buyer's kabupaten/kota (`"33.72"`): products whose seller delivers there, to that
   * kabupaten/kota or its whole province. An empty string means no filter.
   */
  readonly deliversTo?: string | undefined;
}

/**
 * The zone a product's dates are read in: its origin's, else its seller's region's, else
 * `fallback` (the buyer's own zone).
 */
export function productTimeZone(
  product: Pick<Product, 'origin' | 'sellerId'>,
  sellersById: ReadonlyMap<string, Seller> | undefined,
  fallback: IndonesianTimeZone,
): IndonesianTimeZone {
  return (
    timeZoneOfRegion(product.origin?.code) ??
    timeZoneOfRegion(sellersById?.get(product.sellerId)?.region?.code) ??
    fallback
  );
}

function inRegion(code: string, wanted: string): boolean {
  return wanted.length === 2 ? code.slice(0, 2) === wanted : code === wanted;
}

/**
 * The products that pass every produce filter at the instant `now`, in the order given.
 * "Today" is the calendar day in the product's time zone ({@link productTimeZone}), so a
 * harvest on the 12th counts as "today" in Boyolali (WIB) until midnight WIB, even for a buyer
 * in Jayapura (WIT) for whom the 13th has begun.
 */
export function filterProduce(
  products: readonly Product[],
  filters: ProduceFilters,
  now: number,
  options: {
    readonly sellersById?: ReadonlyMap<string, Seller>;
    /** The buyer's zone, for products and sellers without a region. Default WIB. */
    readonly zone?: IndonesianTimeZone;
  } = {},
): Product[] {
  const { harvestedWithinDays: within, preOrderOnly, halalOnly } = filters;
  const pickup = normalizeRegionCode(filters.pickupIn ?? '');
  const delivery = normalizeRegionCode(filters.deliversTo ?? '');
  const badCode = (code: string) => code !== '' && !REGION_CODE_PATTERN.test(code);
  if (badCode(pickup) || badCode(delivery)) return [];
  return products.filter((product) => {
    const zone = productTimeZone(product, options.sellersById, options.zone ?? 'WIB');
    if (within !== undefined) {
      if (!product.harvestedAt) return false;
      const age = daysBetween(calendarDateOf(product.harvestedAt, zone), todayIn(now, zone));
      if (age < 0 || age >= within) return false;
    }
    if (preOrderOnly && produceStatus(product, { now, zone }) !== 'pre-order') return false;
    if (halalOnly && !product.certifications?.some((c) => c.kind === 'halal')) return false;
    if (pickup !== '' && !product.pickup?.some((p) => inRegion(p.region.code, pickup))) {
      return false;
    }
    if (delivery !== '') {
      const areas = product.deliveryAreas ?? [];
      // A seller delivering to a whole province delivers to each of its kabupaten and kota.
      if (!areas.some((area) => area === delivery || area === delivery.slice(0, 2))) return false;
    }
    return true;
  });
}
