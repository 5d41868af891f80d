// Fits the learned illuminant model of `learned-illuminant.ts` (tried for issue 15 in session
// 10 and not kept in the photo coach; see photo-coach-notes.md). `photo-illuminant-eval.ts`
// trains it with these functions and evaluates it.
//
// Training photos: real photos from Debian packages that are in none of the bench's halves or
// fresh batches (listed with their sources in `illuminant-training.md`, fetched at run time
// with `apt-get download` and unpacked with `dpkg-deb -x`; none is stored in this
// repository). Each photo is taken as lit by a neutral light and is given random casts in
// linear light (the bench's `applyGains`, before the working copy is made, as the bench does)
// along the warm–cool line of daylight and bulbs, with some green–magenta spread; the model
// learns to find the cast. The bench's own casts lie on that line too (R×1.16, B×0.84 is
// about (0.65, −0.76) in log-chroma; the line used here is (0.55, −0.83)).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWorkingImage } from '../packages/photo-coach/src/index.js';
import {
  CHROMA_BIN,
  CHROMA_BINS,
  CHROMA_CHANNELS,
  chromaHistograms,
} from './learned-illuminant.js';
import { applyGains } from '../packages/photo-coach/src/test-support/degrade.js';
import { seededRandom } from '../packages/photo-coach/src/test-support/render-product-scene.js';
import { loadPhoto } from './photo-load.js';

const here = dirname(fileURLToPath(import.meta.url));
const N = CHROMA_BINS;
const NN = N * N;

/** One training example: the histograms' non-empty bins and the light's shift in bins. */
export interface Example {
  readonly bins: Int32Array;
  readonly weights: Float32Array;
  readonly shift: readonly [number, number];
}

/** Warm–cool direction in (ln R/G, ln B/G): a bulb raises red and lowers blue against daylight. */
const WARM = [0.55, -0.83] as const;

/** Histograms of `image` under `casts` random lights (and once as it is). */
export function examplesOf(
  image: Parameters<typeof applyGains>[0],
  casts: number,
  rand: () => number,
): Example[] {
  const out: Example[] = [];
  for (let k = 0; k <= casts; k++) {
    let su = 0;
    let sv = 0;
    if (k > 0) {
      const t = (rand() * 2 - 1) * 0.6;
      // Box–Muller for the green–magenta spread.
      const n = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()) * 0.08;
      su = t * WARM[0] - n * WARM[1];
      sv = t * WARM[1] + n * WARM[0];
    }
    const lit = k === 0 ? image : applyGains(image, [Math.exp(su), 1, Math.exp(sv)]);
    const hist = chromaHistograms(makeWorkingImage(lit));
    const bins: number[] = [];
    const weights: number[] = [];
    hist.forEach((w, i) => {
      if (w > 0) {
        bins.push(i);
        weights.push(w);
      }
    });
    out.push({
      bins: Int32Array.from(bins),
      weights: Float32Array.from(weights),
      shift: [su / CHROMA_BIN, sv / CHROMA_BIN],
    });
  }
  return out;
}

/** The training target: the light's shift split bilinearly over the four nearest bins. */
function target(shift: readonly [number, number]): Array<[number, number]> {
  const [u, v] = shift;
  const a = Math.floor(u);
  const c = Math.floor(v);
  const fu = u - a;
  const fv = v - c;
  const at = (x: number, y: number) => (((x % N) + N) % N) * N + (((y % N) + N) % N);
  return [
    [at(a, c), (1 - fu) * (1 - fv)],
    [at(a + 1, c), fu * (1 - fv)],
    [at(a, c + 1), (1 - fu) * fv],
    [at(a + 1, c + 1), fu * fv],
  ];
}

export interface FitOptions {
  /** Weight of the filters' smoothness (squared differences of neighbouring bins). */
  readonly smoothF: number;
  /** Weight of the bias's smoothness. */
  readonly smoothB: number;
  /** Weight of the squared weights. */
  readonly l2: number;
  readonly steps: number;
  /** Adam's step size. */
  readonly rate: number;
}

