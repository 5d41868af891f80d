import type { Marketplace } from '@etalase/catalog';
import { BLIBLI_FIELDS } from './blibli.fields.js';
import { BUKALAPAK_FIELDS } from './bukalapak.fields.js';
import type { MarketplaceFieldMap, PageKind } from './field-map.js';
import { LAZADA_FIELDS } from './lazada.fields.js';
import { SHOPEE_FIELDS } from './shopee.fields.js';
import { TIKTOK_SHOP_FIELDS } from './tiktok-shop.fields.js';
import { TOKOPEDIA_FIELDS } from './tokopedia.fields.js';

/** The field map of every marketplace, by id. */
export const FIELD_MAPS: Readonly<Record<Marketplace, MarketplaceFieldMap>> = {
  tokopedia: TOKOPEDIA_FIELDS,
  shopee: SHOPEE_FIELDS,
  lazada: LAZADA_FIELDS,
  bukalapak: BUKALAPAK_FIELDS,
  blibli: BLIBLI_FIELDS,
  tiktok: TIKTOK_SHOP_FIELDS,
};

/** Which marketplace page a URL is. */
export interface PageMatch {
  readonly marketplace: Marketplace;
  readonly page: PageKind;
}

/**
 * Which marketplace page a URL is, from the URL patterns of the field maps; `undefined`
 * for any other page. Edit pages are tested before add-product pages, since some
 * marketplaces edit on the add page with an id in the query.
 */
export function detectMarketplacePage(url: string): PageMatch | undefined {
  const order = ['edit', 'add-product', 'product-list', 'product'] as const;
  for (const map of Object.values(FIELD_MAPS)) {
    for (const page of order) {
      if (map.urls[page].some((pattern) => pattern.test(url))) {
        return { marketplace: map.marketplace, page };
      }
    }
  }
  return undefined;
}

/**
 * The seller-centre page that edits product `productId` on `marketplace`, from its field
 * map's `editUrl`; `undefined` when the marketplace has no such template or the id does
 * not look like one (ids come from pages, so they are never trusted to shape a URL).
 */
export function editPageUrl(
  marketplace: Marketplace,
  productId: string | undefined,
): string | undefined {
  const template = FIELD_MAPS[marketplace]?.editUrl;
  if (!template || !productId || !/^[\w-]{1,100}$/.test(productId)) return undefined;
  return template.replace('{id}', encodeURIComponent(productId));
}
