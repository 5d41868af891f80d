// @ts-nocheck
import type { BackgroundEstimate } from './estimate-background.js';
import { gaussianBlur } from './gaussian-blur.js';
import type { WorkingImage } from './make-working-image.js';

/** A box in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the product is, and how it was found. */
export interface SubjectLocation {
  /** Bounding box in working-image pixels. */
  readonly box: Box;
  /**
   * `'backdrop'`: pixels unlike a plain backdrop (reliable); `'saliency'`: colour contrast
   * with a centre prior, for busy backgrounds (rough); `'none'`: nothing stood out, so the
   * box is the whole frame.
   */
  readonly method: 'backdrop' | 'saliency' | 'none';
}

/** Sampling step on the working image: the box needs no finer grid. */
const STEP = 2;

/**
 * Finds the product's bounding box, classically:
 * - on a plain backdrop (most of the border close to one colour with a smooth fall-off),
 *   pixels that differ from the fitted backdrop by more than 3.5× its border spread (at least
 *   16 levels) are the product; a darkening along the backdrop's own colour counts at a third
 *   of its size, so soft shadows do not inflate the box; isolated specks are dropped;
 * - otherwise, colours much rarer along the frame's outer band than in the frame as a whole
 *   (a colour-histogram contrast with the border, which shows the background even when the
 *   product fills most of the frame and sets the mean colour).
 * The box keeps the central 99.4 % (backdrop) or 96 % (saliency) of the mask's mass on each
 * axis, so a stray crumb does not stretch it.
 */
export function locateSubject(work: WorkingImage, background: BackgroundEstimate): SubjectLocation {
  const { width, height } = work;
  const gw = Math.floor(width / STEP);
  const gh = Math.floor(height / STEP);
  const whole: SubjectLocation = { box: { x: 0, y: 0, width, height }, method: 'none' };
  if (gw < 3 || gh < 3) return whole;
  const plain = background.plain;
  const mask = plain ? backdropMask(work, background, gw, gh) : saliencyMask(work, gw, gh);
  const box = massBox(mask, gw, gh, plain ? 0.003 : 0.01);
  if (!box) return whole;
  return {
    box: {
      x: box.x * STEP,
      y: box.y * STEP,
      width: Math.min(width - box.x * STEP, box.width * STEP),
      height: Math.min(height - box.y * STEP, box.height * STEP),
    },
    method: plain ? 'backdrop' : 'saliency',
  };
}

function backdropMask(
  work: WorkingImage,
  background: BackgroundEstimate,
  gw: number,
  gh: number,
): Uint8Array {
  const { width, height, r, g, b } = work;
  const { top, bottom, left, right } = background;
  const t2 = backdropThreshold2(background);
  const raw = new Uint8Array(gw * gh);
  // Each pixel is compared with the backdrop as seen from the four borders in its own row and
  // column, and with the blends across the frame; it is backdrop when any of them matches.
  // A backdrop split by a table edge, or lit unevenly, still matches along one direction.
  // The first match settles it, so a backdrop pixel rarely needs more than one comparison.
  for (let gy = 0; gy < gh; gy++) {
    const y = gy * STEP + (STEP >> 1);
    const fy = y / (height - 1);
    for (let gx = 0; gx < gw; gx++) {
      const x = gx * STEP + (STEP >> 1);
      const i = y * width + x;
      const pr = r[i]!;
      const pg = g[i]!;
      const pb = b[i]!;
      const tx = x * 3;
      const ly = y * 3;
      let backdrop =
        backdropDistance2(pr, pg, pb, top[tx]!, top[tx + 1]!, top[tx + 2]!) <= t2 ||
        backdropDistance2(pr, pg, pb, bottom[tx]!, bottom[tx + 1]!, bottom[tx + 2]!) <= t2 ||
        backdropDistance2(pr, pg, pb, left[ly]!, left[ly + 1]!, left[ly + 2]!) <= t2 ||
        backdropDistance2(pr, pg, pb, right[ly]!, right[ly + 1]!, right[ly + 2]!) <= t2;
      if (!backdrop) {
        const fx = x / (width - 1);
        // The blends are rounded to single precision, as the planes they are compared with.
        const vr = Math.fround(top[tx]! + (bottom[tx]! - top[tx]!) * fy);
        const vg = Math.fround(top[tx + 1]! + (bottom[tx + 1]! - top[tx + 1]!) * fy);
        const vb = Math.fround(top[tx + 2]! + (bottom[tx + 2]! - top[tx + 2]!) * fy);
        const hr = Math.fround(left[ly]! + (right[ly]! - left[ly]!) * fx);
        const hg = Math.fround(left[ly + 1]! + (right[ly + 1]! - left[ly + 1]!) * fx);
        const hb = Math.fround(left[ly + 2]! + (right[ly + 2]! - left[ly + 2]!) * fx);
        backdrop =
          backdropDistance2(pr, pg, pb, vr, vg, vb) <= t2 ||
          backdropDistance2(pr, pg, pb, hr, hg, hb) <= t2;
      }
      raw[gy * gw + gx] = backdrop ? 0 : 1;
    }
  }
  return raw;
}