/** In-place radix-2 FFT of `n` complex values at `re[off + k·stride]`, `im[…]`. */
function fft1(
  re: Float64Array,
  im: Float64Array,
  off: number,
  stride: number,
  inverse: boolean,
): void {
  const n = N;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const a = off + i * stride;
      const b = off + j * stride;
      [re[a], re[b]] = [re[b]!, re[a]!];
      [im[a], im[b]] = [im[b]!, im[a]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(ang * k);
        const wi = Math.sin(ang * k);
        const a = off + (i + k) * stride;
        const b = off + (i + k + len / 2) * stride;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a]! += xr;
        im[a]! += xi;
      }
    }
  }
}

/** 2-D DFT of an N × N block (rows then columns); the inverse is scaled by 1 / N². */
function fft2(re: Float64Array, im: Float64Array, inverse = false): void {
  for (let i = 0; i < N; i++) fft1(re, im, i * N, 1, inverse);
  for (let j = 0; j < N; j++) fft1(re, im, j, N, inverse);
  if (!inverse) return;
  for (let k = 0; k < NN; k++) {
    re[k]! /= NN;
    im[k]! /= NN;
  }
}

/**
 * Cross-entropy of the posterior against each example's light, plus the regularisers, by
 * full-batch Adam, in the Fourier domain as FFCC does: the scores are the cross-correlation
 * `z(L) = Σ_d hist(L + d) · filter(d)`, so `ẑ = conj(filter^) · hist^`, and the filter's
 * gradient `Σ_L g(L) · hist(L + d)` is `conj(ĝ) · hist^`. Returns filters
 * (`CHROMA_CHANNELS × N²`) and bias (`N²`).
 */
