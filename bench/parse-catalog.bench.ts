// How long parseCatalog takes on big catalogs, against JSON.parse of the same text as the
// baseline (the least any reader must do). Prints figures; never fails on timing.
import { CATEGORIES, parseCatalog } from '@etalase/catalog';
import { median } from './sample-stats.js';
import type { CatalogInput } from '@etalase/catalog';

function buildCatalog(products: number): string {
  const sellers = Array.from({ length: Math.max(1, Math.floor(products / 20)) }, (_, i) => ({
    id: `penjual-${i}`,
    name: `UMKM Contoh ${i}`,
    whatsapp: `0812-0000-${String(i % 10000).padStart(4, '0')}`,
    region: { code: '33.72', name: 'Kota Surakarta' },
  }));
  const catalog: CatalogInput = {
    version: 1,
    title: 'Bench',
    sellers,
    products: Array.from({ length: products }, (_, i) => ({
      id: `produk-${i}`,
      name: `Keripik Tempe Rasa ${i}`,
      description:
        'Keripik tempe renyah dari kedelai lokal, digoreng dengan minyak baru setiap hari. Tahan dua bulan dalam wadah tertutup.',
      category: CATEGORIES[i % CATEGORIES.length]!,
      price: 5000 + (i % 200) * 500,
      unit: 'per 250 g',
      images: [{ src: `img/${i}.webp`, width: 800, height: 800, alt: 'Keripik tempe' }],
      sellerId: `penjual-${i % sellers.length}`,
      origin: { code: '33.72', name: 'Kota Surakarta' },
      madeLocally: i % 7 !== 0,
      tags: ['keripik', 'tempe', 'camilan'],
      stock: i % 50,
      updatedAt: '2026-11-01',
    })),
  };
  return JSON.stringify(catalog);
}

function time(fn: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`node ${process.version}`);
console.log('products  bytes      JSON.parse (ms)  parseCatalog (ms)  ratio   per product (µs)');
for (const size of [1_000, 10_000, 50_000]) {
  const text = buildCatalog(size);
  const runs = size >= 50_000 ? 3 : 7;
  const baseline = time(() => JSON.parse(text), runs);
  const ours = time(() => parseCatalog(text), runs);
  const check = parseCatalog(text);
  if (check.catalog.products.length !== size || check.issues.length !== 0) {
    throw new Error(`bench catalog did not parse cleanly: ${check.issues[0]?.message.en}`);
  }
  console.log(
    `${String(size).padStart(8)}  ${String(text.length).padStart(9)}  ${baseline.toFixed(1).padStart(15)}  ${ours.toFixed(1).padStart(17)}  ${(ours / baseline).toFixed(1).padStart(5)}×  ${((ours * 1000) / size).toFixed(1).padStart(16)}`,
  );
}
