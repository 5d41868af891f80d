import { attributeWords, foldLabel } from './fold-label.js';
import type { FormControl } from './form-controls.js';

/** Where a control's label text came from. */
export type LabelSource =
  | 'label'
  | 'labelledby'
  | 'aria-label'
  | 'legend'
  | 'cell'
  | 'nearby'
  | 'placeholder'
  | 'attribute';

/** One text that names a control, folded, with how much it is to be trusted (0–1). */
export interface LabelText {
  readonly text: string;
  readonly source: LabelSource;
  readonly weight: number;
}

const SKIP_TEXT = new Set(['script', 'style', 'select', 'option', 'textarea', 'template', 'svg']);
const CONTROL_SELECTOR =
  'input:not([type="hidden"]), textarea, select, [contenteditable="true"], [contenteditable=""], [role="combobox"], [role="textbox"]';
/** Longer text near a control is a paragraph, not its label. */
const MAX_LABEL_LENGTH = 80;

/**
 * The text of an element, skipping scripts, styles, option lists and `exclude`. Stops
 * reading past `limit` characters (a label is short; a page section need not be read whole).
 */
export function textOf(element: Element, exclude?: Element, limit = Infinity): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node === exclude || text.length > limit) return;
    if (node.nodeType === Node.TEXT_NODE) {
      text += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP_TEXT.has(el.localName) || el.getAttribute('aria-hidden') === 'true') return;
    if (el.localName === 'br' || el.localName === 'div' || el.localName === 'p') text += ' ';
    for (const child of el.childNodes) walk(child);
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

function containsControl(element: Element): boolean {
  return element.matches(CONTROL_SELECTOR) || element.querySelector(CONTROL_SELECTOR) !== null;
}

/** Text near a control, read only as far as a label could reach. */
const nearText = (element: Element) => textOf(element, undefined, MAX_LABEL_LENGTH * 4);

/** Text that is only a unit, currency or counter ("Rp", "cm", "0/70"): not a label. */
function isAdornment(text: string): boolean {
  const folded = foldLabel(text);
  return folded === '' || UNIT_ONLY.test(folded) || /^\d+(?: \d+)?$/.test(folded);
}
const UNIT_ONLY =
  /^(?:rp|idr|usd|cm|mm|kg|g|gr|gram|kilogram|pcs|buah)(?: (?:rp|idr|cm|mm|kg|g|gr|gram|kilogram|pcs|buah))*$/;

/**
 * Texts before the control, nearest first (at most two): a sibling label element, a text
 * node, or the same a few levels up (up to `maxDepth`). Units and counters ("Rp", "0/70")
 * are passed over. Stops at a block that holds another control, since text before that
 * belongs to the other field; the second text covers a hint between a label and its input.
 */
function precedingTexts(start: Element, maxDepth: number): { text: string; depth: number }[] {
  const found: { text: string; depth: number }[] = [];
  let node: Element | null = start;
  for (let depth = 0; node && depth <= maxDepth; depth++) {
    let sibling: ChildNode | null = node.previousSibling;
    for (let steps = 0; sibling && steps < 4; sibling = sibling.previousSibling) {
      let text = '';
      if (sibling.nodeType === Node.TEXT_NODE) {
        text = (sibling as Text).data.replace(/\s+/g, ' ').trim();
      } else if (sibling.nodeType === Node.ELEMENT_NODE) {
        steps++;
        if (containsControl(sibling as Element)) return found;
        text = nearText(sibling as Element);
      }
      if (!text || isAdornment(text)) continue;
      if (text.length > MAX_LABEL_LENGTH && found.length === 0) return found;
      if (text.length <= MAX_LABEL_LENGTH) found.push({ text, depth });
      if (found.length === 2) return found;
    }
    node = node.parentElement;
    if (!node || node.localName === 'form' || node.localName === 'body') return found;
  }
  return found;
}

