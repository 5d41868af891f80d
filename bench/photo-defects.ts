// The defects the evaluation applies to clean photos, each at several strengths, with the
// check that should catch it and the measurement that ranks photos for ROC AUC.
import type { CheckId, PhotoReport, PixelImage } from '../packages/photo-coach/src/index.js';
import { resizeLanczos } from '../packages/photo-coach/src/index.js';
import { rotateCrop } from '../packages/photo-coach/src/rotate-crop.js';
import {
  addNoise,
  applyGains,
  blurGaussian,
  blurMotion,
  reduceContrast,
  shiftExposure,
} from '../packages/photo-coach/src/test-support/degrade.js';
import { renderProductScene } from '../packages/photo-coach/src/test-support/render-product-scene.js';
import type { ProductSceneOptions } from '../packages/photo-coach/src/test-support/render-product-scene.js';

/** A clean photo: a real one from photo-set/, or a rendered scene that can be re-rendered. */
export interface CleanPhoto {
  readonly name: string;
  readonly image: PixelImage;
  /** Set for rendered scenes: the options, to re-render with a smaller product or a tilt. */
  readonly scene?: ProductSceneOptions;
  /** Known product fill (rendered scenes only). */
  readonly fill?: number;
  /** Which half it belongs to: thresholds are tuned on `tune` and reported on `report`. */
  readonly half: 'tune' | 'report';
  /** Long straight lines of man-made things show which way is level (see photo-set.ts). */
  readonly lines?: boolean;
  /** The fresh batch of real photos no rule has seen yet it belongs to (see photo-set.ts). */
  readonly fresh?: 1 | 2 | 3;
}

/** A defect applied at one strength, and what the truth is afterwards. */
export interface Degraded {
  readonly image: PixelImage;
  /** Known fill after the defect, when known. */
  readonly fill?: number;
  /** Applied tilt in degrees, for tilt defects. */
  readonly tilt?: number;
}

/** One kind of defect. */
export interface Defect {
  readonly name: string;
  readonly check: CheckId;
  /** Strengths, in the unit the name says, at a 1024-pixel long side. */
  readonly strengths: readonly number[];
  /** Whether the one-tap fix is meant to repair it (blur cannot be undone by it). */
  readonly fixable: boolean;
  apply(photo: CleanPhoto, strength: number): Degraded;
}

/** How bad a report says the target check is, for ROC AUC (higher = worse). */
export function badness(report: PhotoReport, check: CheckId): number {
  const c = report.checks.find((k) => k.id === check)!;
  switch (check) {
    case 'exposure':
      return Math.abs(c.value) + c.severity;
    case 'contrast':
    case 'subject-size':
      return -c.value;
    case 'tilt':
      return Math.abs(c.value);
    default:
      return c.value;
  }
}

const perPixel = (photo: CleanPhoto, at1024: number) =>
  (at1024 * Math.max(photo.image.width, photo.image.height)) / 1024;

const PAPER: readonly [number, number, number] = [236, 234, 229];

export const DEFECTS: readonly Defect[] = [
  {
    name: 'gaussian blur σ (px @1024)',
    check: 'sharpness',
    strengths: [1, 2, 3],
    fixable: false,
    apply: (p, s) => ({ image: blurGaussian(p.image, perPixel(p, s)) }),
  },
  {
    name: 'motion blur length (px @1024)',
    check: 'sharpness',
    strengths: [6, 12, 20],
    fixable: false,
    apply: (p, s) => ({ image: blurMotion(p.image, perPixel(p, s), 0) }),
  },
  {
    name: 'exposure shift (EV)',
    check: 'exposure',
    strengths: [-2, -1.5, -1, 1, 2],
    fixable: true,
    apply: (p, s) => ({ image: shiftExposure(p.image, s) }),
  },
  {
    name: 'warm cast (R/B gain step)',
    check: 'color-cast',
    strengths: [1, 2, 3],
    fixable: true,
    apply: (p, s) => ({ image: applyGains(p.image, [1 + 0.08 * s, 1, 1 - 0.08 * s]) }),
  },
  {
    name: 'cool cast (B/R gain step)',
    check: 'color-cast',
    strengths: [1, 2, 3],
    fixable: true,
    apply: (p, s) => ({ image: applyGains(p.image, [1 - 0.08 * s, 1, 1 + 0.08 * s]) }),
  },
  {
    name: 'noise σ (levels)',
    check: 'noise',
    strengths: [5, 10, 20],
    fixable: true,
    apply: (p, s) => ({ image: addNoise(p.image, s) }),
  },
  {
    name: 'low contrast (factor)',
    check: 'contrast',
    strengths: [0.7, 0.5, 0.35],
    fixable: true,
    apply: (p, s) => ({ image: reduceContrast(p.image, s) }),
  },
  {
    name: 'small subject (scale)',
    check: 'subject-size',
    strengths: [0.6, 0.45, 0.3],
    fixable: true,
    apply: (p, s) => {
      if (p.scene && p.fill !== undefined) {
        const fill = p.fill * s;
        return { image: renderProductScene({ ...p.scene, fill }).image, fill };
      }
      // A real photo becomes a print on paper, shrunk to `s` of the frame.
      const { width, height } = p.image;
      const small = resizeLanczos(p.image, width * s, height * s);
      const out = new Uint8ClampedArray(width * height * 4);
      for (let i = 0; i < out.length; i += 4) out.set([...PAPER, 255], i);
      const x0 = Math.round((width - small.width) / 2);
      const y0 = Math.round((height - small.height) / 2);
      for (let y = 0; y < small.height; y++) {
        const row = small.data.subarray(y * small.width * 4, (y + 1) * small.width * 4);
        out.set(row, ((y0 + y) * width + x0) * 4);
      }
      return { image: addNoise({ data: out, width, height }, 1.5), fill: s };
    },
  },
  {
    name: 'tilt (degrees)',
    check: 'tilt',
    strengths: [2, 4, 8, 12],
    fixable: true,
    apply: (p, s) => {
      if (p.scene)
        return { image: renderProductScene({ ...p.scene, tiltDegrees: s }).image, tilt: s };
      // Turn the camera and keep the largest upright window of the same aspect.
      const { width, height } = p.image;
      const t = (s * Math.PI) / 180;
      const k = 1 / (Math.cos(t) + Math.sin(t) * Math.max(width / height, height / width));
      const image = rotateCrop(p.image, {
        cx: width / 2,
        cy: height / 2,
        width: width * k,
        height: height * k,
        degrees: s,
        fill: [0, 0, 0],
      });
      return { image, tilt: s };
    },
  },
];
