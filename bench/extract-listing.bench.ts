// extractListing on the 36 real product pages of ../shared/fixtures/product-pages (from the
// Zyte product extraction benchmark), each parsed by Chromium's DOMParser and read in the
// page, scored the benchmark's way: per field, a value equal to an annotation is a true
// positive; a value on a page without that annotation is a false positive; a missing value
// where there is one is a false negative; a wrong value is both. Prices compare as numbers,
// SKU and brand as exact strings; availability defaults to InStock when nothing is read, as
// the benchmark filled in for every system. Beside it, the baseline: the same pages read
// from structured data only (JSON-LD, microdata, OpenGraph), the path extruct takes; and,
// to show what the heuristics do alone, the same pages read with every markup ignored.
// Prints figures and ms per page; never fails on them.
// EXTRACT_BENCH_ROUNDS sets the timed rounds per page (default 5); EXTRACT_BENCH_ERRORS=1
// lists every page where a field is wrong.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { launchChromium } from '../test/chromium.js';
import { serveStatic } from '../test/serve-static.js';
import { buildBenchPage } from './bench-page.js';
import type { PageRun } from './extract-browser/page.js';
import { median } from './sample-stats.js';

const rounds = Number(process.env.EXTRACT_BENCH_ROUNDS ?? 5);
const showErrors = process.env.EXTRACT_BENCH_ERRORS === '1';
const pagesDir = fileURLToPath(new URL('../../shared/fixtures/product-pages/', import.meta.url));

