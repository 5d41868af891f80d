import type { WorkingImage } from '../packages/photo-coach/src/make-working-image.js';
import { SRGB_TO_LINEAR } from '../packages/photo-coach/src/srgb.js';

/**
 * A learned estimate of the light's colour in the style of Fast Fourier Color Constancy
 * (Barron 2015, "Convolutional Color Constancy"; Barron & Tsai 2017): the photo's pixels and
 * its edges are counted in a histogram of log-chroma, `u = ln(R/G)`, `v = ln(B/G)` in linear
 * light, wrapped on a torus of {@link CHROMA_BINS} × {@link CHROMA_BINS} bins of
 * {@link CHROMA_BIN} each. A light's colour multiplies every channel, so it shifts the whole
 * histogram by its own log-chroma; a learned filter per histogram, slid over every possible
 * shift, scores how well each light explains the counts, a learned bias adds a prior over
 * lights, and a softmax makes the scores a posterior. Its mean is the estimate, its spread
 * how sure the model is.
 *
 * Tried for issue 15 in session 10 and not kept in the photo coach (see photo-coach-notes.md,
 * "session 10: learned colour estimator"): the weights are fitted by train-illuminant.ts on
 * real photos given known casts in linear light, and photo-illuminant-eval.ts compares it with
 * the check. It stays here, with its figures, for a later try with more training photos.
 */

/** Bins along each log-chroma axis (the histograms and the posterior wrap around). */
export const CHROMA_BINS = 32;
/** Width of a bin in log-chroma: the torus spans `CHROMA_BINS × CHROMA_BIN` = 2. */
export const CHROMA_BIN = 1 / 16;
/** The two histograms: pixels, and the chroma of their local gradients (edges). */
export const CHROMA_CHANNELS = 2;

/** The learned weights: a filter per histogram and a bias over lights, each bins × bins. */
export interface IlluminantModel {
  /** `CHROMA_CHANNELS × CHROMA_BINS²` values, channel-major, then u, then v. */
  readonly filters: ArrayLike<number>;
  /** `CHROMA_BINS²` values: the prior over lights, by the light's bin (u, then v). */
  readonly bias: ArrayLike<number>;
}

/** A learned estimate of the light. */
export interface LearnedIlluminant {
  /** `ln(R/G)` and `ln(B/G)` of the light: the posterior's mean. */
  readonly logRatios: readonly [number, number];
  /** The posterior's spread: the root of its covariance's larger eigenvalue, in log-chroma. */
  readonly spread: number;
}

const N = CHROMA_BINS;
const LN_LINEAR = Float64Array.from(SRGB_TO_LINEAR, (v) => Math.log(Math.max(v, 1e-4)));
/** Log-chroma of a bin edge: bin 0 starts here (only the histograms' origin; lights wrap). */
const U0 = -1;
/** Least linear-light step of every channel for an edge's chroma to be counted. */
const MIN_EDGE = 0.004;

const wrapBin = (u: number) => {
  const k = Math.floor((u - U0) / CHROMA_BIN) % N;
  return k < 0 ? k + N : k;
};

/**
 * The two log-chroma histograms of the working image, each summing to 1 (or all 0 when
 * nothing was counted): every second pixel of every second row that is neither clipped
 * (a channel ≥ 250) nor near black (r + g + b < 45), and the same pixels' forward
 * differences (right and down, summed in absolute value per channel, in linear light) where
 * every channel changes by at least {@link MIN_EDGE}.
 */
