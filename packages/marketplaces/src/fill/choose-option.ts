import { textOf } from './control-labels.js';
import { isRendered } from './form-controls.js';
import { press, sendKey } from './press.js';
import { pickChoice, pickOption, setNativeValue } from './set-control-value.js';
import { waitFor } from './wait-for.js';

/** What choosing in a combobox achieved. */
export interface ComboboxChoice {
  /** Texts of the options pressed, in order (one per level of a cascader). */
  readonly chosen: readonly string[];
  /** Whether the last option pressed fits the last level wanted. */
  readonly complete: boolean;
  /** How well the last option fits, 0–1+. */
  readonly score: number;
}

const OPTION_SELECTOR =
  '[role="option"], [role="menuitem"], [role="treeitem"], [role="menuitemradio"]';

/** Containers pickers open their options in, when the options carry no ARIA role. */
const POPUP_SELECTOR =
  '[role="listbox"], [role="menu"], [role="dialog"], [role="tree"], [aria-modal="true"], [class*="dropdown" i], [class*="popover" i], [class*="popup" i], [class*="modal" i]';
/** Option-like elements inside such a container. */
const PLAIN_OPTION_SELECTOR = 'li, a, button, [class*="option" i], [class*="item" i]';

/** The rendered popup containers on the page now. */
export function openPopups(doc: Document): Set<Element> {
  return new Set([...doc.querySelectorAll(POPUP_SELECTOR)].filter(isRendered));
}

/** Innermost option-like elements with short text: what a seller would click. */
function plainOptions(scope: Element): Element[] {
  return [...scope.querySelectorAll(PLAIN_OPTION_SELECTOR)].filter((el) => {
    if (!isRendered(el) || el.querySelector(PLAIN_OPTION_SELECTOR)) return false;
    const text = textOf(el, undefined, 100);
    return text.length > 0 && text.length <= 80;
  });
}

/**
 * The options a combobox shows now: the ARIA options in the popups it names, else anywhere
 * on the page; failing that, option-like elements (list items, links, items) in a popup it
 * names or in one that opened since `before`, so pickers without ARIA roles work too.
 */
function visibleOptions(combobox: Element, before: ReadonlySet<Element>): Element[] {
  const doc = combobox.ownerDocument;
  const input = combobox.localName === 'input' ? combobox : combobox.querySelector('input');
  const ids = [combobox, input]
    .flatMap((el) => [el?.getAttribute('aria-controls'), el?.getAttribute('aria-owns')])
    .flatMap((v) => (v ? v.split(/\s+/) : []));
  const popups = ids
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  const scopes: ParentNode[] = popups.length > 0 ? popups : [doc];
  const aria = scopes
    .flatMap((scope) => [...scope.querySelectorAll(OPTION_SELECTOR)])
    .filter((o) => o.getAttribute('aria-disabled') !== 'true' && isRendered(o));
  if (aria.length > 0) return aria;
  const opened = [...openPopups(doc)].filter((p) => !before.has(p) && !p.contains(combobox));
  const containers = [...popups.filter(isRendered), ...opened];
  return [...new Set(containers.flatMap(plainOptions))];
}

const signature = (options: readonly Element[]) => options.map((o) => textOf(o)).join('\u0001');

/**
 * Chooses in an ARIA combobox (or a cascader): types the wanted text when it has a text
 * input, else presses it open; waits for options; presses the one that fits best; and, as
 * long as new options appear (the next level of a cascader), goes on down the path.
 * `wanted` is a path (top level first) or, in `choices` mode, alternative texts.
 */
export async function chooseInCombobox(
  combobox: Element,
  wanted: readonly string[],
  mode: 'path' | 'choices',
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<ComboboxChoice> {
  const doc = combobox.ownerDocument;
  const input = (
    combobox.localName === 'input' ? combobox : combobox.querySelector('input')
  ) as HTMLInputElement | null;
  const typeable = input !== null && !input.readOnly;
  // What to type: the leaf first, then the levels above it (a search that finds nothing
  // for "Keripik" may find "Camilan"). Without a text input, the combobox is pressed open.
  const searches = typeable ? (mode === 'path' ? [...wanted].reverse() : wanted.slice(0, 1)) : [];
  const type = (text: string) => {
    input!.focus({ preventScroll: true });
    setNativeValue(input!, text);
    input!.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertText',
        data: text,
      }),
    );
  };
  const before = openPopups(doc);
  if (typeable) {
    press(input);
    type(searches.shift()!);
  } else {
    press(combobox);
  }
  const chosen: string[] = [];
  let previous = '';
  let minLevel = 0;
  let score = 0;
  let complete = false;
  for (let step = 0; step < 8 && !complete; step++) {
    const shown = await waitFor(
      doc,
      () => {
        const found = visibleOptions(combobox, before);
        return found.length > 0 && signature(found) !== previous ? found : undefined;
      },
      {
        timeoutMs: chosen.length === 0 ? options.timeoutMs : Math.min(options.timeoutMs, 800),
        signal: options.signal,
      },
    );
    const texts = shown?.map((o) => textOf(o)) ?? [];
    const pick = !shown
      ? undefined
      : mode === 'path'
        ? pickOption(texts, wanted, minLevel)
        : pickChoice(texts, wanted);
    if (!shown || !pick) {
      if (chosen.length > 0 || searches.length === 0) break;
      previous = shown ? signature(shown) : '';
      type(searches.shift()!);
      continue;
    }
    previous = signature(shown);
    press(shown[pick.index]!);
    chosen.push(texts[pick.index]!);
    score = pick.score;
    minLevel = pick.level + 1;
    complete = mode === 'choices' || pick.level === wanted.length - 1;
  }
  if (!complete) {
    // Close whatever is still open, so the page is left as it was for the seller.
    sendKey(input ?? combobox, 'Escape');
  }
  return { chosen, complete, score };
}
