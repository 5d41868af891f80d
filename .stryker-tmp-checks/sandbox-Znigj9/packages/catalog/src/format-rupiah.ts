// @ts-nocheck
import type { Price } from './product.js';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats integer rupiah the PUEBI way, `Rp25.000`, with the same string in every browser
 * (`Intl.NumberFormat('id-ID')` prints `Rp 25.000` with a no-break space in Chrome and
 * differs in Firefox). Fractions are rounded to whole rupiah; negatives print `-Rp5.000`.
 */
export function formatRupiah(amount: number): string {
  if (!Number.isFinite(amount)) return 'Rp–';
  const rounded = Math.round(Math.abs(amount));
  const sign = amount < 0 && rounded !== 0 ? '-' : '';
  return `${sign}Rp${groupThousands(BigInt(rounded).toString())}`;
}

/** Formats a price or a range: `Rp25.000` or `Rp25.000–Rp40.000`. */
export function formatPrice(price: Price): string {
  if (typeof price === 'number') return formatRupiah(price);
  return price.min === price.max
    ? formatRupiah(price.min)
    : `${formatRupiah(price.min)}–${formatRupiah(price.max)}`;
}

/** The lowest amount a price asks, for sorting and filtering. */
export function minPrice(price: Price): number {
  return typeof price === 'number' ? price : price.min;
}

/** The highest amount a price asks. */
export function maxPrice(price: Price): number {
  return typeof price === 'number' ? price : price.max;
}
