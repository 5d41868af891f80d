import { SKIPPED_TAGS } from './page-anchors.js';

/** Elements measured, at most: a gigantic page is read up to here. */
const MAX_ELEMENTS = 100_000;

/** An element whose whole text is short (a price, a label, a notice), in page order. */
export interface ShortText {
  readonly element: Element;
  readonly text: string;
  /** Position in page order. */
  readonly index: number;
}

/**
 * The page's text measured once: how much text each element holds, so readers look only
 * at elements with short text (a price, "SKU: 123", "Sold out") without asking every
 * element of a large page for its `textContent`, which costs as much as its subtree.
 */
export class PageText {
  private readonly order: Element[] = [];
  private readonly lengths = new Map<Element, number>();
  private readonly texts = new Map<Element, string>();
  /** Whether the page had more elements than are read. */
  truncated = false;

  constructor(document: Document) {
    if (document.body) this.measure(document.body);
  }

  private measure(element: Element): number {
    if (this.order.length >= MAX_ELEMENTS) {
      this.truncated = true;
      return Infinity;
    }
    this.order.push(element);
    let length = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Whitespace between tags counts as one space at most.
        if (/\S/.test(value)) length += value.trim().length + 1;
      } else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName)) {
        length += this.measure(child as Element);
      }
    }
    this.lengths.set(element, length);
    return length;
  }

  /** The element's text without scripts, styles or a select's options, whitespace collapsed (cached). */
  text(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) {
      const parts: string[] = [];
      const gather = (e: Element) => {
        for (let child = e.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
          else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName))
            gather(child as Element);
        }
      };
      gather(element);
      text = parts
        .join('')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim();
      this.texts.set(element, text);
    }
    return text;
  }

  /** Measured text length (roughly its characters), Infinity when not measured. */
  length(element: Element): number {
    return this.lengths.get(element) ?? Infinity;
  }

  /** Elements whose text is non-empty and at most `maxChars` long, in page order. */
  *short(maxChars: number): Generator<ShortText> {
    for (let index = 0; index < this.order.length; index++) {
      const element = this.order[index]!;
      const length = this.lengths.get(element) ?? Infinity;
      // The measure counts a space per text node, so allow a little slack before the exact check.
      if (length === 0 || length > maxChars * 2) continue;
      const text = this.text(element);
      if (text.length > 0 && text.length <= maxChars) yield { element, text, index };
    }
  }

  /** Position of an element in page order, -1 if not measured. */
  indexOf(element: Element): number {
    return this.order.indexOf(element);
  }
}
