// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateTilt } from './estimate-tilt.js';
import { findEdges } from './find-edges.js';
import { softGradients } from './soft-gradients.js';
import { seededRandom } from './test-support/render-product-scene.js';

/** Luma plane of blurred random blobs: texture with edges at every angle, no straight line. */
function blobs(width: number, height: number, seed: number, count = 300): Float32Array {
  const random = seededRandom(seed);
  const plane = new Float32Array(width * height).fill(128);
  for (let k = 0; k < count; k++) {
    const cx = random() * width;
    const cy = random() * height;
    const r = 4 + random() * 20;
    const v = (random() - 0.5) * 120;
    for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(height, cy + r); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(width, cx + r); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 < r * r) plane[y * width + x]! += v;
      }
    }
  }
  return plane;
}

function tiltOf(plane: Float32Array, width: number, height: number) {
  const soft = softGradients(plane, width, height, 1);
  return estimateTilt(soft, findEdges(soft, width, height), width, height);
}

describe('estimateTilt', () => {
  it('has low confidence on round blobs, which hold no long straight line', () => {
    const t = tiltOf(blobs(400, 300, 3), 400, 300);
    assert.ok(t.confidence < 0.2, `confidence ${t.confidence}, longest ${t.longestLine}`);
    assert.ok(t.longestLine < 0.15, String(t.longestLine));
  });

  it('reads a long edge turned 4° across the same blobs confidently', () => {
    const width = 400;
    const height = 300;
    const plane = blobs(width, height, 3, 100);
    // A dark table below an antialiased edge through the centre, running down to the right.
    const t = (4 * Math.PI) / 180;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const below = (y - 150) * Math.cos(t) - (x - 200) * Math.sin(t);
        const cover = Math.min(1, Math.max(0, below + 0.5));
        const i = y * width + x;
        plane[i] = plane[i]! * (1 - cover) + 40 * cover;
      }
    }
    const tilt = tiltOf(plane, width, height);
    assert.ok(Math.abs(tilt.degrees - 4) < 0.5, String(tilt.degrees));
    assert.ok(tilt.confidence > 0.5, String(tilt.confidence));
    assert.ok(tilt.longestLine > 0.8, String(tilt.longestLine));
  });
});
