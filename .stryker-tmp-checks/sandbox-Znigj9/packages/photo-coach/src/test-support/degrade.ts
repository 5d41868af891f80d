// @ts-nocheck
// Test-only: the defects a phone photo suffers, applied to RGBA pixels with known strength.
import { gaussianBlur } from '../gaussian-blur.js';
import type { PixelImage } from '../pixel-image.js';
import { SRGB_TO_LINEAR, linearToSrgb } from '../srgb.js';
import { gaussianSample, seededRandom } from './render-product-scene.js';

function mapChannels(
  image: PixelImage,
  fn: (plane: Float32Array, channel: number) => Float32Array,
): PixelImage {
  const { data, width, height } = image;
  const out = new Uint8ClampedArray(data.length);
  for (let c = 0; c < 3; c++) {
    const plane = new Float32Array(width * height);
    for (let i = 0; i < plane.length; i++) plane[i] = data[i * 4 + c]!;
    const res = fn(plane, c);
    for (let i = 0; i < plane.length; i++) out[i * 4 + c] = res[i]!;
  }
  for (let i = 3; i < out.length; i += 4) out[i] = data[i]!;
  return { data: out, width, height };
}

/** Gaussian blur (defocus) of standard deviation `sigma` pixels. */
export function blurGaussian(image: PixelImage, sigma: number): PixelImage {
  return mapChannels(image, (p) => gaussianBlur(p, image.width, image.height, sigma));
}

/** Motion blur: a box of `length` pixels along `angleDegrees` (0 = horizontal shake). */
export function blurMotion(image: PixelImage, length: number, angleDegrees = 0): PixelImage {
  const { width, height } = image;
  const a = (angleDegrees * Math.PI) / 180;
  const steps = Math.max(2, Math.ceil(length * 2));
  return mapChannels(image, (p) => {
    const out = new Float32Array(p.length);
    for (let s = 0; s < steps; s++) {
      const t = (s / (steps - 1) - 0.5) * length;
      const dx = t * Math.cos(a);
      const dy = t * Math.sin(a);
      for (let y = 0; y < height; y++) {
        const sy = Math.min(height - 1, Math.max(0, y + dy));
        const y0 = Math.floor(sy);
        const y1 = Math.min(height - 1, y0 + 1);
        const fy = sy - y0;
        for (let x = 0; x < width; x++) {
          const sx = Math.min(width - 1, Math.max(0, x + dx));
          const x0 = Math.floor(sx);
          const x1 = Math.min(width - 1, x0 + 1);
          const fx = sx - x0;
          const v =
            (p[y0 * width + x0]! * (1 - fx) + p[y0 * width + x1]! * fx) * (1 - fy) +
            (p[y1 * width + x0]! * (1 - fx) + p[y1 * width + x1]! * fx) * fy;
          out[y * width + x]! += v / steps;
        }
      }
    }
    return out;
  });
}

/** Exposure shift of `ev` stops (light multiplied by 2^ev, then clipped), in linear light. */
export function shiftExposure(image: PixelImage, ev: number): PixelImage {
  return applyGains(image, [2 ** ev, 2 ** ev, 2 ** ev]);
}

/** Multiplies each channel's linear light by a gain: a colour cast from the light source. */
export function applyGains(
  image: PixelImage,
  gains: readonly [number, number, number],
): PixelImage {
  const luts = gains.map((k) => {
    const lut = new Uint8ClampedArray(256);
    for (let v = 0; v < 256; v++) lut[v] = Math.round(linearToSrgb(SRGB_TO_LINEAR[v]! * k) * 255);
    return lut;
  });
  const { data, width, height } = image;
  const out = new Uint8ClampedArray(data.length);
  for (let i = 0; i < data.length; i += 4) {
    out[i] = luts[0]![data[i]!]!;
    out[i + 1] = luts[1]![data[i + 1]!]!;
    out[i + 2] = luts[2]![data[i + 2]!]!;
    out[i + 3] = data[i + 3]!;
  }
  return { data: out, width, height };
}

/** Low contrast (haze, a dirty lens): every value pulled towards the mean by `factor` (0–1). */
export function reduceContrast(image: PixelImage, factor: number): PixelImage {
  const { data, width, height } = image;
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += data[i]! + data[i + 1]! + data[i + 2]!;
  const mean = sum / Math.max(1, (data.length / 4) * 3);
  const out = new Uint8ClampedArray(data.length);
  for (let i = 0; i < data.length; i++) {
    out[i] = (i & 3) === 3 ? data[i]! : mean + (data[i]! - mean) * factor;
  }
  return { data: out, width, height };
}

/** Adds Gaussian noise of `sigma` levels to each channel independently. */
export function addNoise(image: PixelImage, sigma: number, seed = 7): PixelImage {
  const random = seededRandom(seed);
  const { data, width, height } = image;
  const out = new Uint8ClampedArray(data.length);
  for (let i = 0; i < data.length; i++) {
    out[i] = (i & 3) === 3 ? data[i]! : data[i]! + sigma * gaussianSample(random);
  }
  return { data: out, width, height };
}
