import type { z } from './zod.js';
import { CATALOG_VERSION } from './catalog.js';
import type { Catalog } from './catalog.js';
import { describeZodIssue } from './catalog-issue.js';
import type { CatalogIssue } from './catalog-issue.js';
import { IssueList, truncationIssue } from './issue-list.js';
import type { LocalizedText } from './localized-text.js';
import { isRecord, normalizeProduct, normalizeRegion, normalizeSeller } from './normalize.js';
import { Product } from './product.js';
import { Seller } from './seller.js';
import { DateString, Region, SafeUrl, Text } from './schema-primitives.js';

/** What {@link parseCatalog} returns: the catalog with every valid item, and what was wrong. */
export interface ParseCatalogResult {
  /** Always a valid catalog; empty when nothing could be read (then an issue is `fatal`). */
  readonly catalog: Catalog;
  readonly issues: CatalogIssue[];
}

/** Options for {@link parseCatalog}. */
export interface ParseCatalogOptions {
  /** Text longer than this is refused before parsing. Default 50 MB (about 100,000 products). */
  readonly maxLength?: number;
  /** Detailed issues kept; past this one summary issue says how many more there were. Default 500. */
  readonly maxIssues?: number;
}

const DEFAULT_MAX_LENGTH = 50 * 1024 * 1024;
const DEFAULT_MAX_ISSUES = 500;

/** Keys an item cannot do without: when one of them is wrong the item is left out. */
const ESSENTIAL: Readonly<Record<'products' | 'sellers', ReadonlySet<string>>> = {
  products: new Set(['id', 'name', 'price', 'category', 'sellerId']),
  sellers: new Set(['id', 'name']),
};

type Path = (string | number)[];

/**
 * How a message names the item it is about. JSON names items by position ("Produk ke-7");
 * the CSV reader names them by spreadsheet row ("Baris 7"). Internal.
 */
export type DescribeItem = (
  kind: 'products' | 'sellers',
  index: number,
  raw: unknown,
) => LocalizedText;

/**
 * What {@link readCatalog} returns: issues without the truncation summary, and how many were
 * left out, so a caller that adds issues of its own can truncate once. Internal.
 */
export interface ReadCatalogResult extends ParseCatalogResult {
  readonly dropped: number;
}

/** What a catalog that is not an object is instead, for the `shape` message. */
const SHAPE_NAMES: Readonly<Partial<Record<string, LocalizedText>>> = {
  number: { id: 'angka', en: 'a number' },
  string: { id: 'teks', en: 'text' },
  boolean: { id: 'nilai benar/salah', en: 'true or false' },
};

function emptyCatalog(): Catalog {
  return { version: CATALOG_VERSION, title: '', sellers: [], products: [] };
}

function fatal(code: string, message: LocalizedText): ReadCatalogResult {
  return {
    catalog: emptyCatalog(),
    issues: [{ path: [], code, severity: 'fatal', message }],
    dropped: 0,
  };
}

const describeItem: DescribeItem = (kind, index, raw) => {
  const name =
    isRecord(raw) && typeof raw.name === 'string' && raw.name.trim()
      ? raw.name.trim().slice(0, 60)
      : '';
  const quoted = name ? ` “${name}”` : '';
  return kind === 'products'
    ? { id: `Produk ke-${index + 1}${quoted}`, en: `Product ${index + 1}${quoted}` }
    : { id: `Penjual ke-${index + 1}${quoted}`, en: `Seller ${index + 1}${quoted}` };
};

function prefixed(where: LocalizedText, message: LocalizedText): LocalizedText {
  return { id: `${where.id}: ${message.id}`, en: `${where.en}: ${message.en}` };
}

/** Removes the value at `path` (an object key or an array element) from a copy of `root`. */
function without(
  root: Record<string, unknown>,
  path: readonly PropertyKey[],
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...root };
  let parent: Record<PropertyKey, unknown> | unknown[] = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const child = (parent as Record<PropertyKey, unknown>)[key];
    const cloned = Array.isArray(child) ? [...child] : isRecord(child) ? { ...child } : child;
    (parent as Record<PropertyKey, unknown>)[key] = cloned;
    if (typeof cloned !== 'object' || cloned === null) return copy;
    parent = cloned as Record<PropertyKey, unknown>;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else delete (parent as Record<PropertyKey, unknown>)[last];
  return copy;
}

