// <etalase-stats> in headless Chromium, with the built embed bundle (widget/dist):
// - navigation → figures painted, for 10,000 products (one file) and 100,000 products (ten
//   pages of 10,000 linked by `next`), median of 5 fresh page loads, against a baseline page
//   that fetches the same files, JSON-parses them, counts the same figures in a plain loop and
//   writes them into a table;
// - photo audit throughput (photos per second) on real photos, against a baseline that only
//   fetches and decodes the same photos on the page (createImageBitmap).
// Products are the sample catalog's own records (demo/public/katalog.json, ≈870 bytes each),
// cloned with new ids and spread over every kabupaten/kota. Prints figures; never fails on timing.
import { existsSync, cpSync, writeFileSync, rmSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KABUPATEN_KOTA } from '@etalase/catalog';
import { launchChromium } from '../test/chromium.js';
import { serveStatic } from '../test/serve-static.js';
import { median } from './sample-stats.js';
import { REAL_PHOTOS } from './photo-set.js';

const dist = fileURLToPath(new URL('../widget/dist/', import.meta.url));
if (!existsSync(join(dist, 'etalase.js'))) {
  console.error('widget/dist/etalase.js is missing: run `pnpm run build` first.');
  process.exit(1);
}
const sample = JSON.parse(
  readFileSync(fileURLToPath(new URL('../demo/public/katalog.json', import.meta.url)), 'utf8'),
) as { sellers: { id: string; region?: unknown }[]; products: { id: string; sellerId: string }[] };

const PAGE = 10_000;
/** Page `index` of a catalog of `total` products: sample records cloned, sellers per region. */
function catalogPage(total: number, index: number): string {
  const products = [];
  const sellers = new Map<string, unknown>();
  for (let i = index * PAGE; i < Math.min(total, (index + 1) * PAGE); i++) {
    const base = sample.products[i % sample.products.length]!;
    const region = KABUPATEN_KOTA[(i * 7) % KABUPATEN_KOTA.length]!;
    const sellerId = `s${Math.floor(i / 20)}`;
    const seller = sample.sellers.find((s) => s.id === base.sellerId)!;
    sellers.set(sellerId, {
      ...seller,
      id: sellerId,
      region: { code: region.code, name: region.name },
    });
    products.push({
      ...base,
      id: `p${i}`,
      sellerId,
      origin: { code: region.code, name: region.name },
    });
  }
  const next = (index + 1) * PAGE < total ? { next: `katalog-${total}-${index + 1}.json` } : {};
  return JSON.stringify({ ...sample, sellers: [...sellers.values()], products, ...next });
}

const site = mkdtempSync(join(tmpdir(), 'etalase-stats-bench-'));
cpSync(dist, site, { recursive: true });
let bytes10k = 0;
for (const total of [10_000, 100_000]) {
  for (let index = 0; index * PAGE < total; index++) {
    const text = catalogPage(total, index);
    if (total === 10_000) bytes10k = text.length;
    writeFileSync(join(site, `katalog-${total}-${index}.json`), text);
  }
}
console.log(
  `node ${process.version}; catalog pages of ${PAGE} products, ${(bytes10k / PAGE).toFixed(0)} bytes a product`,
);

writeFileSync(
  join(site, 'stats.html'),
  `<!doctype html><meta charset="utf-8"><script type="module" src="etalase.js"></script><body>
<etalase-stats></etalase-stats>
<script type="module">
const el = document.querySelector('etalase-stats');
el.addEventListener('etalase-ready', () => requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = performance.now(); })), { once: true });
el.src = new URLSearchParams(location.search).get('src');
</script></body>`,
);
// The baseline: what a hand-written page would do to show the same counts.
writeFileSync(
  join(site, 'plain.html'),
  `<!doctype html><meta charset="utf-8"><body><table id="t"></table>
<script type="module">
let url = new URLSearchParams(location.search).get('src');
const bySeller = new Map(), byCat = new Map(), byRegion = new Map();
let products = 0, local = 0;
const sellers = new Set();
while (url) {
  const data = await (await fetch(url)).json();
  for (const s of data.sellers) bySeller.set(s.id, s);
  for (const p of data.products) {
    products++; if (p.madeLocally) local++; sellers.add(p.sellerId);
    byCat.set(p.category, (byCat.get(p.category) ?? 0) + 1);
    const code = p.origin?.code ?? bySeller.get(p.sellerId)?.region?.code;
    byRegion.set(code, (byRegion.get(code) ?? 0) + 1);
  }
  url = data.next ? new URL(data.next, new URL(url, location.href)).href : undefined;
}
const t = document.getElementById('t');
for (const [k, v] of [['products', products], ['sellers', sellers.size], ['local', local], ...byCat, ...byRegion]) {
  const tr = t.insertRow(); tr.insertCell().textContent = k; tr.insertCell().textContent = v;
}
requestAnimationFrame(() => requestAnimationFrame(() => { window.painted = performance.now(); }));
</script></body>`,
);

