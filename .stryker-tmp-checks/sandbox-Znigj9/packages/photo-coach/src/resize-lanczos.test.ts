// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resizeLanczos } from './resize-lanczos.js';

function flat(width: number, height: number, rgb: [number, number, number]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...rgb, 255], i);
  return { data, width, height };
}

describe('resizeLanczos', () => {
  it('keeps a flat colour flat when shrinking and enlarging', () => {
    for (const [w, h] of [
      [37, 23],
      [250, 180],
    ] as const) {
      const out = resizeLanczos(flat(100, 80, [200, 100, 50]), w, h);
      assert.equal(out.data.length, w * h * 4);
      for (let i = 0; i < out.data.length; i += 4) {
        assert.deepEqual([...out.data.subarray(i, i + 4)], [200, 100, 50, 255]);
      }
    }
  });

  it('averages a fine checkerboard to grey instead of aliasing it', () => {
    const img = flat(64, 64, [0, 0, 0]);
    for (let y = 0; y < 64; y++) {
      for (let x = 0; x < 64; x++)
        if ((x + y) % 2) img.data.fill(255, (y * 64 + x) * 4, (y * 64 + x) * 4 + 3);
    }
    const out = resizeLanczos(img, 16, 16);
    for (let i = 0; i < out.data.length; i += 4) assert.ok(Math.abs(out.data[i]! - 128) < 6);
  });
});
