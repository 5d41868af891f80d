import { TreeDistance, isElsewhere } from './page-anchors.js';
import type { PageText } from './page-text.js';
import { countNumbers, detectCurrency, parsePriceText } from './parse-price.js';
import type { ParsedPrice } from './parse-price.js';

/** A price shown on the page, with what the reader knows about where it is. */
export interface DomPrice extends ParsedPrice {
  readonly element: Element;
  readonly score: number;
  /** Struck through or labelled as a former or list price: shown, but not what is paid now. */
  readonly struck: boolean;
}

/** Text longer than this is a sentence about a price, not a price. */
const MAX_PRICE_CHARS = 40;

/** Class or id words of a price that is not the one paid now, whatever else the class says. */
const NOT_PAID_NOW =
  /(^|[\s_-]|price)(old|was|compare|strike|striked|strikethrough|previous|crossed|rrp|msrp|uvp|instead|line-?through|antes)(?=$|[\s_-]|price|[A-Z])/i;
/**
 * Words that mean "not paid now" only in a class that is about a price: "regular-price",
 * "price--list", "priceOriginal"; alone they are layout ("list-item", "col--full").
 */
const NOT_PAID_NOW_WITH_PRICE =
  /regular|list|original|before|full|normal|anterior|de-?price|ex-?price/i;
const PRICE_TOKEN = /price|preis|prijs|prix|precio|preco|preço|prezzo|harga|cena|цена/i;
/** Words before a number that make it the former price: "statt 4.50", "Was $20", "原價 1,390". */
const FORMER_PRICE_WORDS =
  /^(statt|was|before|antes|de|uvp|rrp|list price|regular price|compare at|harga (asli|normal|awal|coret)|sebelum(nya)?|zuvor|vorher|ehemals|avant|prima|era|было|старая цена|原價|原价|建議售價|定價|市價|參考價|通常価格|定価)(?!\p{L})\s*:?$/iu;

function isFormerPriceClass(marks: string): boolean {
  if (NOT_PAID_NOW.test(marks)) return true;
  return marks
    .split(/\s+/)
    .some(
      (token) =>
        PRICE_TOKEN.test(token) && NOT_PAID_NOW_WITH_PRICE.test(token.replace(PRICE_TOKEN, '')),
    );
}

/** Words of a per-unit price: "€2,50/kg", "Rp 10.000 / 100 g", "je Liter", "за кг". */
const PER_UNIT =
  /\/\s*(\d+\s*)?(kg|g|gr|mg|l|ltr|liter|litre|ml|cl|m|m2|m²|m3|cm|st|stk|stück|pc|pcs|piece|unit|each|ea|lb|oz|100)\b|\b(per|pro|je|за|par)\s+(\d+\s*)?(kg|g|l|ml|m|liter|litre|kilo|stück|unit|piece|кг|л|шт)/i;
/** Texts beside a number that make it something else than the price: a saving, a rate, a plan. */
const NOT_A_PRICE =
  /%|\bsave\b|\bhemat\b|\bahorr|\bspar|économ|\bshipping\b|\bongkir\b|\bversand|\bdelivery\b|\bporto\b|\bfrete\b|\benvío|\bcicilan\b|\binstal|\bcuotas?\b|\bparcela|\bx\s*\d|\d\s*x\b|\/\s*(mo|month|bln|bulan|monat|mes)\b|\bbonus|бонус|\bpoints?\b|\bpoin\b/i;
/** Class, id or itemprop words of a price. */
const PRICE_MARKS =
  /price|preis|prijs|prix|precio|preco|preço|prezzo|harga|cena|цена|ціна|kaina|hind|fiyat|amount|cost/i;

