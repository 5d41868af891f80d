// @ts-nocheck
import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { MarketplacePresetId } from '../marketplace-presets.js';
import type { PhotoReport } from '../photo-report.js';
import type { EncodedPhoto } from './encode-photo.js';
import type { PhotoError } from './photo-error.js';
import type { PhotoWorkerApi } from './photo-worker.js';

/** One photo's outcome: its report and, when asked for, the fixed marketplace-ready file. */
export type CoachedPhoto =
  | {
      readonly ok: true;
      readonly file: Blob;
      readonly report: PhotoReport;
      readonly original: { readonly width: number; readonly height: number };
      readonly fixed?: EncodedPhoto;
    }
  | { readonly ok: false; readonly file: Blob; readonly error: PhotoError };

/** Options for {@link coachPhotos}. */
export interface CoachPhotosOptions {
  /** The marketplace whose rules apply. */
  readonly preset: MarketplacePresetId;
  /** Also make the one-tap fixed photo of each. Default false. */
  readonly fix?: boolean;
  /** Called after each photo, in order. */
  readonly onProgress?: (done: number, total: number, latest: CoachedPhoto) => void;
  readonly signal?: AbortSignal;
}

/** A running photo Worker and how to stop it. */
export interface PhotoWorker {
  readonly api: Remote<PhotoWorkerApi>;
  terminate(): void;
}

/** Starts the photo Worker from its script URL (built `photo-worker.js`, or the source in tests). */
export function startPhotoWorker(url: URL): PhotoWorker {
  const worker = new Worker(url, { type: 'module', name: 'etalase-photo' });
  return { api: wrap<PhotoWorkerApi>(worker), terminate: () => worker.terminate() };
}

/**
 * Coaches a listing's photos one after another (main photo first, memory bounded to one
 * photo at a time): each is decoded, analysed and, when asked, fixed and encoded under the
 * preset's byte limit in the Worker, so the page's thread never holds a photo's pixels; it
 * reports progress after each. A photo that cannot be used becomes an error entry; the
 * others go on.
 */
export async function coachPhotos(
  files: readonly Blob[],
  worker: PhotoWorker,
  options: CoachPhotosOptions,
): Promise<CoachedPhoto[]> {
  const results: CoachedPhoto[] = [];
  for (const file of files) {
    if (options.signal?.aborted) break;
    const analysis = await worker.api.analyzeFile(file, options.preset);
    let outcome: CoachedPhoto;
    if (!analysis.ok) {
      outcome = { ok: false, file, error: analysis.error };
    } else {
      const { report, original } = analysis;
      const fixed = options.fix
        ? await worker.api.fixFile(file, report, options.preset)
        : undefined;
      if (fixed && !fixed.ok) {
        outcome = { ok: false, file, error: fixed.error };
      } else if (fixed) {
        const { blob, quality, width, height } = fixed;
        outcome = { ok: true, file, report, original, fixed: { blob, quality, width, height } };
      } else {
        outcome = { ok: true, file, report, original };
      }
    }
    results.push(outcome);
    options.onProgress?.(results.length, files.length, outcome);
  }
  return results;
}
