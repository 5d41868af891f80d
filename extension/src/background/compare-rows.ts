import type { Marketplace } from '@etalase/catalog';
import type { StoredListing } from '@etalase/listing-store';
import type { ProductRow, SyncRowState } from '../messaging/messages.js';

function foldTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The master listing a row of a product list is, if any: by product id, then URL, then exact title. */
export function matchRow(
  row: ProductRow,
  marketplace: Marketplace,
  listings: readonly StoredListing[],
): StoredListing | undefined {
  if (row.externalId) {
    const byId = listings.find((l) => l.bindings[marketplace]?.productId === row.externalId);
    if (byId) return byId;
  }
  if (row.url) {
    const byUrl = listings.find((l) => l.bindings[marketplace]?.url === row.url);
    if (byUrl) return byUrl;
  }
  if (row.title) {
    const title = foldTitle(row.title);
    const byTitle = listings.filter((l) => foldTitle(l.title) === title);
    if (byTitle.length === 1) return byTitle[0];
  }
  return undefined;
}

/**
 * How each row of a marketplace's product list compares with the master listings: the
 * price and stock that differ (titles there are often shortened, so they are not
 * compared), and, for a row sold out here, the other marketplaces the listing is still
 * for sale on. A sold-out row's stock is offered as "set 0 elsewhere", not as drift.
 */
export function compareRows(
  rows: readonly ProductRow[],
  marketplace: Marketplace,
  listings: readonly StoredListing[],
): SyncRowState[] {
  return rows.map((row, index) => {
    const listing = matchRow(row, marketplace, listings);
    if (!listing) {
      return {
        index,
        listingId: undefined,
        listingTitle: undefined,
        state: 'unbound',
        changes: [],
        soldOutElsewhere: [],
      };
    }
    const soldOutElsewhere =
      row.stock === 0
        ? (
            Object.entries(listing.bindings) as [
              Marketplace,
              StoredListing['bindings'][Marketplace],
            ][]
          )
            .filter(([other, binding]) => other !== marketplace && binding && binding.stock !== 0)
            .map(([other]) => other)
        : [];
    const changes: SyncRowState['changes'][number][] = [];
    if (row.price !== undefined && row.price !== listing.price) {
      changes.push({ field: 'price', marketplace: row.price, master: listing.price });
    }
    const soldOutHere = row.stock === 0 && (soldOutElsewhere.length > 0 || listing.stock === 0);
    if (row.stock !== undefined && row.stock !== listing.stock && !soldOutHere) {
      changes.push({ field: 'stock', marketplace: row.stock, master: listing.stock });
    }
    return {
      index,
      listingId: listing.id,
      listingTitle: listing.title,
      state: changes.length ? 'drift' : 'synced',
      changes,
      soldOutElsewhere,
    };
  });
}
