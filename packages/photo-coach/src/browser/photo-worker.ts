// The photo coach's Worker: analysis and fixes of a 12-megapixel photo take longer than a
// frame, so they run here, with pixels transferred (not copied) both ways via comlink.
import { expose, transfer } from 'comlink';
import { analyzePixels } from '../analyze-pixels.js';
import type { AnalyzeOptions } from '../analyze-pixels.js';
import { fixPixels } from '../fix-pixels.js';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import type { MarketplacePresetId } from '../marketplace-presets.js';
import type { PixelImage } from '../pixel-image.js';
import type { PhotoReport } from '../photo-report.js';

/** What the photo Worker offers. */
export const photoWorkerApi = {
  analyze(image: PixelImage, options?: AnalyzeOptions): PhotoReport {
    return analyzePixels(image, options);
  },
  fix(image: PixelImage, report: PhotoReport, presetId: MarketplacePresetId): PixelImage {
    const fixed = fixPixels(image, report, MARKETPLACE_PRESETS[presetId]);
    return transfer(fixed, [fixed.data.buffer]);
  },
};

/** The photo Worker's API, as seen from the page through comlink. */
export type PhotoWorkerApi = typeof photoWorkerApi;

expose(photoWorkerApi);
