import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { checkColorCast } from './check-color-cast.js';

const warm: readonly [number, number] = [0.2, -0.25];

describe('checkColorCast', () => {
  it('judges a tint read off a backdrop or a large neutral surface, and names the bulbs', () => {
    for (const reference of ['backdrop', 'surface'] as const) {
      const check = checkColorCast(warm, reference, 1);
      assert.equal(check.verdict, 'bad');
      assert.ok(check.severity > 0.5);
      assert.equal(check.confidence, undefined);
      assert.match(check.tip.id, /kekuningan dari lampu rumah/);
    }
  });

  it('holds nothing against a tint guessed from the scene, and asks the seller to compare', () => {
    const check = checkColorCast(warm, 'scene');
    assert.equal(check.verdict, 'good');
    assert.ok(check.severity < checkColorCast(warm, 'backdrop').severity / 2);
    assert.ok(check.confidence! < SURE_CONFIDENCE);
    assert.ok(check.value > 26);
    assert.match(check.tip.id, /Jika warna asli produk tidak sekuning itu/);
  });

  it('says nothing for sure from a small surface, and calls a neutral scene neutral', () => {
    const small = checkColorCast(warm, 'surface', 0.35);
    assert.equal(small.verdict, 'good');
    assert.equal(small.confidence, 0.35);
    const neutral = checkColorCast([0.02, -0.03], 'scene');
    assert.equal(neutral.verdict, 'good');
    assert.match(neutral.tip.id, /netral/);
  });
});
