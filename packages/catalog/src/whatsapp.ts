import { formatPrice, formatRupiah } from './format-rupiah.js';
import type { Lang } from './localized-text.js';
import type { Price } from './product.js';
import { produceOrderLines } from './order-message-produce.js';
import type { OrderProduceInput } from './order-message-produce.js';

/** Longer text is not a phone number, however it is punctuated. */
const MAX_PHONE_TEXT = 40;

/**
 * Turns an Indonesian phone number as people write it — `0812-3456-7890`, `+62 812 3456 7890`,
 * `+62 (0)812 3456 7890`, `0062 812…`, `(0812) 34567890`, `812…` — into WhatsApp's
 * international form `6281234567890`. Returns `undefined` when it is not a plausible
 * Indonesian mobile or landline number, including any number with another country code.
 */
export function normalizeWhatsapp(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed.length > MAX_PHONE_TEXT || !/^[+\d\s().-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  // "+81 90…" or "0065 8…" name their country: only +62 may follow, never a guessed 62.
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (international) digits = digits.replace(/^00/, '');
  else if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  if (!digits.startsWith('62')) return undefined;
  // "+62 (0)812…" and "62 0812…" keep the trunk 0 that international form drops.
  if (digits.startsWith('620')) digits = `62${digits.slice(3)}`;
  // 62 + 8 to 13 digits covers landlines (021-xxxx) and mobiles (08xx-xxxx-xxxxx).
  return /^62[1-9]\d{7,12}$/.test(digits) ? digits : undefined;
}

/** What an order message says. */
export interface OrderMessageInput {
  readonly productName: string;
  readonly price: Price;
  readonly unit?: string | undefined;
  readonly quantity?: number;
  readonly sellerName?: string | undefined;
  /** A link to the product page, added to the message when it is http(s). */
  readonly productUrl?: string | undefined;
  readonly lang?: Lang;
  /**
   * For produce sold by weight, by harvest or by pre-order: the quantity is then counted in
   * the product's unit (`2,5 kg`), and the message carries the tier price, the pickup point
   * or delivery area and the pre-order date.
   */
  readonly produce?: OrderProduceInput | undefined;
}

/** The prefilled order message, in the buyer's language. */
export function orderMessage(input: OrderMessageInput): string {
  const lang = input.lang ?? 'id';
  const requested = input.quantity ?? 1;
  // NaN or Infinity (a cleared or runaway number field) would print "Jumlah: NaN".
  const quantity = Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
  const unit = input.unit ? ` (${input.unit})` : '';
  const lines: string[] = [];
  const greeting = input.sellerName
    ? lang === 'id'
      ? `Halo ${input.sellerName},`
      : `Hello ${input.sellerName},`
    : lang === 'id'
      ? 'Halo,'
      : 'Hello,';
  lines.push(greeting, lang === 'id' ? 'saya mau pesan:' : "I'd like to order:", '');
  lines.push(`${input.productName}${unit}`);
  if (input.produce) {
    lines.push(...produceOrderLines({ ...input, lang }, input.produce));
  } else {
    lines.push(...plainOrderLines(input.price, quantity, lang));
  }
  if (input.productUrl && /^https?:\/\//i.test(input.productUrl)) lines.push('', input.productUrl);
  lines.push('', lang === 'id' ? 'Terima kasih.' : 'Thank you.');
  return lines.join('\n');
}

/** Quantity and price lines of an order counted in whole items. */
function plainOrderLines(price: Price, quantity: number, lang: Lang): string[] {
  const lines = [`${lang === 'id' ? 'Jumlah' : 'Quantity'}: ${quantity}`];
  if (typeof price === 'number') {
    const total = price * quantity;
    lines.push(
      quantity > 1
        ? `${lang === 'id' ? 'Harga' : 'Price'}: ${formatRupiah(price)} × ${quantity} = ${formatRupiah(total)}`
        : `${lang === 'id' ? 'Harga' : 'Price'}: ${formatRupiah(price)}`,
    );
  } else {
    lines.push(
      `${lang === 'id' ? 'Harga' : 'Price'}: ${formatPrice(price)} ${
        lang === 'id' ? '(mohon info harga pastinya)' : '(please confirm the exact price)'
      }`,
    );
  }
  return lines;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A `https://wa.me/…` link that opens a chat with the seller with the order message
 * prefilled. Returns `undefined` when the number is not usable.
 */
export function whatsappOrderLink(phone: string, input: OrderMessageInput): string | undefined {
  const number = normalizeWhatsapp(phone);
  if (!number) return undefined;
  // encodeURIComponent throws on a lone surrogate, which a catalog's JSON can hold ("\ud800").
  const text = orderMessage(input).replace(LONE_SURROGATE, '\uFFFD');
  return `https://wa.me/${number}?text=${encodeURIComponent(text)}`;
}
