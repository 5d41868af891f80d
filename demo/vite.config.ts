import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { siteChrome } from './scripts/site-chrome.js';

/**
 * The storefront starts its catalog Worker from `etalase-catalog-worker.js`, and the photo
 * coach its Worker from `etalase-photo-worker.js`, beside the code that starts them. The dev server serves the worker's TypeScript source; a build copies the
 * widget's built workers (widget/dist, built first by `pnpm -r build`) next to the page's
 * scripts.
 */
function widgetWorkers(): Plugin {
  const files = ['etalase-catalog-worker.js', 'etalase-photo-worker.js'];
  return {
    name: 'etalase-widget-workers',
    apply: 'build',
    generateBundle() {
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: `assets/${file}`,
          source: readFileSync(fileURLToPath(new URL(`../widget/dist/${file}`, import.meta.url))),
        });
      }
    },
  };
}

// Workspace packages export their TypeScript source under the `source` condition, so the
// demo runs from source without building the packages first.
// A static site of four pages with a relative base, so it can be served from any folder of
// any static host (and opened offline once its service worker has it).
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  plugins: [siteChrome(), widgetWorkers()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        ['index', 'toko', 'foto', 'buat-katalog', 'angka'].map((page) => [
          page,
          fileURLToPath(new URL(`./${page}.html`, import.meta.url)),
        ]),
      ),
    },
  },
});
