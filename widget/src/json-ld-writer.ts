import { itemListJsonLd, jsonLdText } from '@etalase/catalog';
import type { Catalog } from '@etalase/catalog';

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript: (input: string) => string },
  ): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's text must be a TrustedScript. The
 * policy passes through only text made by `jsonLdText`, which escapes `<` so catalog text
 * cannot close the script element. Created once per page; a page that forbids the policy
 * name gets no JSON-LD rather than an error.
 */
function scriptPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = tt ? tt.createPolicy('etalase-json-ld', { createScript: (input) => input }) : null;
  } catch {
    policy = null; // name not allowed by the page's `trusted-types` directive
    return null;
  }
  return policy;
}

/**
 * Writes schema.org `ItemList` JSON-LD of the loaded products into the host document's
 * head, so search engines see the products. Returns a function that removes it.
 */
export function writeJsonLd(catalog: Catalog, productParam: string): () => void {
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
  const text = jsonLdText(value);
  const tt = scriptPolicy();
  const hasTrustedTypes = 'trustedTypes' in globalThis;
  try {
    if (tt) (script as unknown as { text: unknown }).text = tt.createScript(text);
    else if (!hasTrustedTypes) script.text = text;
    else return () => undefined;
    document.head.append(script);
  } catch {
    return () => undefined; // a CSP that blocks it: the storefront still works without JSON-LD
  }
  return () => script.remove();
}
