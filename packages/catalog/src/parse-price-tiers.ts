import type { PriceTier } from './produce.js';
import { parseRupiah } from './parse-rupiah.js';

const MAX_QUANTITY_TEXT = 40;
const MAX_TIERS_TEXT = 500;

/**
 * Reads a quantity with an optional unit after it: `10`, `10 kg`, `0,5 kg`, `2.5`, `≥ 50 kg`.
 * Returns the number, or `undefined` when the text does not start with one.
 */
export function parseQuantity(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t.length > MAX_QUANTITY_TEXT) return undefined;
  const m =
    /^(?:≥|>=|min\.?|mulai|from)?\s*(\d+(?:[.,]\d+)?)\s*(?:[\p{L}.]+(?:\s+[\p{L}.]+)?)?$/u.exec(t);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Reads wholesale prices written in one cell: `10 kg: Rp20.000; 50 kg: Rp18.000` (also with
 * `=` or a new line between tiers). Returns the tiers in increasing quantity, or `undefined`
 * when any tier cannot be read; `[]` for an empty cell.
 */
export function parsePriceTiers(text: string): PriceTier[] | undefined {
  if (text.length > MAX_TIERS_TEXT) return undefined;
  const tiers: PriceTier[] = [];
  for (const part of text.split(/[;\n|]/)) {
    if (part.trim() === '') continue;
    const m = /^([^:=]+)[:=](.+)$/.exec(part);
    if (!m) return undefined;
    const minQuantity = parseQuantity(m[1]!);
    const price = parseRupiah(m[2]!.replace(/\s*\/\s*[\p{L}]+\s*$/u, ''));
    if (minQuantity === undefined || price === undefined) return undefined;
    tiers.push({ minQuantity, price });
  }
  return tiers.sort((a, b) => a.minQuantity - b.minQuantity);
}