/** Squared colour distance within which a pixel is the plain backdrop {@link backdropMask} sees. */
export function backdropThreshold2(background: BackgroundEstimate): number {
  const threshold = Math.max(16, 3.5 * background.spread + 4);
  return threshold * threshold;
}

/**
 * Whether the pixel at (x, y) of colour (r, g, b) matches a plain backdrop as seen from the
 * four borders in its row and column (the first test of {@link backdropMask}, which keeps
 * its own copy of these four comparisons: calling this per grid cell there costs about a
 * millisecond more per analysis, measured).
 */
export function matchesBackdropBorders(
  background: BackgroundEstimate,
  t2: number,
  x: number,
  y: number,
  r: number,
  g: number,
  b: number,
): boolean {
  const { top, bottom, left, right } = background;
  const tx = x * 3;
  const ly = y * 3;
  return (
    backdropDistance2(r, g, b, top[tx]!, top[tx + 1]!, top[tx + 2]!) <= t2 ||
    backdropDistance2(r, g, b, bottom[tx]!, bottom[tx + 1]!, bottom[tx + 2]!) <= t2 ||
    backdropDistance2(r, g, b, left[ly]!, left[ly + 1]!, left[ly + 2]!) <= t2 ||
    backdropDistance2(r, g, b, right[ly]!, right[ly + 1]!, right[ly + 2]!) <= t2
  );
}

/**
 * Squared colour distance of a pixel from a backdrop prediction, with a darkening along the
 * backdrop's own colour (a shadow looks like this) counted at a third of its size.
 */
function backdropDistance2(
  pr: number,
  pg: number,
  pb: number,
  br: number,
  bg: number,
  bb: number,
): number {
  const dr = pr - br;
  const dg = pg - bg;
  const db = pb - bb;
  const d2 = dr * dr + dg * dg + db * db;
  const dot = dr * br + dg * bg + db * bb;
  if (dot >= 0) return d2;
  const norm2 = br * br + bg * bg + bb * bb + 1e-6;
  const s = dot / norm2;
  const along2 = s * s * norm2;
  return d2 - along2 + along2 / 9;
}

/** Colour bins per channel of the border/frame colour histograms (16 levels each). */
const BINS = 16;
/** Width of the frame's outer band that shows the background, as a share of each side. */
const BAND = 0.06;

/**
 * Saliency against the background seen at the border: colours are counted in a coarse RGB
 * histogram over the frame's outer band and over the whole frame (both smoothed by one bin
 * each way), and a cell is salient when its colour is at least twice as common in the frame as
 * along the border. Unlike contrast with the mean colour, this holds when the product fills
 * most of the frame (its colour is then the mean). Specks are dropped as on a backdrop.
 */