type Annotation = Record<string, string[] | string | undefined> & { url: string };
const truth = JSON.parse(readFileSync(join(pagesDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  Annotation
>;
const ids = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .filter((id) => truth[id])
  .sort();

const out = await buildBenchPage('extract', { page: './extract-browser/page.ts' });
const server = await serveStatic(out);
const browser = await launchChromium();
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction(() => 'extractRun' in window);

const runs = new Map<string, PageRun>();
for (const id of ids) {
  const html = gunzipSync(readFileSync(join(pagesDir, `${id}.html.gz`))).toString('utf8');
  const run = await page.evaluate(
    ({ html, url, rounds }) =>
      (
        window as unknown as {
          extractRun: (html: string, url: string, rounds: number) => PageRun;
        }
      ).extractRun(html, url, rounds),
    { html, url: truth[id]!.url, rounds },
  );
  runs.set(id, run);
}
const version = browser.version();
await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });

type Listing = PageRun['full'];
interface Field {
  readonly name: string;
  readonly annotation: string;
  readonly predict: (listing: Listing) => string | undefined;
  readonly equal: (predicted: string, annotated: string) => boolean;
}
const FIELDS: readonly Field[] = [
  {
    name: 'price',
    annotation: 'price',
    predict: (l) => (l.price === undefined ? undefined : String(l.price)),
    equal: (p, a) => Number(p) === Number(a.trim()),
  },
  { name: 'sku', annotation: 'sku', predict: (l) => l.sku, equal: (p, a) => p === a.trim() },
  {
    name: 'availability',
    annotation: 'availability',
    predict: (l) => (l.availability === 'out-of-stock' ? 'OutOfStock' : 'InStock'),
    equal: (p, a) => p === a,
  },
  { name: 'brand', annotation: 'brand', predict: (l) => l.brand, equal: (p, a) => p === a.trim() },
];

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
function score(field: Field, pick: (run: PageRun) => Listing): Score & { errors: string[] } {
  const s = { tp: 0, fp: 0, fn: 0, errors: [] as string[] };
  for (const id of ids) {
    const annotated = truth[id]![field.annotation];
    const expected = Array.isArray(annotated) ? annotated : [];
    const predicted = field.predict(pick(runs.get(id)!));
    if (predicted === undefined) {
      if (expected.length > 0) {
        s.fn++;
        s.errors.push(`${id.slice(0, 8)} missed ${JSON.stringify(expected)}`);
      }
    } else if (expected.some((a) => field.equal(predicted, a))) s.tp++;
    else {
      s.fp++;
      if (expected.length > 0) s.fn++;
      s.errors.push(`${id.slice(0, 8)} got ${predicted}, annotated ${JSON.stringify(expected)}`);
    }
  }
  return s;
}
// The benchmark's evaluate.py: precision 1 when nothing is wrong or missing.
const precision = ({ tp, fp, fn }: Score) =>
  fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
const recall = ({ tp, fp, fn }: Score) =>
  fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
const f1 = (s: Score) => {
  const p = precision(s);
  const r = recall(s);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};
const fmt = (x: number) => x.toFixed(3);

console.log(
  `node ${process.version}, Chromium ${version}, ${ids.length} pages, ${rounds} timed rounds per page`,
);
console.log('');
console.log(
  'field         reader                     F1   precision  recall   tp  fp  fn  support',
);
const zyte: Readonly<Record<string, string>> = {
  price: '0.918',
  sku: '0.841',
  availability: '0.957',
};
for (const field of FIELDS) {
  const support = ids.filter((id) => {
    const a = truth[id]![field.annotation];
    return Array.isArray(a) && a.length > 0;
  }).length;
  for (const [label, pick] of [
    ['extractListing', (r: PageRun) => r.full],
    ['structured data only', (r: PageRun) => r.baseline],
    ['page text only', (r: PageRun) => r.pageOnly],
  ] as const) {
    const s = score(field, pick);
    console.log(
      `${field.name.padEnd(13)} ${label.padEnd(22)} ${fmt(f1(s)).padStart(6)} ${fmt(precision(s)).padStart(10)} ${fmt(recall(s)).padStart(7)} ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)} ${String(support).padStart(8)}`,
    );
    if (showErrors && label !== 'structured data only')
      for (const e of s.errors) console.log(`    ${e}`);
  }
  if (zyte[field.name])
    console.log(
      `${''.padEnd(13)} ${'(Zyte, full 140-page set)'.padEnd(22)} ${zyte[field.name]!.padStart(6)}`,
    );
}

// Some annotations read a thousands separator as a decimal point ("24.990" pesos → 24.99):
// count the prices that are exactly 1000 times the annotation, so a reader can judge.
const thousandfold = ids.filter((id) => {
  const price = runs.get(id)!.full.price;
  const annotated = truth[id]!['price'];
  return (
    price !== undefined &&
    Array.isArray(annotated) &&
    annotated.some((a) => Math.abs(price - Number(a) * 1000) < 1e-6)
  );
});
console.log('');
console.log(
  `prices counted wrong that are exactly 1000× the annotation (a thousands separator annotated as a decimal point): ${thousandfold.length}`,
);

const outOfStock = ids.filter((id) => {
  const a = truth[id]!['availability'];
  return Array.isArray(a) && a.includes('OutOfStock');
}).length;
console.log(
  `pages annotated out of stock: ${outOfStock} of ${ids.length} (availability here only shows that no in-stock page is called out of stock)`,
);

const all = [...runs.values()];
console.log('');
console.log('ms per page (median over pages of each page’s median)   median    max');
const timing = (label: string, xs: number[]) =>
  console.log(
    `  ${label.padEnd(54)}${median(xs).toFixed(2).padStart(7)} ${Math.max(...xs)
      .toFixed(2)
      .padStart(7)}`,
  );
timing(
  'DOMParser.parseFromString (not part of extraction)',
  all.map((r) => r.parseMs),
);
timing(
  'extractListing, every source',
  all.map((r) => r.fullMs),
);
timing(
  'structured data only (baseline)',
  all.map((r) => r.baselineMs),
);
console.log(
  `ratio extractListing / structured data only: ${(median(all.map((r) => r.fullMs)) / median(all.map((r) => r.baselineMs))).toFixed(2)}× (medians)`,
);
const sources = new Map<string, number>();
for (const r of all)
  if (r.fullSource.price)
    sources.set(r.fullSource.price, (sources.get(r.fullSource.price) ?? 0) + 1);
console.log(`price read from: ${[...sources].map(([s, n]) => `${s} ${n}`).join(', ')}`);
const warned = all.filter((r) => r.warnings.length > 0).length;
console.log(`pages with warnings: ${warned}`);
