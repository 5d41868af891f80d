import type { Catalog } from './catalog.js';
import type { Product, ProductImage } from './product.js';
import { isSafeUrl } from './safe-url.js';
import type { Seller } from './seller.js';

// Node's and the browser's URL, without the DOM lib (this package type-checks without it).
interface WhatwgUrl {
  readonly href: string;
  readonly protocol: string;
}
declare const URL: new (url: string, base?: string) => WhatwgUrl;

/**
 * `url` resolved against `base` when both make an absolute http(s) URL; otherwise `url` as
 * it was (an unsafe URL stays unsafe, and is dropped where it would be used).
 */
function resolve(url: string, base: string): string {
  if (!isSafeUrl(url)) return url;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : url;
  } catch {
    return url;
  }
}

function resolveImage(image: ProductImage, base: string): ProductImage {
  return {
    ...image,
    src: resolve(image.src, base),
    ...(image.sources
      ? { sources: image.sources.map((s) => ({ ...s, src: resolve(s.src, base) })) }
      : {}),
  };
}

function resolveSeller(seller: Seller, base: string): Seller {
  return seller.logo === undefined ? seller : { ...seller, logo: resolve(seller.logo, base) };
}

/** `catalogUrl` as a base to resolve against, if it is an absolute http(s) URL. */
function baseOf(catalogUrl: string): string | undefined {
  try {
    const base = new URL(catalogUrl);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : undefined;
  } catch {
    return undefined;
  }
}

function resolveProduct<P extends Product>(product: P, base: string): P {
  return { ...product, images: product.images.map((image) => resolveImage(image, base)) };
}

/**
 * The products with their photos' URLs resolved as {@link resolveCatalogUrls} resolves
 * them, for reading a large catalog's products a slice at a time. Returns `products` itself
 * when `catalogUrl` is not an absolute http(s) URL.
 */
export function resolveProductUrls<P extends Product>(
  products: readonly P[],
  catalogUrl: string,
): readonly P[] {
  const base = baseOf(catalogUrl);
  return base === undefined ? products : products.map((product) => resolveProduct(product, base));
}

/**
 * The catalog with every relative URL in it (photos and their other sizes, seller logos,
 * the `next` page) made absolute against `catalogUrl`, the address the catalog was read
 * from: a catalog at `/data/katalog.json` that names `img/kopi.jpg` means
 * `/data/img/kopi.jpg`, wherever the page that shows it lives. Absolute http(s) URLs are
 * kept; unsafe ones are left as they are for the caller's `safeUrl` to refuse. A
 * `catalogUrl` that is not an absolute http(s) URL changes nothing (an inline catalog's
 * relative URLs are the page's). Returns a new catalog; the input is not changed.
 */
export function resolveCatalogUrls<T extends Catalog>(catalog: T, catalogUrl: string): T {
  const href = baseOf(catalogUrl);
  if (href === undefined) return catalog;
  return {
    ...catalog,
    sellers: catalog.sellers.map((seller) => resolveSeller(seller, href)),
    products: catalog.products.map((product) => resolveProduct(product, href)),
    ...(catalog.next === undefined ? {} : { next: resolve(catalog.next, href) }),
  };
}
