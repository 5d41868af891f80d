import type { Marketplace } from '@etalase/catalog';

/**
 * The hosts of each marketplace the extension may run on without asking: the seller centre
 * (add, edit and product-list pages) and the public product pages. These are the only host
 * permissions the manifest asks for; any other site needs the seller's consent at the moment
 * she imports from it (an optional host permission).
 */
export const MARKETPLACE_HOSTS: Readonly<Record<Marketplace, readonly string[]>> = {
  tokopedia: ['seller.tokopedia.com', 'www.tokopedia.com', 'tokopedia.com'],
  shopee: ['seller.shopee.co.id', 'shopee.co.id'],
  lazada: ['sellercenter.lazada.co.id', 'www.lazada.co.id'],
  bukalapak: ['www.bukalapak.com', 'bukalapak.com'],
  blibli: ['seller.blibli.com', 'merchant.blibli.com', 'www.blibli.com', 'blibli.com'],
  // TikTok Shop's seller centre for Indonesia runs on both names since the Tokopedia merger.
  tiktok: ['seller-id.tiktok.com', 'seller-id.tokopedia.com', 'shop.tiktok.com', 'www.tiktok.com'],
};

/** Every host of {@link MARKETPLACE_HOSTS}, once. */
export const ALL_MARKETPLACE_HOSTS: readonly string[] = [
  ...new Set(Object.values(MARKETPLACE_HOSTS).flat()),
];

/** The marketplace a host belongs to, if any. */
export function marketplaceOfHost(host: string): Marketplace | undefined {
  for (const [marketplace, hosts] of Object.entries(MARKETPLACE_HOSTS)) {
    if (hosts.includes(host)) return marketplace as Marketplace;
  }
  return undefined;
}

/** Manifest match patterns for {@link ALL_MARKETPLACE_HOSTS} (HTTPS only). */
export function marketplaceMatchPatterns(): string[] {
  return ALL_MARKETPLACE_HOSTS.map((host) => `https://${host}/*`);
}
