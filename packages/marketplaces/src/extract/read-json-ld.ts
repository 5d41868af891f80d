import { localName } from './schema-item.js';
import type { SchemaItem, SchemaValue } from './schema-item.js';

/** A JSON-LD block larger than this is skipped: no product needs 2 MB of markup. */
const MAX_BLOCK_CHARS = 2_000_000;

/** The items of every JSON-LD block on the page, and how many blocks could not be read. */
export interface JsonLdRead {
  readonly items: SchemaItem[];
  readonly broken: number;
  readonly skipped: number;
}

/**
 * Parses a block as browsers' users meet them: wrapped in `<!-- -->` or CDATA comments,
 * with raw line breaks inside strings, or with trailing commas. Returns `undefined` when
 * even the repaired text is not JSON.
 */
export function parseJsonLdText(raw: string): unknown {
  const unwrapped = raw
    .trim()
    .replace(/^(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?/, '')
    .replace(/(?:\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
  const attempts = [
    unwrapped,
    // Raw line breaks and tabs are not allowed inside JSON strings; outside them they are
    // only whitespace, so a space is right in both places.
    unwrapped.replace(/[\n\r\t]/g, ' '),
  ];
  attempts.push(attempts[1]!.replace(/,\s*([}\]])/g, '$1'));
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // Try the next repair.
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts parsed JSON-LD into items, resolving `{"@id": …}` references within the page. */
export function jsonLdItems(data: readonly unknown[]): SchemaItem[] {
  const byId = new Map<string, Record<string, unknown>>();
  const nodes: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isRecord(value)) {
      if (Array.isArray(value['@graph'])) collect(value['@graph']);
      else if (isRecord(value['@graph'])) collect(value['@graph']);
      else {
        nodes.push(value);
        const id = value['@id'];
        if (typeof id === 'string' && Object.keys(value).length > 1) byId.set(id, value);
      }
    }
  };
  data.forEach(collect);

  const toItem = (
    node: Record<string, unknown>,
    via: string | undefined,
    path: ReadonlySet<Record<string, unknown>>,
  ): SchemaItem => {
    const rawTypes = node['@type'];
    const types = (Array.isArray(rawTypes) ? rawTypes : [rawTypes])
      .filter((t): t is string => typeof t === 'string')
      .map(localName);
    const props = new Map<string, SchemaValue[]>();
    const inner = new Set(path).add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const name = localName(key).toLowerCase();
      const list = props.get(name) ?? [];
      const push = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(push);
        else if (typeof v === 'string') list.push(v);
        else if (typeof v === 'number' || typeof v === 'boolean') list.push(String(v));
        else if (isRecord(v)) {
          if ('@value' in v) return push(v['@value']);
          const id = v['@id'];
          const target =
            typeof id === 'string' && Object.keys(v).length === 1 ? byId.get(id) : undefined;
          if (target) {
            if (inner.has(target)) return;
            list.push(toItem(target, name, inner));
          } else if (!inner.has(v)) list.push(toItem(v, name, inner));
        }
      };
      push(value);
      if (list.length > 0) props.set(name, list);
    }
    const id = node['@id'];
    return {
      types,
      ...(typeof id === 'string' ? { id } : {}),
      props,
      ...(via ? { via } : {}),
    };
  };
  return nodes.map((node) => toItem(node, undefined, new Set()));
}

/** Reads every `<script type="application/ld+json">` block of the document. */
export function readJsonLd(document: Document): JsonLdRead {
  const data: unknown[] = [];
  let broken = 0;
  let skipped = 0;
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) {
      skipped++;
      continue;
    }
    if (raw.trim() === '') continue;
    const parsed = parseJsonLdText(raw);
    if (parsed === undefined) broken++;
    else data.push(parsed);
  }
  return { items: jsonLdItems(data), broken, skipped };
}