const server = await serveStatic(site);
const browser = await launchChromium();

async function paintedAt(path: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/${path}`);
  const at = (await page
    .waitForFunction(() => (window as unknown as { painted?: number }).painted, undefined, {
      timeout: 120_000,
    })
    .then((h) => h.jsonValue())) as number;
  await page.close();
  return at;
}

console.log('\n## Navigation → figures painted (median of 5 fresh page loads, ms)');
console.log('products   <etalase-stats>   plain loop + table   ratio');
for (const total of [10_000, 100_000]) {
  const ours: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < 5; run++) {
    ours.push(await paintedAt(`stats.html?src=katalog-${total}-0.json`));
    base.push(await paintedAt(`plain.html?src=katalog-${total}-0.json`));
  }
  const a = median(ours);
  const b = median(base);
  console.log(
    `${String(total).padStart(8)}   ${a.toFixed(0).padStart(15)}   ${b.toFixed(0).padStart(18)}   ${(a / b).toFixed(2)}×`,
  );
}

console.log('\n## Photo audit throughput (real photos, long side as shipped)');
const photos = REAL_PHOTOS.slice(0, 24);
for (const [i, photo] of photos.entries()) {
  cpSync(
    fileURLToPath(new URL(`./photo-set/${photo.file}`, import.meta.url)),
    join(site, `foto-${i}-${photo.file}`),
  );
}
const first = JSON.parse(catalogPage(photos.length, 0)) as { products: Record<string, unknown>[] };
first.products = first.products.map((p, i) => ({
  ...p,
  images: [{ src: `foto-${i}-${photos[i]!.file}` }],
}));
writeFileSync(join(site, 'katalog-foto.json'), JSON.stringify(first));
writeFileSync(
  join(site, 'audit.html'),
  `<!doctype html><meta charset="utf-8"><script type="module" src="etalase.js"></script><body>
<etalase-stats src="katalog-foto.json" photo-audit audit-sample="${photos.length}"></etalase-stats></body>`,
);
const page = await browser.newPage();
await page.goto(`${server.origin}/audit.html`);
await page.waitForFunction(() =>
  document.querySelector('etalase-stats')?.shadowRoot?.querySelector('.audit button'),
);
const auditMs = await page.evaluate(async () => {
  const root = document.querySelector('etalase-stats')!.shadowRoot!;
  const t0 = performance.now();
  (root.querySelector('.audit button') as HTMLButtonElement).click();
  while (!/perlu diperbaiki/.test(root.querySelector('.audit [role="status"]')!.textContent!)) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - t0;
});
const decodeMs = await page.evaluate(
  async (files: string[]) => {
    const t0 = performance.now();
    for (const file of files) {
      const bitmap = await createImageBitmap(await (await fetch(file)).blob());
      bitmap.close();
    }
    return performance.now() - t0;
  },
  photos.map((p, i) => `foto-${i}-${p.file}`),
);
await page.close();
const rate = (ms: number) => (photos.length / (ms / 1000)).toFixed(1);
console.log(
  `audit (fetch, decode, 11 checks in the Worker, idle scheduling): ${rate(auditMs)} photos/s (${photos.length} photos in ${auditMs.toFixed(0)} ms)`,
);
console.log(
  `baseline (fetch + createImageBitmap on the page, no analysis):    ${rate(decodeMs)} photos/s; ratio ${(auditMs / decodeMs).toFixed(2)}× the time`,
);

await browser.close();
await server.close();
rmSync(site, { recursive: true, force: true });
