import { transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import type { MarketplacePresetId } from '../marketplace-presets.js';
import type { PhotoReport } from '../photo-report.js';
import { decodePhoto } from './decode-photo.js';
import { encodePhoto } from './encode-photo.js';
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
 * photo at a time): decodes each on the page, analyses and fixes it in the Worker, encodes
 * the fixed photo under the preset's byte limit, and reports progress after each. A photo
 * that cannot be used becomes an error entry; the others go on.
 */
export async function coachPhotos(
  files: readonly Blob[],
  worker: PhotoWorker,
  options: CoachPhotosOptions,
): Promise<CoachedPhoto[]> {
  const preset = MARKETPLACE_PRESETS[options.preset];
  const results: CoachedPhoto[] = [];
  for (const file of files) {
    if (options.signal?.aborted) break;
    const decoded = await decodePhoto(file);
    let outcome: CoachedPhoto;
    if (!decoded.ok) {
      outcome = { ok: false, file, error: decoded.error };
    } else {
      const { image, original } = decoded.photo;
      // Pixels move to the Worker (transferred, not copied: 48 MB for 12 MP); the fix needs
      // them too, so analysis gets a copy only when a fix follows.
      const forAnalysis = options.fix
        ? { ...image, data: new Uint8ClampedArray(image.data) }
        : image;
      const report = await worker.api.analyze(transfer(forAnalysis, [forAnalysis.data.buffer]), {
        preset: options.preset,
      });
      let fixed: EncodedPhoto | undefined;
      if (options.fix) {
        const pixels = await worker.api.fix(
          transfer(image, [image.data.buffer]),
          report,
          options.preset,
        );
        fixed = await encodePhoto(pixels, preset);
      }
      outcome = fixed
        ? { ok: true, file, report, original, fixed }
        : { ok: true, file, report, original };
    }
    results.push(outcome);
    options.onProgress?.(results.length, files.length, outcome);
  }
  return results;
}
