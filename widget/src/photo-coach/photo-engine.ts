import { transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { FrameGuidance, MarketplacePresetId, PhotoReport } from '@etalase/photo-coach';
import type { FileAnalysis, FileFix, PhotoWorkerApi } from '@etalase/photo-coach/browser';
import { startBundledWorker } from '../shared/bundle-url.js';

/** Where photos are decoded, analysed and fixed: the photo Worker, or the page as a fallback. */
export interface PhotoEngine {
  analyzeFile(file: Blob, preset: MarketplacePresetId): Promise<FileAnalysis>;
  fixFile(file: Blob, report: PhotoReport, preset: MarketplacePresetId): Promise<FileFix>;
  /** Judges a small camera frame; the bitmap is transferred (closed here). */
  guideBitmap(bitmap: ImageBitmap): Promise<FrameGuidance>;
  /** Whether the work runs off the page's thread. */
  readonly inWorker: boolean;
  close(): void;
}

/** The part of the photo Worker the element uses (the page fallback offers the same). */
type Api = Pick<PhotoWorkerApi, 'analyzeFile' | 'fixFile' | 'guideBitmap'>;

/** The same API run on the page: for hosts where no Worker can be started. */
async function localApi(): Promise<Api> {
  const { analyzeFile, fixFile, guideBitmap } = await import('@etalase/photo-coach/browser');
  return { analyzeFile, fixFile, guideBitmap };
}

/**
 * Starts the photo engine: the Worker beside the bundle (`etalase-photo-worker.js`), or,
 * when it cannot be started or fails to load, the same code on the page (slower to the
 * eye: the page pauses while a photo is read, but it works). Calls waiting when the Worker
 * fails are answered by the fallback.
 */
export function startPhotoEngine(): PhotoEngine {
  const worker = startBundledWorker(
    'etalase-photo-worker.js',
    '../photo-coach/photo-coach-worker.ts',
    'etalase-photo',
  );
  let remote: Remote<Api> | undefined = worker ? wrap<Api>(worker) : undefined;
  let fallback: Promise<Api> | undefined;
  const local = () => (fallback ??= localApi());
  let failed: () => void = () => undefined;
  const failure = new Promise<'failed'>((resolve) => {
    failed = () => resolve('failed');
  });
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    remote = undefined;
    failed();
  });

  /** Runs `task` in the Worker, or on the page when there is none (or it just failed). */
  async function call<T>(
    task: (api: Api | Remote<Api>) => Promise<T> | T,
    viaWorker: (api: Remote<Api>) => Promise<T> = task as (api: Remote<Api>) => Promise<T>,
  ): Promise<T> {
    if (remote) {
      const answer = await Promise.race([viaWorker(remote), failure]);
      if (answer !== 'failed') return answer as T;
    }
    return task(await local());
  }

  return {
    get inWorker() {
      return remote !== undefined;
    },
    analyzeFile: (file, preset) => call((api) => api.analyzeFile(file, preset)),
    fixFile: (file, report, preset) => call((api) => api.fixFile(file, report, preset)),
    // A bitmap crosses to the Worker transferred, not copied.
    guideBitmap: (bitmap) =>
      call(
        (api) => api.guideBitmap(bitmap),
        (api) => api.guideBitmap(transfer(bitmap, [bitmap])),
      ),
    close() {
      worker?.terminate();
      remote = undefined;
    },
  };
}
