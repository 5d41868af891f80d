// @ts-nocheck
import { BLOCKS_OF_4_WASM } from './blocks-of-4.wasm.js';
import { NOISE_TILES_WASM } from './noise-tiles.wasm.js';
import { SOFT_GRADIENTS_WASM } from './soft-gradients.wasm.js';
import { POWERED } from '../working-stats.js';
import type { WorkingStats } from '../working-stats.js';

/**
 * The analysis's hot loops in WebAssembly SIMD, bound to one WebAssembly memory that also
 * holds the analysis planes, so the kernels read and write the planes in place. The
 * JavaScript loop each stands in for runs where WebAssembly cannot (see {@link kernelMemory}).
 */
export interface Kernels {
  /** The memory: planes from offset 0, then the kernels' scratch space. */
  readonly buffer: ArrayBuffer;
  /**
   * The 4 × 4 block means of an RGBA photo (see makeWorkingImage) written into `r`, `g`, `b`
   * and `luma`, planes of `w × h` values in {@link buffer}; false (nothing written) when a row
   * of the photo is too wide for the scratch space. Gathers `stats` on the way, to the last
   * bit as makeWorkingImage's loop gathers them.
   */
  blocksOf4(
    data: Uint8Array,
    width: number,
    w: number,
    h: number,
    planes: { r: Float32Array; g: Float32Array; b: Float32Array; luma: Float32Array },
    stats?: WorkingStats,
  ): boolean;
  /**
   * Scharr gradients of `plane` blurred by the 7-tap kernel `k` (see softGradients), written
   * into `into`; false (nothing written) when the planes are not in {@link buffer}, the
   * kernel has not 7 taps, or the plane is too small (under 3 × 3) or too wide for the
   * scratch space. Computed in single precision: values differ from softGradients' loop (which
   * sums in double precision) by about 1e-6 of the value.
   */
  softGradients(
    plane: Float32Array,
    width: number,
    height: number,
    k: Float32Array,
    into: { gx: Float32Array; gy: Float32Array; magnitude: Float32Array },
  ): boolean;
  /**
   * For each 16 × 16 tile of `plane` from column and row 1 (`tilesX × tilesY`, row-major),
   * the sum of |Immerkær's mask ∗ plane| and the sum of its pixels, as pairs (see
   * estimateNoise), in single precision; undefined when the plane is not in {@link buffer} or
   * the tiles need more scratch space than there is. The result is only valid until the next
   * kernel call.
   */
  noiseTiles(
    plane: Float32Array,
    width: number,
    tilesX: number,
    tilesY: number,
  ): Float32Array | undefined;
}

// The host's WebAssembly and base64 decoder, as far as used here. Every runtime this package
// runs in has them (where a page's policy lets WebAssembly compile), but its type-check has no
// DOM types, so they are read off globalThis.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}
type SoftExport = (
  luma: number,
  width: number,
  height: number,
  gx: number,
  gy: number,
  mag: number,
  scratch: number,
) => void;
type TilesExport = (
  plane: number,
  width: number,
  tilesX: number,
  tilesY: number,
  acc: number,
  out: number,
) => void;
type Blocks4Export = (
  src: number,
  width: number,
  rows: number,
  r: number,
  g: number,
  b: number,
  luma: number,
  w: number,
  stats: number,
  first: number,
) => void;

/**
 * Scratch space after the planes: photo rows copied in for the block means, or the rows in
 * flight of the soft gradients.
 */
const SCRATCH_BYTES = 256 * 1024;
/** Then the statistics the block means gather (layout in blocks-of-4.wat). */
const STATS_BYTES = 8192;
const PAGE = 65536;

let compiled: Compiled | null | undefined;
interface Compiled {
  blocks4: object;
  soft: object;
  tiles: object;
}
let enabled = true;
let generation = 0;
const byBuffer = new WeakMap<ArrayBuffer, Kernels>();

/**
 * A new WebAssembly memory with room for `planeBytes` of planes (from offset 0), with the
 * kernels bound to it; `undefined` where WebAssembly cannot run: no WebAssembly, an engine
 * without SIMD, or a Content-Security-Policy without `'wasm-unsafe-eval'` (compiling then
 * throws). The modules (under 2 KB each) are compiled once, synchronously, which even a
 * page's main thread allows for modules this small. The memory is freed like any object once
 * nothing refers to its buffer.
 */