/** Drops the array holes `without` leaves, so a removed image does not shift into an error. */
function compactArrays<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((x) => x !== undefined).map(compactArrays) as T;
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = compactArrays(v);
  return out as T;
}

/**
 * Validates one item. Problems in fields the item can do without (a photo with an unsafe
 * URL, an unknown region, a malformed link) drop just that field with a warning; problems in
 * an essential field leave the item out with an error.
 */
function validateItem<T>(
  kind: 'products' | 'sellers',
  schema: z.ZodMiniType<T>,
  raw: unknown,
  index: number,
  issues: IssueList,
  describe: DescribeItem,
): T | undefined {
  const where = describe(kind, index, raw);
  const base: Path = [kind, index];
  if (!isRecord(raw)) {
    issues.add({
      path: base,
      code: 'type.object',
      severity: 'error',
      message: prefixed(where, { id: 'bukan objek; dilewati.', en: 'is not an object; skipped.' }),
    });
    return undefined;
  }
  let value = raw;
  const warnings: CatalogIssue[] = [];
  const warned = new Set<string>();
  const dropped = new Set<string>();
  // A dropped optional field is gone for good; a required one inside an optional object (a
  // region's name) comes back as "required" and its object goes in the next round.
  // Each round drops one level more of what still fails (a field, then the photo holding it).
  const ROUNDS = 8;
  for (let round = 0; round < ROUNDS; round++) {
    // Without `reportInput` zod leaves `input` out, and every wrong type reads as "required".
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) {
      warnings.forEach((w) => issues.add(w));
      return result.data;
    }
    const essential = result.error.issues.filter(
      (i) => ESSENTIAL[kind].has(String(i.path[0])) || i.path.length === 0,
    );
    if (essential.length > 0 || round === ROUNDS - 1) {
      for (const issue of essential.length > 0 ? essential : result.error.issues) {
        const { code, message } = describeZodIssue(issue);
        issues.add({
          path: [...base, ...(issue.path as Path)],
          code,
          severity: 'error',
          message: prefixed(where, {
            id: `${message.id} ${kind === 'products' ? 'Produk' : 'Penjual'} ini dilewati.`,
            en: `${message.en} This ${kind === 'products' ? 'product' : 'seller'} was skipped.`,
          }),
        });
      }
      return undefined;
    }
    const droppedNow: string[] = [];
    for (const issue of result.error.issues) {
      const { code, message } = describeZodIssue(issue);
      // Drop the smallest piece: the field itself (a photo's alt text, one of its sizes, one
      // tag); when dropping it did not help, the object that holds it (the photo), and so on.
      let dropPath = issue.path;
      while (dropPath.length > 1 && dropped.has(JSON.stringify(dropPath))) {
        dropPath = dropPath.slice(0, -1);
      }
      droppedNow.push(JSON.stringify(dropPath));
      value = without(value, dropPath);
      // One warning per field, not one per round or per rule it broke.
      const key = JSON.stringify(issue.path);
      if (warned.has(key)) continue;
      warned.add(key);
      warnings.push({
        path: [...base, ...(issue.path as Path)],
        code,
        severity: 'warning',
        message: prefixed(where, {
          id: `${message.id} Bagian ini diabaikan.`,
          en: `${message.en} This part was ignored.`,
        }),
      });
    }
    droppedNow.forEach((d) => dropped.add(d));
    value = compactArrays(value);
  }
  return undefined;
}

function readJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: ReadCatalogResult } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    let where = { id: '', en: '' };
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = { id: ` (baris ${line}, kolom ${column})`, en: ` (line ${line}, column ${column})` };
    }
    const looksCsv = /^[^{[]*[,;]/.test(text.trimStart().split('\n', 1)[0] ?? '');
    return {
      ok: false,
      issue: fatal('json.syntax', {
        id: `Katalog bukan JSON yang sah${where.id}.${looksCsv ? ' Sepertinya ini CSV: muat sebagai CSV.' : ''}`,
        en: `The catalog is not valid JSON${where.en}.${looksCsv ? ' It looks like CSV: load it as CSV.' : ''}`,
      }),
    };
  }
}

