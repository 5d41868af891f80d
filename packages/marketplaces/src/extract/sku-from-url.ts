/** Query parameters that name the product. */
const ID_PARAMS =
  /^(sku|pid|product[-_]?id|item[-_]?id|article[-_]?id|child[-_]?sku|prod[-_]?id)$/i;

/** A token that looks like a shop's id: letters and digits, at least five digits. */
function looksLikeId(token: string): boolean {
  if (token.length < 5 || token.length > 24 || !/^[\p{L}\p{N}]+$/u.test(token)) return false;
  const digits = token.replace(/\D/g, '').length;
  // Two long runs of digits split by letters ("c7200a278526196") join a category and an id.
  if ((token.match(/\d{4,}/g) ?? []).length > 1) return false;
  // A date such as 20201129 is not an id.
  return digits >= 5 && !/^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(token);
}

/**
 * The product id a product page's address carries, as most shops put it there
 * (`…/7235216655.html`, `…/BabyBjorn_One-987929.html`, `…/M67296549.htm`, `?sku=1049084`):
 * an id-named query parameter, else the last id-like token of the last path segments.
 * The least trusted source of a SKU, used only when the page states none.
 */
export function skuFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const [key, value] of parsed.searchParams) {
    if (ID_PARAMS.test(key) && looksLikeId(value)) return value;
  }
  const segments = decodeURIComponent(parsed.pathname)
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/\.(html?|php|aspx?|jsp)$/i, ''));
  for (const segment of segments.slice(-2).reverse()) {
    const tokens = segment.split(/[-_.,~+=]/).filter(looksLikeId);
    if (tokens.length > 0) return tokens[tokens.length - 1];
  }
  return undefined;
}
