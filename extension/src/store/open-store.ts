import { openListingStore } from '@etalase/listing-store';
import type { ListingStore, StoreResult } from '@etalase/listing-store';
import { localized } from '../i18n.js';
import { HandlerFailure } from '../messaging/route-message.js';

let opened: Promise<ListingStore> | undefined;

/**
 * The seller's listing store, in the extension's own origin (IndexedDB), shared by the
 * background and the side panel. Opened once per context.
 */
export function getStore(): Promise<ListingStore> {
  opened ??= openListingStore().then((store) => {
    // Closed for another tab's upgrade (or a deleted database): open anew on the next call.
    store.onChange((change) => {
      if (change.closed) opened = undefined;
    });
    return store;
  });
  return opened;
}

/** The data of a store write, or a {@link HandlerFailure} carrying the store's message for the seller. */
export function unwrap<T>(result: StoreResult<T>): T {
  if (result.success) return result.data;
  // The store stepped aside for another tab's upgrade (or a deleted database): open it anew
  // on the next call rather than failing every later message.
  if (result.reason === 'closed') opened = undefined;
  throw new HandlerFailure(result.issues[0]!.message);
}

/** The data of a store write, or undefined after telling `onFailure` the store's message for the seller. */
export function unwrapOr<T>(
  result: StoreResult<T>,
  onFailure: (message: string) => void,
): T | undefined {
  if (result.success) return result.data;
  if (result.reason === 'closed') opened = undefined;
  onFailure(localized(result.issues[0]!.message));
  return undefined;
}