export function kernelMemory(planeBytes: number): Kernels | undefined {
  if (!enabled) return undefined;
  const host = globalThis as unknown as { WebAssembly?: Wasm; atob?: (s: string) => string };
  const wasm = host.WebAssembly;
  if (compiled === undefined) compiled = compile(host);
  if (!compiled || !wasm) return undefined;
  const scratch = Math.ceil(planeBytes / 16) * 16;
  const statsAt = scratch + SCRATCH_BYTES;
  let buffer: ArrayBuffer;
  let blocks4: Blocks4Export;
  let soft: SoftExport;
  let tiles: TilesExport;
  try {
    const memory = new wasm.Memory({ initial: Math.ceil((statsAt + STATS_BYTES) / PAGE) });
    const imports = { env: { memory } };
    blocks4 = new wasm.Instance(compiled.blocks4, imports).exports.blocks4 as Blocks4Export;
    soft = new wasm.Instance(compiled.soft, imports).exports.soft as SoftExport;
    tiles = new wasm.Instance(compiled.tiles, imports).exports.tiles as TilesExport;
    buffer = memory.buffer;
  } catch {
    // A WebAssembly memory can fail where an ArrayBuffer of the same size would not (each
    // reserves address space: 32-bit phones run out of it first); the caller then uses one.
    return undefined;
  }
  const bytes = new Uint8Array(buffer);
  const kernels: Kernels = {
    buffer,
    blocksOf4(data, width, w, h, { r, g, b, luma }, stats) {
      const rowBytes = 16 * width; // four photo rows make one output row
      const rowsPerCall = Math.min(h, Math.floor(SCRATCH_BYTES / rowBytes));
      if (rowsPerCall < 1 || [r, g, b, luma].some((p) => p.buffer !== buffer || p.length < w * h)) {
        return false;
      }
      if (stats) {
        const sums = new Float64Array(buffer, statsAt, 3);
        sums[0] = stats.greyR;
        sums[1] = stats.greyG;
        sums[2] = stats.greyB;
        new Int32Array(buffer, statsAt + 24, 1)[0] = stats.greyCount;
        new Float64Array(buffer, statsAt + 32, 256).set(POWERED);
        new Uint32Array(buffer, statsAt + 2080, 1024).set(stats.quad);
      }
      for (let oy = 0; oy < h; oy += rowsPerCall) {
        const rows = Math.min(rowsPerCall, h - oy);
        bytes.set(data.subarray(oy * rowBytes, (oy + rows) * rowBytes), scratch);
        const at = oy * w * 4;
        blocks4(
          scratch,
          width,
          rows,
          r.byteOffset + at,
          g.byteOffset + at,
          b.byteOffset + at,
          luma.byteOffset + at,
          w,
          stats ? statsAt : 0,
          oy * w,
        );
      }
      if (stats) {
        const sums = new Float64Array(buffer, statsAt, 3);
        stats.greyR = sums[0]!;
        stats.greyG = sums[1]!;
        stats.greyB = sums[2]!;
        stats.greyCount = new Int32Array(buffer, statsAt + 24, 1)[0]!;
        stats.quad.set(new Uint32Array(buffer, statsAt + 2080, 1024));
      }
      return true;
    },
    softGradients(plane, width, height, k, { gx, gy, magnitude }) {
      const n = width * height;
      if (
        k.length !== 7 ||
        width < 3 ||
        height < 3 ||
        32 + 40 * width > SCRATCH_BYTES ||
        [plane, gx, gy, magnitude].some((p) => p.buffer !== buffer || p.length < n)
      ) {
        return false;
      }
      new Float32Array(buffer, scratch, 7).set(k);
      soft(
        plane.byteOffset,
        width,
        height,
        gx.byteOffset,
        gy.byteOffset,
        magnitude.byteOffset,
        scratch,
      );
      return true;
    },
    noiseTiles(plane, width, tilesX, tilesY) {
      const acc = scratch;
      const out = scratch + 32 * tilesX;
      if (plane.buffer !== buffer || 32 * tilesX + 8 * tilesX * tilesY > SCRATCH_BYTES) {
        return undefined;
      }
      tiles(plane.byteOffset, width, tilesX, tilesY, acc, out);
      return new Float32Array(buffer, out, 2 * tilesX * tilesY);
    },
  };
  byBuffer.set(buffer, kernels);
  return kernels;
}

/** The kernels bound to the memory `array` lives in, if it lives in one. */
export function kernelsFor(array: Float32Array): Kernels | undefined {
  return enabled ? byBuffer.get(array.buffer as ArrayBuffer) : undefined;
}

/**
 * Turns the WebAssembly kernels off (or back on, compiling them afresh), so tests and
 * benchmarks can compare them with the JavaScript loops. Not part of the package's API.
 */
export function setWasmEnabled(on: boolean): void {
  enabled = on;
  compiled = undefined;
  generation++;
}

/** Changes whenever {@link setWasmEnabled} is called, so cached planes can be remade. */
export function kernelGeneration(): number {
  return generation;
}

function compile(host: { WebAssembly?: Wasm; atob?: (s: string) => string }): Compiled | null {
  const { WebAssembly: wasm, atob } = host;
  if (!wasm || !atob) return null;
  const module = (base64: string) =>
    new wasm.Module(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  try {
    return {
      blocks4: module(BLOCKS_OF_4_WASM),
      soft: module(SOFT_GRADIENTS_WASM),
      tiles: module(NOISE_TILES_WASM),
    };
  } catch {
    // CompileError (no SIMD), or EvalError / CompileError from the page's CSP.
    return null;
  }
}
