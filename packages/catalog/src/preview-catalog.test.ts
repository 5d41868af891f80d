import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCatalog, parseCatalogInSteps } from './parse-catalog.js';
import { previewCatalog } from './preview-catalog.js';
import type { PreviewProduct } from './preview-catalog.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../demo/public/katalog.json', import.meta.url), 'utf8'),
) as { sellers: Record<string, unknown>[]; products: Record<string, unknown>[] };

const CARD_KEYS = [
  'id',
  'name',
  'category',
  'price',
  'unit',
  'images',
  'sellerId',
  'origin',
  'madeLocally',
  'stock',
] as const;

/** Every previewed product and its seller are what parseCatalog returns, field for field. */
function assertVouched(data: unknown, count = 1000): readonly PreviewProduct[] {
  const preview = previewCatalog(data, count);
  assert.ok(preview);
  const full = parseCatalog(data).catalog;
  const byId = new Map(full.products.map((p) => [p.id, p]));
  const sellers = new Map(full.sellers.map((s) => [s.id, s]));
  for (const p of preview.products) {
    const q = byId.get(p.id);
    assert.ok(q, `previewed ${p.id} but parseCatalog skips it`);
    for (const key of CARD_KEYS) assert.deepEqual(p[key], q[key], `${p.id}.${key}`);
    const s = preview.sellers.get(p.sellerId);
    assert.ok(s);
    const t = sellers.get(p.sellerId)!;
    assert.deepEqual([s.id, s.name, s.region], [t.id, t.name, t.region], p.sellerId);
  }
  return preview.products;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('previewCatalog', () => {
  it('vouches for the sample catalog’s products exactly as parseCatalog reads them', () => {
    const shown = assertVouched(sample);
    assert.equal(shown.length, sample.products.length);
    assert.equal(assertVouched(sample, 48).length, 48);
  });

  it('leaves out every product parseCatalog would reject or change, and keeps the rest', () => {
    const data = clone(sample);
    const p = data.products;
    const hostile: Record<string, unknown>[] = [
      { ...p[0], id: 'x1', images: [{ src: 'javascript:alert(1)' }] },
      { ...p[0], id: 'x2', images: [{ src: ' //evil.example/a.png' }] },
      { ...p[0], id: 'x3', name: '   ' },
      { ...p[0], id: 'x4', name: 'a'.repeat(201) },
      { ...p[0], id: 'x5', price: -1 },
      { ...p[0], id: 'x6', price: '15.000' },
      { ...p[0], id: 'x7', price: { min: 20, max: 10 } },
      { ...p[0], id: 'x8', category: 'Makanan' },
      { ...p[0], id: 'x9', sellerId: 'nobody' },
      { ...p[0], id: 'x10', madeLocally: 'ya' },
      { ...p[0], id: 'x11', stock: '12' },
      { ...p[0], id: 'x12', origin: { code: '99.99.99', name: 'X' } },
      { ...p[0], id: 'x13', origin: { code: '33.72', name: ' Solo ' } },
      { ...p[0], id: 'x14', unit: 'u'.repeat(41) },
      { ...p[0], id: 'x15', images: [{ src: 'a.png', width: 0 }] },
      { ...p[0], id: 'bad id!' },
      { ...p[0], id: p[1]!.id }, // repeats an earlier id
      { ...p[0], id: 'x16', name: '  Spaced  ', price: { min: 1, max: 2 }, stock: null },
      '<img src=x onerror=alert(1)>' as unknown as Record<string, unknown>,
    ];
    data.products = [p[1]!, ...hostile, p[2]!];
    const shown = assertVouched(data);
    assert.deepEqual(
      shown.map((x) => x.id),
      [p[1]!.id, 'x16', p[2]!.id],
    );
    assert.equal(shown[1]!.name, 'Spaced');
  });

  it('stops at an id parseCatalog could read as a repeat, and at a seller it cannot vouch for', () => {
    const data = clone(sample);
    data.products = [data.products[0]!, { ...data.products[1], id: 7 }, data.products[2]!];
    assert.deepEqual(
      assertVouched(data).map((x) => x.id),
      [sample.products[0]!.id],
    );
    const sellers = clone(sample);
    sellers.sellers = sellers.sellers.map((s) => ({ ...s, name: '' }));
    assert.equal(assertVouched(sellers).length, 0);
  });

  it('is undefined for data that is not a catalog', () => {
    assert.equal(previewCatalog([], 10), undefined);
    assert.equal(previewCatalog({ version: 2, products: [], sellers: [] }, 10), undefined);
    assert.equal(previewCatalog({ products: {} }, 10), undefined);
  });
});

describe('parseCatalogInSteps', () => {
  it('reads in slices to the same result as parseCatalog, issues included', () => {
    const data = clone(sample);
    data.products.splice(3, 0, { ...sample.products[0], id: 'bad', price: -5 });
    const reading = parseCatalogInSteps(data);
    let steps = 0;
    while (!reading.step(25)) steps++;
    assert.equal(steps, Math.ceil(data.products.length / 25) - 1);
    assert.deepEqual(reading.finish(), parseCatalog(data));
    assert.ok(reading.finish().issues.some((i) => i.path.join('.') === 'products.3.price'));
  });

  it('refuses a fatal catalog at once', () => {
    const reading = parseCatalogInSteps('{"products": 1}');
    assert.equal(reading.step(1), true);
    assert.equal(reading.finish().issues[0]!.severity, 'fatal');
  });
});