function checkHeaderField<T>(
  source: Record<string, unknown>,
  key: string,
  schema: z.ZodMiniType<T>,
  issues: IssueList,
): T | undefined {
  if (source[key] === undefined) return undefined;
  const prepared = key === 'region' ? normalizeRegion(source[key]) : source[key];
  const result = schema.safeParse(prepared, { reportInput: true });
  if (result.success) return result.data;
  const first = result.error.issues[0]!;
  // The schema saw the value alone: put the key back so the message names the field.
  const path = [key, ...(first.path as Path)];
  const { code, message } = describeZodIssue({ ...first, path });
  issues.add({
    path,
    code,
    severity: 'warning',
    message: {
      id: `${message.id} Bagian ini diabaikan.`,
      en: `${message.en} This part was ignored.`,
    },
  });
  return undefined;
}

/**
 * Reads a catalog leniently: every valid product and seller is kept, and each problem is
 * reported as an issue with its path and a message in Bahasa Indonesia and English, instead
 * of failing the whole file. Accepts parsed JSON or JSON text. Never throws on bad input.
 *
 * A product whose seller is unknown, whose id repeats an earlier one, or whose price is
 * negative is left out with an `error` issue; a field it can do without (say, a photo with a
 * `javascript:` URL) is dropped with a `warning`.
 */
export function parseCatalog(
  input: unknown,
  options: ParseCatalogOptions = {},
): ParseCatalogResult {
  const { catalog, issues, dropped } = readCatalog(input, options, describeItem);
  return { catalog, issues: dropped > 0 ? [...issues, truncationIssue(dropped)] : issues };
}

/**
 * {@link parseCatalog} for readers of other formats: `describe` names items in messages, and
 * the truncation summary is left to the caller. Internal: not exported from the package.
 */
export function readCatalog(
  input: unknown,
  options: ParseCatalogOptions,
  describe: DescribeItem,
): ReadCatalogResult {
  return startReading(input, options, describe).finish();
}

/** A catalog being read a slice of products at a time; see {@link parseCatalogInSteps}. */
export interface CatalogReading<R> {
  /** Reads up to `count` more products; true once every product is read. */
  step(count: number): boolean;
  /** Reads whatever is left and returns the result. */
  finish(): R;
}

/**
 * {@link parseCatalog} in slices, so a page can read a large catalog between frames instead
 * of in one long task: call `step(n)` until it returns true (or `finish()` at any time).
 * The result is the same as `parseCatalog(input, options)`.
 */
export function parseCatalogInSteps(
  input: unknown,
  options: ParseCatalogOptions = {},
): CatalogReading<ParseCatalogResult> {
  const reading = startReading(input, options, describeItem);
  return {
    step: (count) => reading.step(count),
    finish: () => {
      const { catalog, issues, dropped } = reading.finish();
      return { catalog, issues: dropped > 0 ? [...issues, truncationIssue(dropped)] : issues };
    },
  };
}

function finished(result: ReadCatalogResult): CatalogReading<ReadCatalogResult> {
  return { step: () => true, finish: () => result };
}

