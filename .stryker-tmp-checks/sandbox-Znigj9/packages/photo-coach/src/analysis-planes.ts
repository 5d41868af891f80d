// @ts-nocheck
import { kernelGeneration, kernelMemory } from './wasm/kernels.js';

/**
 * The float planes one analysis works in, each `width × height` of the working image.
 */
export interface AnalysisPlanes {
  readonly r: Float32Array;
  readonly g: Float32Array;
  readonly b: Float32Array;
  readonly luma: Float32Array;
  /** Gradients of `luma` re-blurred (the blurred plane itself is never stored). */
  readonly gx: Float32Array;
  readonly gy: Float32Array;
  readonly soft: Float32Array;
}

const NAMES = ['r', 'g', 'b', 'luma', 'gx', 'gy', 'soft'] as const;

/**
 * How long the last set of planes is kept after the last call that asked for them. Long enough
 * for the photos of one listing, analysed one after another, to share one set; short enough
 * that an idle page or Worker gives the memory back.
 */
export const KEEP_PLANES_MS = 10_000;

// The host's timer functions. Every runtime this package runs in (browsers, Workers, Node)
// has them, but its type-check has no DOM or Node types, so only what is used is declared.
declare const setTimeout: (callback: () => void, ms: number) => unknown;
declare const clearTimeout: (timer: unknown) => void;

let cached: AnalysisPlanes | undefined;
let cachedGeneration = 0;
let release: unknown;

/**
 * Planes of `length` values for one analysis, reused from the previous call when it had the
 * same size; their contents are whatever that call left. A 12-megapixel photo needs seven
 * planes of 3 MB at the analysis size, and allocating them afresh on every call cost more than
 * the arithmetic on them: fresh pages are zeroed and faulted in one by one, and the garbage
 * collector then reclaims 21 MB of array buffers a call.
 *
 * The last set is held strongly and dropped {@link KEEP_PLANES_MS} after the last call. It was
 * held by a `WeakRef` before, which does not work as a cache: V8 clears a `WeakRef` at the
 * first full collection after the task that made it, memory pressure or not. In the photo
 * Worker every call is its own task and brings a 48 MB photo (whose transfer, and the fix's
 * allocations, trigger full collections), so the planes were collected between any two
 * calls and every analysis there paid for fresh ones: about 2.5 times the CPU time of an
 * analysis that reuses them (measured in Chromium 156; see bench/photo-coach-browser.bench.ts).
 *
 * Nothing handed back to a caller may point into these planes: the next call overwrites them.
 */
export function analysisPlanes(length: number): AnalysisPlanes {
  if (release !== undefined) clearTimeout(release);
  release = setTimeout(() => {
    cached = undefined;
    release = undefined;
  }, KEEP_PLANES_MS);
  // Node keeps a process alive while a timer is pending; this one must not hold it open.
  (release as { unref?: () => void }).unref?.();
  if (cached && cached.r.length === length && cachedGeneration === kernelGeneration()) {
    return cached;
  }
  cached = undefined;
  const bytes = length * Float32Array.BYTES_PER_ELEMENT;
  // In a WebAssembly memory where one can be made, so its kernels work on the planes in place.
  const buffer =
    kernelMemory(bytes * NAMES.length)?.buffer ?? new ArrayBuffer(bytes * NAMES.length);
  const planes = Object.fromEntries(
    NAMES.map((name, k) => [name, new Float32Array(buffer, k * bytes, length)]),
  ) as Record<(typeof NAMES)[number], Float32Array>;
  cached = planes;
  cachedGeneration = kernelGeneration();
  return planes;
}
