// @ts-nocheck
// The photo coach's Worker: decoding a phone photo, analysing, fixing and encoding it each
// take longer than a frame, so they run here. The page sends files (or pixels, transferred
// not copied) through comlink and gets back reports and finished JPEGs. The embed bundle's
// `etalase-photo-worker.js` is this Worker.
import { expose, transfer } from 'comlink';
import { analyzePixels } from '../analyze-pixels.js';
import type { AnalyzeOptions } from '../analyze-pixels.js';
import { fixPixels } from '../fix-pixels.js';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import type { MarketplacePresetId } from '../marketplace-presets.js';
import type { PixelImage } from '../pixel-image.js';
import type { PhotoReport } from '../photo-report.js';
import { analyzeFile, fixFile, guideBitmap } from './coach-file.js';

/** What the photo Worker offers. */
export const photoWorkerApi = {
  /** Analyses pixels the page already has. */
  analyze(image: PixelImage, options?: AnalyzeOptions): PhotoReport {
    return analyzePixels(image, options);
  },
  /** The one-tap fix of pixels the page already has; the result is transferred back. */
  fix(image: PixelImage, report: PhotoReport, presetId: MarketplacePresetId): PixelImage {
    const fixed = fixPixels(image, report, MARKETPLACE_PRESETS[presetId]);
    return transfer(fixed, [fixed.data.buffer]);
  },
  analyzeFile,
  fixFile,
  guideBitmap,
};

/** The photo Worker's API, as seen from the page through comlink. */
export type PhotoWorkerApi = typeof photoWorkerApi;

expose(photoWorkerApi);
