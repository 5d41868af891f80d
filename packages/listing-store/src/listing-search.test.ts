import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Listing } from '@etalase/catalog';
import { createListingSearch } from './listing-search.js';

const listings = [
  Listing.parse({
    id: 'kt',
    title: 'Keripik Tempe Sagu',
    price: 15000,
    sku: 'KT-250',
    brand: 'Dapur Bu Sri',
  }),
  Listing.parse({
    id: 'kopi',
    title: 'Kopi Bubuk Robusta',
    price: 40000,
    description: 'Dari kebun di lereng Gunung Slamet, sangrai medium.',
    variants: [{ name: 'Giling kasar', sku: 'KP-KASAR' }],
  }),
];

describe('createListingSearch', () => {
  it('finds listings by folded title, SKU, brand, variant and description words', () => {
    const search = createListingSearch(listings);
    const ids = (q: string) => search.search(q).map((l) => l.id);
    assert.deepEqual(ids('kripik'), ['kt']);
    assert.deepEqual(ids('kt-250'), ['kt']);
    assert.deepEqual(ids('bu sri'), ['kt']);
    assert.deepEqual(ids('kp-kasar'), ['kopi']);
    assert.deepEqual(ids('slamet'), ['kopi']);
    assert.deepEqual(ids('robsta'), ['kopi']);
    assert.deepEqual(ids('keri'), ['kt']);
  });

  it('returns every listing for an empty query, and honours limit', () => {
    const search = createListingSearch(listings);
    assert.equal(search.search('').length, 2);
    assert.equal(search.search('', { limit: 1 }).length, 1);
  });
});
