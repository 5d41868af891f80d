// Browser tests: every `*.browser.test.ts` in the workspace, in Debian's Chromium (or
// $CHROME_PATH) through playwright-core. Nothing here downloads a browser of its own.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import chromiumFlags from './test/chromium-flags.json' with { type: 'json' };
import { reactEsmPlugin } from './test/marketplaces/react-esm-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// The real product pages that extractListing is tested on live outside the repo, in
// ../shared/fixtures/product-pages (gzipped HTML and ground-truth.json); tests fetch them
// from /__product-pages/NAME, byte for byte (the test decompresses).
const productPages = new URL('../shared/fixtures/product-pages/', import.meta.url);
async function serveProductPages(context, next) {
  const match = /^\/__product-pages\/([0-9a-f]{64}\.html\.gz|ground-truth\.json)$/.exec(
    context.path,
  );
  if (!match) return next();
  try {
    context.body = await readFile(new URL(match[1], productPages));
    context.type = match[1].endsWith('.json') ? 'application/json' : 'application/octet-stream';
  } catch {
    context.status = 404;
  }
}

export default {
  files: [
    'packages/**/*.browser.test.ts',
    'widget/**/*.browser.test.ts',
    'extension/**/*.browser.test.ts',
    'test/**/*.browser.test.ts',
    '!**/node_modules/**',
  ],
  middleware: [serveProductPages],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [
    // React (CommonJS only) for the React-controlled marketplace fixture forms.
    reactEsmPlugin(),
    // papaparse ships only a UMD build. Vite converts CommonJS when bundling; the test
    // server does not, so wrap it as an ES module here (its UMD takes the `module` branch).
    {
      name: 'papaparse-as-esm',
      transform(context) {
        if (!/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
        return {
          body: `const module = { exports: {} }; const exports = module.exports;
${context.body}
export default module.exports;`,
        };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // experimentalDecorators for Lit; 'auto' would leave decorators untransformed.
      tsconfig: fileURLToPath(new URL('./widget/tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: chromiumFlags,
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
};
