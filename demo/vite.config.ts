import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { currentSampleDates } from './scripts/sample-dates.js';
import { siteChrome } from './scripts/site-chrome.js';
import { widgetWorkers } from './scripts/widget-workers.js';

// Workspace packages export their TypeScript source under the `source` condition, so the
// demo runs from source without building the packages first.
// A static site of five pages with a relative base, so it can be served from any folder of
// any static host (and opened offline once its service worker has it).
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  plugins: [siteChrome(), widgetWorkers(), currentSampleDates()],
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
