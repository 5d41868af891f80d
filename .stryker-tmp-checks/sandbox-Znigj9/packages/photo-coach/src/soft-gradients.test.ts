// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gaussianBlur } from './gaussian-blur.js';
import { scharrGradients } from './scharr-gradients.js';
import { softGradients } from './soft-gradients.js';

/** A plane of pseudo-random levels with fractions, as a working image's luma has. */
function noisePlane(width: number, height: number, seed: number): Float32Array {
  const plane = new Float32Array(width * height);
  let s = seed;
  for (let i = 0; i < plane.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    plane[i] = ((s >>> 16) % 256) + (s & 255) / 256;
  }
  return plane;
}

describe('softGradients', () => {
  it('gives the gradients of the blurred plane to the last bit, border included', () => {
    for (const [w, h, sigma] of [
      [64, 48, 1],
      [17, 16, 1],
      [3, 3, 1],
      [9, 7, 1],
      [40, 30, 2],
      [31, 29, 0.5],
      [20, 20, 0],
      [2, 9, 1],
    ] as const) {
      const plane = noisePlane(w, h, w * 31 + h);
      const expected = scharrGradients(gaussianBlur(plane, w, h, sigma), w, h);
      // Planes full of stale values, as reused planes are: every value must be overwritten.
      const stale = () => new Float32Array(w * h).fill(7);
      const got = softGradients(plane, w, h, sigma, {
        gx: stale(),
        gy: stale(),
        magnitude: stale(),
      });
      for (const key of ['gx', 'gy', 'magnitude'] as const) {
        assert.deepEqual(got[key], expected[key], `${key} of ${w}×${h}, σ ${sigma}`);
      }
    }
  });
});
