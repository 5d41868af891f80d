import type { Marketplace } from '@etalase/catalog';
import { isPhotoKey } from '@etalase/listing-store';
import type { ListingStore, StoredListing } from '@etalase/listing-store';
import browser from 'webextension-polyfill';
import { editPageUrl } from '@etalase/marketplaces';
import { MARKETPLACE_HOSTS } from '../marketplace-hosts.js';
import type { PhotoPayload, SyncField } from '../messaging/messages.js';
import { HandlerFailure } from '../messaging/route-message.js';
import type { Handlers } from '../messaging/route-message.js';
import { blobToDataUrl, dataUrlToBlob } from '../store/photo-data-url.js';
import { unwrap } from '../store/open-store.js';
import { compareRows } from './compare-rows.js';
import { queueFill, takeFill } from './pending-fills.js';

function notFound(): HandlerFailure {
  return new HandlerFailure({
    id: 'Produk ini tidak ada lagi di Etalase; mungkin sudah dihapus. Buka panel Etalase untuk memilih produk lain.',
    en: 'This listing is no longer in Etalase; it may have been deleted. Open the Etalase panel to choose another.',
  });
}

/** Opens a marketplace page in a new tab that will fill itself; only pages of that marketplace. */
async function openAndFill(
  listingId: string,
  marketplace: Marketplace,
  url: string,
  fields: readonly SyncField[] | undefined,
): Promise<{ tabId: number }> {
  if (!MARKETPLACE_HOSTS[marketplace].includes(new URL(url).host)) {
    throw new HandlerFailure({
      id: 'Alamat ini bukan halaman marketplace tersebut, jadi Etalase tidak membukanya.',
      en: 'This address is not a page of that marketplace, so Etalase did not open it.',
    });
  }
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('tabs.create returned no id');
  await queueFill(tab.id, { listingId, marketplace, fields: fields ? [...fields] : undefined });
  return { tabId: tab.id };
}

async function existingImport(
  store: ListingStore,
  marketplace: Marketplace | undefined,
  productId: string | undefined,
  url: string | undefined,
): Promise<StoredListing | undefined> {
  if (!marketplace || (!productId && !url)) return undefined;
  const all = await store.listListings();
  return all.find((listing) => {
    const binding = listing.bindings[marketplace];
    return (
      binding && ((productId && binding.productId === productId) || (url && binding.url === url))
    );
  });
}

/** The background's answer to each message, given the store. */
export function makeHandlers(getStore: () => Promise<ListingStore>): Handlers {
  return {
    async 'listings:summaries'({ query }) {
      const store = await getStore();
      const listings = query ? await store.searchListings(query) : await store.listListings();
      return {
        listings: listings.map((l) => ({
          id: l.id,
          title: l.title,
          price: l.price,
          stock: l.stock,
          sku: l.sku,
          photoCount: l.images.length,
        })),
      };
    },

    async 'listing:for-fill'({ id }) {
      const store = await getStore();
      const listing = await store.getListing(id);
      if (!listing) throw notFound();
      const photos: (PhotoPayload & { key: string })[] = [];
      for (const [index, key] of listing.images.entries()) {
        if (!isPhotoKey(key)) continue;
        const blob = await store.getPhoto(key);
        if (!blob) continue;
        const extension = blob.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'jpg';
        photos.push({
          key,
          name: `foto-${index + 1}.${extension}`,
          dataUrl: await blobToDataUrl(blob),
        });
      }
      return { listing, photos };
    },

    async 'listing:import'(request) {
      const store = await getStore();
      const photos = request.photos.map(dataUrlToBlob);
      const { marketplace, productId, productUrl } = request;
      // A seller-centre edit page is no link for buyers: only a public page becomes the binding's URL.
      const seen = {
        productId,
        url: productUrl,
        title: request.listing.title,
        price: request.listing.price,
        stock: request.listing.stock,
      };
      const existing = await existingImport(store, marketplace, productId, productUrl);
      let saved: StoredListing;
      if (existing) {
        // Same product again: update the listing, keep the photos it has unless new ones came.
        const newKeys: string[] = [];
        for (const blob of photos) newKeys.push(unwrap(await store.addPhoto(blob)));
        const images =
          newKeys.length || request.imageUrls.length
            ? [...newKeys, ...request.imageUrls]
            : existing.images;
        saved = unwrap(await store.updateListing(existing.id, { ...request.listing, images }));
      } else {
        saved = unwrap(
          await store.createListing(
            {
              ...request.listing,
              images: request.imageUrls,
              ...(marketplace ? { bindings: { [marketplace]: seen } } : {}),
            },
            { photos },
          ),
        );
      }
      if (marketplace)
        saved = unwrap(await store.setBinding(saved.id, marketplace, { ...seen, state: 'synced' }));
      return {
        id: saved.id,
        title: saved.title,
        created: !existing,
        photoCount: saved.images.length,
      };
    },

    async 'sync:compare'({ marketplace, rows }) {
      const store = await getStore();
      const listings = await store.listListings();
      const states = compareRows(rows, marketplace, listings);
      for (const state of states) {
        const row = rows[state.index]!;
        if (!state.listingId) continue;
        unwrap(
          await store.setBinding(state.listingId, marketplace, {
            ...(row.externalId ? { productId: row.externalId } : {}),
            ...(row.url ? { url: row.url } : {}),
            ...(row.title ? { title: row.title.slice(0, 255) } : {}),
            ...(row.price !== undefined ? { price: Math.round(row.price) } : {}),
            ...(row.stock !== undefined ? { stock: row.stock } : {}),
            state: state.state === 'drift' ? 'drift' : 'synced',
          }),
        );
      }
      return { rows: states };
    },

    async 'fill:open'({ listingId, marketplace, url, fields }) {
      return openAndFill(listingId, marketplace, url, fields);
    },

    async 'panel:fill-open'({ listingId, marketplace, url }) {
      return openAndFill(listingId, marketplace, url, undefined);
    },

    async 'sync:sold-out'({ listingId, marketplace }) {
      const store = await getStore();
      const listing = await store.getListing(listingId);
      if (!listing) throw notFound();
      unwrap(await store.updateListing(listingId, { stock: 0 }));
      const opened: Marketplace[] = [];
      const withoutPage: Marketplace[] = [];
      for (const [other, binding] of Object.entries(listing.bindings) as [
        Marketplace,
        StoredListing['bindings'][Marketplace],
      ][]) {
        if (other === marketplace || !binding || binding.stock === 0) continue;
        const page = editPageUrl(other, binding.productId) ?? binding.url;
        if (page) {
          await openAndFill(listingId, other, page, ['stock']);
          opened.push(other);
        } else {
          withoutPage.push(other);
        }
      }
      return { opened, withoutPage };
    },

    async 'fill:pending'(_request, sender) {
      return { pending: sender.tabId === undefined ? null : await takeFill(sender.tabId) };
    },

    async 'fill:done'({ listingId, marketplace, fields }) {
      const store = await getStore();
      const listing = await store.getListing(listingId);
      if (!listing) throw notFound();
      const previous = listing.bindings[marketplace] ?? {};
      unwrap(
        await store.setBinding(listingId, marketplace, {
          ...previous,
          ...(fields.includes('title') ? { title: listing.title } : {}),
          ...(fields.includes('price') ? { price: listing.price } : {}),
          ...(fields.includes('stock') ? { stock: listing.stock } : {}),
          lastSyncedAt: undefined,
          state: undefined,
        }),
      );
      return { recorded: true };
    },
  };
}
