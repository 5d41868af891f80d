import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Listing } from './listing.js';

function listing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'keripik-tempe-250',
    title: 'Keripik Tempe Sagu 250 g',
    description: 'Keripik tempe renyah, tanpa pengawet.',
    price: 15000,
    stock: 40,
    sku: 'KT-250',
    weightGrams: 270,
    dimensionsCm: { length: 20, width: 12, height: 6 },
    category: 'Makanan & Minuman > Camilan > Keripik',
    images: ['https://umkm.example/foto/kt.jpg'],
    variants: [{ name: 'Pedas', options: { rasa: 'Pedas' }, price: 16000, stock: 10 }],
    brand: 'Dapur Bu Sri',
    bindings: {
      tokopedia: {
        productId: '123',
        url: 'https://www.tokopedia.com/contoh/kt',
        price: 15000,
        stock: 40,
      },
    },
    ...overrides,
  };
}

describe('Listing', () => {
  it('accepts a full listing with variants and marketplace bindings', () => {
    const result = Listing.safeParse(listing());
    assert.equal(result.success, true);
    assert.equal(result.data?.bindings.tokopedia?.productId, '123');
    assert.deepEqual(result.data?.variants[0]?.options, { rasa: 'Pedas' });
  });

  it('fills defaults for a minimal listing: new, no stock, no photos, no variants', () => {
    const result = Listing.safeParse({ id: 'x', title: 'Gula Aren', price: 25000 });
    assert.equal(result.success, true);
    assert.deepEqual(
      {
        condition: result.data?.condition,
        stock: result.data?.stock,
        images: result.data?.images,
        variants: result.data?.variants,
        bindings: result.data?.bindings,
        description: result.data?.description,
      },
      { condition: 'new', stock: 0, images: [], variants: [], bindings: {}, description: '' },
    );
  });

  it('rejects negative stock, fractional prices and unknown marketplaces, with their paths', () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ stock: -1 }, ['stock']],
      [{ price: 15000.5 }, ['price']],
      [{ bindings: { amazon: { productId: '1' } } }, ['bindings']],
      [{ variants: [{ name: '', options: {} }] }, ['variants', 0, 'name']],
      [{ condition: 'bekas' }, ['condition']],
    ];
    for (const [overrides, path] of cases) {
      const result = Listing.safeParse(listing(overrides));
      assert.equal(result.success, false, JSON.stringify(overrides));
      assert.deepEqual(result.error?.issues[0]?.path, path, JSON.stringify(overrides));
    }
  });

  it('keeps the title and sync state last seen on a marketplace, and refuses other states', () => {
    const binding = {
      productId: '123',
      title: 'Keripik Tempe Sagu',
      price: 15000,
      stock: 40,
      lastSyncedAt: '2026-12-01T10:00:00+07:00',
      state: 'drift',
    };
    const ok = Listing.safeParse(listing({ bindings: { shopee: binding } }));
    assert.deepEqual(ok.data?.bindings.shopee, binding);
    const bad = Listing.safeParse(listing({ bindings: { shopee: { state: 'stale' } } }));
    assert.deepEqual(bad.error?.issues[0]?.path, ['bindings', 'shopee', 'state']);
  });
});
