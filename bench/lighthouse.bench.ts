// Lighthouse 12.8.2, mobile profile (its default: a mid-range phone, slow 4G, 4× CPU
// slowdown), on the built demo's storefront page and catalog builder page: performance,
// accessibility, best practices and SEO, each against the target of 95, and CLS beside them.
// Lighthouse varies from run to run, so each page is audited RUNS times (default 3) and the
// median of each figure is printed under the runs. The baseline in the same run is a plain
// static page of the same site (text only), which shows what this machine and profile give a
// page with nothing to load. Run `pnpm run build` first. Prints figures; never fails on them.
//   node --conditions=source --import tsx lighthouse.bench.ts [page.html …]
// RUNS=n sets the runs per page; LH_JSON=dir keeps each report (JSON) there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3) || 3);
const keep = process.env.LH_JSON;
if (keep) mkdirSync(keep, { recursive: true });
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['index.html', 'toko.html', 'buat-katalog.html'];

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless'))],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['cumulative-layout-shift', 3],
  ['first-contentful-paint', 0],
  ['largest-contentful-paint', 0],
  ['total-blocking-time', 0],
] as const;

interface Run {
  readonly scores: readonly number[];
  readonly metrics: readonly number[];
  readonly failing: readonly string[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function row(label: string, scores: readonly number[], metrics: readonly number[]): string {
  return (
    label.padEnd(24) +
    scores.map((s) => String(Math.round(s)).padStart(5)).join('') +
    metrics.map((m, i) => m.toFixed(METRICS[i]![1]).padStart(9)).join('')
  );
}

console.log(
  `Lighthouse mobile profile, ${server.origin}, ${RUNS} run(s) a page, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`${'page'.padEnd(24)} perf a11y best  seo      CLS   FCP ms   LCP ms   TBT ms`);
for (const page of pages) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(`${server.origin}/${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result!.lhr;
    if (keep) writeFileSync(`${keep}/${page}.${i + 1}.json`, JSON.stringify(lhr));
    const run: Run = {
      scores: CATEGORIES.map((c) => (lhr.categories[c]?.score ?? 0) * 100),
      metrics: METRICS.map(([id]) => lhr.audits[id]?.numericValue ?? NaN),
      failing: CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => ref.id),
      ),
    };
    runs.push(run);
    console.log(
      row(`  ${page} #${i + 1}`, run.scores, run.metrics) +
        (run.failing.length ? `   below 0.9: ${run.failing.join(', ')}` : ''),
    );
  }
  console.log(
    row(
      `${page} median`,
      CATEGORIES.map((_, c) => median(runs.map((r) => r.scores[c]!))),
      METRICS.map((_, m) => median(runs.map((r) => r.metrics[m]!))),
    ) + (page === 'index.html' ? '   (baseline: text only)' : ''),
  );
}
console.log(
  `target: each category ≥ 95 on toko.html and buat-katalog.html; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await chrome.kill();
await server.close();
