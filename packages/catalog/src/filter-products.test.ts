import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterProducts, sortProducts } from './filter-products.js';
import type { Product } from './product.js';
import type { Seller } from './seller.js';

function product(id: string, extra: Partial<Product> = {}): Product {
  return {
    id,
    name: `Produk ${id}`,
    description: '',
    category: 'kuliner',
    price: 10_000,
    images: [],
    sellerId: 's1',
    madeLocally: false,
    tags: [],
    ...extra,
  };
}

const ids = (products: readonly Product[]) => products.map((p) => p.id);

describe('filterProducts', () => {
  it('lets everything through with no filters, in the order given', () => {
    const products = [product('b'), product('a')];
    assert.deepEqual(ids(filterProducts(products, {})), ['b', 'a']);
    const all = filterProducts(products, { regionCode: '', madeLocallyOnly: false, minPrice: NaN });
    assert.deepEqual(ids(all), ['b', 'a']);
    assert.notEqual(all, products);
  });

  it('keeps one category', () => {
    const products = [
      product('1', { category: 'fashion' }),
      product('2', { category: 'kuliner' }),
      product('3', { category: 'fashion' }),
    ];
    assert.deepEqual(ids(filterProducts(products, { category: 'fashion' })), ['1', '3']);
  });

  it('keeps products from one kabupaten/kota, written dotted or not', () => {
    const products = [
      product('rembang', { origin: { code: '33.17', name: 'Kabupaten Rembang' } }),
      product('blora', { origin: { code: '33.16', name: 'Kabupaten Blora' } }),
    ];
    assert.deepEqual(ids(filterProducts(products, { regionCode: '33.17' })), ['rembang']);
    assert.deepEqual(ids(filterProducts(products, { regionCode: '3317' })), ['rembang']);
  });

  it('keeps every kabupaten and kota of a province for a province code', () => {
    const products = [
      product('rembang', { origin: { code: '33.17', name: 'Kabupaten Rembang' } }),
      product('jateng', { origin: { code: '33', name: 'Jawa Tengah' } }),
      product('surabaya', { origin: { code: '35.78', name: 'Kota Surabaya' } }),
      product('nowhere'),
    ];
    assert.deepEqual(ids(filterProducts(products, { regionCode: '33' })), ['rembang', 'jateng']);
    assert.deepEqual(ids(filterProducts(products, { regionCode: '33.17' })), ['rembang']);
  });

  it("uses the seller's region for a product that does not say where it comes from", () => {
    const sellers = new Map<string, Seller>([
      ['s1', { id: 's1', name: 'Batik Lasem', region: { code: '33.17', name: 'Rembang' } }],
      ['s2', { id: 's2', name: 'Toko Surabaya', region: { code: '35.78', name: 'Surabaya' } }],
    ]);
    const products = [
      product('seller-rembang', { sellerId: 's1' }),
      product('seller-surabaya', { sellerId: 's2' }),
      product('from-rembang', { sellerId: 's2', origin: { code: '33.17', name: 'Rembang' } }),
      product('to-surabaya', { sellerId: 's1', origin: { code: '35.78', name: 'Surabaya' } }),
    ];
    assert.deepEqual(ids(filterProducts(products, { regionCode: '33' }, sellers)), [
      'seller-rembang',
      'from-rembang',
    ]);
    assert.deepEqual(ids(filterProducts(products, { regionCode: '33' })), ['from-rembang']);
  });

  it('matches nothing for a region code that is not a Kemendagri code, and ignores an empty one', () => {
    const products = [product('1', { origin: { code: '33.17', name: 'Rembang' } })];
    assert.deepEqual(filterProducts(products, { regionCode: 'Rembang' }), []);
    assert.deepEqual(filterProducts(products, { regionCode: '3' }), []);
    assert.deepEqual(ids(filterProducts(products, { regionCode: '' })), ['1']);
  });

  it('keeps prices and price ranges that overlap the wanted range', () => {
    const products = [
      product('cheap', { price: 10_000 }),
      product('range', { price: { min: 20_000, max: 60_000 } }),
      product('dear', { price: 150_000 }),
    ];
    assert.deepEqual(ids(filterProducts(products, { minPrice: 50_000, maxPrice: 100_000 })), [
      'range',
    ]);
    assert.deepEqual(ids(filterProducts(products, { maxPrice: 15_000 })), ['cheap']);
    assert.deepEqual(ids(filterProducts(products, { minPrice: 60_000 })), ['range', 'dear']);
    assert.deepEqual(ids(filterProducts(products, { minPrice: 10_000, maxPrice: 10_000 })), [
      'cheap',
    ]);
    assert.deepEqual(filterProducts(products, { minPrice: 70_000, maxPrice: 100_000 }), []);
  });

  it('ignores a price bound that is not a number', () => {
    const products = [product('1', { price: 10_000 })];
    assert.deepEqual(ids(filterProducts(products, { minPrice: NaN, maxPrice: NaN })), ['1']);
  });

  it('keeps only products made locally when asked', () => {
    const products = [product('made', { madeLocally: true }), product('resold')];
    assert.deepEqual(ids(filterProducts(products, { madeLocallyOnly: true })), ['made']);
    assert.deepEqual(ids(filterProducts(products, { madeLocallyOnly: false })), ['made', 'resold']);
  });

  it('applies every filter together', () => {
    const products = [
      product('yes', {
        category: 'fashion',
        madeLocally: true,
        price: 200_000,
        origin: { code: '33.17', name: 'Rembang' },
      }),
      product('wrong-category', {
        madeLocally: true,
        price: 200_000,
        origin: { code: '33.17', name: 'Rembang' },
      }),
      product('resold', {
        category: 'fashion',
        price: 200_000,
        origin: { code: '33.17', name: 'Rembang' },
      }),
      product('elsewhere', {
        category: 'fashion',
        madeLocally: true,
        price: 200_000,
        origin: { code: '35.78', name: 'Surabaya' },
      }),
    ];
    const filters = {
      category: 'fashion',
      regionCode: '33',
      minPrice: 100_000,
      madeLocallyOnly: true,
    } as const;
    assert.deepEqual(ids(filterProducts(products, filters)), ['yes']);
  });
});

