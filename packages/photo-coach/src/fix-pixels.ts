import { analyzePixels } from './analyze-pixels.js';
import { MIN_TILT_CONFIDENCE } from './checks/check-tilt.js';
import { downscaleBox } from './downscale-box.js';
import { guidedDenoise } from './guided-denoise.js';
import { DEFAULT_PRESET, MARKETPLACE_PRESETS } from './marketplace-presets.js';
import type { MarketplacePreset, MarketplacePresetId } from './marketplace-presets.js';
import type { PhotoReport } from './photo-report.js';
import { SURE_CONFIDENCE } from './photo-report.js';
import type { PixelImage } from './pixel-image.js';
import { assertPixelImage } from './pixel-image.js';
import { planCrop } from './plan-crop.js';
import { resizeLanczos } from './resize-lanczos.js';
import { rotateCrop } from './rotate-crop.js';
import type { RotatedWindow } from './rotate-crop.js';
import { levelsCurve, whiteBalanceCurves } from './tone-curves.js';

/** Noise σ (levels, at the output size) under which denoising would only soften the photo. */
const DENOISE_FROM = 2;

/** Which of its steps {@link fixPixels} may take. Every step is on by default. */
export interface FixSteps {
  /** White balance and levels (step 4). */
  readonly tone?: boolean;
  /** Crop round the product (step 2); when off, the crop only fixes the aspect, centred. */
  readonly zoom?: boolean;
  /**
   * Crop at all (step 2); when off, the whole photo is kept, straightened, and padded to the
   * preset's aspect with the backdrop colour (see `pad`).
   */
  readonly crop?: boolean;
  /** With `crop` off: pad to the preset's aspect; when off too, the photo keeps its own aspect. */
  readonly pad?: boolean;
}

/**
 * The one-tap fix: returns new pixels, ready for the marketplace, from a photo and the report
 * {@link analyzePixels} made of it (with the same preset). In order:
 * 1. straighten the tilt (when the tilt check is not good, and sure: no `confidence` under
 *    `SURE_CONFIDENCE`);
 * 2. crop to the preset's aspect around the product, with a margin, padding with the
 *    estimated backdrop colour rather than cutting the product (see `planCrop`);
 * 3. resize to the preset's side: whole-block area averaging first when shrinking by 2.4× or
 *    more, then Lanczos-3 (which also does any mild upscale);
 * 4. white balance, then levels measured on the result (see `whiteBalanceCurves`, `levelsCurve`),
 *    each only for what the report is sure of: an unsure cast is not corrected, and a photo
 *    that may be dark on purpose is not brightened (its contrast is still fixed);
 * 5. a light edge-keeping denoise when noise is still visible at the output size.
 * Geometry runs before tone so that the tone work touches only the output's pixels.
 *
 * An empty report subject or a photo under 16 pixels a side is returned as a copy: there
 * is nothing to fix. Throws a `TypeError` for malformed pixels, like {@link analyzePixels}.
 *
 * @param preset A preset or its id. Default `semua`.
 * @param steps Steps to leave out (see {@link fixChecked}, which uses it).
 */
export function fixPixels(
  image: PixelImage,
  report: PhotoReport,
  preset: MarketplacePreset | MarketplacePresetId = DEFAULT_PRESET,
  steps: FixSteps = {},
): PixelImage {
  return fixFramed(image, report, preset, steps).image;
}

/**
 * The part of the source photo a fix shows, in the source's pixels: its whole output is this
 * window, turned clockwise by `degrees` about its centre and scaled to the output's size (see
 * `rotateCrop`). Padding is whatever of the window lies outside the source.
 */
export type FixWindow = Omit<RotatedWindow, 'fill'>;

