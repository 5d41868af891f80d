// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePixels } from './analyze-pixels.js';
import type { PhotoReport } from './photo-report.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { applyGains } from './test-support/degrade.js';
import { renderProductScene } from './test-support/render-product-scene.js';
import { whiteBalanceCurves } from './tone-curves.js';

describe('whiteBalanceCurves', () => {
  const scene = renderProductScene({ width: 400, height: 300, seed: 5 }).image;
  const warm = analyzePixels(applyGains(scene, [1.25, 1, 0.7]));
  const m = warm.measurements!;
  /** ln of the gain a curve applies to mid-grey's linear light. */
  const gainAt128 = (curve: Uint8ClampedArray) =>
    Math.log(SRGB_TO_LINEAR[curve[128]!]! / SRGB_TO_LINEAR[128]!);

  it('divides by the light read off a backdrop', () => {
    assert.equal(m.illuminantReference, 'backdrop');
    const [r, g, b] = whiteBalanceCurves(warm)!;
    assert.ok(Math.abs(gainAt128(r!) + Math.log(m.illuminant[0])) < 0.02);
    assert.equal(gainAt128(g!), 0);
    assert.ok(Math.abs(gainAt128(b!) + Math.log(m.illuminant[2])) < 0.02);
  });

  it('corrects half of a tint guessed from the scene, which may be the goods’ own colour', () => {
    const guessed: PhotoReport = { ...warm, measurements: { ...m, illuminantReference: 'scene' } };
    const [r, , b] = whiteBalanceCurves(guessed)!;
    assert.ok(Math.abs(gainAt128(r!) + 0.5 * Math.log(m.illuminant[0])) < 0.02);
    assert.ok(Math.abs(gainAt128(b!) + 0.5 * Math.log(m.illuminant[2])) < 0.02);
  });

  it('leaves a neutral photo alone', () => {
    assert.equal(whiteBalanceCurves(analyzePixels(scene)), null);
  });
});
