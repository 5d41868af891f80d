// The catalog builder page. Its header, heading and help text are in the HTML and paint at
// once; the builder's code (and, when needed, the storefront preview, the photo coach, the CSV
// reader and the zip library, each loaded by the builder itself) comes after the first paint,
// so none of it delays what the visitor sees first.
import { afterFirstPaint } from './page-shell.js';

const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

async function start(): Promise<void> {
  const { EtalaseCatalogBuilder } = await import('./builder/catalog-builder.js');
  // Upgrading the element (its first render) in a task of its own, not in the one that
  // evaluated the builder's modules: two short tasks instead of one long one.
  await nextTask();
  if (!customElements.get('etalase-catalog-builder')) {
    customElements.define('etalase-catalog-builder', EtalaseCatalogBuilder);
  }
  warmUpLater();
}

/**
 * The parts the builder loads on demand are fetched ahead of need, so the first CSV import
 * or photo does not wait for them and the service worker has them for offline use: as soon
 * as the visitor starts working in the builder, or when the page has been idle a while.
 */
function warmUpLater(): void {
  let done = false;
  const warm = () => {
    if (done) return;
    done = true;
    void Promise.all([
      import('./builder/csv-to-draft.js'),
      import('./builder/catalog-zip.js'),
      import('@etalase/widget'),
    ]).catch(() => undefined);
  };
  const builder = document.querySelector('etalase-catalog-builder');
  for (const type of ['pointerdown', 'focusin', 'keydown'])
    builder?.addEventListener(type, warm, { once: true, passive: true });
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 5000 });
    else warm();
  }, 8000);
}

afterFirstPaint(start);
