import type { Lang } from './localized-text.js';
import type { Price } from './product.js';
import type { PriceTier } from './produce.js';

/** How a quantity of a product is counted: its unit's name and the step a buyer orders in. */
export interface QuantityUnit {
  /** `kg`, `ekor`, `250 g`; `''` when the product has no unit. */
  readonly label: string;
  /** A pack size (`250 g`): quantities count packs, written `3 × 250 g`. */
  readonly pack: boolean;
  /** The smallest step a buyer orders in: 0.5 for kilograms, 1 otherwise. */
  readonly step: number;
}

const KILOGRAM = /^(?:kg|kilo|kilogram|kilogramme)$/i;

/**
 * The unit a buyer counts a product in, from the product's `unit` (`per kg`, `/ekor`,
 * `per 250 g`, `ikat`).
 */
export function quantityUnitOf(unit: string | undefined): QuantityUnit {
  const label = (unit ?? '')
    .trim()
    .replace(/^(?:per\s+|\/\s*)/i, '')
    .trim();
  return { label, pack: /^\d/.test(label), step: KILOGRAM.test(label) ? 0.5 : 1 };
}

/** Up to three decimals, with a decimal comma in Indonesian; the same in every runtime. */
function number(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** `2,5 kg`, `3 ekor`, `3 × 250 g` (`2.5 kg` in English); the number alone without a unit. */
export function formatQuantity(quantity: number, unit: QuantityUnit, lang: Lang = 'id'): string {
  const n = number(quantity, lang);
  if (unit.label === '') return n;
  return unit.pack ? `${n} × ${unit.label}` : `${n} ${unit.label}`;
}

/**
 * A quantity a buyer may order: at least `minOrder` (and one step), on the unit's steps,
 * never more than a million. A value that is not a number becomes the least order.
 */
export function orderableQuantity(
  requested: number,
  unit: QuantityUnit,
  minOrder: number | undefined,
): number {
  const least = Math.max(unit.step, minOrder ?? 0);
  if (!Number.isFinite(requested)) return least;
  const stepped = Math.round(requested / unit.step) * unit.step;
  return Math.min(1_000_000, Math.max(least, stepped));
}

/** What a product's price is for one quantity: the base price or the tier that applies. */
export interface AppliedPrice {
  /** Integer rupiah per unit, or the base range when the seller gives one. */
  readonly unitPrice: Price;
  /** The tier whose price applies, when one does. */
  readonly tier?: PriceTier;
}

/**
 * The price per unit for `quantity`: the wholesale tier with the largest `minQuantity` not
 * above it, when that is cheaper than the base price, else the base price.
 */
export function priceForQuantity(
  product: { readonly price: Price; readonly priceTiers?: readonly PriceTier[] | undefined },
  quantity: number,
): AppliedPrice {
  let applied: PriceTier | undefined;
  for (const tier of product.priceTiers ?? []) {
    if (tier.minQuantity <= quantity && (!applied || tier.minQuantity > applied.minQuantity)) {
      applied = tier;
    }
  }
  return applied ? { unitPrice: applied.price, tier: applied } : { unitPrice: product.price };
}