describe('sortProducts', () => {
  it('keeps the given order for relevance and returns a copy', () => {
    const products = [product('b'), product('a')];
    const sorted = sortProducts(products, 'relevance');
    assert.deepEqual(ids(sorted), ['b', 'a']);
    assert.notEqual(sorted, products);
  });

  it('sorts cheapest first by the lowest price of a range, keeping ties in order', () => {
    const products = [
      product('30k', { price: 30_000 }),
      product('range', { price: { min: 15_000, max: 90_000 } }),
      product('20k-first', { price: 20_000 }),
      product('20k-second', { price: 20_000 }),
    ];
    assert.deepEqual(ids(sortProducts(products, 'price-asc')), [
      'range',
      '20k-first',
      '20k-second',
      '30k',
    ]);
  });

  it('sorts dearest first by the highest price of a range, keeping ties in order', () => {
    const products = [
      product('30k', { price: 30_000 }),
      product('range', { price: { min: 15_000, max: 90_000 } }),
      product('20k-first', { price: 20_000 }),
      product('20k-second', { price: 20_000 }),
    ];
    assert.deepEqual(ids(sortProducts(products, 'price-desc')), [
      'range',
      '30k',
      '20k-first',
      '20k-second',
    ]);
  });

  it('sorts newest first, comparing offsets, with undated products last in their order', () => {
    const products = [
      product('undated-1'),
      product('old', { updatedAt: '2025-01-01' }),
      product('jakarta-dawn', { updatedAt: '2026-11-28T06:00:00+07:00' }),
      product('utc-later', { updatedAt: '2026-11-28T00:30:00+00:00' }),
      product('undated-2'),
    ];
    assert.deepEqual(ids(sortProducts(products, 'newest')), [
      'utc-later',
      'jakarta-dawn',
      'old',
      'undated-1',
      'undated-2',
    ]);
  });

  it('does not change the array it is given', () => {
    const products = [product('b', { price: 2 }), product('a', { price: 1 })];
    sortProducts(products, 'price-asc');
    assert.deepEqual(ids(products), ['b', 'a']);
  });

  it('reads an unknown order as relevance', () => {
    const products = [product('b', { price: 2 }), product('a', { price: 1 })];
    assert.deepEqual(ids(sortProducts(products, 'cheapest' as 'relevance')), ['b', 'a']);
  });
});
