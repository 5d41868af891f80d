/** The focused element, looking inside open shadow roots (where `document.activeElement` stops). */
function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

const TEXT_INPUTS =
  /^(?:text|search|url|tel|email|password|number|date|datetime-local|month|time|week)$/;

/** Whether a paste into `element` is the user's own text or file for that field. */
function isEditable(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement) return !element.disabled && !element.readOnly;
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.test(element.type);
  return false;
}

/**
 * Whether the photo coach `host` may take a paste: when focus is inside it, or when nothing
 * editable has focus (the seller pasted onto the page itself). A paste into the host page's
 * own field (a chat box, a form) belongs to that field, image or not.
 */
export function pasteIsForCoach(event: ClipboardEvent, host: Element): boolean {
  if (event.composedPath().includes(host)) return true;
  return !isEditable(deepActiveElement(document));
}
