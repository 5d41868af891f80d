// Lenient readers for the fresh-produce fields, as normalize.ts does for the rest: what people
// write ("12/03/2026", "Okt-Des", "10 kg: Rp20.000", "3372") becomes the canonical form the
// schemas check; whatever cannot be read is passed on unchanged for the schema to report.
import { parseIndonesianDate } from './parse-indonesian-date.js';
import { parsePriceTiers, parseQuantity } from './parse-price-tiers.js';
import { parseRupiah } from './parse-rupiah.js';
import { parseSeason } from './parse-season.js';
import { normalizeRegionCode } from './region-code.js';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function date(value: unknown): unknown {
  return typeof value === 'string' ? (parseIndonesianDate(value) ?? value) : value;
}

function quantity(value: unknown): unknown {
  return typeof value === 'string' ? (parseQuantity(value) ?? value) : value;
}

function tiers(value: unknown): unknown {
  if (typeof value === 'string') return parsePriceTiers(value) ?? value;
  if (!Array.isArray(value)) return value;
  const read = value.map((tier) =>
    isRecord(tier)
      ? {
          ...tier,
          minQuantity: quantity(tier.minQuantity),
          price:
            typeof tier.price === 'string' ? (parseRupiah(tier.price) ?? tier.price) : tier.price,
        }
      : tier,
  );
  // Sellers list tiers in any order; the schema wants them by quantity.
  const sortable = read.every((t) => isRecord(t) && typeof t.minQuantity === 'number');
  return sortable
    ? [...read].sort(
        (a, b) =>
          (a as { minQuantity: number }).minQuantity - (b as { minQuantity: number }).minQuantity,
      )
    : read;
}

function regionCodes(value: unknown): unknown {
  const list = typeof value === 'string' ? value.split(/[;,]/).filter((c) => c.trim()) : value;
  if (!Array.isArray(list)) return value;
  return list.map((code) =>
    typeof code === 'number' && Number.isInteger(code)
      ? normalizeRegionCode(String(code))
      : typeof code === 'string'
        ? normalizeRegionCode(code)
        : code,
  );
}

/**
 * Applies the lenient readers to the fresh-produce fields of one product (a copy already
 * made by `normalizeProduct`, changed in place). `normalizeRegion` is passed in because
 * normalize.ts, which holds it, imports this module.
 */
export function normalizeProduce(p: Json, normalizeRegion: (value: unknown) => unknown): void {
  for (const key of ['harvestedAt', 'bestBefore'] as const) {
    if (p[key] === '' || p[key] === null) delete p[key];
    else if (p[key] !== undefined) p[key] = date(p[key]);
  }
  if (p.minOrder === '' || p.minOrder === null) delete p.minOrder;
  else if (p.minOrder !== undefined) p.minOrder = quantity(p.minOrder);
  if (p.priceTiers !== undefined) p.priceTiers = tiers(p.priceTiers);
  if (typeof p.season === 'string') p.season = parseSeason(p.season) ?? p.season;
  if (Array.isArray(p.season)) p.season = p.season.map(quantity);
  if (isRecord(p.preOrder)) {
    const pre: Json = { ...p.preOrder, readyAt: date(p.preOrder.readyAt) };
    if (pre.orderBy !== undefined) pre.orderBy = date(pre.orderBy);
    if (pre.quota !== undefined) pre.quota = quantity(pre.quota);
    p.preOrder = pre;
  }
  if (Array.isArray(p.pickup)) {
    p.pickup = p.pickup.map((point) =>
      isRecord(point) ? { ...point, region: normalizeRegion(point.region) } : point,
    );
  }
  if (p.deliveryAreas !== undefined) p.deliveryAreas = regionCodes(p.deliveryAreas);
  if (Array.isArray(p.certifications)) {
    p.certifications = p.certifications.map((c) =>
      isRecord(c) && typeof c.kind === 'string'
        ? {
            ...c,
            kind: c.kind
              .trim()
              .toLowerCase()
              .replace(/[^a-z]/g, ''),
          }
        : c,
    );
  }
}
