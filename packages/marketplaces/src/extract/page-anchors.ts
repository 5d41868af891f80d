/**
 * The landmarks a shopper's eye uses on a product page without structured data: the
 * product's heading and its buy button. The price, SKU and stock text of the product sit
 * near them; those of recommended products sit in lists further away. Works on any
 * Document, with or without layout (a DOMParser document has none), so it uses the tree.
 */

/** Elements whose text is never page content. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'HEAD',
  'TITLE',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
]);

/**
 * Class or id words of containers that hold other products or site chrome: related and
 * recommended products, recently viewed, bundles, mini-carts, menus.
 */
const ELSEWHERE_WORDS =
  /related|recommend|recomend|similar|upsell|up-sell|cross-?sell|also[-_]?(bought|viewed|like|buy)|recent(ly)?[-_]?viewed|last[-_]?viewed|you[-_]?may|suggest|bestseller|best-seller|top[-_]?seller|other[-_]?products|more[-_]?products|same[-_]?(brand|category)|accessor|complementary|minicart|mini-cart|cart[-_]?(popup|drawer|preview)|megamenu|mega-menu|navigation|breadcrumb|cookie|newsletter/i;

/** Tags of site chrome. */
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE']);

const elsewhereCache = new WeakMap<Element, boolean>();

/** Whether a header or aside holds the product's heading or a buy button. */
function holdsProduct(element: Element): boolean {
  if (element.tagName !== 'HEADER' && element.tagName !== 'ASIDE') return false;
  if (element.querySelector('h1')) return true;
  if (element.tagName !== 'ASIDE') return false;
  for (const control of element.querySelectorAll('button, input[type="submit"]')) {
    if (BUY_WORDS.test(controlLabel(control))) return true;
  }
  return false;
}

/** Whether the element lies in site chrome or in a list of other products (memoised per element). */
export function isElsewhere(element: Element): boolean {
  const cached = elsewhereCache.get(element);
  if (cached !== undefined) return cached;
  let result: boolean;
  if (element.tagName === 'BODY' || element.tagName === 'HTML') result = false;
  // A header or aside that holds the product's own h1 or buy button is the product's (a
  // buy box in a sidebar), not the site's.
  else if (CHROME_TAGS.has(element.tagName) && !holdsProduct(element)) result = true;
  else {
    const marks = `${element.id} ${element.getAttribute('class') ?? ''}`;
    result =
      (marks.length > 1 && ELSEWHERE_WORDS.test(marks)) ||
      (element.parentElement !== null && isElsewhere(element.parentElement));
  }
  elsewhereCache.set(element, result);
  return result;
}

