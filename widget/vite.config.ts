import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

// Three builds, all into dist/:
// - default: `etalase.js`, the ES module embed (the product dialog, CSV parser and the
//   main-thread catalog reader (the Worker's fallback) split into chunks loaded on demand);
// - `--mode iife`: `etalase.iife.js`, one classic script for sites that cannot load modules;
// - `--mode worker`: `etalase-catalog-worker.js`, the Worker that reads and searches catalogs,
//   which the embed starts from beside itself;
// - `--mode photo-worker`: `etalase-photo-worker.js`, the photo coach's Worker (decode,
//   analyse, fix, encode), started from beside the embed too.
// The photo coach's UI is a chunk of the ES build, loaded when a page first shows the element.
// Decorators: the workspace tsconfig sets experimentalDecorators, which Vite honours (it does
// not lower standard decorators; see ../shared/TOOLCHAIN.md).
const ENTRIES = {
  es: { entry: 'src/define.ts', format: 'es', file: 'etalase.js', split: true },
  iife: { entry: 'src/define-classic.ts', format: 'iife', file: 'etalase.iife.js', split: false },
  worker: {
    entry: 'src/catalog/catalog-worker.ts',
    format: 'es',
    file: 'etalase-catalog-worker.js',
    split: false,
  },
  'photo-worker': {
    entry: 'src/photo-coach/photo-coach-worker.ts',
    format: 'es',
    file: 'etalase-photo-worker.js',
    split: false,
  },
} as const;

/**
 * Strips comments and indentation from Lit's css`…` templates (the minifier leaves template
 * text alone): about 0.4 KB gzip of the storefront's first download. Line breaks stay, so
 * source maps still point at the right lines; whitespace inside a line, which can matter
 * in CSS (`a :hover`), is kept.
 */
function cssIndentation(): Plugin {
  return {
    name: 'etalase-css-indentation',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const stripped = code.replace(/\bcss`[^`]*`/g, (template) =>
        template
          .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
          .replace(/[ \t]*\n[ \t]*/g, '\n'),
      );
      return stripped === code ? undefined : { code: stripped, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const build =
    mode === 'iife' || mode === 'worker' || mode === 'photo-worker' ? ENTRIES[mode] : ENTRIES.es;
  return {
    plugins: [cssIndentation()],
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      emptyOutDir: build === ENTRIES.es,
      sourcemap: true,
      lib: {
        entry: build.entry,
        formats: [build.format],
        name: 'Etalase',
        fileName: () => build.file,
      },
      // Library mode leaves ES output unminified by default; the embed must be small.
      rollupOptions: {
        // Lets shared code (Lit, helpers) stay in the entry rather than in extra chunks the
        // first paint must also fetch: the entry may export more than its own names.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          ...(build.split
            ? {
                // Rolldown still puts modules the entry shares with lazy chunks into chunks
                // of their own (rolldown/rolldown#10731): one group keeps every module the
                // entry imports statically in etalase.js, so the first cards need one file.
                codeSplitting: { groups: [{ name: 'etalase', tags: ['$initial'] }] },
              }
            : { inlineDynamicImports: true }),
        },
      },
    },
  };
});
