// @ts-nocheck
import type { Price } from './product.js';

const MULTIPLIERS: Readonly<Record<string, number>> = {
  '': 1,
  rb: 1_000,
  ribu: 1_000,
  k: 1_000,
  jt: 1_000_000,
  juta: 1_000_000,
};

/** Longer text is not a price ("Rp1.000.000.000.000,00 s/d Rp2.000.000.000.000,00" is 50). */
const MAX_PRICE_TEXT = 100;

/**
 * Trims and collapses runs of whitespace, so the patterns below have no two adjacent `\s*`
 * left to backtrack over: catalog text is untrusted, and "1" + 10,000 spaces + "x" took
 * seconds. `undefined` when the text is too long to be a price.
 */
function compactPriceText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.length > MAX_PRICE_TEXT ? undefined : trimmed.replace(/\s+/g, ' ');
}

/**
 * Reads an amount of rupiah as people write it: `Rp25.000`, `Rp 25.000,00`, `25.000`,
 * `25000`, `IDR 25,000`, `25rb`, `1,5 jt`. Returns integer rupiah, or `undefined` when the
 * text is not an amount (or is ambiguous, like `25.5`).
 */
export function parseRupiah(text: string): number | undefined {
  const compact = compactPriceText(text);
  if (compact === undefined) return undefined;
  const match = /^(?:(?:rp\.?|idr) ?)?([\d.,]+) ?(rb|ribu|k|jt|juta)? ?(?:,-)?$/i.exec(compact);
  if (!match) return undefined;
  const number = match[1]!;
  const multiplier = MULTIPLIERS[(match[2] ?? '').toLowerCase()] ?? 1;
  let value: number | undefined;
  if (/^\d+$/.test(number)) value = Number(number);
  // Indonesian grouping: 25.000 or 1.250.000, optional ,00 decimals.
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(number))
    value = Number(number.replace(/\./g, '').replace(',', '.'));
  // English grouping: 25,000 or 1,250,000.00
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(number)) value = Number(number.replace(/,/g, ''));
  // Plain decimals only with a multiplier ("1,5 jt", "2.5k") or as cents ("25000,00").
  else if (multiplier > 1 && /^\d+[.,]\d+$/.test(number)) value = Number(number.replace(',', '.'));
  else if (/^\d+,\d{2}$/.test(number)) value = Number(number.replace(',', '.'));
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const amount = Math.round(value * multiplier);
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/**
 * Reads a price or a range written as text: `Rp25.000`, `Rp25.000 - Rp40.000`,
 * `25.000–40.000`, `25rb s/d 40rb`. Returns `undefined` when it cannot.
 */
export function parsePrice(text: string): Price | undefined {
  const compact = compactPriceText(text);
  if (compact === undefined) return undefined;
  const parts = compact.split(
    /\s*(?:–|—|\bs\/d\b|\bsampai\b|\bto\b|\s-\s|(?<=\d)-(?=\s*(?:rp|\d)))\s*/i,
  );
  if (parts.length === 1) return parseRupiah(compact);
  if (parts.length !== 2) return undefined;
  const min = parseRupiah(parts[0]!);
  const max = parseRupiah(parts[1]!);
  if (min === undefined || max === undefined) return undefined;
  return min === max ? min : { min, max };
}
