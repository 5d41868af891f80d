import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateBlur, REBLUR_SIGMA } from './estimate-blur.js';
import { findEdges } from './find-edges.js';
import { gaussianBlur } from './gaussian-blur.js';
import { softGradients } from './soft-gradients.js';
import { seededRandom } from './test-support/render-product-scene.js';

const W = 480;
const H = 360;

/** Luma plane of random rectangles of `size` pixels or so: step edges, or fine texture when small. */
function rectangles(seed: number, count: number, size: number): Float32Array {
  const random = seededRandom(seed);
  const plane = new Float32Array(W * H).fill(128);
  for (let k = 0; k < count; k++) {
    const x0 = Math.floor(random() * W);
    const y0 = Math.floor(random() * H);
    const w = Math.max(1, Math.round(size * (0.5 + random())));
    const h = Math.max(1, Math.round(size * (0.5 + random())));
    const v = random() < 0.5 ? 60 : 200;
    for (let y = y0; y < Math.min(H, y0 + h); y++)
      plane.fill(v, y * W + x0, y * W + Math.min(W, x0 + w));
  }
  return plane;
}

/** Horizontal box blur of `length` pixels: a shake that drags every vertical edge into a ramp. */
function shake(plane: Float32Array, length: number): Float32Array {
  const out = new Float32Array(plane.length);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let sum = 0;
      for (let d = 0; d < length; d++)
        sum += plane[y * W + Math.min(W - 1, Math.max(0, x + d - (length >> 1)))]!;
      out[y * W + x] = sum / length;
    }
  }
  return out;
}

function blurOf(plane: Float32Array) {
  const soft = softGradients(plane, W, H, REBLUR_SIGMA);
  const edges = findEdges(soft, W, H);
  return estimateBlur(plane, soft, edges, W, H);
}

describe('estimateBlur', () => {
  it('reads the σ of a Gaussian blur on step edges', () => {
    const steps = rectangles(1, 40, 60);
    assert.ok(blurOf(steps).sigma < 0.5, String(blurOf(steps).sigma));
    for (const sigma of [1.5, 2, 3]) {
      const got = blurOf(gaussianBlur(steps, W, H, sigma)).sigma;
      assert.ok(Math.abs(got - sigma) < 0.2 * sigma, `σ ${sigma}: read ${got}`);
    }
  });

  it('does not read blurred fine stripes as sharp, and still reads sharp ones as sharp', () => {
    // Large steps under lines 2 pixels wide every 8 (stitching, a printed pattern). Blurred by
    // σ 2, the stripes' edges cancel each other under the re-blur: read as steps they would
    // seem sharp (σ ≈ 0.65), so only the steps may vote.
    const stripes = (plane: Float32Array) => {
      for (let i = 0; i < plane.length; i++) if ((i % W) % 8 < 2) plane[i]! += 80;
      return plane;
    };
    const blurred = blurOf(gaussianBlur(stripes(rectangles(4, 40, 60)), W, H, 2)).sigma;
    assert.ok(Math.abs(blurred - 2) < 0.4, `blurred: read ${blurred}`);
    // Sharp stripes alone, with no step at all: they must not be called blurry.
    const sharp = blurOf(stripes(new Float32Array(W * H).fill(100))).sigma;
    assert.ok(sharp < 1, `sharp stripes: read ${sharp}`);
  });

  it('does not call a sharp checked cloth blurry', () => {
    // Squares of 8 pixels turned 3°, drawn with 4 × 4 samples a pixel (a gingham sarong in
    // close-up). Where four squares meet, a re-blur raises the gradient instead of lowering
    // it; read as steps, those corners seemed blurred beyond measure (σ 8).
    const checks = new Float32Array(W * H);
    const [c, s] = [Math.cos(Math.PI / 60), Math.sin(Math.PI / 60)];
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        let dark = 0;
        for (let k = 0; k < 16; k++) {
          const u = x + ((k & 3) + 0.5) / 4;
          const v = y + ((k >> 2) + 0.5) / 4;
          dark += (Math.floor((c * u - s * v) / 8) + Math.floor((s * u + c * v) / 8)) & 1;
        }
        checks[y * W + x] = 200 - (140 * dark) / 16;
      }
    }
    const got = blurOf(checks);
    assert.ok(got.sigma < 0.5, `read ${got.sigma} (bins ${got.byOrientation.join(', ')})`);
    assert.ok(blurOf(gaussianBlur(checks, W, H, 2)).sigma > 1.2);
  });

  it('reads a horizontal shake as blur, though horizontal edges stay sharp', () => {
    // A shake drags each vertical edge into a ramp, which fails the step test too (its
    // gradient barely drops under the first re-blur, then falls): it must still vote.
    const steps = rectangles(3, 40, 60);
    const got = blurOf(shake(steps, 5));
    assert.ok(got.sigma > 2, `shake read ${got.sigma}`);
    // The gradient across the shake (bin 2: vertical) stays sharp.
    assert.ok(got.byOrientation[2]! < 0.8, `bins ${got.byOrientation.join(', ')}`);
  });
});
