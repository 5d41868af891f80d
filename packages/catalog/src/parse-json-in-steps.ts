// JSON.parse of a catalog's text a slice at a time, so a page can read a catalog of any size
// between frames. Only the top-level `products` list is cut up: a string-aware scanner finds
// where each product begins and ends, and each batch of products is parsed by JSON.parse
// itself; the rest of the text is parsed once, with the list left empty, and the products
// are put back into it. The result is exactly JSON.parse's. Anything the scanner does not
// expect (a list given twice, a list that is not one, broken text) makes it hand the whole
// text to JSON.parse, which then gives its answer or throws its error.

/** JSON text parsed a slice at a time; see {@link parseJsonInSteps}. */
export interface JsonParsing {
  /** Parses the next slice (about `BATCH_CHARS` characters of products); true once done. */
  step(): boolean;
  /**
   * Parses whatever is left and returns what `JSON.parse(text)` returns; throws what it
   * throws (a `SyntaxError` for broken JSON).
   */
  finish(): unknown;
  /**
   * Whether the text went to JSON.parse whole: it has no top-level products list, or the
   * scanner met something it does not expect there (such as broken JSON).
   */
  readonly whole: boolean;
}

/** Characters of products parsed per step: a fraction of a millisecond on a phone. */
const BATCH_CHARS = 32 * 1024;

/** The scanner met something it does not expect: JSON.parse reads the whole text instead. */
class Unexpected extends Error {}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Starts parsing JSON text (a leading byte order mark is ignored, as the storefront does)
 * whose top-level `products` list, if any, may be long. Call `step()` until it returns true,
 * or `finish()` at any time.
 */
export function parseJsonInSteps(input: string): JsonParsing {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const items: unknown[] = [];
  /** Where the products list's `[` and `]` are; -1: not found (yet). */
  let open = -1;
  let close = -1;
  /** Where the next product starts, while the list is being read. */
  let pos = 0;
  let result: { value: unknown } | undefined;

  const space = (i: number): number => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  };

  /** The index after the string that starts at `i` (a `"`). */
  const stringEnd = (i: number): number => {
    for (let j = i + 1; ;) {
      const quote = text.indexOf('"', j);
      if (quote < 0) throw new Unexpected();
      // A quote ends the string unless an odd number of backslashes escapes it.
      let slashes = 0;
      while (text.charCodeAt(quote - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      j = quote + 1;
    }
  };

  /** The index after the value that starts at `i`. */
  const valueEnd = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === 34) return stringEnd(i);
    if (c === 123 || c === 91) {
      let depth = 0;
      for (let j = i; j < text.length;) {
        const d = text.charCodeAt(j);
        if (d === 34) {
          j = stringEnd(j);
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) return j + 1;
        }
        j++;
      }
      throw new Unexpected();
    }
    // A number, true, false or null: up to the next separator.
    if (!(c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110))
      throw new Unexpected();
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 93 || d === 125 || isSpace(d)) break;
    }
    return j;
  };

  /**
   * Reads the top-level object's members from `i` (the start of a key, or its closing `}`)
   * up to the products list, which it notes and stops at, or to the end of the text.
   */
  const members = (from: number): void => {
    let i = space(from);
    if (text.charCodeAt(i) === 125) {
      if (space(i + 1) !== text.length) throw new Unexpected();
      return;
    }
    for (;;) {
      if (text.charCodeAt(i) !== 34) throw new Unexpected();
      const keyEnd = stringEnd(i);
      const raw = text.slice(i + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
      i = space(keyEnd);
      if (text.charCodeAt(i) !== 58) throw new Unexpected();
      i = space(i + 1);
      if (key === 'products') {
        // A second list would replace the first in JSON.parse: left to it.
        if (open >= 0 || text.charCodeAt(i) !== 91) throw new Unexpected();
        open = i;
        pos = space(i + 1);
        if (text.charCodeAt(pos) === 93) close = pos;
        return;
      }
      i = space(valueEnd(i));
      const c = text.charCodeAt(i);
      if (c === 125) {
        if (space(i + 1) !== text.length) throw new Unexpected();
        return;
      }
      if (c !== 44) throw new Unexpected();
      i = space(i + 1);
    }
  };

  /** Parses the next batch of products; notes where the list ends once it does. */
  const batch = (): void => {
    const start = pos;
    let end: number;
    for (;;) {
      end = valueEnd(pos);
      const next = space(end);
      const c = text.charCodeAt(next);
      if (c === 93) {
        close = next;
        break;
      }
      if (c !== 44) throw new Unexpected();
      pos = space(next + 1);
      if (end - start >= BATCH_CHARS) break;
    }
    // Each batch is a run of whole products with the commas between them: valid on its own
    // exactly when that part of the list is.
    for (const item of JSON.parse(`[${text.slice(start, end)}]`) as unknown[]) items.push(item);
  };

  /**
   * The text without the products (the list left empty), parsed, with the products put
   * back. The members after the list are scanned first: one more `products` is left to
   * JSON.parse, which would keep that one.
   */
  const assemble = (): unknown => {
    const i = space(close + 1);
    if (text.charCodeAt(i) === 44) members(i + 1);
    const top = JSON.parse(`${text.slice(0, open)}[]${text.slice(close + 1)}`) as unknown;
    const list = (top as { products?: unknown } | null)?.products;
    if (!Array.isArray(list) || list.length !== 0) throw new Unexpected();
    (top as { products: unknown[] }).products = items;
    return top;
  };

  let started = false;
  let whole = false;
  const step = (): boolean => {
    if (result) return true;
    try {
      if (!started) {
        started = true;
        const first = space(0);
        if (text.charCodeAt(first) !== 123) throw new Unexpected();
        members(first + 1);
        whole = open < 0;
      } else {
        if (close < 0) batch();
        if (close >= 0) result = { value: assemble() };
      }
    } catch (error) {
      if (!(error instanceof Unexpected) && !(error instanceof SyntaxError)) throw error;
      whole = true;
    }
    // No products list, or text the scanner does not expect: JSON.parse reads it whole, and
    // says what is wrong with it if anything is.
    if (whole) result = { value: JSON.parse(text) };
    return result !== undefined;
  };

  return {
    step,
    finish: () => {
      while (!step());
      return result!.value;
    },
    get whole() {
      return whole;
    },
  };
}
