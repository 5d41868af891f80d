// The benchmark's baseline page: a marketplace's fixture form and the fill engine alone, in
// the page (no extension, no messages): `window.__fillDirect(listing, photos)` plans and
// fills, as the extension's fill does after it has the listing.
import { applyFill, planFill } from '@etalase/marketplaces';
import type { Listing, Marketplace } from '@etalase/catalog';
import './marketplace-form.js';

async function fillDirect(listing: Listing, photos: readonly string[]): Promise<number> {
  // The photos as Blobs in `listing.images` order (its refs are the store's photo keys), as
  // the extension hands them over.
  const blobs = await Promise.all(photos.map((url) => fetch(url).then((r) => r.blob())));
  const start = performance.now();
  const plans = planFill(document, listing, document.body.dataset['marketplace'] as Marketplace);
  await applyFill(plans, { images: blobs });
  return performance.now() - start;
}
(window as unknown as { __fillDirect: typeof fillDirect }).__fillDirect = fillDirect;
