// Lenient readers: turn what people put in catalog files ("Rp25.000", "ya", "33.72",
// "0812-…") into the canonical form the schemas check. They never throw and never
// mutate their input; whatever they cannot read is passed on for the schema to report.
import { toCategory } from './category.js';
import { parsePrice } from './parse-rupiah.js';
import { normalizeProduce } from './normalize-produce.js';
import { findRegion } from './region.js';
import { normalizeWhatsapp } from './whatsapp.js';

type Json = Record<string, unknown>;

/** Whether a value is a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `"33.72"`, `"3372"`, `3372` (a spreadsheet's number), `{code:"33.72"}` → `{code, name}` from
 * the regions table.
 */
export function normalizeRegion(value: unknown): unknown {
  // Only whole numbers: 33.10 as a number has already lost its 0 (Kabupaten Klaten).
  const code =
    typeof value === 'string'
      ? value
      : typeof value === 'number' && Number.isInteger(value)
        ? String(value)
        : isRecord(value) && typeof value.code === 'string'
          ? value.code
          : undefined;
  if (code === undefined) return value;
  const known = findRegion(code);
  if (!known) return isRecord(value) ? value : { code };
  const name =
    isRecord(value) && typeof value.name === 'string' && value.name.trim()
      ? value.name.trim()
      : known.name;
  return { code: known.code, name };
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'iya', 'benar', 'lokal', '✓', 'v', 'x']);
const NO = new Set(['tidak', 'tdk', 't', 'no', 'n', 'false', '0', '', '-', 'bukan']);

/** `"ya"`, `"yes"`, `"1"` → true; `"tidak"`, `"no"`, `""` → false; other values unchanged. */
export function normalizeBoolean(value: unknown): unknown {
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : value;
  if (typeof value !== 'string') return value;
  const key = value.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return value;
}

function normalizeInt(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(/[.\s](?=\d{3}\b)/g, '');
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : value;
}

function normalizeId(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' ? value.trim() : value;
}

function normalizeImage(value: unknown): unknown {
  if (typeof value === 'string') return { src: value.trim() };
  return value;
}

/** Applies the lenient readers to one product. */
export function normalizeProduct(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const p: Json = { ...raw };
  p.id = normalizeId(p.id);
  if (p.sellerId === undefined && (typeof p.seller === 'string' || typeof p.seller === 'number')) {
    p.sellerId = p.seller;
  }
  delete p.seller;
  p.sellerId = normalizeId(p.sellerId);
  if (typeof p.name === 'string') p.name = p.name.trim();
  if (typeof p.price === 'string') p.price = parsePrice(p.price) ?? p.price;
  if (isRecord(p.price)) {
    const range = { ...p.price };
    for (const key of ['min', 'max'] as const) {
      if (typeof range[key] === 'string') range[key] = parsePrice(range[key]) ?? range[key];
    }
    p.price = range;
  }
  if (typeof p.category === 'string') p.category = toCategory(p.category) ?? p.category;
  if (typeof p.images === 'string') p.images = [p.images];
  if (Array.isArray(p.images)) p.images = p.images.map(normalizeImage);
  if (p.origin !== undefined) p.origin = normalizeRegion(p.origin);
  if (p.madeLocally !== undefined) p.madeLocally = normalizeBoolean(p.madeLocally);
  if (typeof p.tags === 'string') {
    p.tags = p.tags
      .split(/[,;]/)
      .map((t) => t.trim().replace(/^#/, ''))
      .filter(Boolean);
  }
  if (p.stock === '' || p.stock === null) delete p.stock;
  if (p.stock !== undefined) p.stock = normalizeInt(p.stock);
  normalizeProduce(p, normalizeRegion);
  return p;
}

/** Applies the lenient readers to one seller. */
export function normalizeSeller(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const s: Json = { ...raw };
  s.id = normalizeId(s.id);
  if (typeof s.name === 'string') s.name = s.name.trim();
  if (typeof s.whatsapp === 'number') s.whatsapp = String(s.whatsapp);
  if (typeof s.whatsapp === 'string') {
    if (s.whatsapp.trim() === '') delete s.whatsapp;
    else s.whatsapp = normalizeWhatsapp(s.whatsapp) ?? s.whatsapp;
  }
  if (s.region !== undefined) s.region = normalizeRegion(s.region);
  return s;
}
