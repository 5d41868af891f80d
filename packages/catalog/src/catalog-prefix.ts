// Reads the start of catalog JSON while it downloads, so the first products can be checked
// (see preview-catalog.ts) and shown before the whole file has arrived.
import { previewCatalog } from './preview-catalog.js';
import type { CatalogPreview } from './preview-catalog.js';

type ListKey = 'sellers' | 'products';

/**
 * Collects the complete items of a catalog's top-level `sellers` and `products` lists from
 * JSON text fed in pieces, without parsing the rest. It only vouches for the usual layout:
 * `"version": 1` first, then the whole `sellers` list, then `products`. Anything else
 * (another version, a list given twice before the preview, text that is not an object)
 * gives no preview, and the catalog is shown once it is read whole. The preview's products
 * are checked one by one; the whole read that follows replaces them (a file that turns out
 * broken further on shows its error then).
 */
export class CatalogPrefixReader {
  private text = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private key: string | undefined;
  private expectKey = false;
  private valueStart = -1;
  private itemStart = -1;
  private version: unknown;
  private readonly seen = new Set<string>();
  private readonly items: Record<ListKey, string[]> = { sellers: [], products: [] };
  private readonly complete: Record<ListKey, boolean> = { sellers: false, products: false };
  private broken = false;
  /** Where the next backslash is (-1: none in the text so far), to skip through strings. */
  private slashAt = -1;

  /**
   * `limit`: stop reading once this many products have arrived whole (a preview needs only
   * the first screenful; the rest of the file is parsed whole later).
   */
  constructor(private readonly limit = Infinity) {}

  /** Reads the next piece of the text. */
  feed(piece: string): void {
    if (this.broken) return;
    const grown = this.text.length;
    this.text += piece;
    const text = this.text;
    // None before the new piece (-1), or one already passed: look again.
    if (this.slashAt < 0) this.slashAt = text.indexOf('\\', Math.max(this.pos, grown));
    else if (this.slashAt < this.pos) this.slashAt = text.indexOf('\\', this.pos);
    let i = this.pos;
    for (; i < text.length && !this.broken; i++) {
      if (this.inString && !this.escaped) {
        // Most of a catalog is text: jump to the next quote or backslash.
        if (this.slashAt >= 0 && this.slashAt < i) this.slashAt = text.indexOf('\\', i);
        const quote = text.indexOf('"', i);
        const next =
          quote < 0 ? this.slashAt : this.slashAt < 0 ? quote : Math.min(quote, this.slashAt);
        if (next < 0) {
          i = text.length;
          break;
        }
        i = next;
      }
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) {
          this.inString = false;
          if (this.depth === 1 && this.expectKey)
            this.key = JSON.parse(text.slice(this.stringStart, i + 1)) as string;
        }
        continue;
      }
      if (this.depth === 0 && c !== 123 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
        this.broken = true; // not a JSON object (CSV, a list, text after the end)
      } else if (c === 34) {
        this.inString = true;
        this.stringStart = i;
      } else if (c === 123 /* { */ || c === 91 /* [ */) {
        this.depth++;
        if (this.depth === 1) {
          if (c !== 123) this.broken = true;
          this.expectKey = true;
        } else if (this.depth === 3 && this.inList()) this.itemStart = i;
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        if (this.depth === 3 && this.inList() && this.itemStart >= 0) {
          this.items[this.key as ListKey].push(text.slice(this.itemStart, i + 1));
          this.itemStart = -1;
          if (this.items.products.length >= this.limit) {
            this.depth--;
            i++;
            break;
          }
        }
        if (this.depth === 2 && this.inList()) this.complete[this.key as ListKey] = true;
        if (this.depth === 1) this.endValue(i);
        this.depth--;
      } else if (this.depth === 1 && c === 58 /* : */) {
        this.expectKey = false;
        this.valueStart = i + 1;
        this.startValue();
      } else if (this.depth === 1 && c === 44 /* , */) {
        this.endValue(i);
        this.expectKey = true;
      }
    }
    this.pos = i;
  }

  /** Whether reading on can still give a preview. */
  get hopeful(): boolean {
    return !this.broken && this.items.products.length < this.limit;
  }

  /**
   * The products {@link previewCatalog} vouches for, once `count` of them (or the whole
   * list) have arrived in the usual layout; undefined until then, or when it cannot tell.
   */
  preview(count: number): CatalogPreview | undefined {
    if (this.broken || this.version !== 1 || !this.complete.sellers) return undefined;
    if (this.items.products.length < count && !this.complete.products) return undefined;
    try {
      const data = {
        version: 1,
        sellers: this.items.sellers.map((s) => JSON.parse(s) as unknown),
        products: this.items.products.map((p) => JSON.parse(p) as unknown),
      };
      return previewCatalog(data, count);
    } catch {
      return undefined;
    }
  }

  private inList(): boolean {
    return this.key === 'sellers' || this.key === 'products';
  }

  private startValue(): void {
    const key = this.key ?? '';
    // A key given twice: JSON.parse keeps the last, which has not arrived yet.
    if (this.seen.has(key)) this.broken = true;
    this.seen.add(key);
    // The usual layout: the version, then every seller, before the first product.
    if (key === 'products' && (this.version !== 1 || !this.complete.sellers)) this.broken = true;
  }

  private endValue(end: number): void {
    if (this.key === 'version' && this.valueStart >= 0) {
      try {
        this.version = JSON.parse(this.text.slice(this.valueStart, end)) as unknown;
      } catch {
        this.broken = true;
      }
    }
    this.valueStart = -1;
  }
}
