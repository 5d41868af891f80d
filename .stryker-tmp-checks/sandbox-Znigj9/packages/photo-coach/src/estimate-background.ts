// @ts-nocheck
import type { WorkingImage } from './make-working-image.js';

/** The backdrop as seen along the frame's border. */
export interface BackgroundEstimate {
  /** Median border colour, sRGB 0–255. */
  readonly color: readonly [number, number, number];
  /**
   * Colour along each border, per pixel of it (smoothed), as interleaved RGB: `top` and
   * `bottom` have one entry per column, `left` and `right` one per row. A backdrop that
   * changes across the frame (paper above, a table below; light falling off) is predicted
   * from these rather than from one colour.
   */
  readonly top: Float32Array;
  readonly bottom: Float32Array;
  readonly left: Float32Array;
  readonly right: Float32Array;
  /** Typical colour step between neighbouring border pixels (levels): noise and texture. */
  readonly spread: number;
  /** Share of the border free of sharp colour jumps (0–1): 1 for paper, low when cluttered. */
  readonly coverage: number;
  /** Colour changes met going once round the border: 0 for paper, 2 for a table edge. */
  readonly transitions: number;
  /**
   * Whether the backdrop is plain: smooth along the border (≥ 85 %) with at most 6 colour
   * changes (a table edge, a product touching one side) and little texture (spread ≤ 12).
   */
  readonly plain: boolean;
}

/** Border pixels averaged into each border sample. */
const DEPTH = 3;

/**
 * Reads the backdrop off the frame's border, where a product photo shows it: the colour along
 * each side (averaged over a 3-pixel strip and smoothed), their median, and how smooth the
 * border is. A product that touches one side only spoils part of that side.
 *
 * @param noiseSigma Noise σ of the working luma (see estimateNoise), so that grain is not
 *   taken for colour jumps on a plain backdrop.
 */
