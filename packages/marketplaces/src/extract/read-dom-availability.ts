import type { Availability } from './extracted-listing.js';
import { BUY_WORDS, TreeDistance, controlLabel, isElsewhere } from './page-anchors.js';
import type { PageText } from './page-text.js';

/** Short texts that say the product cannot be bought now, in many languages. */
const OUT_OF_STOCK =
  /out of stock|out-of-stock|sold out|sold-out|currently unavailable|no longer available|temporarily unavailable|stok habis|stock habis|habis terjual|barang habis|^habis$|stok kosong|tidak tersedia|ausverkauft|nicht (mehr )?(verfügbar|lieferbar|auf lager|vorrätig)|derzeit nicht (verfügbar|lieferbar)|niet (meer )?(op voorraad|leverbaar|beschikbaar)|uitverkocht|agotado|sin stock|sin existencias|no disponible|esgotado|indisponível|sem estoque|rupture de stock|épuisé|en rupture|esaurito|non disponibile|нет в наличии|распродан|закончился|немає в наявності|brak w magazynie|brak towaru|niedostępny|wyprzedany|vypredané|nie je skladom|není skladem|vyprodáno|nav noliktavā|izpārdots|nėra sandėlyje|slutsåld|udsolgt|utsolgt|loppuunmyyty|tükendi|stokta yok|暫無庫存|暂无库存|售完|缺貨|缺货|已售完|已售罄|在庫切れ|売り切れ|품절|hết hàng|สินค้าหมด/i;

/**
 * Words of a delivery or pickup option: "Retiro en tienda: No disponible" says a way to get
 * the product is unavailable, not the product.
 */
const DELIVERY_WORDS =
  /pick-?up|in-?store|store|click ?& ?collect|collect|delivery|deliver|shipping|ship to|retiro|tienda|despacho|env[ií]o|entrega|retirada|frete|ongkir|pengiriman|ambil di|abholung|abholen|lieferung|versand|filiale|retrait|livraison|magasin|ritiro|consegna|spedizione|самовывоз|доставка|odbiór|dostawa|osobní odběr|doprava|afhalen|bezorg|levering|配送|取貨|自取|受け取り|배송/i;

/** Whether the notice, with the text around it, is about a way of delivery. */
function isAboutDelivery(page: PageText, element: Element): boolean {
  let e: Element | null = element;
  for (let level = 0; e && level < 3; level++, e = e.parentElement) {
    if (page.length(e) > 300) break;
    if (DELIVERY_WORDS.test(page.text(e))) return true;
  }
  return false;
}

/** Texts longer than this are paragraphs (a returns policy that mentions "sold out"). */
const MAX_NOTICE_CHARS = 60;
/** How many steps in the tree a notice may be from the heading or buy button. */
const NEAR = 8;

/** Whether the page hides the element in its markup (no layout to ask in a parsed document). */
function isHidden(element: Element): boolean {
  for (let e: Element | null = element; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') ?? ''))
      return true;
    if (/(^|\s)(hidden|d-none|hide|is-hidden|invisible)(\s|$)/i.test(e.getAttribute('class') ?? ''))
      return true;
  }
  return false;
}

/** Whether a control is disabled. */
function isDisabled(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    /(^|[\s_-])disabled($|[\s_-])/i.test(element.getAttribute('class') ?? '')
  );
}

/**
 * Availability from what a shopper sees: an "out of stock" notice near the product's
 * heading or buy button, or a buy button that is disabled or labelled "Sold out", says
 * out of stock; an enabled buy button says in stock (a size that is sold out does not make
 * the product so). Nothing either way: `undefined`.
 */
export function readDomAvailability(
  page: PageText,
  anchors: { heading?: Element; buyButton?: Element },
): Availability | undefined {
  const button = anchors.buyButton;
  const buttonLive = button !== undefined && !isDisabled(button) && !isHidden(button);
  const label = button ? controlLabel(button) : '';
  // A working buy button wins over a "Sold out" the theme keeps hidden inside it.
  if (buttonLive && BUY_WORDS.test(label)) return 'in-stock';
  if (button && OUT_OF_STOCK.test(label)) return 'out-of-stock';

  const distance = new TreeDistance([anchors.heading, button]);
  for (const { element, text } of page.short(MAX_NOTICE_CHARS)) {
    if (!OUT_OF_STOCK.test(text)) continue;
    if (isHidden(element) || isElsewhere(element) || isAboutDelivery(page, element)) continue;
    // Without anchors any visible notice counts; with them, only one near the product.
    if (distance.hasAnchors && distance.to(element) > NEAR) continue;
    return 'out-of-stock';
  }
  if (button && !buttonLive) return undefined;
  return button ? 'in-stock' : undefined;
}
