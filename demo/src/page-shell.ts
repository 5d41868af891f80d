// What every demo page does before any Etalase element loads: the language toggle, and
// offline use after a first visit. Small on purpose: the pages paint with only this.
import { initLanguage } from './page-language.js';

initLanguage();

// A service worker keeps the pages, the widget and the sample catalog for offline visits.
// Not on the Vite dev server, whose modules change on every edit.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    console.warn('[offline] the service worker could not be registered:', error);
  });
}

/**
 * Runs `start` once the page's own text has been painted (rAF runs just before the next
 * frame, the timeout after it): the Etalase elements' code never holds up the first paint.
 */
export function afterFirstPaint(start: () => unknown): void {
  requestAnimationFrame(() => setTimeout(start, 0));
}