export function estimateBackground(work: WorkingImage, noiseSigma = 0): BackgroundEstimate {
  const { width, height } = work;
  const depth = Math.max(1, Math.min(DEPTH, Math.floor(Math.min(width, height) / 4)));
  const top = strip(work, 'top', depth);
  const bottom = strip(work, 'bottom', depth);
  const left = strip(work, 'left', depth);
  const right = strip(work, 'right', depth);
  const sTop = smoothProfile(top);
  const sBottom = smoothProfile(bottom);
  const sLeft = smoothProfile(left);
  const sRight = smoothProfile(right);
  // The perimeter, clockwise, raw (for the median and texture) and smoothed (for jumps).
  // Typed arrays, not pushed JS arrays: they hold the same (single-precision) values.
  const length = top.length + right.length + bottom.length + left.length;
  const perimeter = new Float64Array(length);
  const smoothed = new Float64Array(length);
  let at = 0;
  const push = (s: Float32Array, into: Float64Array, reverse: boolean) => {
    const n = s.length / 3;
    for (let k = 0; k < n; k++) {
      const j = (reverse ? n - 1 - k : k) * 3;
      into[at++] = s[j]!;
      into[at++] = s[j + 1]!;
      into[at++] = s[j + 2]!;
    }
  };
  push(top, perimeter, false);
  push(right, perimeter, false);
  push(bottom, perimeter, true);
  push(left, perimeter, true);
  at = 0;
  push(sTop, smoothed, false);
  push(sRight, smoothed, false);
  push(sBottom, smoothed, true);
  push(sLeft, smoothed, true);
  const n = perimeter.length / 3;
  if (n === 0) {
    const empty = new Float32Array(0);
    return { color: [0, 0, 0], top: empty, bottom: empty, left: empty, right: empty, spread: 0, coverage: 0, transitions: 0, plain: false }; // prettier-ignore
  }
  const color = [0, 1, 2].map((c) => {
    const hist = new Uint32Array(256);
    for (let k = 0; k < n; k++)
      hist[Math.min(255, Math.max(0, Math.round(perimeter[k * 3 + c]!)))]!++;
    let acc = 0;
    for (let v = 0; v < 256; v++) {
      acc += hist[v]!;
      if (acc * 2 >= n) return v;
    }
    return 255;
  }) as [number, number, number];
  const step = (p: Float64Array, k: number, d: number): number => {
    const a = k * 3;
    const b = ((k + d) % n) * 3;
    return Math.hypot(p[a]! - p[b]!, p[a + 1]! - p[b + 1]!, p[a + 2]! - p[b + 2]!);
  };
  const raw = new Float64Array(n);
  for (let k = 0; k < n; k++) raw[k] = step(perimeter, k, 1);
  raw.sort();
  const spread = raw[Math.floor(n / 2)]!;
  // A jump stands out from the smoothed border's own typical step (texture) and from the
  // photo's noise. It used to be 4 × `spread`, the raw border's step, which noise inflates
  // while the smoothed border it is compared with stays calm: heavy noise hid a cluttered
  // room (on the bench's photos, noise of σ 5–10 took 18 of 49 from busy to plain; now 4).
  const smoothSteps = new Float64Array(n);
  for (let k = 0; k < n; k++) smoothSteps[k] = step(smoothed, k, 2);
  smoothSteps.sort();
  const jump = Math.max(10, 3 * smoothSteps[Math.floor(n / 2)]!, 3 * noiseSigma);
  // A transition is a run of jumps in the smoothed border; runs closer than 6 samples merge.
  let smooth = 0;
  let transitions = 0;
  let sinceJump = Infinity;
  for (let k = 0; k < n; k++) {
    if (step(smoothed, k, 2) <= jump) {
      smooth++;
      sinceJump++;
    } else {
      if (sinceJump > 6) transitions++;
      sinceJump = 0;
    }
  }
  const coverage = smooth / n;
  return {
    color,
    top: sTop,
    bottom: sBottom,
    left: sLeft,
    right: sRight,
    spread,
    coverage,
    transitions,
    plain: coverage >= 0.85 && transitions <= 6 && spread <= 12,
  };
}

function strip(
  work: WorkingImage,
  side: 'top' | 'bottom' | 'left' | 'right',
  depth: number,
): Float32Array {
  const { width, height, r, g, b } = work;
  const horizontal = side === 'top' || side === 'bottom';
  const n = horizontal ? width : height;
  const out = new Float32Array(n * 3);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let sg = 0;
    let sb = 0;
    for (let d = 0; d < depth; d++) {
      const x = horizontal ? k : side === 'left' ? d : width - 1 - d;
      const y = horizontal ? (side === 'top' ? d : height - 1 - d) : k;
      const i = y * width + x;
      sr += r[i]!;
      sg += g[i]!;
      sb += b[i]!;
    }
    out[k * 3] = sr / depth;
    out[k * 3 + 1] = sg / depth;
    out[k * 3 + 2] = sb / depth;
  }
  return out;
}

/** Median of 5 along the profile: removes noise and specks, keeps a backdrop's real steps. */
function smoothProfile(profile: Float32Array): Float32Array {
  const n = profile.length / 3;
  const out = new Float32Array(profile.length);
  // A window of up to 5, kept sorted by insertion: no allocation or comparator per sample.
  const win = new Float64Array(5);
  for (let k = 0; k < n; k++) {
    const t0 = Math.max(0, k - 2);
    const t1 = Math.min(n - 1, k + 2);
    for (let c = 0; c < 3; c++) {
      let len = 0;
      for (let t = t0; t <= t1; t++) {
        const v = profile[t * 3 + c]!;
        let j = len++;
        for (; j > 0 && win[j - 1]! > v; j--) win[j] = win[j - 1]!;
        win[j] = v;
      }
      out[k * 3 + c] = win[len >> 1]!;
    }
  }
  return out;
}
