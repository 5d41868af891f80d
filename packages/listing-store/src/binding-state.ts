import type { Listing, MarketplaceBinding } from '@etalase/catalog';
import type { BindingState } from './stored-listing.js';

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/**
 * How a listing compares with what was last seen of it on a marketplace: `unknown` when
 * nothing was seen (no title, price or stock), `drift` when a seen value differs from the
 * listing (titles compared ignoring case and runs of spaces), otherwise `synced`.
 */
export function bindingState(
  listing: Pick<Listing, 'title' | 'price' | 'stock'>,
  seen: Pick<MarketplaceBinding, 'title' | 'price' | 'stock'>,
): BindingState {
  if (seen.title === undefined && seen.price === undefined && seen.stock === undefined) {
    return 'unknown';
  }
  const differs =
    (seen.title !== undefined && !sameTitle(seen.title, listing.title)) ||
    (seen.price !== undefined && seen.price !== listing.price) ||
    (seen.stock !== undefined && seen.stock !== listing.stock);
  return differs ? 'drift' : 'synced';
}
