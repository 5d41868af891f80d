import { analyzePixels } from '../analyze-pixels.js';
import { fixChecked } from '../fix-pixels.js';
import type { FixWindow } from '../fix-pixels.js';
import { guideFrame } from '../guide-frame.js';
import type { FrameGuidance } from '../frame-guidance.js';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import type { MarketplacePresetId } from '../marketplace-presets.js';
import type { PhotoReport } from '../photo-report.js';
import { decodePhoto } from './decode-photo.js';
import type { DecodedPhoto } from './decode-photo.js';
import { encodePhoto } from './encode-photo.js';
import type { PhotoError } from './photo-error.js';

/** A photo file's analysis, or why the file could not be used. */
export type FileAnalysis =
  | {
      readonly ok: true;
      readonly report: PhotoReport;
      /** The photo's own size, upright. */
      readonly original: { readonly width: number; readonly height: number };
      /** The size that was analysed (the photo downscaled to at most 4096 px while decoding). */
      readonly analysed: { readonly width: number; readonly height: number };
      /** Set when only part of the file was looked at (the first frame of an animation). */
      readonly note?: DecodedPhoto['note'];
    }
  | { readonly ok: false; readonly error: PhotoError };

/** The one-tap fix of a photo file, encoded for the marketplace, and its new report. */
export type FileFix =
  | {
      readonly ok: true;
      readonly blob: Blob;
      readonly width: number;
      readonly height: number;
      /** JPEG quality the byte limit allowed. */
      readonly quality: number;
      /** The fixed photo's own report, to show the gain. */
      readonly report: PhotoReport;
      /**
       * The part of the photo the fix shows (crop, straightening, padding), in the pixels of
       * the decoded photo, upright, whose size is `window.of` (the same as
       * `FileAnalysis.analysed`): lets a page show the original framed like the fix.
       */
      readonly window?: FixWindow & {
        readonly of: { readonly width: number; readonly height: number };
      };
    }
  | { readonly ok: false; readonly error: PhotoError };

/**
 * Decodes and analyses a photo file where it runs (a Worker: decoding a 12-megapixel JPEG
 * into pixels takes longer than a frame, so it does not belong on the page's thread either).
 */
export async function analyzeFile(file: Blob, preset: MarketplacePresetId): Promise<FileAnalysis> {
  const decoded = await decodePhoto(file);
  if (!decoded.ok) return decoded;
  const { image, original, note } = decoded.photo;
  const report = analyzePixels(image, { preset });
  const analysed = { width: image.width, height: image.height };
  return note
    ? { ok: true, report, original, analysed, note }
    : { ok: true, report, original, analysed };
}

/**
 * Decodes a photo file again, applies the one-tap fix for `preset` (with the report
 * {@link analyzeFile} gave for the same preset) checked against its own analysis (see
 * `fixChecked`), and encodes it under the preset's byte limit with no EXIF.
 */
export async function fixFile(
  file: Blob,
  report: PhotoReport,
  preset: MarketplacePresetId,
): Promise<FileFix> {
  const decoded = await decodePhoto(file);
  if (!decoded.ok) return decoded;
  const rules = MARKETPLACE_PRESETS[preset];
  // Checked: a step that would make the fixed photo score lower than the original is left out.
  const { image: source } = decoded.photo;
  const { image: fixed, report: after, window } = fixChecked(source, report, rules);
  const encoded = await encodePhoto(fixed, rules);
  const of = { width: source.width, height: source.height };
  return { ok: true, ...encoded, report: after, window: { ...window, of } };
}

/**
 * Live guidance for one camera frame (an `ImageBitmap` the page grabbed from the video,
 * already small): drawn into pixels here and judged by {@link guideFrame}. The bitmap is
 * closed.
 */
export function guideBitmap(bitmap: ImageBitmap): FrameGuidance {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return guideFrame({ data, width, height });
}
