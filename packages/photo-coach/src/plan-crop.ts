import { DEFAULT_FILL } from './checks/check-subject-size.js';
import type { MarketplacePreset } from './marketplace-presets.js';
import { outputSide } from './marketplace-presets.js';
import type { SubjectBox } from './photo-report.js';
import type { RotatedWindow } from './rotate-crop.js';

/** Where to cut and how big to make the fixed photo. */
export interface CropPlan {
  /** The window in source pixels (`degrees` straightens the tilt). */
  readonly window: Omit<RotatedWindow, 'fill'>;
  /** Output size in pixels. */
  readonly width: number;
  readonly height: number;
  /**
   * With `whole`: the size, in source pixels, of the photo's own part of the window, centred in
   * it; the rest of the window is padding (see {@link CropInput.whole}).
   */
  readonly content?: { readonly width: number; readonly height: number };
}

/** What {@link planCrop} needs to know about the photo. */
export interface CropInput {
  readonly width: number;
  readonly height: number;
  readonly subject: SubjectBox;
  /** Whether the subject box is trustworthy; if not, the crop only fixes the aspect. */
  readonly subjectFound: boolean;
  /** Whether the backdrop is plain, so padding with its colour is invisible. */
  readonly plainBackdrop: boolean;
  /** Degrees to turn the picture (minus the tilt), 0 for none. */
  readonly degrees: number;
  /**
   * Keep the whole photo (straightened) and pad it to the preset's aspect with the backdrop
   * colour instead of cutting anything. The subject is then ignored.
   */
  readonly whole?: boolean;
}

/** Upscaling beyond this makes a soft photo; the crop is widened instead. */
const MAX_UPSCALE = 1.5;

/**
 * Plans the one-tap crop: the preset's aspect (the photo's own when the preset has none),
 * centred on the product, sized so the product's longest side fills the preset's fill
 * (Etalase's default of 70 % otherwise, marketplaces measure it that way), but never zoomed in
 * so far that the output would be upscaled more than 1.5×. On a plain backdrop the window may
 * reach past the photo (padded with the backdrop colour); on a busy one it is shifted back
 * inside where it can be without cutting the product. The output side is the preset's
 * recommended side, or the crop's own size when that is smaller but still above the minimum.
 */
export function planCrop(input: CropInput, preset: MarketplacePreset): CropPlan {
  const { width: iw, height: ih, subject, degrees } = input;
  const aspect = preset.aspect ?? iw / ih;
  const fill = preset.minFill ?? DEFAULT_FILL;
  const t = (Math.abs(degrees) * Math.PI) / 180;
  let cx = subject.x + subject.width / 2;
  let cy = subject.y + subject.height / 2;
  let cw: number;
  let ch: number;
  let content: CropPlan['content'];
  if (input.whole) {
    // The largest window of the photo's own aspect straightened inside it, then widened (or
    // heightened) to the preset's aspect: the rest is padding.
    const own = iw / ih;
    const shrink = 1 / (Math.cos(t) + Math.sin(t) * Math.max(own, 1 / own));
    cw = iw * shrink;
    ch = ih * shrink;
    content = { width: cw, height: ch };
    if (cw / ch < aspect) cw = ch * aspect;
    else ch = cw / aspect;
    cx = iw / 2;
    cy = ih / 2;
  } else if (input.subjectFound) {
    // The subject's upright extent after straightening.
    const sw = subject.width * Math.cos(t) + subject.height * Math.sin(t);
    const sh = subject.width * Math.sin(t) + subject.height * Math.cos(t);
    ch = Math.max(sh / fill, sw / (fill * aspect));
    cw = ch * aspect;
  } else {
    // No product found: the largest window of the right aspect, straightened inside the photo.
    ch = Math.min(ih, iw / aspect);
    cw = ch * aspect;
    const shrink = 1 / (Math.cos(t) + Math.sin(t) * Math.max(aspect, 1 / aspect));
    cw *= shrink;
    ch *= shrink;
    cx = iw / 2;
    cy = ih / 2;
  }
  const side = outputSide(preset);
  let ow = aspect >= 1 ? side : side * aspect;
  let oh = aspect >= 1 ? side / aspect : side;
  // Smaller than the target but above the minimum: keep the crop's own size, no upscaling.
  const min = preset.minSide ?? 0;
  if (cw < ow && ch < oh) {
    const k = Math.max(cw / ow, ch / oh, min / Math.min(ow, oh));
    if (k < 1) {
      ow *= k;
      oh *= k;
    }
  }
  if (cw * MAX_UPSCALE < ow) {
    const k = ow / (cw * MAX_UPSCALE);
    cw *= k;
    ch *= k;
  }
  if (!input.plainBackdrop && input.subjectFound && !input.whole) {
    cx = shiftInside(cx, cw, iw, subject.x, subject.x + subject.width);
    cy = shiftInside(cy, ch, ih, subject.y, subject.y + subject.height);
  }
  return {
    window: { cx, cy, width: cw, height: ch, degrees },
    width: Math.max(1, Math.round(ow)),
    height: Math.max(1, Math.round(oh)),
    ...(content ? { content } : {}),
  };
}

/** Moves a window centre so the window stays inside [0, size] while still holding [lo, hi]. */
function shiftInside(c: number, span: number, size: number, lo: number, hi: number): number {
  if (span >= size) return c;
  let next = Math.min(Math.max(c, span / 2), size - span / 2);
  next = Math.min(next, lo + span / 2);
  next = Math.max(next, hi - span / 2);
  return next;
}
