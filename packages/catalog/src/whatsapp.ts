import { formatPrice, formatRupiah } from './format-rupiah.js';
import type { Lang } from './localized-text.js';
import type { Price } from './product.js';

/**
 * Turns an Indonesian phone number as people write it — `0812-3456-7890`, `+62 812 3456 7890`,
 * `(0812) 34567890`, `812…` — into WhatsApp's international form `6281234567890`.
 * Returns `undefined` when it is not a plausible Indonesian mobile or landline number.
 */
export function normalizeWhatsapp(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.startsWith('0062')) digits = digits.slice(2);
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  if (!digits.startsWith('62')) return undefined;
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
}

/** The prefilled order message, in the buyer's language. */
export function orderMessage(input: OrderMessageInput): string {
  const lang = input.lang ?? 'id';
  const quantity = Math.max(1, Math.floor(input.quantity ?? 1));
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
  lines.push(`${lang === 'id' ? 'Jumlah' : 'Quantity'}: ${quantity}`);
  if (typeof input.price === 'number') {
    const total = input.price * quantity;
    lines.push(
      quantity > 1
        ? `${lang === 'id' ? 'Harga' : 'Price'}: ${formatRupiah(input.price)} × ${quantity} = ${formatRupiah(total)}`
        : `${lang === 'id' ? 'Harga' : 'Price'}: ${formatRupiah(input.price)}`,
    );
  } else {
    lines.push(
      `${lang === 'id' ? 'Harga' : 'Price'}: ${formatPrice(input.price)} ${
        lang === 'id' ? '(mohon info harga pastinya)' : '(please confirm the exact price)'
      }`,
    );
  }
  if (input.productUrl && /^https?:\/\//i.test(input.productUrl)) lines.push('', input.productUrl);
  lines.push('', lang === 'id' ? 'Terima kasih.' : 'Thank you.');
  return lines.join('\n');
}

/**
 * A `https://wa.me/…` link that opens a chat with the seller with the order message
 * prefilled. Returns `undefined` when the number is not usable.
 */
export function whatsappOrderLink(phone: string, input: OrderMessageInput): string | undefined {
  const number = normalizeWhatsapp(phone);
  if (!number) return undefined;
  return `https://wa.me/${number}?text=${encodeURIComponent(orderMessage(input))}`;
}
