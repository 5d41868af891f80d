import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bindingState } from './binding-state.js';

const listing = { title: 'Keripik Tempe Sagu', price: 15000, stock: 40 };

describe('bindingState', () => {
  it('is unknown when nothing was seen on the marketplace', () => {
    assert.equal(bindingState(listing, {}), 'unknown');
  });

  it('is synced when what was seen matches, ignoring case and runs of spaces in titles', () => {
    assert.equal(bindingState(listing, { title: ' keripik  tempe sagu', price: 15000 }), 'synced');
  });

  it('is drift when a seen title, price or stock differs', () => {
    assert.equal(bindingState(listing, { price: 14000 }), 'drift');
    assert.equal(bindingState(listing, { stock: 39, price: 15000 }), 'drift');
    assert.equal(bindingState(listing, { title: 'Keripik Tempe' }), 'drift');
  });
});
