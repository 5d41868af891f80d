import { optionText, textOf } from './control-labels.js';
import type { FormControl } from './form-controls.js';

/** Visible text of a combobox without its placeholder ("Pilih kategori"). */
function comboboxText(element: Element): string {
  const input = element.localName === 'input' ? element : element.querySelector('input');
  const typed = (input as HTMLInputElement | null)?.value.trim();
  if (typed) return typed;
  if (element.localName === 'input') return '';
  const clone = element.cloneNode(true) as Element;
  for (const hint of clone.querySelectorAll(
    '[class*="placeholder" i], [aria-hidden="true"], input',
  )) {
    hint.remove();
  }
  return textOf(clone);
}

/**
 * What a control shows, as text: an input's value, an editor's text, the chosen option of a
 * select, combobox or radio group (`''` when none), `'true'`/`'false'` for a checkbox.
 */
export function readControl(control: FormControl): string {
  const element = control.element;
  switch (control.kind) {
    case 'text':
    case 'number':
      return (element as HTMLInputElement).value ?? '';
    case 'richtext':
      return (element as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim();
    case 'select': {
      const select = element as HTMLSelectElement;
      const option = select.selectedOptions[0];
      return option && option.value !== '' ? (option.textContent ?? '').trim() : '';
    }
    case 'combobox':
      return element.localName === 'select'
        ? readControl({ element, kind: 'select' })
        : comboboxText(element);
    case 'radio': {
      const checked = (control.options ?? []).find(
        (o) =>
          (o as HTMLInputElement).checked === true || o.getAttribute('aria-checked') === 'true',
      );
      return checked ? optionText(checked) : '';
    }
    case 'checkbox':
      return String(
        (element as HTMLInputElement).checked === true ||
          element.getAttribute('aria-checked') === 'true',
      );
    case 'file':
      return '';
  }
}