/** Visible text of an element, whitespace collapsed. */
export function elementText(element: Element): string {
  return (element.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-case letters and digits only, for comparing titles. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Share of the heading's words that the title has too (0..1). */
export function overlap(heading: string, title: string): number {
  const words = fold(heading).split(' ').filter(Boolean);
  if (words.length === 0) return 0;
  const titleWords = new Set(fold(title).split(' '));
  return words.filter((w) => titleWords.has(w)).length / words.length;
}

/**
 * The product's heading: the `h1` that best matches the page's title (a page may have a
 * logo in an h1 too), else a product-title element, else none.
 */
export function findHeading(
  document: Document,
  titleHints: readonly string[],
): Element | undefined {
  const headings = [...document.querySelectorAll('h1')].filter(
    (h) => elementText(h).length > 0 && elementText(h).length < 400,
  );
  if (headings.length === 1) return headings[0];
  let best: Element | undefined;
  let bestScore = -1;
  for (const heading of headings) {
    const text = elementText(heading);
    const score =
      Math.max(0, ...titleHints.map((hint) => overlap(text, hint))) -
      (isElsewhere(heading) ? 1 : 0);
    if (score > bestScore) {
      best = heading;
      bestScore = score;
    }
  }
  if (best) return best;
  return (
    document.querySelector(
      '[class*="product-title" i], [class*="product_title" i], [class*="productTitle"], [class*="product-name" i], [class*="product_name" i], [class*="productName"], [id*="product-title" i], [id*="productTitle"]',
    ) ?? undefined
  );
}

/** Words on a button that puts the product in a cart or buys it, in many languages. */
export const BUY_WORDS =
  /add to (cart|bag|basket|trolley)|add to shopping|buy now|buy it now|order now|^buy$|^purchase$|beli( sekarang| langsung)?$|\+ ?keranjang|masukkan (ke )?keranjang|tambah(kan)? ke keranjang|in den (warenkorb|einkaufswagen)|^kaufen$|jetzt kaufen|in (de )?winkelwagen|bestellen|ajouter au panier|acheter|aggiungi al carrello|acquista|añadir al carrito|agregar al carr|comprar|adicionar (ao|à) (carrinho|sacola)|в корзину|купить|do koszyka|kup teraz|do košíka|kúpiť|do košíku|koupit|i varukorgen|læg i kurv|legg i handlekurv|lisää ostoskoriin|kosárba|sepete ekle|pievienot grozam|ielikt grozā|į krepšelį|lisa ostukorvi|dodaj u košaricu|u korpu|加入購物車|加入购物车|立即購買|立即购买|直接購買|カートに入れる|今すぐ購入|장바구니|구매하기|ใส่ตะกร้า|thêm vào giỏ|mua ngay|add to cart/i;

const BUY_MARKS =
  /add[-_]?to[-_]?(cart|bag|basket)|addtocart|add-cart|buy[-_]?(now|button|btn)|btn[-_]?buy|cart[-_]?button|button[-_]?cart|product[-_]?(buy|add)/i;

/** Whether an element is a control (button, submit input, link or ARIA button). */
function isControl(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'BUTTON' || tag === 'A') return true;
  if (tag === 'INPUT') return /^(submit|button|image)$/i.test(element.getAttribute('type') ?? '');
  return element.getAttribute('role') === 'button';
}

/** The label a control shows or announces. */
export function controlLabel(element: Element): string {
  return [
    elementText(element),
    element.getAttribute('value') ?? '',
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('title') ?? '',
  ]
    .join(' ')
    .trim();
}

/** The product's buy or add-to-cart control, outside lists of other products; else none. */
export function findBuyButton(document: Document): Element | undefined {
  let byMarks: Element | undefined;
  for (const control of document.querySelectorAll('button, a, input, [role="button"]')) {
    if (!isControl(control) || isElsewhere(control)) continue;
    const label = controlLabel(control);
    if (label.length < 80 && BUY_WORDS.test(label)) return control;
    if (
      !byMarks &&
      BUY_MARKS.test(
        `${control.id} ${control.getAttribute('class') ?? ''} ${control.getAttribute('name') ?? ''}`,
      )
    )
      byMarks = control;
  }
  return byMarks;
}

/** Distances in the element tree (steps up to the common ancestor and down again). */
export class TreeDistance {
  private readonly anchors: { depthOf: Map<Element, number>; depth: number }[];

  constructor(anchors: readonly (Element | undefined)[]) {
    this.anchors = anchors
      .filter((a): a is Element => a !== undefined)
      .map((anchor) => {
        const chain: Element[] = [];
        for (let e: Element | null = anchor; e; e = e.parentElement) chain.push(e);
        const depthOf = new Map<Element, number>();
        chain.reverse().forEach((e, depth) => depthOf.set(e, depth));
        return { depthOf, depth: chain.length - 1 };
      });
  }

  /** Whether there is any anchor to measure from. */
  get hasAnchors(): boolean {
    return this.anchors.length > 0;
  }

  /** Steps from `element` to the nearest anchor; Infinity with no anchors. */
  to(element: Element): number {
    let best = Infinity;
    for (const anchor of this.anchors) {
      let up = 0;
      for (let e: Element | null = element; e; e = e.parentElement, up++) {
        const depth = anchor.depthOf.get(e);
        if (depth !== undefined) {
          best = Math.min(best, up + anchor.depth - depth);
          break;
        }
      }
    }
    return best;
  }
}
