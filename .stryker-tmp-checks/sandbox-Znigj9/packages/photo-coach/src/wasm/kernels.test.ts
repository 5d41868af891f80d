// @ts-nocheck
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileWat } from '../../scripts/build-wasm.mjs';
import { analyzePixels } from '../analyze-pixels.js';
import { analysisPlanes } from '../analysis-planes.js';
import { estimateNoise } from '../estimate-noise.js';
import { makeWorkingImage } from '../make-working-image.js';
import type { PixelImage } from '../pixel-image.js';
import { softGradients } from '../soft-gradients.js';
import { renderProductScene } from '../test-support/render-product-scene.js';
import { statsHistogram, workingStats } from '../working-stats.js';
import { kernelMemory, kernelsFor, setWasmEnabled } from './kernels.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A photo of `scale` times the scene's size, each scene pixel a block with some noise. */
function upscaled(scene: PixelImage, scale: number, extraX = 0, extraY = 0): PixelImage {
  const width = scene.width * scale + extraX;
  const height = scene.height * scale + extraY;
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(scene.height - 1, Math.floor(y / scale));
    for (let x = 0; x < width; x++) {
      const s = (sy * scene.width + Math.min(scene.width - 1, Math.floor(x / scale))) * 4;
      const o = (y * width + x) * 4;
      seed = (seed * 1103515245 + 12345) >>> 0;
      const n = ((seed >>> 24) & 15) - 7.5;
      data[o] = scene.data[s]! + n;
      data[o + 1] = scene.data[s + 1]! - n;
      data[o + 2] = scene.data[s + 2]! + n;
      data[o + 3] = 255;
    }
  }
  return { data, width, height };
}

