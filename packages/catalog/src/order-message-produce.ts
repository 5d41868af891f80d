import { formatPrice, formatRupiah } from './format-rupiah.js';
import type { Lang } from './localized-text.js';
import type { Price } from './product.js';
import type { PriceTier } from './produce.js';
import {
  formatQuantity,
  orderableQuantity,
  priceForQuantity,
  quantityUnitOf,
} from './product-quantity.js';
import { longDate } from './produce-dates.js';

/** What an order of fresh produce adds to the message. */
export interface OrderProduceInput {
  readonly minOrder?: number | undefined;
  readonly priceTiers?: readonly PriceTier[] | undefined;
  /** The pickup point the buyer chose, as the seller names it ("Pasar Tani, Jl. Merapi 1"). */
  readonly pickupPoint?: string | undefined;
  /** The buyer's area for delivery ("Kota Surakarta"), when not picking up. */
  readonly deliveryArea?: string | undefined;
  /** The pre-order's ready date (`2026-12-14`). */
  readonly preOrderReadyAt?: string | undefined;
}

/**
 * The lines of an order of produce after the product's name: the quantity with its unit
 * (`2,5 kg`, on the unit's steps, at least the minimum order), the price per unit that
 * applies (a wholesale tier when one does) with the total, the pickup point or delivery
 * area, and the pre-order date.
 */
export function produceOrderLines(
  input: {
    readonly price: Price;
    readonly unit?: string | undefined;
    readonly quantity?: number | undefined;
    readonly lang: Lang;
  },
  produce: OrderProduceInput,
): string[] {
  const { lang } = input;
  const id = lang === 'id';
  const unit = quantityUnitOf(input.unit);
  const quantity = orderableQuantity(input.quantity ?? 0, unit, produce.minOrder);
  const amount = formatQuantity(quantity, unit, lang);
  const lines = [`${id ? 'Jumlah' : 'Quantity'}: ${amount}`];
  const applied = priceForQuantity(
    { price: input.price, priceTiers: produce.priceTiers },
    quantity,
  );
  const per = unit.label && !unit.pack ? `/${unit.label}` : '';
  const label = id ? 'Harga' : 'Price';
  if (typeof applied.unitPrice === 'number') {
    const total = Math.round(applied.unitPrice * quantity);
    const tier = applied.tier
      ? id
        ? ` (harga grosir mulai ${formatQuantity(applied.tier.minQuantity, unit, lang)})`
        : ` (wholesale price from ${formatQuantity(applied.tier.minQuantity, unit, lang)})`
      : '';
    lines.push(
      `${label}: ${formatRupiah(applied.unitPrice)}${per} × ${amount} = ${formatRupiah(total)}${tier}`,
    );
  } else {
    lines.push(
      `${label}: ${formatPrice(applied.unitPrice)}${per} ${
        id ? '(mohon info harga pastinya)' : '(please confirm the exact price)'
      }`,
    );
  }
  if (produce.pickupPoint) lines.push(`${id ? 'Ambil di' : 'Pickup at'}: ${produce.pickupPoint}`);
  else if (produce.deliveryArea) {
    lines.push(`${id ? 'Kirim ke' : 'Deliver to'}: ${produce.deliveryArea}`);
  }
  if (produce.preOrderReadyAt) {
    const date = longDate(produce.preOrderReadyAt, lang);
    lines.push(id ? `Pre-order, siap ${date}` : `Pre-order, ready ${date}`);
  }
  return lines;
}
