import type { ControlKind } from '../maps/field-map.js';

/**
 * One fillable control on a page. For a radio group, `element` is the element around the
 * radios and `options` the radios; for a combobox it is the element with the combobox role.
 */
export interface FormControl {
  readonly element: Element;
  readonly kind: ControlKind;
  /** Radio buttons of a group (native or `role="radio"`), in page order. */
  readonly options?: readonly Element[];
  /**
   * For an editor in a same-origin iframe (TinyMCE, CKEditor 4): the iframe, which is where
   * the page puts its label; `element` is the editable body inside it.
   */
  readonly frame?: Element;
}

/** The editable body of a same-origin iframe editor, or `undefined`. */
function frameEditor(frame: HTMLIFrameElement): HTMLElement | undefined {
  let doc: Document | null;
  try {
    doc = frame.contentDocument; // null when cross-origin
  } catch {
    return undefined;
  }
  const body = doc?.body;
  if (!doc || !body) return undefined;
  return doc.designMode === 'on' || body.isContentEditable ? body : undefined;
}

const CANDIDATES = [
  'input',
  'textarea',
  'select',
  '[contenteditable]',
  '[role="combobox"]',
  '[role="radiogroup"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[aria-haspopup]:not([aria-haspopup="false"])',
].join(',');

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'tel', 'number']);

/** Whether the element is a contenteditable editor root (not a node inside one). */
function isEditorRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null || value === 'false') return false;
  const parent = element.parentElement?.closest('[contenteditable]');
  return !parent || parent.getAttribute('contenteditable') === 'false';
}

/** The control kind an element is, or `undefined` when it is not a fillable control. */
export function controlKindOf(element: Element): ControlKind | undefined {
  const role = element.getAttribute('role');
  const tag = element.localName;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (type === 'file') return 'file';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (!TEXT_INPUT_TYPES.has(type)) return undefined;
    if (role === 'combobox' || element.hasAttribute('list')) return 'combobox';
    const ac = element.getAttribute('aria-autocomplete');
    if (ac === 'list' || ac === 'both') return 'combobox';
    if (type === 'number' || /^(numeric|decimal)$/.test(element.getAttribute('inputmode') ?? '')) {
      return 'number';
    }
    return 'text';
  }
  if (tag === 'textarea') return 'text';
  if (tag === 'select') return 'select';
  const popup = element.getAttribute('aria-haspopup');
  if (role === 'combobox' || (popup !== null && popup !== 'false')) return 'combobox';
  if (role === 'radiogroup') return 'radio';
  if (role === 'checkbox' || role === 'switch') return 'checkbox';
  if (isEditorRoot(element)) return 'richtext';
  return undefined;
}

function isDisabled(element: Element): boolean {
  return (
    (element as HTMLInputElement).disabled === true ||
    element.getAttribute('aria-disabled') === 'true'
  );
}

/** Rendered at all (not `display: none`, not in a hidden subtree). */
export function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The element around all of `items`: their nearest common ancestor. */
function commonAncestor(items: readonly Element[]): Element {
  let ancestor: Element | null = items[0]!.parentElement;
  while (ancestor && !items.every((item) => ancestor!.contains(item))) {
    ancestor = ancestor.parentElement;
  }
  return ancestor ?? items[0]!;
}

function radioGroups(root: ParentNode, taken: Set<Element>): FormControl[] {
  const groups = new Map<string, Element[]>();
  for (const radio of root.querySelectorAll('input[type="radio"]')) {
    if (taken.has(radio) || isDisabled(radio)) continue;
    const form = (radio as HTMLInputElement).form;
    const name = radio.getAttribute('name');
    // Unnamed radios group by their parent's parent (each radio usually sits in a label).
    const key = name
      ? `${form ? uniqueKey(form) : 'page'}:${name}`
      : `anon:${radio.parentElement?.parentElement ? uniqueKey(radio.parentElement.parentElement) : ''}`;
    const list = groups.get(key) ?? [];
    list.push(radio);
    groups.set(key, list);
  }
  return [...groups.values()].map((radios) => {
    const around = radios[0]!.closest('fieldset, [role="radiogroup"]');
    const element =
      around && radios.every((r) => around.contains(r)) ? around : commonAncestor(radios);
    return { element, kind: 'radio' as const, options: radios };
  });
}

const keys = new WeakMap<Element, string>();
let nextKey = 0;
function uniqueKey(element: Element): string {
  let key = keys.get(element);
  if (key === undefined) {
    key = String(nextKey++);
    keys.set(element, key);
  }
  return key;
}

/**
 * Every control on the page a listing could go into, in page order: visible text inputs,
 * textareas, selects, contenteditable editors, comboboxes, radio groups, checkboxes and
 * file inputs (which uploaders hide, so those count when hidden).
 */
export function findControls(root: ParentNode): FormControl[] {
  const controls: FormControl[] = [];
  const taken = new Set<Element>();
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (taken.has(element)) continue;
    const kind = controlKindOf(element);
    if (!kind || kind === 'radio' || isDisabled(element)) continue;
    if (kind !== 'file' && kind !== 'checkbox' && !isRendered(element)) continue;
    // ARIA 1.1 comboboxes wrap their input: the wrapper is the control.
    const wrapper = element.parentElement?.closest('[role="combobox"]');
    if (wrapper && wrapper !== element) continue;
    if (kind === 'combobox') {
      for (const inner of element.querySelectorAll('input')) taken.add(inner);
    }
    controls.push({ element, kind });
  }
  for (const frame of root.querySelectorAll('iframe')) {
    const body = isRendered(frame) ? frameEditor(frame) : undefined;
    if (body) controls.push({ element: body, kind: 'richtext', frame });
  }
  for (const group of root.querySelectorAll('[role="radiogroup"]')) {
    const options = [...group.querySelectorAll('[role="radio"], input[type="radio"]')];
    if (options.length === 0) continue;
    options.forEach((o) => taken.add(o));
    controls.push({ element: group, kind: 'radio', options });
  }
  controls.push(...radioGroups(root, taken));
  const anchor = (c: FormControl) => c.frame ?? c.element;
  return controls.sort((a, b) =>
    anchor(a) === anchor(b)
      ? 0
      : anchor(a).compareDocumentPosition(anchor(b)) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
  );
}

/**
 * The control of the wanted kind at or inside `element` (a selector may match a wrapper).
 * A wrapper holding a native select gives the select even when a combobox was expected,
 * and the other way round, since pages switch between the two.
 */
export function controlAt(element: Element, wanted: ControlKind): FormControl | undefined {
  const own = controlKindOf(element);
  if (wanted === 'radio') {
    const options = [...element.querySelectorAll('input[type="radio"], [role="radio"]')].filter(
      (o) => !isDisabled(o),
    );
    if (options.length > 0) return { element, kind: 'radio', options };
    if (own === 'radio' && element.localName === 'input') {
      const name = element.getAttribute('name');
      const scope = (element as HTMLInputElement).form ?? element.ownerDocument;
      const group = name
        ? [...scope.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)]
        : [element];
      return { element: commonAncestor(group), kind: 'radio', options: group };
    }
    return undefined;
  }
  if (own && own !== 'radio') return { element, kind: own };
  for (const inner of element.querySelectorAll(CANDIDATES)) {
    const kind = controlKindOf(inner);
    if (kind && kind !== 'radio') return { element: inner, kind };
  }
  return undefined;
}
