// Lighthouse 12.8.2, mobile profile (its default: a mid-range phone, slow 4G, 4× CPU
// slowdown), on the built demo's storefront page and catalog builder page: performance,
// accessibility, best practices and SEO, each against the target of 95, and CLS beside them.
// The baseline in the same run is a plain static page of the same site (text only), which
// shows what this machine and profile give a page with nothing to load. Run
// `pnpm run build` first. Prints figures; never fails on them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../test/chromium.js';
import { serveStatic } from '../test/serve-static.js';

const dist = fileURLToPath(new URL('../demo/dist/', import.meta.url));
if (!existsSync(`${dist}toko.html`)) {
  console.error('demo/dist is missing: run `pnpm run build` first.');
  process.exit(1);
}

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless'))],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

console.log(`Lighthouse mobile profile, ${server.origin}`);
console.log('page                 perf  a11y  best  seo    CLS     LCP ms   TBT ms');
for (const page of ['index.html', 'toko.html', 'buat-katalog.html']) {
  const result = await lighthouse(`${server.origin}/${page}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  const lhr = result!.lhr;
  const score = (c: (typeof CATEGORIES)[number]) =>
    String(Math.round((lhr.categories[c]?.score ?? 0) * 100)).padStart(4);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => ref.id),
  );
  console.log(
    `${page.padEnd(20)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}  ${audit('cumulative-layout-shift').toFixed(3).padStart(6)}  ${audit('largest-contentful-paint').toFixed(0).padStart(7)}  ${audit('total-blocking-time').toFixed(0).padStart(7)}${page === 'index.html' ? '   (baseline: text only)' : ''}`,
  );
  if (failing.length) console.log(`  audits below 0.9: ${failing.join(', ')}`);
}
console.log('target: each category ≥ 95 on toko.html and buat-katalog.html');
await chrome.kill();
await server.close();
