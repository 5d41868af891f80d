import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCatalog } from './parse-catalog.js';

type Json = Record<string, unknown>;

function catalogWith(fields: Json): Json {
  return {
    version: 1,
    sellers: [{ id: 'tani', name: 'Gapoktan Sido Makmur' }],
    products: [
      {
        id: 'cabai',
        name: 'Cabai merah keriting',
        price: 25_000,
        unit: 'per kg',
        category: 'pertanian',
        sellerId: 'tani',
        ...fields,
      },
    ],
  };
}

function read(fields: Json) {
  const { catalog, issues } = parseCatalog(catalogWith(fields));
  assert.equal(catalog.products.length, 1, JSON.stringify(issues));
  return { product: catalog.products[0]!, issues };
}

describe('parseCatalog with fresh-produce fields', () => {
  it('reads a product without them exactly as before', () => {
    const { product, issues } = read({});
    assert.deepEqual(issues, []);
    for (const key of [
      'minOrder',
      'priceTiers',
      'harvestedAt',
      'bestBefore',
      'season',
      'preOrder',
      'certifications',
      'pickup',
      'deliveryAreas',
    ]) {
      assert.equal(key in product, false, key);
    }
  });

  it('keeps every field written in canonical form', () => {
    const fields = {
      minOrder: 0.5,
      priceTiers: [
        { minQuantity: 10, price: 20_000 },
        { minQuantity: 50, price: 18_000 },
      ],
      harvestedAt: '2026-03-12',
      bestBefore: '2026-03-20T12:00:00+07:00',
      season: [10, 11, 12],
      preOrder: { readyAt: '2026-12-14', orderBy: '2026-12-10', quota: 200 },
      certifications: [
        { kind: 'halal', number: 'ID35110000123450423' },
        { kind: 'pirt', number: 'P-IRT No. 2063374010123-27' },
      ],
      pickup: [
        {
          name: 'Pasar Tani Cepogo',
          region: { code: '33.09', name: 'Kabupaten Boyolali' },
          address: 'Jl. Merapi 1',
        },
      ],
      deliveryAreas: ['33.09', '33'],
    };
    const { product, issues } = read(fields);
    assert.deepEqual(issues, []);
    for (const [key, value] of Object.entries(fields)) {
      assert.deepEqual((product as Json)[key], value, key);
    }
  });

  it('reads values as people write them: dates, seasons, tiers, quantities and codes', () => {
    const { product, issues } = read({
      minOrder: '5 kg',
      priceTiers: '50 kg: Rp18.000; 10 kg: Rp20.000',
      harvestedAt: '12/03/2026',
      bestBefore: '20 Maret 2026',
      season: 'Nov-Feb',
      preOrder: { readyAt: '14-12-2026', orderBy: '10 Des 2026', quota: '200' },
      certifications: [{ kind: 'Halal', number: 'ID35110000123450423' }],
      pickup: [{ name: 'Balai Desa', region: '3309' }],
      deliveryAreas: '3309; 3372',
    });
    assert.deepEqual(issues, []);
    assert.equal(product.minOrder, 5);
    assert.deepEqual(product.priceTiers, [
      { minQuantity: 10, price: 20_000 },
      { minQuantity: 50, price: 18_000 },
    ]);
    assert.equal(product.harvestedAt, '2026-03-12');
    assert.equal(product.bestBefore, '2026-03-20');
    assert.deepEqual(product.season, [1, 2, 11, 12]);
    assert.deepEqual(product.preOrder, {
      readyAt: '2026-12-14',
      orderBy: '2026-12-10',
      quota: 200,
    });
    assert.deepEqual(product.certifications, [{ kind: 'halal', number: 'ID35110000123450423' }]);
    assert.deepEqual(product.pickup, [
      { name: 'Balai Desa', region: { code: '33.09', name: 'Kabupaten Boyolali' } },
    ]);
    assert.deepEqual(product.deliveryAreas, ['33.09', '33.72']);
  });

  it('drops each bad value with a warning at its path and keeps the product', () => {
    const { product, issues } = read({
      minOrder: -2,
      priceTiers: [{ minQuantity: 10, price: 'murah' }],
      harvestedAt: '31/02/2026',
      bestBefore: 'kemarin',
      season: [0, 13],
      preOrder: { readyAt: '2026-12-14', orderBy: '2026-12-20' },
      certifications: [
        { kind: 'halal', number: 'ya' },
        { kind: 'iso', number: '9001-2015' },
      ],
      pickup: [{ name: '', region: '33.09' }],
      deliveryAreas: ['33.09', '99.99'],
    });
    const paths = issues.map((i) => i.path.join('.'));
    for (const expected of [
      'products.0.minOrder',
      'products.0.priceTiers.0.price',
      'products.0.harvestedAt',
      'products.0.bestBefore',
      'products.0.season.0',
      'products.0.preOrder.orderBy',
      'products.0.certifications.0.number',
      'products.0.certifications.1.kind',
      'products.0.pickup.0.name',
      'products.0.deliveryAreas.1',
    ]) {
      assert.ok(paths.includes(expected), `${expected} in ${paths.join(', ')}`);
    }
    assert.ok(issues.every((i) => i.severity === 'warning'));
    assert.equal(product.minOrder, undefined);
    assert.equal(product.harvestedAt, undefined);
    assert.deepEqual(product.deliveryAreas, ['33.09']);
    assert.equal(product.price, 25_000);
    const number = issues.find((i) => i.path.join('.') === 'products.0.certifications.0.number');
    assert.match(number!.message.id, /Nomor sertifikat tidak terbaca/);
    assert.match(number!.message.en, /as printed/);
    const orderBy = issues.find((i) => i.path.join('.') === 'products.0.preOrder.orderBy');
    assert.match(orderBy!.message.id, /Pesan sebelum tidak boleh setelah tanggal siap/);
  });

  it('refuses wholesale tiers that repeat a quantity, naming the rule', () => {
    const { product, issues } = read({
      priceTiers: [
        { minQuantity: 10, price: 20_000 },
        { minQuantity: 10, price: 19_000 },
      ],
    });
    assert.equal(product.priceTiers, undefined);
    assert.equal(issues[0]!.code, 'tiers.order');
    assert.match(issues[0]!.message.id, /Harga grosir/);
  });

  it('accepts certificate numbers as printed and never fills one in', () => {
    for (const number of [
      'ID35110000123450423',
      'MD 224510001234',
      'LSO-001-IDN/2024',
      '00150012345678',
    ]) {
      const { product, issues } = read({ certifications: [{ kind: 'bpom', number }] });
      assert.deepEqual(issues, [], number);
      assert.equal(product.certifications?.[0]?.number, number);
    }
    const { product, issues } = read({ certifications: [{ kind: 'halal' }] });
    assert.deepEqual(product.certifications ?? [], []);
    assert.equal(issues[0]!.code, 'required');
  });
});
