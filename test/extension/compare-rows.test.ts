import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows } from '../../extension/src/background/compare-rows.js';
import { bulkChanges } from '../../extension/src/sidepanel/bulk-changes.js';

type StoredListing = Parameters<typeof compareRows>[2][number];

function listing(id: string, over: Partial<StoredListing> = {}): StoredListing {
  return {
    id,
    title: `Batik ${id}`,
    description: '',
    price: 250_000,
    stock: 5,
    condition: 'new',
    images: [],
    variants: [],
    bindings: {},
    revision: 3,
    ...over,
  } as StoredListing;
}

describe('compareRows', () => {
  it('binds rows by product id, then URL, then exact title, and leaves the rest unbound', () => {
    const listings = [
      listing('a', { bindings: { shopee: { productId: '111' } } }),
      listing('b', {
        bindings: { shopee: { url: 'https://seller.shopee.co.id/portal/product/222' } },
      }),
      listing('c'),
    ];
    const states = compareRows(
      [
        { externalId: '111', price: 250_000, stock: 5 },
        { url: 'https://seller.shopee.co.id/portal/product/222', price: 250_000, stock: 5 },
        { title: '  batik   C ', price: 250_000, stock: 5 },
        { externalId: '999', title: 'Kopi', price: 1, stock: 1 },
      ],
      'shopee',
      listings,
    );
    assert.deepEqual(
      states.map((s) => [s.listingId, s.state]),
      [
        ['a', 'synced'],
        ['b', 'synced'],
        ['c', 'synced'],
        [undefined, 'unbound'],
      ],
    );
  });

  it('reports the price and stock that differ from the master listing', () => {
    const [state] = compareRows([{ externalId: '1', price: 240_000, stock: 2 }], 'tokopedia', [
      listing('a', { bindings: { tokopedia: { productId: '1' } } }),
    ]);
    assert.equal(state!.state, 'drift');
    assert.deepEqual(state!.changes, [
      { field: 'price', marketplace: 240_000, master: 250_000 },
      { field: 'stock', marketplace: 2, master: 5 },
    ]);
  });

  it('offers stock 0 on the other marketplaces when a product is sold out here, instead of calling it drift', () => {
    const [state] = compareRows([{ externalId: '1', price: 250_000, stock: 0 }], 'tokopedia', [
      listing('a', {
        bindings: {
          tokopedia: { productId: '1' },
          shopee: { productId: '2', stock: 5 },
          lazada: { productId: '3', stock: 0 },
        },
      }),
    ]);
    assert.deepEqual(state!.soldOutElsewhere, ['shopee']);
    assert.equal(state!.state, 'synced');
  });

  it('does not bind by title when two listings share it', () => {
    const [state] = compareRows([{ title: 'Batik a' }], 'shopee', [
      listing('a'),
      listing('a2', { title: 'Batik a' }),
    ]);
    assert.equal(state!.state, 'unbound');
  });
});

describe('bulkChanges', () => {
  it('sets one price and stock for all, guarded by each revision', () => {
    assert.deepEqual(
      bulkChanges([listing('a'), listing('b', { revision: 9 })], {
        price: { mode: 'set', value: 99_000 },
        stock: 0,
      }),
      [
        { id: 'a', expectedRevision: 3, price: 99_000, stock: 0 },
        { id: 'b', expectedRevision: 9, price: 99_000, stock: 0 },
      ],
    );
  });

  it('moves prices by a percentage to the nearest hundred rupiah and keeps stock when not given', () => {
    assert.deepEqual(
      bulkChanges([listing('a', { price: 27_550 })], {
        price: { mode: 'percent', value: 10 },
        stock: undefined,
      }),
      [{ id: 'a', expectedRevision: 3, price: 30_300 }],
    );
  });
});
