import { defineConfig } from 'vite';

// Two builds of one entry: `etalase.js` (ES module, the detail dialog split into its own
// chunk) and, with `--mode iife`, `etalase.iife.js` for sites that cannot load modules.
// Decorators: the workspace tsconfig sets experimentalDecorators, which Vite honours
// (it does not lower standard decorators; see ../shared/TOOLCHAIN.md).
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      // Library mode leaves ES output unminified by default; the embed must be small.
      minify: true,
      sourcemap: true,
      lib: {
        entry: 'src/define.ts',
        formats: [iife ? 'iife' : 'es'],
        name: 'Etalase',
        fileName: () => (iife ? 'etalase.iife.js' : 'etalase.js'),
      },
      rollupOptions: { output: { minify: true, ...(iife ? { inlineDynamicImports: true } : {}) } },
    },
  };
});
