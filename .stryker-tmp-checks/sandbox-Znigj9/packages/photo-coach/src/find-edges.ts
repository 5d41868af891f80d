// @ts-nocheck
import type { Gradients } from './scharr-gradients.js';

/** Thin edge pixels: where they are and which way their gradient points. */
export interface EdgeMap {
  /** Plane indices of the edge pixels, row by row. */
  readonly indices: Int32Array;
  /** Gradient orientation bin of each: 0 (horizontal gradient), 1 (45°), 2 (vertical), 3 (135°). */
  readonly bins: Uint8Array;
  readonly count: number;
  /** The magnitude threshold used. */
  readonly threshold: number;
}

/** Options for {@link findEdges}. */
export interface FindEdgesOptions {
  /** Noise σ of the plane in levels; edges must stand above it. Default 0. */
  readonly noiseSigma?: number;
  /** Weakest edge kept, in levels a pixel. Default 4. */
  readonly minMagnitude?: number;
}

const TAN_22_5 = 0.41421356;

/**
 * Indices of the pixels at or above the threshold's floor, reused between calls: a busy
 * photo keeps a large share of its pixels here, too many to allocate afresh every call.
 */
let candidateBuffer = new Int32Array(0);

/**
 * Canny-style thin edges without hysteresis: pixels whose gradient magnitude is a local
 * maximum across the edge and above an adaptive threshold (a fifth of the 99th percentile of
 * magnitudes, at least `minMagnitude` and twice the noise σ), so that only clear edges vote
 * for blur and tilt. Works on gradients of a slightly smoothed plane.
 */
export function findEdges(
  gradients: Gradients,
  width: number,
  height: number,
  options: FindEdgesOptions = {},
): EdgeMap {
  const { gx, gy, magnitude: mag } = gradients;
  // Four interleaved histograms (bin × 4 + column mod 4), summed after: on a plain backdrop
  // most pixels fall in the same few bins, and one histogram makes each count wait for the
  // store of the one before it.
  const quad = new Uint32Array(4096);
  // The threshold is at least `floor`, known before the histogram: the same pass keeps the
  // pixels that reach it (row by row), so the edge pass visits those alone.
  const floor = Math.max(options.minMagnitude ?? 4, 2 * (options.noiseSigma ?? 0));
  const inner = Math.max(0, width - 4) * Math.max(0, height - 4);
  if (candidateBuffer.length < inner) candidateBuffer = new Int32Array(inner);
  const candidates = candidateBuffer;
  let kept = 0;
  let count = 0;
  for (let y = 2; y < height - 2; y++) {
    for (let x = 2, i = y * width + 2; x < width - 2; x++, i++) {
      const m = mag[i]!;
      quad[(Math.min(1023, (m * 4) | 0) << 2) | (x & 3)]!++;
      if (!(m < floor)) candidates[kept++] = i;
    }
    if (width > 4) count += width - 4;
  }
  const hist = new Uint32Array(1024);
  for (let b = 0; b < 1024; b++) {
    hist[b] = quad[4 * b]! + quad[4 * b + 1]! + quad[4 * b + 2]! + quad[4 * b + 3]!;
  }
  let acc = 0;
  let p99 = 0;
  for (let b = 0; b < 1024; b++) {
    acc += hist[b]!;
    if (acc >= 0.99 * count) {
      p99 = b / 4;
      break;
    }
  }
  const threshold = Math.max(options.minMagnitude ?? 4, 0.2 * p99, 2 * (options.noiseSigma ?? 0));
  // Typed arrays grown by doubling, not JS arrays pushed one by one: a busy photo has tens of
  // thousands of edge pixels, and boxed growth plus `Int32Array.from` cost allocations that
  // show in a Worker, whose heap a 48 MB photo per message keeps collecting.
  let indices = new Int32Array(Math.max(64, (width * height) >> 6));
  let bins = new Uint8Array(indices.length);
  let found = 0;
  for (let c = 0; c < kept; c++) {
    const i = candidates[c]!;
    const m = mag[i]!;
    if (m < threshold) continue;
    const ax = Math.abs(gx[i]!);
    const ay = Math.abs(gy[i]!);
    let step: number;
    let bin: number;
    if (ay <= TAN_22_5 * ax) {
      step = 1;
      bin = 0;
    } else if (ax <= TAN_22_5 * ay) {
      step = width;
      bin = 2;
    } else if (gx[i]! * gy[i]! > 0) {
      step = width + 1;
      bin = 1;
    } else {
      step = width - 1;
      bin = 3;
    }
    if (m < mag[i - step]! || m <= mag[i + step]!) continue;
    if (found === indices.length) {
      const grownIndices = new Int32Array(2 * found);
      grownIndices.set(indices);
      indices = grownIndices;
      const grownBins = new Uint8Array(2 * found);
      grownBins.set(bins);
      bins = grownBins;
    }
    indices[found] = i;
    bins[found] = bin;
    found++;
  }
  return {
    indices: indices.slice(0, found),
    bins: bins.slice(0, found),
    count: found,
    threshold,
  };
}