function marks(element: Element): string {
  return `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
}

/** Whether the price is struck through or labelled as a former or list price. */
function isNotPaidNow(element: Element, stopAt: number, text: string): boolean {
  // "<span>statt</span> 4.50": the words before the number in the element itself.
  const lead = text
    .slice(0, text.search(/\d/))
    .replace(/[^\p{L}\s:]/gu, '')
    .trim();
  if (lead.length > 0 && FORMER_PRICE_WORDS.test(lead)) return true;
  // "<font><del>$3200</del></font>", "<td>Was <del>$420</del> 元</td>": the strike is inside
  // the element that shows the (one) number.
  for (const inner of element.querySelectorAll('del, s, strike')) {
    if (/\d/.test(inner.textContent ?? '')) return true;
  }
  const before = (element.previousSibling?.textContent ?? '').trim();
  if (before.length > 0 && before.length < 30 && FORMER_PRICE_WORDS.test(before)) return true;
  let level = 0;
  for (let e: Element | null = element; e && level <= stopAt; e = e.parentElement, level++) {
    if (e.tagName === 'DEL' || e.tagName === 'S' || e.tagName === 'STRIKE') return true;
    if (isFormerPriceClass(marks(e))) return true;
    if (/line-through/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** How strongly the element or its near ancestors say "price". */
function priceMarking(element: Element): number {
  let level = 0;
  for (let e: Element | null = element; e && level < 4; e = e.parentElement, level++) {
    if (e.getAttribute('itemprop') === 'price') return 3;
    if (PRICE_MARKS.test(marks(e))) return level === 0 ? 3 : 2;
  }
  return 0;
}

/** A currency written right beside the element: "<b>294</b><span> 元 </span>", "<span>€</span><b>12</b>". */
function adjacentCurrency(element: Element, pageCurrency: string | undefined): string | undefined {
  for (const node of [element.previousSibling, element.nextSibling]) {
    const text = (node?.textContent ?? '').trim();
    if (text.length > 0 && text.length <= 6) {
      const currency = detectCurrency(text, pageCurrency);
      if (currency) return currency;
    }
  }
  return undefined;
}

/**
 * The prices the page shows for its product, best first (struck-through ones are kept,
 * flagged, so a caller can tell a structured price that the page shows as the old one): the largest element whose short
 * text is a price, with a currency or a price-like class, not struck through, not per unit,
 * not in a list of other products, scored by how close it is to the heading and the buy
 * button and how clearly it is marked as a price.
 */
export function readDomPrices(
  page: PageText,
  anchors: { heading?: Element; buyButton?: Element },
  pageCurrency?: string,
): DomPrice[] {
  const distance = new TreeDistance([anchors.heading, anchors.buyButton]);
  const headingAt = anchors.heading ? page.indexOf(anchors.heading) : -1;
  const out: DomPrice[] = [];
  let order = 0;
  for (const { element, text, index } of page.short(MAX_PRICE_CHARS, true)) {
    if (!/\d/.test(text) || element.tagName === 'BODY') continue;
    // A box holding the old and the new price is not itself a price; its parts are.
    if (element.childElementCount > 0 && countNumbers(text) > 1) continue;
    // Only the largest element showing this text: "<div>$<span>99</span></div>" is "$99".
    const parent = element.parentElement;
    if (
      parent &&
      parent.tagName !== 'BODY' &&
      page.length(parent) <= MAX_PRICE_CHARS * 2 &&
      page.text(parent) === text
    )
      continue;
    const marking = priceMarking(element);
    const named = detectCurrency(text, pageCurrency) ?? adjacentCurrency(element, pageCurrency);
    if (!named && marking === 0) continue;
    if (NOT_A_PRICE.test(text) || PER_UNIT.test(text)) continue;
    const parsed = parsePriceText(text, pageCurrency ? { currency: pageCurrency } : {});
    if (!parsed || parsed.amount <= 0) continue;
    // A long run of digits with no mark is a phone number or an id, not a price.
    if (!named && /\d{7,}/.test(text.replace(/[\s.,]/g, '')) && marking < 3) continue;
    const struck = isNotPaidNow(element, 3, text);
    if (isElsewhere(element)) continue;
    // Related products are links to other pages; the product's own price is not a link.
    const inLink = element.closest('a[href]') !== null;
    // A price on another button than the buy button prices an option (delivery, a bundle).
    const onButton = element.closest('button');
    const inOtherButton = onButton !== null && onButton !== anchors.buyButton;
    const steps = distance.to(element);
    const closeness = distance.hasAnchors ? Math.max(0, 8 - steps) : 0;
    const afterHeading = headingAt < 0 || index > headingAt;
    const score =
      closeness +
      (named ? 2 : 0) +
      marking +
      (afterHeading ? 1 : 0) -
      (inLink ? 4 : 0) -
      (inOtherButton ? 3 : 0) -
      order * 0.01;
    order++;
    out.push({ ...parsed, element, score, struck });
  }
  return out.sort((a, b) => b.score - a.score);
}
