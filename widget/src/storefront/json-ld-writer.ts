import { itemListJsonLd, jsonLdText } from '@etalase/catalog';
import type { Catalog } from '@etalase/catalog';
import { scriptText, trustedTypesBlocked } from '../shared/trusted-types.js';

/**
 * Writes schema.org `ItemList` JSON-LD of the loaded products into the host document's
 * head, so search engines see the products. Returns a function that removes it. A page
 * whose Trusted Types rules leave no room for our policy gets no JSON-LD, not an error.
 */
export function writeJsonLd(catalog: Catalog, productParam: string): () => void {
  if (trustedTypesBlocked()) return () => undefined;
  const base = location.href;
  const value = itemListJsonLd(catalog, {
    baseUrl: base,
    productUrl: (product) => {
      const url = new URL(base);
      url.searchParams.set(productParam, product.id);
      url.hash = '';
      return url.href;
    },
  });
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.etalase = 'storefront';
  try {
    script.text = scriptText(jsonLdText(value));
    document.head.append(script);
  } catch {
    return () => undefined; // a CSP that blocks it: the storefront works without JSON-LD
  }
  return () => script.remove();
}
