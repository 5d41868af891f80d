// A second Worker for photo-coach-browser.bench.ts: the same analysis and fix as the photo
// Worker, but timed inside the Worker (so transfer and messaging are left out), stage by
// stage, and with a note of whether the previous call's working planes were still there.
// It also runs the opencv.js baseline (opencv-worker.ts), so both are timed in one Worker.
import { expose } from 'comlink';
import { analysisPlanes } from '../../packages/photo-coach/src/analysis-planes.js';
import { analyzePixels } from '../../packages/photo-coach/src/analyze-pixels.js';
import { fixPixels } from '../../packages/photo-coach/src/fix-pixels.js';
import { workingSize } from '../../packages/photo-coach/src/make-working-image.js';
import type { PhotoReport } from '../../packages/photo-coach/src/photo-report.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';
import { timeStages } from './analysis-stages.js';
import type { StageTimings } from './analysis-stages.js';
import { loadOpenCvHere, timeOpenCvCoreOps } from './opencv-worker.js';

// Held weakly so that watching the planes does not keep them.
let lastPlanes: WeakRef<object> | undefined;

/** One analysis timed inside the Worker. */
export interface ProbedAnalysis {
  readonly ms: number;
  /** Whether the working planes of the previous call were reused (not allocated afresh). */
  readonly reused: boolean;
  readonly report: PhotoReport;
}

/** What the probe Worker offers. */
export const probeApi = {
  analyze(image: PixelImage): ProbedAnalysis {
    const before = lastPlanes?.deref();
    const t = performance.now();
    const report = analyzePixels(image);
    const ms = performance.now() - t;
    const size = workingSize(image.width, image.height);
    const planes = analysisPlanes(size.width * size.height);
    lastPlanes = new WeakRef(planes);
    return { ms, reused: before === planes, report };
  },
  fix(image: PixelImage, report: PhotoReport): void {
    fixPixels(image, report, 'shopee');
  },
  stages(image: PixelImage): StageTimings {
    return timeStages(image);
  },
  /** Loads opencv.js from `url` into this Worker; resolves with the milliseconds it took. */
  loadOpenCv(url: string): Promise<number> {
    return loadOpenCvHere(url);
  },
  /** opencv.js doing the analysis's core operations, timed inside the Worker (ms). */
  opencvCoreOps(image: PixelImage): number {
    return timeOpenCvCoreOps(image);
  },
};

/** The probe Worker's API, as seen from the page. */
export type ProbeApi = typeof probeApi;

expose(probeApi);
