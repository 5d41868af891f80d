import { timeZoneOfOffset, timeZoneOfRegion } from '@etalase/catalog';
import type { IndonesianTimeZone, Product, ProduceClock, Seller } from '@etalase/catalog';

/** The buyer's own zone when it is one of Indonesia's, else WIB. */
export function buyerZone(): IndonesianTimeZone {
  return timeZoneOfOffset(new Date().getTimezoneOffset()) ?? 'WIB';
}

/**
 * The clock a product's dates are read with: now, in the zone of the product's origin or its
 * seller's region (a harvest "today" in Ambon is the seller's today), else the buyer's.
 */
export function clockFor(
  product: Pick<Product, 'origin'>,
  seller: Pick<Seller, 'region'> | undefined,
  now: number,
  fallback: IndonesianTimeZone,
): ProduceClock {
  const zone =
    timeZoneOfRegion(product.origin?.code) ?? timeZoneOfRegion(seller?.region?.code) ?? fallback;
  return { now, zone };
}
