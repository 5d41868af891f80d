import type { PriceStockChange, StoredListing } from '@etalase/listing-store';

/** What the seller asked for in the bulk edit. */
export interface BulkRequest {
  /** `set`: every price becomes `value`; `percent`: each price moves by `value` percent. */
  readonly price:
    { mode: 'keep' } | { mode: 'set'; value: number } | { mode: 'percent'; value: number };
  /** A stock for all, or keep each one's. */
  readonly stock: number | undefined;
}

/**
 * The store changes for a bulk edit: prices rounded to whole rupiah (to the nearest 100 when
 * moved by a percentage, as prices are written in shops), each guarded by its revision.
 */
export function bulkChanges(
  listings: readonly StoredListing[],
  request: BulkRequest,
): PriceStockChange[] {
  return listings.map((listing) => {
    const price =
      request.price.mode === 'set'
        ? Math.round(request.price.value)
        : request.price.mode === 'percent'
          ? Math.max(0, Math.round((listing.price * (1 + request.price.value / 100)) / 100) * 100)
          : undefined;
    return {
      id: listing.id,
      expectedRevision: listing.revision,
      ...(price !== undefined ? { price } : {}),
      ...(request.stock !== undefined ? { stock: request.stock } : {}),
    };
  });
}
