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

/** The options a combobox shows now: in the popups it names, else anywhere on the page. */
function visibleOptions(combobox: Element): Element[] {
  const doc = combobox.ownerDocument;
  const input = combobox.localName === 'input' ? combobox : combobox.querySelector('input');
  const ids = [combobox, input]
    .flatMap((el) => [el?.getAttribute('aria-controls'), el?.getAttribute('aria-owns')])
    .flatMap((v) => (v ? v.split(/\s+/) : []));
  const popups = ids
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  const scopes: ParentNode[] = popups.length > 0 ? popups : [doc];
  return scopes
    .flatMap((scope) => [...scope.querySelectorAll(OPTION_SELECTOR)])
    .filter((o) => o.getAttribute('aria-disabled') !== 'true' && isRendered(o));
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
  const search = mode === 'path' ? wanted[wanted.length - 1]! : wanted[0]!;
  if (typeable) {
    input.focus({ preventScroll: true });
    press(input);
    setNativeValue(input, search);
    input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertText',
        data: search,
      }),
    );
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
        const found = visibleOptions(combobox);
        return found.length > 0 && signature(found) !== previous ? found : undefined;
      },
      {
        timeoutMs: step === 0 ? options.timeoutMs : Math.min(options.timeoutMs, 800),
        signal: options.signal,
      },
    );
    if (!shown) break;
    previous = signature(shown);
    const texts = shown.map((o) => textOf(o));
    const pick = mode === 'path' ? pickOption(texts, wanted, minLevel) : pickChoice(texts, wanted);
    if (!pick) break;
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
