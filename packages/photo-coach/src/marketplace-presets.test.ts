import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARKETPLACE_PRESETS, outputSide } from './marketplace-presets.js';

describe('MARKETPLACE_PRESETS', () => {
  it('holds every marketplace and the all-marketplaces preset, keyed by id', () => {
    assert.deepEqual(Object.keys(MARKETPLACE_PRESETS).sort(), [
      'blibli',
      'bukalapak',
      'lazada',
      'semua',
      'shopee',
      'tiktok',
      'tokopedia',
    ]);
    for (const [key, preset] of Object.entries(MARKETPLACE_PRESETS)) assert.equal(preset.id, key);
  });

  it('makes semua at least as strict as every known rule', () => {
    const all = Object.values(MARKETPLACE_PRESETS);
    const semua = MARKETPLACE_PRESETS.semua;
    for (const p of all) {
      if (p.minSide !== undefined) assert.ok(semua.minSide! >= p.minSide);
      if (p.maxBytes !== undefined) assert.ok(semua.maxBytes! <= p.maxBytes);
      if (p.minFill !== undefined) assert.ok(semua.minFill! >= p.minFill);
      if (p.maxSide !== undefined) assert.ok(semua.maxSide! <= p.maxSide);
    }
  });

  it('picks an output side within each preset’s limits', () => {
    for (const p of Object.values(MARKETPLACE_PRESETS)) {
      const side = outputSide(p);
      if (p.minSide !== undefined) assert.ok(side >= p.minSide, p.id);
      if (p.maxSide !== undefined) assert.ok(side <= p.maxSide, p.id);
    }
  });
});
