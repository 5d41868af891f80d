import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filterProduce, productTimeZone } from './filter-produce.js';
import { Product } from './product.js';
import type { ProductInput } from './product.js';
import type { Seller } from './seller.js';

const NOW = Date.parse('2026-03-13T16:30:00Z'); // 23:30 WIB, 00:30 WITA on the 14th

function product(id: string, fields: Partial<ProductInput> = {}): Product {
  return Product.parse({
    id,
    name: id,
    price: 10_000,
    category: 'pertanian',
    sellerId: 's',
    ...fields,
  });
}

const boyolali = { code: '33.09', name: 'Kabupaten Boyolali' };
const makassar = { code: '73.71', name: 'Kota Makassar' };

const products = [
  product('cabai', {
    origin: boyolali,
    harvestedAt: '2026-03-13',
    certifications: [{ kind: 'halal', number: 'ID35110000123450423' }],
    pickup: [{ name: 'Pasar Tani', region: boyolali }],
    deliveryAreas: ['33.09', '33.72'],
  }),
  product('ikan', {
    category: 'perikanan',
    origin: makassar,
    harvestedAt: '2026-03-07',
    deliveryAreas: ['73'],
  }),
  product('mangga', { origin: boyolali, preOrder: { readyAt: '2026-10-20' } }),
  product('kopi', {
    origin: boyolali,
    harvestedAt: '2026-01-02',
    preOrder: { readyAt: '2026-10-20', orderBy: '2026-03-01' },
  }),
  product('batik', { category: 'fashion' }),
];

const ids = (list: Product[]) => list.map((p) => p.id);

describe('filterProduce', () => {
  it('lets everything through without filters', () => {
    assert.deepEqual(ids(filterProduce(products, {}, NOW)), ids(products));
  });

  it('keeps products harvested this week by the calendar of their own time zone', () => {
    // Caught on the 7th in Makassar, where the 14th has begun: 7 days ago, not this week.
    assert.deepEqual(ids(filterProduce(products, { harvestedWithinDays: 7 }, NOW)), ['cabai']);
    assert.deepEqual(ids(filterProduce(products, { harvestedWithinDays: 8 }, NOW)), [
      'cabai',
      'ikan',
    ]);
  });

  it('keeps pre-orders still taking orders', () => {
    assert.deepEqual(ids(filterProduce(products, { preOrderOnly: true }, NOW)), ['mangga']);
  });

  it('keeps products with a halal certificate', () => {
    assert.deepEqual(ids(filterProduce(products, { halalOnly: true }, NOW)), ['cabai']);
  });

  it('keeps products that can be picked up in a kabupaten/kota or province', () => {
    assert.deepEqual(ids(filterProduce(products, { pickupIn: '3309' }, NOW)), ['cabai']);
    assert.deepEqual(ids(filterProduce(products, { pickupIn: '33' }, NOW)), ['cabai']);
    assert.deepEqual(ids(filterProduce(products, { pickupIn: '33.72' }, NOW)), []);
    assert.deepEqual(ids(filterProduce(products, { pickupIn: '' }, NOW)), ids(products));
  });

  it('keeps products delivered to the buyer area, directly or through its province', () => {
    assert.deepEqual(ids(filterProduce(products, { deliversTo: '33.72' }, NOW)), ['cabai']);
    assert.deepEqual(ids(filterProduce(products, { deliversTo: '73.02' }, NOW)), ['ikan']);
    assert.deepEqual(ids(filterProduce(products, { deliversTo: '31.71' }, NOW)), []);
    assert.deepEqual(ids(filterProduce(products, { deliversTo: 'Solo' }, NOW)), []);
  });

  it('combines filters', () => {
    assert.deepEqual(
      ids(filterProduce(products, { halalOnly: true, deliversTo: '73.71' }, NOW)),
      [],
    );
  });
});

describe('productTimeZone', () => {
  it('uses the origin, then the seller region, then the buyer zone', () => {
    const sellers = new Map<string, Seller>([['s', { id: 's', name: 'S', region: makassar }]]);
    assert.equal(
      productTimeZone(
        { origin: { code: '94.71', name: 'Kota Jayapura' }, sellerId: 's' },
        sellers,
        'WIB',
      ),
      'WIT',
    );
    assert.equal(productTimeZone({ sellerId: 's' }, sellers, 'WIB'), 'WITA');
    assert.equal(productTimeZone({ sellerId: 'x' }, sellers, 'WIT'), 'WIT');
  });
});
