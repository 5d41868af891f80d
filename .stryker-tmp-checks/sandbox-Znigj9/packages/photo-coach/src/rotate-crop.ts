// @ts-nocheck
import type { PixelImage } from './pixel-image.js';

/** A rotated window of a source image, to be cut out upright. */
export interface RotatedWindow {
  /** Window centre in source pixels. */
  readonly cx: number;
  readonly cy: number;
  /** Window size in source pixels (also the output size). */
  readonly width: number;
  readonly height: number;
  /**
   * Degrees to turn the picture clockwise: a scene tilted by t (see `estimateTilt`) is
   * straightened by `-t`.
   */
  readonly degrees: number;
  /** Colour for whatever lies outside the source (sRGB 0–255). */
  readonly fill: readonly [number, number, number];
}

/**
 * Cuts `window` out of `image` upright, at the source's resolution: bilinear sampling when
 * rotated, a plain copy when not. Pixels outside the source take the fill colour, so a crop
 * that reaches past the photo pads with the backdrop instead of cutting the product.
 */
export function rotateCrop(image: PixelImage, window: RotatedWindow): PixelImage {
  const w = Math.max(1, Math.round(window.width));
  const h = Math.max(1, Math.round(window.height));
  const out = new Uint8ClampedArray(w * h * 4);
  const { data, width: sw, height: sh } = image;
  const [fr, fg, fb] = window.fill;
  // Output pixel (u, v) shows the scene point turned back by the rotation.
  const t = (window.degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const x0 = window.cx - w / 2;
  const y0 = window.cy - h / 2;
  const rotated = Math.abs(window.degrees) > 1e-3;
  for (let v = 0; v < h; v++) {
    for (let u = 0; u < w; u++) {
      const o = (v * w + u) * 4;
      out[o + 3] = 255;
      let sx: number;
      let sy: number;
      if (rotated) {
        const dx = u + 0.5 - w / 2;
        const dy = v + 0.5 - h / 2;
        // Turning the picture clockwise by t means sampling the source at −t.
        sx = window.cx + dx * cos + dy * sin - 0.5;
        sy = window.cy - dx * sin + dy * cos - 0.5;
      } else {
        sx = Math.round(x0) + u;
        sy = Math.round(y0) + v;
      }
      if (sx < -0.5 || sy < -0.5 || sx > sw - 0.5 || sy > sh - 0.5) {
        out[o] = fr;
        out[o + 1] = fg;
        out[o + 2] = fb;
        continue;
      }
      if (!rotated) {
        const s = (sy * sw + sx) * 4;
        out[o] = data[s]!;
        out[o + 1] = data[s + 1]!;
        out[o + 2] = data[s + 2]!;
        continue;
      }
      const xa = Math.max(0, Math.min(sw - 1, Math.floor(sx)));
      const ya = Math.max(0, Math.min(sh - 1, Math.floor(sy)));
      const xb = Math.min(sw - 1, xa + 1);
      const yb = Math.min(sh - 1, ya + 1);
      const fx = Math.max(0, Math.min(1, sx - xa));
      const fy = Math.max(0, Math.min(1, sy - ya));
      const a = (ya * sw + xa) * 4;
      const b = (ya * sw + xb) * 4;
      const c = (yb * sw + xa) * 4;
      const d = (yb * sw + xb) * 4;
      for (let ch = 0; ch < 3; ch++) {
        const top = data[a + ch]! + (data[b + ch]! - data[a + ch]!) * fx;
        const bottom = data[c + ch]! + (data[d + ch]! - data[c + ch]!) * fx;
        out[o + ch] = top + (bottom - top) * fy;
      }
    }
  }
  return { data: out, width: w, height: h };
}