/** The label cell of a form laid out as a table (or a `dl`). */
function cellLabel(element: Element): string | undefined {
  const dd = element.closest('dd');
  if (dd) {
    const dt = dd.previousElementSibling;
    if (dt?.localName === 'dt') return textOf(dt);
  }
  const cell = element.closest('td, th, [role="cell"], [role="gridcell"]');
  if (!cell) return undefined;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (containsControl(prev)) return undefined;
    const text = nearText(prev);
    if (text) return text.length <= MAX_LABEL_LENGTH ? text : undefined;
  }
  return undefined;
}

function byIds(element: Element, attribute: string): string | undefined {
  const ids = element.getAttribute(attribute);
  if (!ids) return undefined;
  const doc = element.ownerDocument;
  const text = ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null)
    .map((el) => textOf(el))
    .join(' ');
  return text || undefined;
}

/** Texts of `<label>` elements tied to the control by `for` or by wrapping it. */
function labelElements(element: Element): string[] {
  const labels = (element as HTMLInputElement).labels;
  const found = labels ? [...labels] : [];
  const wrapping = element.closest('label');
  if (wrapping && !found.includes(wrapping)) found.push(wrapping);
  return found.map((label) => textOf(label, element)).filter((t) => t !== '');
}

/**
 * Every text that names a control, most trusted first: `<label>` (for/id or wrapping),
 * `aria-labelledby`, `aria-label`, a fieldset legend, a table-cell label, the nearest text
 * before it (a sibling or one a few levels up), the placeholder, then its name, id and test
 * id split into words.
 */
export function controlLabels(control: FormControl): LabelText[] {
  // An iframe editor's label is beside the iframe, in the page.
  const element = control.frame ?? control.element;
  const out: LabelText[] = [];
  const add = (text: string | null | undefined, source: LabelSource, weight: number): void => {
    const folded = text ? foldLabel(text) : '';
    if (folded && !out.some((l) => l.text === folded && l.source === source)) {
      out.push({ text: folded, source, weight });
    }
  };
  // For a radio group the options' labels ("Baru", "Bekas") are not the group's label.
  if (control.kind !== 'radio') for (const text of labelElements(element)) add(text, 'label', 1);
  add(byIds(element, 'aria-labelledby'), 'labelledby', 1);
  add(element.getAttribute('aria-label'), 'aria-label', 0.95);
  const fieldset = element.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (legend) add(textOf(legend), 'legend', control.kind === 'radio' ? 0.95 : 0.7);
  add(cellLabel(element), 'cell', 0.9);
  const [near, further] = precedingTexts(element, 4);
  if (near) add(near.text, 'nearby', 0.9 - near.depth * 0.06);
  if (further) add(further.text, 'nearby', 0.8 - further.depth * 0.06);
  const inner = control.kind === 'combobox' ? element.querySelector('input') : null;
  add(
    element.getAttribute('placeholder') ??
      element.getAttribute('data-placeholder') ??
      element.getAttribute('aria-placeholder') ??
      inner?.getAttribute('placeholder'),
    'placeholder',
    0.8,
  );
  add(element.getAttribute('title'), 'placeholder', 0.7);
  for (const name of ['name', 'id', 'data-testid', 'data-test-id', 'data-tid']) {
    const value = element.getAttribute(name);
    if (value) add(attributeWords(value), 'attribute', 0.6);
  }
  return out;
}

/** Short text right after a control (a unit such as "gram" or "kg"), folded. */
export function suffixText(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth++) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      const text =
        sibling.nodeType === Node.TEXT_NODE
          ? (sibling as Text).data.trim()
          : sibling.nodeType === Node.ELEMENT_NODE && !containsControl(sibling as Element)
            ? nearText(sibling as Element)
            : '';
      if (text) return text.length <= 12 ? foldLabel(text) : '';
    }
    node = node.parentElement;
  }
  return '';
}

/** The visible name of one radio option (its label, aria-label or the text beside it). */
export function optionText(option: Element): string {
  const own = labelElements(option)[0] ?? option.getAttribute('aria-label') ?? '';
  if (own) return own;
  if (option.localName !== 'input') return textOf(option);
  const next = option.nextSibling;
  return next?.nodeType === Node.TEXT_NODE
    ? (next as Text).data.trim()
    : next?.nodeType === Node.ELEMENT_NODE
      ? textOf(next as Element)
      : (option.getAttribute('value') ?? '');
}
