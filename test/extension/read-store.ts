// Reads the extension's listing store (IndexedDB in the extension's origin) from one of its
// pages, as raw records: what is really kept, independent of the panel's rendering.
import type { Page } from 'playwright-core';

/** What the store holds, photos as sizes and SHA-256 digests. */
export interface StoreSnapshot {
  listings: {
    id: string;
    title: string;
    description: string;
    price: number;
    stock: number;
    sku?: string;
    weightGrams?: number;
    condition: string;
    images: string[];
    revision: number;
  }[];
  bindings: {
    listingId: string;
    marketplace: string;
    productId?: string;
    url?: string;
    price?: number;
    stock?: number;
    state?: string;
  }[];
  photos: Record<string, { size: number; type: string; sha256: string }>;
}

// Plain JavaScript text: tsx would add its `__name` helper to a TypeScript function, which
// does not exist in the page.
const READ_STORE = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('etalase-listings');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (store) =>
    new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const listings = await all('listings');
  const bindings = await all('bindings');
  const photos = {};
  for (const { key, blob } of await all('photos')) {
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    photos[key] = {
      size: blob.size,
      type: blob.type,
      sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    };
  }
  db.close();
  return { listings, bindings, photos };
})()`;

/** A snapshot of the store, read in the page `page` (an extension page). */
export function readStore(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(READ_STORE) as Promise<StoreSnapshot>;
}
