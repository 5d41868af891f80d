import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackgroundEstimate } from './estimate-background.js';
import { estimateIlluminant, greyEdge } from './estimate-illuminant.js';
import type { WorkingImage } from './make-working-image.js';
import type { NeutralSurface } from './find-neutral-surface.js';

/**
 * A busy frame of vertical stripes alternating between black and `color` (sRGB): its edges
 * have the colour of `color` in linear light, so grey edge reads `color`'s tint.
 */
function stripes(color: readonly [number, number, number]): WorkingImage {
  const width = 64;
  const height = 48;
  const r = new Float32Array(width * height);
  const g = new Float32Array(width * height);
  const b = new Float32Array(width * height);
  for (let i = 0; i < r.length; i++) {
    const on = (i % width) % 2 === 0;
    r[i] = on ? color[0] : 0;
    g[i] = on ? color[1] : 0;
    b[i] = on ? color[2] : 0;
  }
  const luma = Float32Array.from(r, (v, i) => 0.299 * v + 0.587 * g[i]! + 0.114 * b[i]!);
  return { width, height, scale: 1, r, g, b, luma };
}

const cluttered: BackgroundEstimate = {
  color: [90, 80, 70],
  top: new Float32Array(0),
  bottom: new Float32Array(0),
  left: new Float32Array(0),
  right: new Float32Array(0),
  spread: 30,
  coverage: 0.3,
  transitions: 12,
  plain: false,
};

/** A grey plate read as warm as a strong bulb's light (about 28 %). */
const warmPlate: NeutralSurface = { logRatios: [0.2, -0.2], share: 0.2, luma: 180 };

describe('estimateIlluminant on a neutral surface', () => {
  it('trusts a surface whose tint the scene edges show at half strength, and doubts one they barely show', () => {
    // Edges leaning warm half as far as the plate (ln R/G ≈ 0.1, ln B/G ≈ −0.1): a warm light
    // over goods that lean a little cool by themselves.
    const half = stripes([134, 128, 122]);
    const edges = greyEdge(half)!;
    const lean = Math.log(edges[0] / edges[1]);
    assert.ok(lean > 0.08 && lean < 0.12, String(lean));
    const trusted = estimateIlluminant(half, cluttered, undefined, warmPlate);
    assert.equal(trusted.reference, 'surface');
    assert.equal(trusted.confidence, 1);
    // Edges that barely lean warm (a quarter of the plate's tint): the plate is more likely
    // cream than grey under a warm light.
    const faint = estimateIlluminant(stripes([131, 128, 125]), cluttered, undefined, warmPlate);
    assert.equal(faint.reference, 'surface');
    assert.ok(faint.confidence < 0.5, String(faint.confidence));
  });
});
