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

describe('estimateIlluminant on a surface far from what the edges call grey', () => {
  // Pale wood (ln R/G 0.6, ln B/G −0.75, a tint of 96 %) in a warm scene whose edges lean the
  // same way at half its tint: they agree with it as a cast's would (0.45 and more), but call
  // it 0.49 from grey, as no light does to a grey thing.
  const wood: NeutralSurface = { logRatios: [0.6, -0.75], share: 0.2, luma: 170 };
  const warmScene = stripes([172, 150, 128]);

  it('does not read the light off it: the tint is guessed from the scene', () => {
    const edges = greyEdge(warmScene)!;
    const er = Math.log(edges[0] / edges[1]);
    const eb = Math.log(edges[2] / edges[1]);
    const distance = Math.hypot(0.6 - er, -0.75 - eb);
    assert.ok(distance > 0.45 && distance < 0.55, String(distance));
    assert.ok((er * 0.6 - eb * 0.75) / (0.6 ** 2 + 0.75 ** 2) > 0.45);
    const estimate = estimateIlluminant(warmScene, cluttered, undefined, wood);
    assert.equal(estimate.reference, 'scene');
    assert.ok(estimate.confidence < 0.5);
    assert.ok(Math.abs(estimate.logRatios[0] - er) < 1e-9);
  });

  it('still reads a strongly tinted grey plate whose tint the edges share', () => {
    // White paper under a household bulb (a tint of about 90 %), with edges as warm.
    const bulb: NeutralSurface = { logRatios: [0.55, -0.7], share: 0.2, luma: 200 };
    const lit = stripes([150, 112, 78]);
    const estimate = estimateIlluminant(lit, cluttered, undefined, bulb);
    assert.equal(estimate.reference, 'surface');
    assert.equal(estimate.confidence, 1);
  });
});
