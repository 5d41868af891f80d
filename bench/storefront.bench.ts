// The storefront in headless Chromium, with the built embed bundle (widget/dist):
// - bundle bytes, against Shopify's buy-button-js 3.0.6 (58,968 bytes gzip + 29.6 KB CSS);
// - catalog loaded → first grid painted, for 1,000 and 10,000 products, against a baseline
//   that only JSON-parses the catalog and appends 48 plain cards;
// - search keystroke → results shown, p50/p95 over 10,000 products, against a plain
//   Array.filter substring search over the same data in the same page.
// Prints figures; never fails on timing. Run `pnpm run build` first.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  cpSync,
  writeFileSync,
  rmSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/chromium.js';
import { sampleStats } from './sample-stats.js';
import { serveStatic } from '../test/serve-static.js';

const dist = fileURLToPath(new URL('../widget/dist/', import.meta.url));
if (!existsSync(join(dist, 'etalase.js'))) {
  console.error('widget/dist/etalase.js is missing: run `pnpm run build` first.');
  process.exit(1);
}

console.log(`node ${process.version}`);
console.log('\n## Bundle bytes');
const sizes = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../widget/scripts/report-size.mjs', import.meta.url))],
  { encoding: 'utf8' },
);
process.stdout.write(sizes.stdout);
const firstPaint = /^etalase\.js\s+(\d+)\s+(\d+)/m.exec(sizes.stdout.split('first paint')[1] ?? '');
if (firstPaint) {
  console.log(
    `ratio to buy-button-js 3.0.6 (58,968 B gzip JS, CSS not counted): ${(Number(firstPaint[1]) / 58968).toFixed(2)}×`,
  );
}

const WORDS = [
  'Keripik',
  'Sambal',
  'Batik',
  'Tenun',
  'Kopi',
  'Madu',
  'Beras',
  'Ikan',
  'Gula',
  'Tas',
  'Anyaman',
  'Bandeng',
  'Rendang',
  'Abon',
  'Dodol',
  'Teh',
];
const KINDS = [
  'Tempe',
  'Bawang',
  'Tulis',
  'Ikat',
  'Arabika',
  'Hutan',
  'Merah',
  'Asin',
  'Aren',
  'Pandan',
  'Rotan',
  'Presto',
  'Sapi',
  'Lele',
  'Nanas',
  'Hijau',
];
const PLACES = [
  'Lasem',
  'Sikka',
  'Gayo',
  'Malang',
  'Garut',
  'Toraja',
  'Solo',
  'Bantul',
  'Pekalongan',
  'Juwana',
  'Payakumbuh',
  'Kintamani',
];
const CATEGORIES = ['fashion', 'kuliner', 'kerajinan', 'pertanian', 'perikanan', 'lainnya'];

function catalog(size: number): string {
  let seed = 42;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const sellers = Array.from({ length: Math.ceil(size / 25) }, (_, i) => ({
    id: `s${i}`,
    name: `UMKM ${PLACES[i % PLACES.length]} ${i}`,
    whatsapp: '6281200000001',
    region: { code: '33.72', name: 'Kota Surakarta' },
  }));
  const products = Array.from({ length: size }, (_, i) => {
    const name = `${WORDS[rand(WORDS.length)]} ${KINDS[rand(KINDS.length)]} ${PLACES[rand(PLACES.length)]}`;
    return {
      id: `p${i}`,
      name,
      description: `${name} buatan tangan pengrajin setempat. Dikemas rapi, tahan lama, cocok untuk oleh-oleh keluarga.`,
      category: CATEGORIES[i % CATEGORIES.length],
      price: 5000 + rand(400) * 500,
      unit: 'per pcs',
      images: [{ src: `img/${i % 50}.svg`, width: 800, height: 800 }],
      sellerId: `s${i % sellers.length}`,
      madeLocally: i % 9 !== 0,
      tags: ['umkm'],
    };
  });
  return JSON.stringify({ version: 1, title: 'Bench', sellers, products });
}

const site = mkdtempSync(join(tmpdir(), 'etalase-bench-'));
for (const file of readdirSync(dist)) cpSync(join(dist, file), join(site, file));
writeFileSync(
  join(site, 'index.html'),
  '<!doctype html><meta charset="utf-8"><script type="module" src="etalase.js"></script><body></body>',
);
// Real image files: broken images would re-layout the grid and skew the figures.
mkdirSync(join(site, 'img'));
for (let i = 0; i < 50; i++) {
  writeFileSync(
    join(site, 'img', `${i}.svg`),
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800"><rect width="800" height="800" fill="hsl(${i * 7} 40% 85%)"/><circle cx="400" cy="420" r="220" fill="hsl(${i * 7} 50% 45%)"/></svg>`,
  );
}
writeFileSync(join(site, 'katalog-1000.json'), catalog(1000));
writeFileSync(join(site, 'katalog-10000.json'), catalog(10000));
const server = await serveStatic(site);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
// tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`; the
// functions sent to page.evaluate need that helper on the page side too.
await page.addInitScript('globalThis.__name = (fn) => fn;');
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction(() => customElements.get('etalase-storefront'));

