import type { Marketplace } from '@etalase/catalog';

/**
 * The seller-centre page that edits a product, from the marketplace's product id. Product
 * list pages link to the public product page, which cannot be filled, so a fix or a "stock
 * 0 elsewhere" opens this instead. Bukalapak's edit URL holds the product's slug rather than
 * its id, so it has none. Each template is a URL the marketplace's field map recognises as
 * its edit page (tested).
 * TODO(issue 11): move these templates into the field maps (`urls.editTemplate`), where a
 * marketplace's URL changes are meant to be fixed in one place.
 */
const EDIT_PAGES: Readonly<Record<Marketplace, ((id: string) => string) | undefined>> = {
  tokopedia: (id) => `https://seller.tokopedia.com/edit-product/${id}`,
  shopee: (id) => `https://seller.shopee.co.id/portal/product/${id}`,
  lazada: (id) => `https://sellercenter.lazada.co.id/apps/product/publish?productId=${id}`,
  bukalapak: undefined,
  blibli: (id) => `https://seller.blibli.com/product/edit/${id}`,
  tiktok: (id) => `https://seller-id.tiktok.com/product/edit/${id}`,
};

/** The edit page of product `productId` on `marketplace`, when its URL is known. */
export function editPageUrl(
  marketplace: Marketplace,
  productId: string | undefined,
): string | undefined {
  if (!productId || !/^[\w-]{1,100}$/.test(productId)) return undefined;
  return EDIT_PAGES[marketplace]?.(encodeURIComponent(productId));
}
