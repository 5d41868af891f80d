import browser from 'webextension-polyfill';

/**
 * A text for the seller from `_locales` (Bahasa Indonesia by default, English when the
 * browser is in English). A missing key is a bug, not a blank: it shows the key.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** Picks the seller's language from a `{ id, en }` text (messages from the engine and the store). */
export function localized(text: { readonly id: string; readonly en: string }): string {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? text.en : text.id;
}

/** Rupiah as the seller reads it: "Rp 25.000". */
export function rupiah(value: number): string {
  return `Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(value)}`;
}
