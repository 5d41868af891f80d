// @ts-nocheck
import type { PixelImage } from './pixel-image.js';
import { kernelsFor } from './wasm/kernels.js';
import { addToStats } from './working-stats.js';
import type { WorkingStats } from './working-stats.js';

/**
 * The downscaled copy every check reads: separate float planes (0–255) of red, green, blue
 * and luma (Rec. 601). Built by averaging `scale × scale` blocks of the original, so noise and
 * fine detail shrink the way they do when a marketplace shows the photo smaller.
 */
export interface WorkingImage {
  readonly width: number;
  readonly height: number;
  /** Original pixels per working pixel along each axis (a whole number ≥ 1). */
  readonly scale: number;
  readonly r: Float32Array;
  readonly g: Float32Array;
  readonly b: Float32Array;
  readonly luma: Float32Array;
}

/** Whether this platform stores a Uint32 with its lowest byte first (every current one does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Downscales `image` by a whole factor so that its long side is about `longSide` (default
 * 1024): the factor is `round(long / longSide)`, at least 1, so the working long side ends
 * between about 0.67× and 1.33× of `longSide` (a 4000×3000 photo becomes 1000×750). Never
 * upscales. The last `width mod scale` columns and rows are dropped (fewer than `scale`).
 *
 * A whole factor keeps this one pass over the 48 MB of a 12-megapixel photo with no weights:
 * two colour channels are summed at once in one 32-bit word (red+blue), which holds block
 * sums up to 16×16 pixels without carrying into each other, and green is summed in place
 * (alpha masked off, never shifted).
 *
 * The 4 × 4 blocks of a 12-megapixel photo are averaged in WebAssembly (src/wasm/) when
 * `into` lives in a kernel memory (see analysisPlanes), with the same values, to the last
 * bit, as the loop here.
 *
 * @param into Planes to write into instead of allocating, used when each holds exactly
 *   `width × height` values of the result (see {@link workingSize}); every value is
 *   overwritten.
 * @param stats Statistics to gather over the working pixels as they are written (see
 *   {@link WorkingStats}), instead of reading the planes again for them later.
 */
export function makeWorkingImage(
  image: PixelImage,
  longSide = 1024,
  into?: Pick<WorkingImage, 'r' | 'g' | 'b' | 'luma'>,
  stats?: WorkingStats,
): WorkingImage {
  const { width, height, data } = image;
  const { width: w, height: h, scale } = workingSize(width, height, longSide);
  const n = w * h;
  const fits =
    into !== undefined && [into.r, into.g, into.b, into.luma].every((p) => p.length === n);
  // One buffer for the four planes: one allocation instead of four.
  const buffer = fits ? undefined : new ArrayBuffer(n * 4 * Float32Array.BYTES_PER_ELEMENT);
  const plane = (k: number) => new Float32Array(buffer!, k * n * Float32Array.BYTES_PER_ELEMENT, n);
  const r = fits ? into.r : plane(0);
  const g = fits ? into.g : plane(1);
  const b = fits ? into.b : plane(2);
  const luma = fits ? into.luma : plane(3);
  if (n === 0) return { width: w, height: h, scale, r, g, b, luma };

  const inv = 1 / (scale * scale);
  const written = { r, g, b, luma };
  const kernels = scale === 4 ? kernelsFor(r) : undefined;
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.length);
  if (kernels?.blocksOf4(bytes, width, w, h, written, stats)) {
    return { width: w, height: h, scale, r, g, b, luma };
  }
  if (LITTLE_ENDIAN && scale <= 16 && data.byteOffset % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset, width * height);
    if (scale === 4) {
      const signed = new Int32Array(data.buffer, data.byteOffset, width * height);
      blocksOf4(signed, width, w, h, inv, written, stats);
      return { width: w, height: h, scale, r, g, b, luma };
    }
    const sumRB = new Uint32Array(w);
    const sumG = new Uint32Array(w);
    for (let oy = 0; oy < h; oy++) {
      sumRB.fill(0);
      sumG.fill(0);
      for (let sy = oy * scale, end = sy + scale; sy < end; sy++) {
        let s = sy * width;
        for (let ox = 0; ox < w; ox++) {
          let rb = 0;
          let gs = 0;
          for (let k = 0; k < scale; k++, s++) {
            const p = words[s]!;
            rb += p & 0xff00ff;
            gs += p & 0xff00;
          }
          sumRB[ox]! += rb;
          sumG[ox]! += gs;
        }
      }
      for (let ox = 0, o = oy * w; ox < w; ox++, o++) {
        const rb = sumRB[ox]!;
        const rr = (rb & 0xffff) * inv;
        const bb = (rb >>> 16) * inv;
        const gg = (sumG[ox]! >>> 8) * inv;
        r[o] = rr;
        g[o] = gg;
        b[o] = bb;
        luma[o] = 0.299 * rr + 0.587 * gg + 0.114 * bb;
      }
      if (stats) addToStats(stats, written, oy * w, (oy + 1) * w);
    }
    return { width: w, height: h, scale, r, g, b, luma };
  }

  // Portable path: unaligned views, big-endian platforms, or blocks too large for 16-bit lanes.
  for (let oy = 0; oy < h; oy++) {
    for (let ox = 0; ox < w; ox++) {
      let sr = 0;
      let sg = 0;
      let sb = 0;
      for (let sy = oy * scale; sy < (oy + 1) * scale; sy++) {
        let j = (sy * width + ox * scale) * 4;
        for (let k = 0; k < scale; k++, j += 4) {
          sr += data[j]!;
          sg += data[j + 1]!;
          sb += data[j + 2]!;
        }
      }
      const o = oy * w + ox;
      r[o] = sr * inv;
      g[o] = sg * inv;
      b[o] = sb * inv;
      luma[o] = 0.299 * r[o]! + 0.587 * g[o]! + 0.114 * b[o]!;
    }
    if (stats) addToStats(stats, written, oy * w, (oy + 1) * w);
  }
  return { width: w, height: h, scale, r, g, b, luma };
}