describe('WebAssembly kernels', () => {
  afterEach(() => setWasmEnabled(true));

  it('are built from their .wat sources (run scripts/build-wasm.mjs after editing one)', async () => {
    const sources = readdirSync(here).filter((f) => f.endsWith('.wat'));
    assert.ok(sources.length >= 2);
    for (const file of sources) {
      const name = file.slice(0, -'.wat'.length);
      const expected = await compileWat(name, readFileSync(join(here, file), 'utf8'));
      assert.equal(readFileSync(join(here, `${name}.wasm.ts`), 'utf8'), expected, file);
      // Chromium compiles a module synchronously on a page's main thread (the photo coach's
      // fallback when its Worker cannot start) only up to 4 KB.
      const base64 = /'([A-Za-z0-9+/=]+)'/.exec(expected)![1]!;
      assert.ok(Buffer.from(base64, 'base64').length < 4096, `${file} compiles to under 4 KB`);
    }
  });

  it('run here, and the analysis planes live in their memory', () => {
    assert.ok(kernelsFor(analysisPlanes(1000).r), 'Node has WebAssembly SIMD');
  });

  it('make the working copy and its statistics to the last bit, odd sizes included', () => {
    const scene = renderProductScene({ width: 150, height: 100, seed: 4 }).image;
    for (const [extraX, extraY] of [
      [0, 0],
      [9, 3],
      [6, 1],
    ] as const) {
      const photo = upscaled(scene, 4, extraX, extraY);
      const w = Math.floor(photo.width / 4);
      const h = Math.floor(photo.height / 4);
      const n = w * h;
      const memory = kernelMemory(4 * n * 4)!;
      const into = {
        r: new Float32Array(memory.buffer, 0, n),
        g: new Float32Array(memory.buffer, 4 * n, n),
        b: new Float32Array(memory.buffer, 8 * n, n),
        luma: new Float32Array(memory.buffer, 12 * n, n),
      };
      const wasmStats = workingStats();
      const work = makeWorkingImage(photo, 150, into, wasmStats);
      assert.equal(work.scale, 4);
      const jsStats = workingStats();
      const js = makeWorkingImage(photo, 150, undefined, jsStats);
      for (const key of ['r', 'g', 'b', 'luma'] as const) {
        assert.deepEqual(work[key], js[key], `${key} of ${photo.width}×${photo.height}`);
      }
      assert.deepEqual(statsHistogram(wasmStats), statsHistogram(jsStats));
      assert.deepEqual(
        [wasmStats.greyR, wasmStats.greyG, wasmStats.greyB, wasmStats.greyCount],
        [jsStats.greyR, jsStats.greyG, jsStats.greyB, jsStats.greyCount],
      );
    }
  });

  it('give the soft gradients within a millionth of the JavaScript loop, border zero', () => {
    for (const [w, h] of [
      [3, 3],
      [9, 7],
      [10, 5],
      [17, 16],
      [203, 151],
    ] as const) {
      const n = w * h;
      const memory = kernelMemory(4 * n * 4)!;
      const plane = new Float32Array(memory.buffer, 0, n);
      let s = w * 31 + h;
      for (let i = 0; i < n; i++) {
        s = (s * 1103515245 + 12345) >>> 0;
        plane[i] = ((s >>> 16) % 256) + (s & 255) / 256;
      }
      const stale = (k: number) => new Float32Array(memory.buffer, 4 * n * k, n).fill(7);
      const got = softGradients(plane, w, h, 1, {
        gx: stale(1),
        gy: stale(2),
        magnitude: stale(3),
      });
      const expected = softGradients(plane.slice(), w, h, 1);
      for (const key of ['gx', 'gy', 'magnitude'] as const) {
        for (let i = 0; i < n; i++) {
          const x = i % w;
          const y = Math.floor(i / w);
          if (x === 0 || y === 0 || x === w - 1 || y === h - 1) {
            assert.equal(got[key][i], 0, `${key} border of ${w}×${h}`);
          }
          const a = got[key][i]!;
          const b = expected[key][i]!;
          assert.ok(
            Math.abs(a - b) <= 1e-6 * (Math.abs(b) + 32),
            `${key}[${i}] of ${w}×${h}: ${a} vs ${b}`,
          );
        }
      }
    }
  });

  it('estimate noise within a millionth of the JavaScript loop', () => {
    for (const [w, h, sigma] of [
      [18, 18, 2],
      [203, 151, 0.5],
      [1000, 750, 3],
      [517, 389, 0],
    ] as const) {
      const n = w * h;
      const memory = kernelMemory(4 * n)!;
      const plane = new Float32Array(memory.buffer, 0, n);
      let s = w + 7 * h;
      for (let i = 0; i < n; i++) {
        s = (s * 1103515245 + 12345) >>> 0;
        // A ramp with dark and bright bands (skipped tiles) and Gaussian-ish noise.
        const noise = (((s >>> 8) & 0xff) + ((s >>> 16) & 0xff) - 255) / 64;
        const x = i % w;
        plane[i] = Math.min(255, Math.max(0, (x * 255) / w + sigma * noise));
      }
      const got = estimateNoise(plane, w, h);
      const expected = estimateNoise(plane.slice(), w, h);
      assert.equal(got.tiles, expected.tiles, `${w}×${h}`);
      assert.ok(Math.abs(got.sigma - expected.sigma) <= 1e-6 * (expected.sigma + 1), `${w}×${h}`);
      if (sigma > 0) assert.ok(expected.sigma > 0);
    }
  });

  it('leave a 12-megapixel analysis as JavaScript alone makes it', () => {
    const photo = upscaled(renderProductScene({ width: 1000, height: 750, seed: 9 }).image, 4);
    const withWasm = analyzePixels(photo);
    setWasmEnabled(false);
    assert.equal(kernelsFor(analysisPlanes(1000 * 750).r), undefined);
    const withoutWasm = analyzePixels(photo);
    assert.equal(withWasm.score, withoutWasm.score);
    assert.deepEqual(withWasm.subject, withoutWasm.subject);
    assert.deepEqual(withWasm.tips, withoutWasm.tips);
    for (const [k, check] of withWasm.checks.entries()) {
      const other = withoutWasm.checks[k]!;
      assert.equal(check.verdict, other.verdict, check.id);
      assert.ok(
        Math.abs(check.value - other.value) <= 1e-4 * (Math.abs(other.value) + 1),
        check.id,
      );
    }
  });

  it('fall back to an ArrayBuffer where a WebAssembly memory cannot be had', () => {
    expectFallbackWhenRefused(
      'Memory',
      new RangeError('WebAssembly.Memory(): could not allocate memory'),
    );
  });

  it('fall back to JavaScript where WebAssembly may not compile (a strict CSP)', () => {
    expectFallbackWhenRefused(
      'Module',
      new EvalError('Refused to compile WebAssembly: no wasm-unsafe-eval'),
    );
  });
});

/**
 * With `WebAssembly[part]` throwing `error` (as a policy or an exhausted address space makes
 * it), no kernel memory is made and the analysis still runs, on plain ArrayBuffers.
 */
function expectFallbackWhenRefused(part: 'Memory' | 'Module', error: Error): void {
  const wasm = (globalThis as unknown as { WebAssembly: Record<typeof part, unknown> }).WebAssembly;
  const original = wasm[part];
  wasm[part] = function refused() {
    throw error;
  };
  try {
    setWasmEnabled(true);
    assert.equal(kernelMemory(1024), undefined);
    const report = analyzePixels(renderProductScene({ width: 400, height: 300 }).image);
    assert.equal(report.checks.length, 11);
    assert.equal(kernelsFor(analysisPlanes(400 * 300).r), undefined);
  } finally {
    wasm[part] = original;
  }
}