function saliencyMask(work: WorkingImage, gw: number, gh: number): Uint8Array {
  const { width, r, g, b } = work;
  const planes = [r, g, b].map((c) => {
    const small = new Float32Array(gw * gh);
    for (let y = 0; y < gh; y++) {
      for (let x = 0; x < gw; x++) small[y * gw + x] = c[y * STEP * width + x * STEP]!;
    }
    return gaussianBlur(small, gw, gh, 2);
  });
  const [pr, pg, pb] = planes as [Float32Array, Float32Array, Float32Array];
  const shift = 256 / BINS;
  const binOf = new Uint16Array(gw * gh);
  const border = new Float32Array(BINS * BINS * BINS);
  const all = new Float32Array(BINS * BINS * BINS);
  const bx = Math.max(1, Math.round(BAND * gw));
  const by = Math.max(1, Math.round(BAND * gh));
  let borderCount = 0;
  for (let y = 0; y < gh; y++) {
    const inBandRow = y < by || y >= gh - by;
    for (let x = 0; x < gw; x++) {
      const i = y * gw + x;
      const q =
        (Math.min(BINS - 1, Math.max(0, (pr[i]! / shift) | 0)) * BINS +
          Math.min(BINS - 1, Math.max(0, (pg[i]! / shift) | 0))) *
          BINS +
        Math.min(BINS - 1, Math.max(0, (pb[i]! / shift) | 0));
      binOf[i] = q;
      all[q]!++;
      if (inBandRow || x < bx || x >= gw - bx) {
        border[q]!++;
        borderCount++;
      }
    }
  }
  const borderDensity = smoothHistogram(border);
  const allDensity = smoothHistogram(all);
  const n = gw * gh;
  const raw = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const q = binOf[i]!;
    // Share of the border in this colour against its share of the frame.
    const ratio = (borderDensity[q]! / borderCount) * (n / Math.max(1e-9, allDensity[q]!));
    raw[i] = ratio < 0.7 ? 1 : 0;
  }
  return raw;
}

/** Sum over each bin's 3×3×3 neighbourhood of a BINS³ histogram (separable box). */
function smoothHistogram(hist: Float32Array): Float32Array {
  let src = hist;
  for (const stride of [1, BINS, BINS * BINS]) {
    const out = new Float32Array(src.length);
    for (let i = 0; i < src.length; i++) {
      const k = ((i / stride) | 0) % BINS;
      let v = src[i]!;
      if (k > 0) v += src[i - stride]!;
      if (k < BINS - 1) v += src[i + stride]!;
      out[i] = v;
    }
    src = out;
  }
  return src;
}

/**
 * The box holding the central `1 − 2·trim` of the mask's mass on each axis, or null. The mask
 * is `raw` with specks dropped: a cell counts when at least 5 of its 3×3 neighbourhood are set
 * in `raw` (cells on the grid's border never count). It is summed as it is made, never stored;
 * every sum is a whole number, exact in any order.
 */
function massBox(raw: Uint8Array, gw: number, gh: number, trim: number): Box | null {
  const cols = new Float64Array(gw);
  const rows = new Float64Array(gh);
  let total = 0;
  for (let y = 1; y < gh - 1; y++) {
    let row = 0;
    for (let x = 1, i = y * gw + 1; x < gw - 1; x++, i++) {
      const n =
        raw[i - gw - 1]! + raw[i - gw]! + raw[i - gw + 1]! + raw[i - 1]! + raw[i]! +
        raw[i + 1]! + raw[i + gw - 1]! + raw[i + gw]! + raw[i + gw + 1]!; // prettier-ignore
      if (n >= 5) {
        cols[x]!++;
        row++;
      }
    }
    rows[y] = row;
    total += row;
  }
  // Fewer than ~0.2 % of the cells: nothing stands out.
  if (total < Math.max(4, 0.002 * gw * gh)) return null;
  const [x0, x1] = trimmedRange(cols, total, trim);
  const [y0, y1] = trimmedRange(rows, total, trim);
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function trimmedRange(profile: Float64Array, total: number, trim: number): [number, number] {
  const cut = trim * total;
  let acc = 0;
  let lo = 0;
  for (; lo < profile.length - 1; lo++) {
    acc += profile[lo]!;
    if (acc > cut) break;
  }
  acc = 0;
  let hi = profile.length - 1;
  for (; hi > lo; hi--) {
    acc += profile[hi]!;
    if (acc > cut) break;
  }
  return [lo, hi];
}