/**
 * The 4 × 4 blocks of a 12-megapixel phone photo (4000×3000, 4032×3024), one output pixel at
 * a time: its 16 words are read from four rows at once and summed in registers, so no row of
 * partial sums goes to memory and back. Sums are whole numbers, so the result is exactly that
 * of the general loop; it takes about half its time.
 *
 * Green costs no mask of its own: the words are also summed whole, wrapping at 32 bits, and
 * that sum less the red+blue sum leaves green's sum (under 2^12) at bits 8–19 with alpha's
 * above bit 24 (where the wrap-around and the signed view of the words both stay), so green
 * is `((all − rb) >>> 8) & 0xffff`, exactly.
 */
function blocksOf4(
  words: Int32Array,
  width: number,
  w: number,
  h: number,
  inv: number,
  planes: Pick<WorkingImage, 'r' | 'g' | 'b' | 'luma'>,
  stats: WorkingStats | undefined,
): void {
  const { r, g, b, luma } = planes;
  for (let oy = 0; oy < h; oy++) {
    let s0 = 4 * oy * width;
    let s1 = s0 + width;
    let s2 = s1 + width;
    let s3 = s2 + width;
    for (let o = oy * w, end = o + w; o < end; o++, s0 += 4, s1 += 4, s2 += 4, s3 += 4) {
      const p0 = words[s0]!;
      const p1 = words[s0 + 1]!;
      const p2 = words[s0 + 2]!;
      const p3 = words[s0 + 3]!;
      const p4 = words[s1]!;
      const p5 = words[s1 + 1]!;
      const p6 = words[s1 + 2]!;
      const p7 = words[s1 + 3]!;
      const p8 = words[s2]!;
      const p9 = words[s2 + 1]!;
      const p10 = words[s2 + 2]!;
      const p11 = words[s2 + 3]!;
      const p12 = words[s3]!;
      const p13 = words[s3 + 1]!;
      const p14 = words[s3 + 2]!;
      const p15 = words[s3 + 3]!;
      const rb =
        (p0 & 0xff00ff) +
        (p1 & 0xff00ff) +
        (p2 & 0xff00ff) +
        (p3 & 0xff00ff) +
        (p4 & 0xff00ff) +
        (p5 & 0xff00ff) +
        (p6 & 0xff00ff) +
        (p7 & 0xff00ff) +
        (p8 & 0xff00ff) +
        (p9 & 0xff00ff) +
        (p10 & 0xff00ff) +
        (p11 & 0xff00ff) +
        (p12 & 0xff00ff) +
        (p13 & 0xff00ff) +
        (p14 & 0xff00ff) +
        (p15 & 0xff00ff);
      const all =
        (p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15) | 0;
      const rr = (rb & 0xffff) * inv;
      const bb = (rb >>> 16) * inv;
      const gg = (((all - rb) >>> 8) & 0xffff) * inv;
      r[o] = rr;
      g[o] = gg;
      b[o] = bb;
      luma[o] = 0.299 * rr + 0.587 * gg + 0.114 * bb;
    }
    if (stats) addToStats(stats, planes, oy * w, (oy + 1) * w);
  }
}

/** Size and whole downscale factor of the working copy {@link makeWorkingImage} makes. */
export function workingSize(
  width: number,
  height: number,
  longSide = 1024,
): { width: number; height: number; scale: number } {
  let scale = Math.max(1, Math.round(Math.max(width, height) / longSide));
  scale = Math.max(1, Math.min(scale, width, height));
  return { width: Math.floor(width / scale), height: Math.floor(height / scale), scale };
}
