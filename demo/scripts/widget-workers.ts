// The storefront starts its catalog Worker from `etalase-catalog-worker.js`, and the photo
// coach its Worker from `etalase-photo-worker.js`, beside the code that starts them. The dev
// server serves the workers' TypeScript source; a build copies the widget's built workers
// (widget/dist, built first by `pnpm -r build`) next to the page's scripts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The widget's Worker files a built page loads from beside its scripts. */
export const WIDGET_WORKERS = ['etalase-catalog-worker.js', 'etalase-photo-worker.js'] as const;

/** Vite plugin (build only): copies the Workers from `widgetDist` into `assets/`. */
export function widgetWorkers(widgetDist = new URL('../../widget/dist/', import.meta.url)): Plugin {
  return {
    name: 'etalase-widget-workers',
    apply: 'build',
    generateBundle() {
      for (const file of WIDGET_WORKERS) {
        const path = fileURLToPath(new URL(file, widgetDist));
        if (!existsSync(path)) {
          throw new Error(
            `${path} is missing: the demo's build copies the built widget's Workers. Build the widget first: \`pnpm --filter @etalase/widget run build\` (or \`pnpm run build\` at the root, which builds everything in order).`,
          );
        }
        this.emitFile({ type: 'asset', fileName: `assets/${file}`, source: readFileSync(path) });
      }
    },
  };
}
