// The catalog builder page. Its header, heading and help text are in the HTML and paint at
// once; the builder's code (and, when needed, the storefront preview, the photo coach, the CSV
// reader and the zip library, each loaded by the builder itself) comes after the first paint,
// so none of it delays what the visitor sees first.
import './page-shell.js';

async function start(): Promise<void> {
  const { EtalaseCatalogBuilder } = await import('./builder/catalog-builder.js');
  if (!customElements.get('etalase-catalog-builder')) {
    customElements.define('etalase-catalog-builder', EtalaseCatalogBuilder);
  }
}

// After the next frame has been painted (rAF runs just before it; the timeout after it).
requestAnimationFrame(() => setTimeout(() => void start(), 0));
