/**
 * The float planes one analysis works in, each `width × height` of the working image.
 */
export interface AnalysisPlanes {
  readonly r: Float32Array;
  readonly g: Float32Array;
  readonly b: Float32Array;
  readonly luma: Float32Array;
  /** Gradient magnitude of `luma`, where it is needed. */
  readonly sharp: Float32Array;
  /** `luma` re-blurred, and the blur's intermediate pass. */
  readonly blurred: Float32Array;
  readonly blurScratch: Float32Array;
  /** Gradients of `blurred`. */
  readonly gx: Float32Array;
  readonly gy: Float32Array;
  readonly soft: Float32Array;
}

const NAMES = [
  'r',
  'g',
  'b',
  'luma',
  'sharp',
  'blurred',
  'blurScratch',
  'gx',
  'gy',
  'soft',
] as const;

let cached: WeakRef<AnalysisPlanes> | undefined;

/**
 * Planes of `length` values for one analysis, reused from the previous call when it had the
 * same size; their contents are whatever that call left. A 12-megapixel photo needs ten planes
 * of 3 MB at the analysis size, and allocating them afresh on every call cost more than the
 * arithmetic on them (fresh zeroed pages, and the garbage collector reclaiming 30 MB of array
 * buffers a call). The last set is held by a `WeakRef`: reused while photos follow each other,
 * and free to be collected when memory is wanted.
 *
 * Nothing handed back to a caller may point into these planes: the next call overwrites them.
 */
export function analysisPlanes(length: number): AnalysisPlanes {
  const hit = cached?.deref();
  if (hit && hit.r.length === length) return hit;
  const bytes = length * Float32Array.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(bytes * NAMES.length);
  const planes = Object.fromEntries(
    NAMES.map((name, k) => [name, new Float32Array(buffer, k * bytes, length)]),
  ) as Record<(typeof NAMES)[number], Float32Array>;
  cached = new WeakRef(planes);
  return planes;
}