export function chromaHistograms(work: WorkingImage): Float32Array {
  const { width, height, r, g, b } = work;
  const L = SRGB_TO_LINEAR;
  const hist = new Float32Array(CHROMA_CHANNELS * N * N);
  let nPix = 0;
  let nEdge = 0;
  for (let y = 0; y < height - 1; y += 2) {
    for (let i = y * width, end = i + width - 1; i < end; i += 2) {
      const r0 = (r[i]! + 0.5) | 0;
      const g0 = (g[i]! + 0.5) | 0;
      const b0 = (b[i]! + 0.5) | 0;
      if (r0 >= 250 || g0 >= 250 || b0 >= 250 || r0 + g0 + b0 < 45) continue;
      hist[
        wrapBin(LN_LINEAR[r0]! - LN_LINEAR[g0]!) * N + wrapBin(LN_LINEAR[b0]! - LN_LINEAR[g0]!)
      ]! += 1;
      nPix++;
      const right = i + 1;
      const down = i + width;
      const r1 = (r[right]! + 0.5) | 0;
      const g1 = (g[right]! + 0.5) | 0;
      const b1 = (b[right]! + 0.5) | 0;
      const r2 = (r[down]! + 0.5) | 0;
      const g2 = (g[down]! + 0.5) | 0;
      const b2 = (b[down]! + 0.5) | 0;
      if (Math.max(r1, g1, b1, r2, g2, b2) >= 250) continue;
      const er = Math.abs(L[r1]! - L[r0]!) + Math.abs(L[r2]! - L[r0]!);
      const eg = Math.abs(L[g1]! - L[g0]!) + Math.abs(L[g2]! - L[g0]!);
      const eb = Math.abs(L[b1]! - L[b0]!) + Math.abs(L[b2]! - L[b0]!);
      if (er < MIN_EDGE || eg < MIN_EDGE || eb < MIN_EDGE) continue;
      hist[N * N + wrapBin(Math.log(er / eg)) * N + wrapBin(Math.log(eb / eg))]! += 1;
      nEdge++;
    }
  }
  if (nPix > 0) for (let k = 0; k < N * N; k++) hist[k]! /= nPix;
  if (nEdge > 0) for (let k = N * N; k < 2 * N * N; k++) hist[k]! /= nEdge;
  return hist;
}

/**
 * Scores of every light (bin `a` along u, `c` along v, i.e. a shift of `a × CHROMA_BIN`,
 * wrapped to [−1, 1)): `Σ_channels Σ_bins hist(i, j) · filter((i − a) mod N, (j − c) mod N)
 * + bias(a, c)`. Only the histograms' non-empty bins are visited.
 */
export function lightScores(hist: ArrayLike<number>, model: IlluminantModel): Float64Array {
  const scores = Float64Array.from(model.bias as ArrayLike<number>);
  const { filters } = model;
  for (let ch = 0; ch < CHROMA_CHANNELS; ch++) {
    const base = ch * N * N;
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        const w = hist[base + i * N + j]!;
        if (w === 0) continue;
        for (let a = 0; a < N; a++) {
          const row = base + ((i - a + N) % N) * N;
          const out = a * N;
          // filter((i − a) mod N, (j − c) mod N) for c = 0…N−1: two runs of the filter's row.
          for (let c = 0; c <= j; c++) scores[out + c]! += w * filters[row + j - c]!;
          for (let c = j + 1; c < N; c++) scores[out + c]! += w * filters[row + j - c + N]!;
        }
      }
    }
  }
  return scores;
}

/**
 * The light's log-chroma by the learned model: the posterior (softmax of
 * {@link lightScores}) around its most likely bin, its mean and spread taken over the shifts
 * within half the torus of that bin.
 */
export function estimateLearnedIlluminant(
  work: WorkingImage,
  model: IlluminantModel,
): LearnedIlluminant {
  return posteriorOf(lightScores(chromaHistograms(work), model));
}

/** Mean and spread of the softmax of `scores` (see {@link estimateLearnedIlluminant}). */
export function posteriorOf(scores: ArrayLike<number>): LearnedIlluminant {
  let best = 0;
  for (let k = 1; k < N * N; k++) if (scores[k]! > scores[best]!) best = k;
  const top = scores[best]!;
  const a0 = Math.floor(best / N);
  const c0 = best % N;
  let sum = 0;
  let su = 0;
  let sv = 0;
  let suu = 0;
  let svv = 0;
  let suv = 0;
  for (let a = 0; a < N; a++) {
    const du = ((((a - a0) % N) + N + N / 2) % N) - N / 2;
    for (let c = 0; c < N; c++) {
      const dv = ((((c - c0) % N) + N + N / 2) % N) - N / 2;
      const p = Math.exp(scores[a * N + c]! - top);
      sum += p;
      su += p * du;
      sv += p * dv;
      suu += p * du * du;
      svv += p * dv * dv;
      suv += p * du * dv;
    }
  }
  const mu = su / sum;
  const mv = sv / sum;
  const cuu = suu / sum - mu * mu;
  const cvv = svv / sum - mv * mv;
  const cuv = suv / sum - mu * mv;
  const wrap = (x: number) => ((((x + 1) % 2) + 2) % 2) - 1;
  const u = wrap((a0 + mu) * CHROMA_BIN);
  const v = wrap((c0 + mv) * CHROMA_BIN);
  const largest = (cuu + cvv) / 2 + Math.sqrt(((cuu - cvv) / 2) ** 2 + cuv * cuv);
  return { logRatios: [u, v], spread: Math.sqrt(Math.max(0, largest)) * CHROMA_BIN };
}
