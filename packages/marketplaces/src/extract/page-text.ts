import { SKIPPED_TAGS } from './page-anchors.js';

/** Elements whose text is a word apart from what surrounds it. */
const SEPARATE = new Set([
  'A',
  'BUTTON',
  'BR',
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LABEL',
  'INPUT',
]);

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
  private readonly withDigits = new Set<Element>();
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
    let digits = false;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Whitespace between tags counts as one space at most.
        if (/\S/.test(value)) {
          length += value.trim().length + 1;
          digits ||= /\d/.test(value);
        }
      } else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName)) {
        length += this.measure(child as Element);
        digits ||= this.withDigits.has(child as Element);
      }
    }
    this.lengths.set(element, length);
    if (digits) this.withDigits.add(element);
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
          else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName)) {
            // Blocks, cells and controls are separate words ("1021493409" then a "Report"
            // link); inline spans are not ("$<span>12</span>.<span>99</span>" is "$12.99").
            const block = SEPARATE.has((child as Element).tagName);
            if (block) parts.push(' ');
            gather(child as Element);
            if (block) parts.push(' ');
          }
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

  /**
   * Elements whose text is non-empty and at most `maxChars` long, in page order; with
   * `digits`, only those whose text holds a digit.
   */
  *short(maxChars: number, digits = false): Generator<ShortText> {
    for (let index = 0; index < this.order.length; index++) {
      const element = this.order[index]!;
      if (digits && !this.withDigits.has(element)) continue;
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
