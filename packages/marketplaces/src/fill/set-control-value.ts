import { optionText } from './control-labels.js';
import { CATEGORY_SYNONYMS } from './category-synonyms.js';
import { foldLabel, foldSynonyms, textSimilarity } from './fold-label.js';
import { press } from './press.js';

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Sets `value` through the setter on the element's prototype, not the instance. React (and
 * other frameworks that track values) shadow `value` on the instance; writing through the
 * prototype leaves their tracker with the old value, so the input event that follows is
 * seen as a real change (facebook/react#10135).
 */
export function setNativeValue(element: ValueElement, value: string): void {
  for (
    let proto: object | null = Object.getPrototypeOf(element);
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(element, value);
      return;
    }
  }
  element.value = value;
}

function fire(element: Element, type: 'input' | 'change', data?: string): void {
  element.dispatchEvent(
    type === 'input'
      ? new InputEvent('input', {
          bubbles: true,
          composed: true,
          inputType: 'insertText',
          data: data ?? null,
        })
      : new Event('change', { bubbles: true }),
  );
}

/** Types a value into an input or textarea so that React, Vue and Angular all see it. */
export function enterText(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.focus({ preventScroll: true });
  setNativeValue(element, value);
  fire(element, 'input', value);
  fire(element, 'change');
  element.blur();
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function selectContents(element: HTMLElement): void {
  const doc = element.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(element);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Replaces the text of a contenteditable editor the way typing does: `insertText` over the
 * selected contents (editors listen to beforeinput/input), then a synthetic paste for
 * editors that only handle their own paste (Quill, ProseMirror, Lexical), then, last,
 * plain text with an input event. Returns whether the editor shows the text.
 */
export function enterRichText(element: HTMLElement, text: string): boolean {
  const shows = () => collapse(element.innerText) === collapse(text);
  element.focus({ preventScroll: true });
  selectContents(element);
  // execCommand is deprecated but still the one way to type into an editor as the user
  // does (it fires beforeinput and input and joins the undo stack).
  element.ownerDocument.execCommand('insertText', false, text);
  if (!shows()) {
    selectContents(element);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    element.dispatchEvent(paste);
    if (!paste.defaultPrevented && !shows()) {
      element.textContent = text;
      element.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
    }
  }
  element.blur();
  return shows();
}

/** The best of some texts for a wanted path (top level first), and how well it fits. */
export interface OptionPick {
  readonly index: number;
  readonly score: number;
  /** Which level of the path it matched (0 = top). */
  readonly level: number;
}

/**
 * Picks the option that best fits a path of choices, preferring deeper levels ("Keripik"
 * over "Makanan & Minuman" for "Makanan & Minuman > Camilan > Keripik") and options that
 * spell the whole path. `minLevel` skips levels already chosen. `undefined` below 0.6.
 */
export function pickOption(
  texts: readonly string[],
  path: readonly string[],
  minLevel = 0,
): OptionPick | undefined {
  const canon = (text: string) => foldSynonyms(foldLabel(text), CATEGORY_SYNONYMS);
  const levels = path.map(canon);
  const whole = levels.join(' ');
  const leaf = levels[levels.length - 1] ?? '';
  let best: OptionPick | undefined;
  texts.forEach((raw, index) => {
    const text = canon(raw);
    for (let level = minLevel; level < levels.length; level++) {
      const fit = textSimilarity(text, levels[level]!);
      const score = fit * (1 + 0.05 * level);
      if (fit >= 0.6 && (!best || score > best.score)) best = { index, score, level };
    }
    // An option that spells the whole path ("A / B / C") and ends in the leaf.
    const all = textSimilarity(text, whole);
    if (all >= 0.8 && textSimilarity(text, leaf) >= 0.6 && (!best || all * 1.1 > best.score)) {
      best = { index, score: all * 1.1, level: levels.length - 1 };
    }
  });
  return best;
}

/**
 * Picks the option fitting the first of some alternative choices that any option fits
 * (["Baru", "New"]: whichever the page uses). `undefined` when none fits.
 */
export function pickChoice(
  texts: readonly string[],
  choices: readonly string[],
): OptionPick | undefined {
  for (const choice of choices) {
    const pick = pickOption(texts, [choice]);
    if (pick && pick.score >= 0.8) return pick;
  }
  return undefined;
}

/**
 * Chooses the option of a native select that fits: a path (`category`, top level first) or
 * alternative choices. Returns the chosen option's text, or `undefined`.
 */
export function chooseSelectOption(
  select: HTMLSelectElement,
  wanted: readonly string[],
  mode: 'path' | 'choices',
): string | undefined {
  const options = [...select.options].filter((o) => !o.disabled && o.value !== '');
  const texts = options.map((o) => o.textContent ?? '');
  const pick = mode === 'path' ? pickOption(texts, wanted) : pickChoice(texts, wanted);
  if (!pick) return undefined;
  const option = options[pick.index]!;
  select.focus({ preventScroll: true });
  setNativeValue(select, option.value);
  fire(select, 'input');
  fire(select, 'change');
  select.blur();
  return (option.textContent ?? '').trim();
}

/** Checks the radio whose label fits one of the choices; returns its label, or undefined. */
export function chooseRadio(
  options: readonly Element[],
  choices: readonly string[],
): string | undefined {
  const pick = pickChoice(options.map(optionText), choices);
  if (!pick) return undefined;
  const option = options[pick.index]!;
  const checked =
    (option as HTMLInputElement).checked === true || option.getAttribute('aria-checked') === 'true';
  if (!checked) {
    if (option.localName === 'input') (option as HTMLInputElement).click();
    else press(option);
  }
  return optionText(option);
}

/** Sets a checkbox (native or `role="checkbox"`) by clicking it when it differs. */
export function setChecked(element: Element, checked: boolean): void {
  const now =
    (element as HTMLInputElement).checked === true ||
    element.getAttribute('aria-checked') === 'true';
  if (now === checked) return;
  if (element.localName === 'input') (element as HTMLInputElement).click();
  else press(element);
}

/**
 * Puts files into a file input through a DataTransfer, then fires input and change: the
 * events an uploader behind a hidden input listens to.
 */
export function setFiles(input: HTMLInputElement, files: readonly File[]): void {
  const data = new DataTransfer();
  for (const file of input.multiple ? files : files.slice(0, 1)) data.items.add(file);
  input.files = data.files;
  fire(input, 'input');
  fire(input, 'change');
}