/** {@link fixPixels}, with the window of the source it shows. */
function fixFramed(
  image: PixelImage,
  report: PhotoReport,
  preset: MarketplacePreset | MarketplacePresetId,
  steps: FixSteps,
): { image: PixelImage; window: FixWindow } {
  assertPixelImage(image);
  const rules =
    typeof preset === 'string' ? (MARKETPLACE_PRESETS[preset] ?? DEFAULT_PRESET) : preset;
  const m = report.measurements;
  if (!m || report.problem?.code === 'empty' || report.problem?.code === 'too-small') {
    const { width, height } = image;
    return {
      image: { data: image.data.slice(), width, height },
      window: { cx: width / 2, cy: height / 2, width, height, degrees: 0 },
    };
  }
  const tilt = report.checks.find((c) => c.id === 'tilt');
  // A tilt the check is not sure of (short or few lines: "may be tilted") is left to the
  // seller: rotating a level photo by a wrong guess would make it worse.
  const straighten =
    tilt !== undefined &&
    tilt.verdict !== 'good' &&
    (tilt.confidence ?? 1) >= SURE_CONFIDENCE &&
    m.tiltConfidence >= MIN_TILT_CONFIDENCE;
  const plan = planCrop(
    {
      width: image.width,
      height: image.height,
      subject: report.subject,
      subjectFound: m.subjectMethod !== 'none' && steps.zoom !== false && steps.crop !== false,
      plainBackdrop: m.subjectMethod === 'backdrop',
      degrees: straighten ? -m.tiltDegrees : 0,
      whole: steps.crop === false,
    },
    // Without padding the window is the whole photo in its own aspect (straightened inside it).
    steps.crop === false && steps.pad === false ? { ...rules, aspect: undefined } : rules,
  );
  // Shrink whole blocks first, so rotation and Lanczos run on 1.2–2.4× the output size
  // rather than the whole photo (a 12-megapixel photo for a 1024-px output: a quarter of the
  // pixels to rotate and resample, and a quarter of the memory). Lanczos-3 then still
  // downscales, from at least 1.2×, so it keeps its sharpness and suppresses aliasing.
  const factor = Math.max(1, Math.floor(plan.window.width / plan.width / 1.2));
  const source = factor > 1 ? downscaleBox(image, factor) : image;
  const cut = rotateCrop(source, {
    cx: plan.window.cx / factor,
    cy: plan.window.cy / factor,
    width: plan.window.width / factor,
    height: plan.window.height / factor,
    degrees: plan.window.degrees,
    fill: m.background,
  });
  let out = resizeLanczos(cut, plan.width, plan.height);
  // Kept whole, the photo was straightened inside itself: around it the window also holds the
  // turned photo's corners, which would show as slanted slivers of the photo in the padding.
  // The padding is the backdrop colour only.
  if (plan.content) padOutside(out, plan.content, plan.window, m.background);

  const d = out.data;
  const tone = steps.tone !== false;
  const wb = tone ? whiteBalanceCurves(report) : null;
  if (wb) {
    const [r, g, b] = wb as [Uint8ClampedArray, Uint8ClampedArray, Uint8ClampedArray];
    for (let i = 0; i < d.length; i += 4) {
      d[i] = r[d[i]!]!;
      d[i + 1] = g[d[i + 1]!]!;
      d[i + 2] = b[d[i + 2]!]!;
    }
  }
  // Levels are measured on the balanced output itself, so white balance cannot push them off.
  const levels = tone ? levelsCurve(report, out) : null;
  if (levels) {
    for (let i = 0; i < d.length; i += 4) {
      d[i] = levels[d[i]!]!;
      d[i + 1] = levels[d[i + 1]!]!;
      d[i + 2] = levels[d[i + 2]!]!;
    }
  }
  const noise = report.checks.find((c) => c.id === 'noise');
  const scale = plan.window.width / plan.width;
  const sigmaOut = m.noiseSigma / Math.max(1, scale);
  if (noise !== undefined && noise.verdict !== 'good' && sigmaOut >= DENOISE_FROM) {
    out = guidedDenoise(out, sigmaOut);
  }
  return { image: out, window: plan.window };
}

/**
 * Paints `image` (the output of `window`) with `fill` outside the centred part that holds
 * `content` (a size in the window's source pixels).
 */
function padOutside(
  image: PixelImage,
  content: { readonly width: number; readonly height: number },
  window: { readonly width: number; readonly height: number },
  fill: readonly [number, number, number],
): void {
  const { width, height, data } = image;
  const x0 = Math.round(((window.width - content.width) / 2 / window.width) * width);
  const x1 = width - x0;
  const y0 = Math.round(((window.height - content.height) / 2 / window.height) * height);
  const y1 = height - y0;
  if (x0 <= 0 && y0 <= 0) return;
  for (let y = 0; y < height; y++) {
    const inside = y >= y0 && y < y1;
    for (let x = 0; x < width; x++) {
      if (inside && x >= x0 && x < x1) continue;
      const i = (y * width + x) * 4;
      data[i] = fill[0];
      data[i + 1] = fill[1];
      data[i + 2] = fill[2];
      data[i + 3] = 255;
    }
  }
}

/** A fixed photo, its report, and the steps that were left out to get it. */
export interface CheckedFix {
  readonly image: PixelImage;
  /** {@link analyzePixels} of `image`, with the same preset. */
  readonly report: PhotoReport;
  /** The steps left out (empty when the whole fix was kept). */
  readonly skipped: readonly (keyof FixSteps)[];
  /** The window of the source photo that `image` shows (see {@link FixWindow}). */
  readonly window: FixWindow;
}

/** Variants tried, in order, when the whole fix scores lower than the original. */
const FALLBACKS: readonly FixSteps[] = [
  { tone: false },
  { zoom: false },
  { crop: false },
  { crop: false, tone: false },
  { crop: false, pad: false },
  { crop: false, pad: false, tone: false },
];

/**
 * The one-tap fix, checked: {@link fixPixels}, then {@link analyzePixels} of the result. A
 * seller who taps "fix" must not get a worse report than before, yet a step can misfire on a
 * photo the report misread (a crop that leaves out the bright sky makes a sunny photo read
 * dark; a levels stretch once made a blown cream label look like white paper). When the fixed
 * photo scores lower than the original, the fix is run again without the tone step, without
 * the zoom to the product (the crop then only fixes the aspect), without the crop (the whole
 * photo, straightened, resized and padded to the preset's aspect with the backdrop colour, so
 * the result still fits the marketplace), without crop and tone, and last without the padding
 * (the photo's own aspect, which may not fit), until one scores no lower; the best-scoring
 * result is kept (the earliest on a tie: the fullest fix). That costs nothing
 * more on most photos: on the bench's real photos and their defective copies, 4 cases in 712
 * were fixed again (see bench/photo-fix-score.ts).
 *
 * @param preset A preset or its id. Default `semua`.
 */
export function fixChecked(
  image: PixelImage,
  report: PhotoReport,
  preset: MarketplacePreset | MarketplacePresetId = DEFAULT_PRESET,
): CheckedFix {
  const run = (steps: FixSteps): CheckedFix => {
    const { image: fixed, window } = fixFramed(image, report, preset, steps);
    const skipped = (Object.keys(steps) as (keyof FixSteps)[]).filter((k) => steps[k] === false);
    return { image: fixed, report: analyzePixels(fixed, { preset }), skipped, window };
  };
  let best = run({});
  for (const steps of FALLBACKS) {
    if (best.report.score >= report.score) break;
    const next = run(steps);
    if (next.report.score > best.report.score) best = next;
  }
  return best;
}