export function fit(
  examples: readonly Example[],
  options: FitOptions,
  log: (s: string) => void = () => {},
): { filters: Float64Array; bias: Float64Array } {
  const C = CHROMA_CHANNELS;
  const P = C * NN + NN;
  const theta = new Float64Array(P);
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const grad = new Float64Array(P);
  // Each example's histograms, transformed once.
  const spectra = examples.map((ex) => {
    const re = new Float64Array(C * NN);
    const im = new Float64Array(C * NN);
    ex.bins.forEach((b, k) => (re[b] = ex.weights[k]!));
    for (let ch = 0; ch < C; ch++) {
      const r = re.subarray(ch * NN, (ch + 1) * NN);
      const i = im.subarray(ch * NN, (ch + 1) * NN);
      fft2(r, i);
    }
    return { re, im, target: target(ex.shift) };
  });
  const fr = new Float64Array(C * NN);
  const fi = new Float64Array(C * NN);
  const gr = new Float64Array(C * NN);
  const gi = new Float64Array(C * NN);
  const zr = new Float64Array(NN);
  const zi = new Float64Array(NN);
  for (let step = 1; step <= options.steps; step++) {
    grad.fill(0);
    gr.fill(0);
    gi.fill(0);
    fr.set(theta.subarray(0, C * NN));
    fi.fill(0);
    for (let ch = 0; ch < C; ch++)
      fft2(fr.subarray(ch * NN, (ch + 1) * NN), fi.subarray(ch * NN, (ch + 1) * NN));
    const bias = theta.subarray(C * NN);
    let loss = 0;
    for (const sp of spectra) {
      zr.fill(0);
      zi.fill(0);
      for (let ch = 0; ch < C; ch++) {
        for (let k = 0; k < NN; k++) {
          const q = ch * NN + k;
          // conj(F) · H
          zr[k]! += fr[q]! * sp.re[q]! + fi[q]! * sp.im[q]!;
          zi[k]! += fr[q]! * sp.im[q]! - fi[q]! * sp.re[q]!;
        }
      }
      fft2(zr, zi, true);
      let top = -Infinity;
      for (let k = 0; k < NN; k++) top = Math.max(top, (zr[k]! += bias[k]!));
      let sum = 0;
      for (let k = 0; k < NN; k++) sum += Math.exp(zr[k]! - top);
      const logZ = top + Math.log(sum);
      for (const [k, w] of sp.target) loss -= w * (zr[k]! - logZ);
      // g = posterior − target, into zr (zi = 0), then its spectrum.
      for (let k = 0; k < NN; k++) zr[k] = Math.exp(zr[k]! - logZ);
      for (const [k, w] of sp.target) zr[k]! -= w;
      for (let k = 0; k < NN; k++) grad[C * NN + k]! += zr[k]!;
      zi.fill(0);
      fft2(zr, zi);
      for (let ch = 0; ch < C; ch++) {
        for (let k = 0; k < NN; k++) {
          const q = ch * NN + k;
          // conj(ĝ) · H
          gr[q]! += zr[k]! * sp.re[q]! + zi[k]! * sp.im[q]!;
          gi[q]! += zr[k]! * sp.im[q]! - zi[k]! * sp.re[q]!;
        }
      }
    }
    for (let ch = 0; ch < C; ch++)
      fft2(gr.subarray(ch * NN, (ch + 1) * NN), gi.subarray(ch * NN, (ch + 1) * NN), true);
    for (let q = 0; q < C * NN; q++) grad[q] = gr[q]!;
    const n = examples.length;
    for (let k = 0; k < P; k++) grad[k]! /= n;
    loss /= n;
    // Smoothness on the torus, per block of N × N, and L2.
    const blocks: Array<[number, number]> = [];
    for (let ch = 0; ch < C; ch++) blocks.push([ch * NN, options.smoothF]);
    blocks.push([C * NN, options.smoothB]);
    for (const [base, lambda] of blocks) {
      for (let i = 0; i < N; i++) {
        for (let j = 0; j < N; j++) {
          const k = base + i * N + j;
          for (const o of [base + ((i + 1) % N) * N + j, base + i * N + ((j + 1) % N)]) {
            const d = theta[k]! - theta[o]!;
            loss += lambda * d * d;
            grad[k]! += 2 * lambda * d;
            grad[o]! -= 2 * lambda * d;
          }
        }
      }
    }
    for (let k = 0; k < P; k++) {
      loss += options.l2 * theta[k]! ** 2;
      grad[k]! += 2 * options.l2 * theta[k]!;
    }
    for (let k = 0; k < P; k++) {
      m[k] = 0.9 * m[k]! + 0.1 * grad[k]!;
      v[k] = 0.999 * v[k]! + 0.001 * grad[k]! ** 2;
      const mh = m[k]! / (1 - 0.9 ** step);
      const vh = v[k]! / (1 - 0.999 ** step);
      theta[k]! -= (options.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
    if (step % 100 === 0 || step === 1) log(`step ${step}: loss ${loss.toFixed(4)}`);
  }
  return {
    filters: theta.slice(0, C * NN),
    bias: theta.slice(C * NN),
  };
}

/** The training photos' paths inside DIR, from the manifest's table. */
export function trainingPaths(dir: string): string[] {
  const manifest = readFileSync(join(here, 'illuminant-training.md'), 'utf8');
  const rows = [...manifest.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`(\/[^`]+)`\s*\|/gm)];
  return rows.map(([, pkg, path]) => join(dir, pkg!, path!));
}

/** Options the evaluation trains with (chosen on the tune half; see photo-coach-notes.md). */
export const TRAINING: FitOptions = {
  smoothF: 1e-4,
  smoothB: 1e-3,
  l2: 1e-7,
  steps: 400,
  rate: 0.1,
};

/**
 * Trains on the photos of `illuminant-training.md` unpacked under `dir` (each with itself and
 * `casts` random casts; a fixed seed, so a run reproduces the weights).
 */
export function trainModel(
  dir: string,
  options: FitOptions = TRAINING,
  casts = 7,
  log: (s: string) => void = () => {},
): { filters: Float64Array; bias: Float64Array; photos: number; examples: number } {
  const paths = trainingPaths(dir);
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`missing training photos:\n${missing.join('\n')}`);
  // Seeded (mulberry32), so a run reproduces the weights.
  const rand = seededRandom(15);
  const examples: Example[] = [];
  for (const p of paths) examples.push(...examplesOf(loadPhoto(p), casts, rand));
  log(`${paths.length} training photos, ${examples.length} examples`);
  return { ...fit(examples, options, log), photos: paths.length, examples: examples.length };
}
