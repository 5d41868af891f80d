import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * The storefront starts its catalog Worker from `etalase-catalog-worker.js` beside the code
 * that starts it. The dev server serves the worker's TypeScript source; a build copies the
 * widget's built worker (widget/dist, built first by `pnpm -r build`) next to the page's
 * scripts.
 */
function catalogWorker(): Plugin {
  const built = fileURLToPath(new URL('../widget/dist/etalase-catalog-worker.js', import.meta.url));
  return {
    name: 'etalase-catalog-worker',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'assets/etalase-catalog-worker.js',
        source: readFileSync(built),
      });
    },
  };
}

// Workspace packages export their TypeScript source under the `source` condition, so the
// demo runs from source without building the packages first.
export default defineConfig({
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  plugins: [catalogWorker()],
  build: {
    target: 'es2022',
  },
});
