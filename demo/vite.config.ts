import { defineConfig } from 'vite';

// Workspace packages export their TypeScript source under the `source` condition, so the
// demo runs from source without building the packages first.
export default defineConfig({
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  build: {
    target: 'es2022',
  },
});
