import type { Marketplace } from '@etalase/catalog';
import { extractListing, readFormWhenReady } from '@etalase/marketplaces';
import { ImportedListing } from '../messaging/messages.js';
import type { ReplyOf } from '../messaging/messages.js';
import { MessageFailure, sendMessage } from '../messaging/send-message.js';
import { readPagePhotos } from './photo-files.js';

/** The marketplace's own id of a product, from its edit or product page URL. */
export function productIdFromUrl(url: URL): string | undefined {
  const match =
    /[?&](?:productId|product_id|id)=(\d+)/i.exec(url.search) ??
    /-i\.?\d+\.(\d+)/.exec(url.pathname) ??
    /\/(\d{4,})(?:[/?#]|$)/.exec(url.pathname);
  return match?.[1];
}

function cannotRead(what: { id: string; en: string }): MessageFailure {
  return new MessageFailure({ code: 'malformed', message: what });
}

/** What was read from the page, before it is checked. */
async function readPage(page: {
  url: URL;
  marketplace: Marketplace | undefined;
  fromForm: boolean;
}) {
  if (page.fromForm && page.marketplace)
    return { ...(await readFormWhenReady(document, page.marketplace)).listing, currency: 'IDR' };
  const { listing } = await extractListing(document, page.url.href);
  return listing;
}

/**
 * Reads the listing on this page (her own edit page with the marketplace's field map, or a
 * public product page from its structured data) and saves it, with its photos, in Etalase.
 */
export async function importListing(
  page: { url: URL; marketplace: Marketplace | undefined; fromForm: boolean },
  signal: AbortSignal,
): Promise<ReplyOf<'listing:import'>> {
  const read = (await readPage(page)) as Record<string, unknown> & {
    images?: string[];
    currency?: string;
  };
  if (read.currency && read.currency !== 'IDR') {
    throw cannotRead({
      id: `Harga di halaman ini dalam ${read.currency}, bukan rupiah. Etalase menyimpan harga dalam rupiah: tambahkan produk ini lewat "Produk baru" di panel Etalase.`,
      en: `This page's price is in ${read.currency}, not rupiah. Etalase keeps prices in rupiah: add this product with "New product" in the Etalase panel.`,
    });
  }
  // Only what the schema keeps crosses to the background; the rest of the page stays here.
  const parsed = ImportedListing.safeParse({ ...read, images: [] });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].join(
      ', ',
    );
    throw cannotRead({
      id: `Etalase tidak bisa membaca ${fields} di halaman ini. Pastikan halaman sudah selesai dimuat lalu coba lagi, atau tambahkan lewat "Produk baru" di panel Etalase.`,
      en: `Etalase could not read ${fields} on this page. Make sure the page has finished loading and try again, or add it with "New product" in the Etalase panel.`,
    });
  }
  const { photos, links } = await readPagePhotos(read.images ?? [], signal);
  return sendMessage('listing:import', {
    marketplace: page.marketplace,
    listing: parsed.data,
    photos,
    imageUrls: links,
    productId: productIdFromUrl(page.url),
    productUrl: page.fromForm ? undefined : page.url.href,
  });
}
