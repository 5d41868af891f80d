import { textOf } from './control-labels.js';
import { foldLabel } from './fold-label.js';

/** Button texts that save or publish a listing: never pressed. */
const PUBLISH_WORDS =
  /^(simpan|tampilkan|terbitkan|jual|publish|submit|save|kirim|perbarui|update|upload produk|unggah produk|tambah produk|simpan dan tampilkan|simpan perubahan|simpan draft|simpan draf|jual sekarang|publikasikan|launch|list now)$/;

/**
 * Whether pressing the element could save, publish or leave the page: a submit button, a
 * button whose text is a publish word, or a link to another page.
 */
export function isPublishControl(element: Element): boolean {
  // A link that leads somewhere would take the seller off the form they are filling.
  const link = element.closest('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  if (
    link &&
    href !== '' &&
    !href.startsWith('#') &&
    !/^javascript:\s*(void\(0\))?;?$/i.test(href)
  ) {
    return true;
  }
  const button = element.closest('button, input[type="submit"], [role="button"], a');
  if (!button) return false;
  const text = foldLabel(
    button.localName === 'input' ? ((button as HTMLInputElement).value ?? '') : textOf(button),
  );
  if (PUBLISH_WORDS.test(text)) return true;
  return (
    (button.localName === 'button' || button.localName === 'input') &&
    (button as HTMLButtonElement).type === 'submit' &&
    (button as HTMLButtonElement).form !== null &&
    !element.closest('[role="combobox"], [role="listbox"], [role="option"], [aria-haspopup]')
  );
}

/**
 * Presses an element the way a pointer does (pointerdown, mousedown, pointerup, mouseup,
 * click), since widgets listen to different ones. Refuses publish and submit controls.
 * Returns whether it pressed.
 */
export function press(element: Element): boolean {
  if (isPublishControl(element)) return false;
  const view = element.ownerDocument.defaultView ?? window;
  const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
  element.dispatchEvent(
    new PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }),
  );
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(
    new PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }),
  );
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
  return true;
}

/** Sends one key (keydown then keyup) to an element, e.g. Escape to close a popup. */
export function sendKey(element: Element, key: string): void {
  const init = { key, bubbles: true, cancelable: true, composed: true };
  element.dispatchEvent(new KeyboardEvent('keydown', init));
  element.dispatchEvent(new KeyboardEvent('keyup', init));
}
