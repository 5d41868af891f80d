import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNeutralSurface } from './find-neutral-surface.js';
import type { WorkingImage } from './make-working-image.js';

/** A 160×120 working image: `paint(x, y)` gives each pixel's sRGB colour. */
function image(paint: (x: number, y: number) => readonly [number, number, number]): WorkingImage {
  const width = 160;
  const height = 120;
  const n = width * height;
  const r = new Float32Array(n);
  const g = new Float32Array(n);
  const b = new Float32Array(n);
  const luma = new Float32Array(n);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const [pr, pg, pb] = paint(x, y);
      r[i] = pr;
      g[i] = pg;
      b[i] = pb;
      luma[i] = 0.299 * pr + 0.587 * pg + 0.114 * pb;
    }
  }
  return { width, height, scale: 1, r, g, b, luma };
}

// Stripes of saturated colours (goods) with, on the right third, a warm-lit white wall.
const stripes = (x: number, y: number): readonly [number, number, number] =>
  ((x >> 2) + (y >> 3)) % 2 ? [200, 40, 40] : [30, 90, 200];

describe('findNeutralSurface', () => {
  it('finds a smooth, light, grey-looking area and reads its tint', () => {
    const surface = findNeutralSurface(
      image((x, y) => (x >= 107 ? [225, 205, 180] : stripes(x, y))),
    );
    assert.ok(surface);
    assert.ok(surface.share > 0.25 && surface.share < 0.4, String(surface.share));
    assert.ok(surface.logRatios[0] > 0.1 && surface.logRatios[1] < -0.2, String(surface.logRatios));
  });

  it('finds none in a frame of saturated goods, or on a blue sky', () => {
    assert.equal(findNeutralSurface(image(stripes)), undefined);
    assert.equal(findNeutralSurface(image(() => [120, 170, 235])), undefined);
  });

  it('does not take textured or blown areas for a surface', () => {
    const noisy = (x: number, y: number) => (((x * 7 + y * 13) % 5) - 2) * 12;
    assert.equal(
      findNeutralSurface(
        image((x, y) => [200 + noisy(x, y), 200 + noisy(x, y), 200 + noisy(x, y)]),
      ),
      undefined,
    );
    assert.equal(findNeutralSurface(image(() => [255, 255, 255])), undefined);
  });
});
