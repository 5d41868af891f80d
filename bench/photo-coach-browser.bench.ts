// The photo coach in a Chromium Worker: analysis and the one-tap fix of a 12-megapixel
// (4000×3000) photo, timed from the page (so the transfer to and from the Worker counts).
// The Node figures and the opencv.js baseline are in photo-coach.bench.ts. Prints figures;
// never fails on timing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/chromium.js';
import { median } from './sample-stats.js';
import { serveStatic } from '../test/serve-static.js';

const out = mkdtempSync(join(tmpdir(), 'etalase-photo-bench-'));
await build({
  logLevel: 'error',
  configFile: false,
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: {
        page: fileURLToPath(new URL('./photo-browser/page.ts', import.meta.url)),
        'photo-worker': fileURLToPath(
          new URL('../packages/photo-coach/src/browser/photo-worker.ts', import.meta.url),
        ),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
});
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>',
);

const server = await serveStatic(out);
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.origin}/index.html`);
const timings = await page.evaluate(
  () =>
    (
      window as unknown as {
        benchResult: Promise<{ analyze: number[]; fix: number[]; mainThread: number[] }>;
      }
    ).benchResult,
);
await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });

const min = (xs: number[]) => Math.min(...xs);
console.log(
  `node ${process.version}, Chromium Worker, 4000×3000 photo, 5 runs after a warm-up (ms)`,
);
console.log('                                               min   median');
console.log(
  `analyzePixels in the Worker (with transfer) ${min(timings.analyze).toFixed(1).padStart(7)} ${median(timings.analyze).toFixed(1).padStart(8)}`,
);
console.log(
  `fixPixels in the Worker (with transfer)     ${min(timings.fix).toFixed(1).padStart(7)} ${median(timings.fix).toFixed(1).padStart(8)}`,
);
console.log(
  `analyzePixels on the page's main thread      ${min(timings.mainThread).toFixed(1).padStart(7)} ${median(timings.mainThread).toFixed(1).padStart(8)}`,
);
console.log('target: full analysis of a 12 MP photo ≤ 100 ms');
