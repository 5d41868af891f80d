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

  it('makes semua exactly as strict as the strictest known rule of each kind', () => {
    const marketplaces = Object.values(MARKETPLACE_PRESETS).filter((p) => p.id !== 'semua');
    const known = (pick: (p: (typeof marketplaces)[number]) => number | undefined) =>
      marketplaces.map(pick).filter((value): value is number => value !== undefined);
    const semua = MARKETPLACE_PRESETS.semua;
    // Each list holds at least one known rule, so the comparison below always runs.
    assert.deepEqual(known((p) => p.minSide).sort(), [301, 500, 600]);
    assert.equal(semua.minSide, Math.max(...known((p) => p.minSide)));
    assert.equal(semua.maxSide, Math.min(...known((p) => p.maxSide)));
    assert.equal(semua.maxBytes, Math.min(...known((p) => p.maxBytes)));
    assert.equal(semua.minFill, Math.max(...known((p) => p.minFill)));
    assert.equal(semua.maxPhotos, Math.min(...known((p) => p.maxPhotos)));
  });

  it('picks an output side within each preset’s limits: the recommended one, else the minimum, else 1024', () => {
    const sides = Object.fromEntries(
      Object.values(MARKETPLACE_PRESETS).map((p) => [p.id, outputSide(p)]),
    );
    assert.deepEqual(sides, {
      shopee: 1024,
      tokopedia: 301,
      tiktok: 600,
      lazada: 850,
      bukalapak: 1024,
      blibli: 1024,
      semua: 1024,
    });
    assert.equal(outputSide({ ...MARKETPLACE_PRESETS.lazada, recommendedSide: 3000 }), 2000);
  });
});