const stat = sampleStats;

console.log('\n## Catalog loaded → first grid painted (median of 7, ms)');
console.log(
  'products   grid in DOM   painted   baseline painted (parse + 48 plain cards)   ratio (painted)',
);
for (const size of [1000, 10000]) {
  const result = await page.evaluate(async (url) => {
    const text = await (await fetch(url)).text();
    // Double requestAnimationFrame: the second callback runs once the frame that shows the
    // grid has been produced (a timer after one rAF also waits for unrelated tasks).
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const ours: number[] = [];
    const rendered: number[] = [];
    const base: number[] = [];
    for (let run = 0; run < 7; run++) {
      const el = document.createElement('etalase-storefront') as HTMLElement & { catalog: unknown };
      document.body.append(el);
      const ready = new Promise((r) => el.addEventListener('etalase-ready', r, { once: true }));
      performance.clearMarks('etalase:grid-rendered');
      const t0 = performance.now();
      el.catalog = text;
      await ready;
      rendered.push(performance.getEntriesByName('etalase:grid-rendered')[0]!.startTime - t0);
      await frame();
      ours.push(performance.now() - t0);
      el.remove();

      const t1 = performance.now();
      const data = JSON.parse(text) as { products: { name: string; price: number }[] };
      const ul = document.createElement('ul');
      for (const p of data.products.slice(0, 48)) {
        const li = document.createElement('li');
        const img = document.createElement('img');
        img.width = 200;
        img.height = 200;
        const h = document.createElement('h3');
        h.textContent = p.name;
        const price = document.createElement('span');
        price.textContent = String(p.price);
        li.append(img, h, price);
        ul.append(li);
      }
      document.body.append(ul);
      await frame();
      base.push(performance.now() - t1);
      ul.remove();
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { ours: med(ours), rendered: med(rendered), base: med(base) };
  }, `/katalog-${size}.json`);
  console.log(
    `${String(size).padStart(8)}   ${result.rendered.toFixed(1).padStart(11)}   ${result.ours.toFixed(1).padStart(7)}   ${result.base.toFixed(1).padStart(42)}   ${(result.ours / result.base).toFixed(1)}×`,
  );
}
console.log('target: ≤ 100 ms for 1,000 products');

console.log('\n## Search keystroke → results shown, 10,000 products (ms)');
const latency = await page.evaluate(async () => {
  const text = await (await fetch('/katalog-10000.json')).text();
  const el = document.createElement('etalase-storefront') as HTMLElement & {
    catalog: unknown;
    updateComplete: Promise<unknown>;
  };
  document.body.append(el);
  const ready = new Promise((r) => el.addEventListener('etalase-ready', r, { once: true }));
  el.catalog = text;
  await ready;
  const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
  const queries = [
    'keripik tempe',
    'batik tulis lasem',
    'kopi gayo',
    'ikan asin',
    'sambel bawang',
    'kripik tmpe',
  ];
  // Warm up: the index builds on the first search (or when idle).
  input.value = 'k';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  const ours: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        ours.push(performance.now() - t0);
      }
    }
  }
  const data = JSON.parse(text) as { products: { name: string; description: string }[] };
  const base: number[] = [];
  let sink = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        const needle = q.slice(0, i).toLowerCase();
        sink += data.products.filter((p) =>
          (p.name + ' ' + p.description).toLowerCase().includes(needle),
        ).length;
        base.push(performance.now() - t0);
      }
    }
  }
  el.remove();
  return { ours, base, sink };
});
const ours = stat(latency.ours);
const base = stat(latency.base);
console.log(
  `storefront (search + filter + sort + render)   p50 ${ours.p50.toFixed(2)}   p95 ${ours.p95.toFixed(2)}   max ${ours.max.toFixed(2)}`,
);
console.log(
  `baseline Array.filter substring (no render)    p50 ${base.p50.toFixed(2)}   p95 ${base.p95.toFixed(2)}   max ${base.max.toFixed(2)}`,
);
console.log(`ratio p95: ${(ours.p95 / base.p95).toFixed(2)}×   target: p95 ≤ 16 ms`);

await browser.close();
await server.close();
rmSync(site, { recursive: true, force: true });