function startReading(
  input: unknown,
  options: ParseCatalogOptions,
  describe: DescribeItem,
): CatalogReading<ReadCatalogResult> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let data = input;
  if (typeof input === 'string') {
    if (input.length > maxLength) {
      return finished(
        fatal('size', {
          id: `Katalog terlalu besar (${(input.length / 1048576).toFixed(1)} MB; maks. ${(maxLength / 1048576).toFixed(0)} MB). Bagi menjadi beberapa halaman dengan "next".`,
          en: `The catalog is too large (${(input.length / 1048576).toFixed(1)} MB; max. ${(maxLength / 1048576).toFixed(0)} MB). Split it into pages with "next".`,
        }),
      );
    }
    if (input.trim() === '') {
      return finished(
        fatal('empty', { id: 'Berkas katalog kosong.', en: 'The catalog file is empty.' }),
      );
    }
    const json = readJson(input);
    if (!json.ok) return finished(json.issue);
    data = json.value;
  }
  if (!isRecord(data)) {
    const got = Array.isArray(data)
      ? { id: 'daftar', en: 'a list' }
      : data === null
        ? { id: 'null', en: 'null' }
        : (SHAPE_NAMES[typeof data] ?? { id: typeof data, en: typeof data });
    return finished(
      fatal('shape', {
        id: `Katalog harus berupa objek dengan "products" dan "sellers", bukan ${got.id}.`,
        en: `A catalog must be an object with "products" and "sellers", not ${got.en}.`,
      }),
    );
  }
  const issues = new IssueList(options.maxIssues ?? DEFAULT_MAX_ISSUES);
  if (data.version !== undefined && data.version !== CATALOG_VERSION) {
    return finished(
      fatal('version', {
        id: `Versi format katalog ${JSON.stringify(data.version)} tidak didukung; versi yang didukung: ${CATALOG_VERSION}.`,
        en: `Catalog format version ${JSON.stringify(data.version)} is not supported; supported: ${CATALOG_VERSION}.`,
      }),
    );
  }
  const rawProducts = data.products;
  if (!Array.isArray(rawProducts)) {
    return finished(
      fatal('products.missing', {
        id: 'Katalog tidak memiliki daftar "products".',
        en: 'The catalog has no "products" list.',
      }),
    );
  }
  const header = data;
  const sellers: Seller[] = [];
  const sellerIds = new Set<string>();
  const rawSellers = header.sellers === undefined ? [] : header.sellers;
  if (!Array.isArray(rawSellers)) {
    issues.add({
      path: ['sellers'],
      code: 'type.array',
      severity: 'error',
      message: {
        id: '"sellers" harus berupa daftar penjual.',
        en: '"sellers" must be a list of sellers.',
      },
    });
  } else {
    rawSellers.forEach((raw, index) => {
      const seller = validateItem('sellers', Seller, normalizeSeller(raw), index, issues, describe);
      if (!seller) return;
      if (sellerIds.has(seller.id)) {
        issues.add({
          path: ['sellers', index, 'id'],
          code: 'id.duplicate',
          severity: 'error',
          message: prefixed(describe('sellers', index, raw), {
            id: `ID "${seller.id}" sudah dipakai penjual lain; penjual ini dilewati.`,
            en: `ID "${seller.id}" is already used by another seller; this seller was skipped.`,
          }),
        });
        return;
      }
      sellerIds.add(seller.id);
      sellers.push(seller);
    });
  }

  const products: Product[] = [];
  const productIds = new Set<string>();
  const readProduct = (raw: unknown, index: number): void => {
    const product = validateItem(
      'products',
      Product,
      normalizeProduct(raw),
      index,
      issues,
      describe,
    );
    if (!product) return;
    const where = describe('products', index, raw);
    if (productIds.has(product.id)) {
      issues.add({
        path: ['products', index, 'id'],
        code: 'id.duplicate',
        severity: 'error',
        message: prefixed(where, {
          id: `ID "${product.id}" sudah dipakai produk lain; produk ini dilewati.`,
          en: `ID "${product.id}" is already used by another product; this product was skipped.`,
        }),
      });
      return;
    }
    if (!sellerIds.has(product.sellerId)) {
      issues.add({
        path: ['products', index, 'sellerId'],
        code: 'seller.unknown',
        severity: 'error',
        message: prefixed(where, {
          id: `penjual "${product.sellerId}" tidak ada di daftar penjual; produk ini dilewati.`,
          en: `seller "${product.sellerId}" is not in the sellers list; this product was skipped.`,
        }),
      });
      return;
    }
    productIds.add(product.id);
    products.push(product);
  };

  let next = 0;
  const step = (count: number): boolean => {
    const end = Math.min(rawProducts.length, next + count);
    for (; next < end; next++) readProduct(rawProducts[next], next);
    return next >= rawProducts.length;
  };
  let result: ReadCatalogResult | undefined;
  const finish = (): ReadCatalogResult => {
    if (result) return result;
    step(Infinity);
    if (header.version === undefined) {
      issues.add({
        path: ['version'],
        code: 'version.missing',
        severity: 'warning',
        message: {
          id: `Versi format tidak ditulis; dibaca sebagai versi ${CATALOG_VERSION}.`,
          en: `No format version given; read as version ${CATALOG_VERSION}.`,
        },
      });
    }
    const catalog: Catalog = {
      version: CATALOG_VERSION,
      title: checkHeaderField(header, 'title', Text(200), issues) ?? '',
      sellers,
      products,
    };
    const description = checkHeaderField(header, 'description', Text(2000), issues);
    const region = checkHeaderField(header, 'region', Region, issues);
    const updatedAt = checkHeaderField(header, 'updatedAt', DateString, issues);
    const nextPage = checkHeaderField(header, 'next', SafeUrl, issues);
    if (description !== undefined) catalog.description = description;
    if (region !== undefined) catalog.region = region;
    if (updatedAt !== undefined) catalog.updatedAt = updatedAt;
    if (nextPage !== undefined) catalog.next = nextPage;
    result = { catalog, issues: issues.items, dropped: issues.dropped };
    return result;
  };
  return { step, finish };
}
