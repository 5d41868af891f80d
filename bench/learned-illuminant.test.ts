import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkingImage } from '../packages/photo-coach/src/index.js';
import {
  CHROMA_BIN,
  CHROMA_BINS,
  chromaHistograms,
  lightScores,
  posteriorOf,
} from './learned-illuminant.js';
import { fit } from './train-illuminant.js';
import type { Example } from './train-illuminant.js';

const N = CHROMA_BINS;
const NN = N * N;

/** A frame of one sRGB colour. */
function flat(color: readonly [number, number, number]): WorkingImage {
  const width = 16;
  const height = 16;
  const plane = (v: number) => new Float32Array(width * height).fill(v);
  const [r, g, b] = color;
  return {
    width,
    height,
    scale: 1,
    r: plane(r),
    g: plane(g),
    b: plane(b),
    luma: plane(0.299 * r + 0.587 * g + 0.114 * b),
  };
}

describe('chromaHistograms', () => {
  it('counts a grey frame at neutral and a tinted one as many bins away as its log-chroma', () => {
    const grey = chromaHistograms(flat([128, 128, 128]));
    // Bin 16 along each axis holds log-chroma [0, 1/16): the origin of the torus is −1.
    assert.equal(grey[16 * N + 16], 1);
    // Linear R×e^0.25 (4 bins), B×e^−0.5 (8 bins down): sRGB 128 is linear 0.2158.
    const toSrgb = (v: number) => 255 * (1.055 * v ** (1 / 2.4) - 0.055);
    const warm = chromaHistograms(
      flat([toSrgb(0.2158 * Math.exp(0.25 + 0.03)), 128, toSrgb(0.2158 * Math.exp(-0.5 + 0.03))]),
    );
    assert.equal(warm[20 * N + 8], 1);
    // A flat frame has no edges.
    assert.equal(
      warm.subarray(NN).reduce((s, v) => s + v, 0),
      0,
    );
  });
});

describe('the learned model', () => {
  // A "scene": a few fixed colours (log-chroma bins) of fixed weights. Each example is the
  // scene under a light that shifts every bin by the light's whole-bin log-chroma.
  const scene: Array<[number, number, number]> = [
    [0, 0, 0.4],
    [5, -7, 0.3],
    [-3, 2, 0.2],
    [9, 4, 0.1],
  ];
  const lit = (du: number, dv: number): Example => {
    const hist = new Map<number, number>();
    for (const [u, v, w] of scene) {
      const bin = ((((16 + u + du) % N) + N) % N) * N + ((((16 + v + dv) % N) + N) % N);
      hist.set(bin, (hist.get(bin) ?? 0) + w);
    }
    return {
      bins: Int32Array.from(hist.keys()),
      weights: Float32Array.from(hist.values()),
      shift: [du, dv],
    };
  };

  it('fitted in the Fourier domain, finds a light it was not trained on', () => {
    const examples: Example[] = [];
    for (let du = -6; du <= 6; du += 3)
      for (let dv = -6; dv <= 6; dv += 3) examples.push(lit(du, dv));
    const model = fit(examples, { smoothF: 1e-4, smoothB: 1e-3, l2: 1e-7, steps: 150, rate: 0.1 });
    // Scored directly (bin by bin), as the photo coach would: the light R up 2 bins, B down 4.
    const test = lit(2, -4);
    const hist = new Float64Array(2 * NN);
    test.bins.forEach((b, k) => (hist[b] = test.weights[k]!));
    const estimate = posteriorOf(lightScores(hist, model));
    assert.ok(
      Math.abs(estimate.logRatios[0] - 2 * CHROMA_BIN) < CHROMA_BIN,
      String(estimate.logRatios),
    );
    assert.ok(
      Math.abs(estimate.logRatios[1] + 4 * CHROMA_BIN) < CHROMA_BIN,
      String(estimate.logRatios),
    );
    assert.ok(estimate.spread < 3 * CHROMA_BIN, String(estimate.spread));
  });

  it('reads the mean of a posterior that wraps around the torus, and its spread', () => {
    const scores = new Float64Array(NN).fill(-50);
    // Equal mass at u bins 31 and 0 (log-chroma −1/16 and 0), v bin 0: the mean is −1/32.
    scores[31 * N] = 0;
    scores[0] = 0;
    const p = posteriorOf(scores);
    assert.ok(Math.abs(p.logRatios[0] + CHROMA_BIN / 2) < 1e-6, String(p.logRatios));
    assert.ok(Math.abs(p.logRatios[1]) < 1e-6);
    assert.ok(Math.abs(p.spread - CHROMA_BIN / 2) < 1e-6, String(p.spread));
  });
});
