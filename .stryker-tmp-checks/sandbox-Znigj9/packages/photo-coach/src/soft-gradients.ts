// @ts-nocheck
import { blurRow, gaussianKernel } from './gaussian-blur.js';
import type { Gradients } from './scharr-gradients.js';
import { kernelsFor } from './wasm/kernels.js';

/**
 * Scharr gradients (see `scharrGradients`) of a plane blurred by a Gaussian of `sigma` (see
 * `gaussianBlur`), in one pass down the rows: the same values, to the last bit, as
 * `scharrGradients(gaussianBlur(plane, …), …)`, without storing the blurred plane or the
 * blur's intermediate pass. Only the few rows the filters span at a time are kept (2σ·3 + 1
 * rows of the horizontal pass, 3 of the blurred plane), so they stay in the CPU cache: the two
 * stored steps cost two full planes of memory and four passes over them, more than their
 * arithmetic. The one-pixel border of the gradients is zero.
 *
 * Where `plane` and `into` live in a WebAssembly kernel memory (the analysis planes do where
 * WebAssembly may run), the same is computed there four pixels at a time in single precision
 * (src/wasm/soft-gradients.wat): values about 1e-6 of the value apart from this loop's.
 *
 * @param into Planes of `width × height` to write into instead of allocating (every value,
 *   border included, is overwritten).
 */
export function softGradients(
  plane: Float32Array,
  width: number,
  height: number,
  sigma: number,
  into?: Gradients,
): Gradients {
  const n = width * height;
  const gx = into?.gx ?? new Float32Array(n);
  const gy = into?.gy ?? new Float32Array(n);
  const magnitude = into?.magnitude ?? new Float32Array(n);
  if (width < 3 || height < 3) {
    // No interior: all border.
    gx.fill(0, 0, n);
    gy.fill(0, 0, n);
    magnitude.fill(0, 0, n);
    return { gx, gy, magnitude };
  }
  // σ ≤ 0 is no blur, as in gaussianBlur: the one-tap kernel copies every value exactly.
  const k = sigma > 0 ? gaussianKernel(sigma) : Float32Array.of(1);
  // In WebAssembly where the planes live in a kernel memory (see analysisPlanes): single
  // precision, so not to the last bit the values below (about 1e-6 of the value apart).
  if (kernelsFor(plane)?.softGradients(plane, width, height, k, { gx, gy, magnitude })) {
    return { gx, gy, magnitude };
  }
  const radius = (k.length - 1) >> 1;
  const span = 2 * radius + 1;
  // Ring of horizontally blurred rows (row y in slot y mod span), and of blurred rows (mod 3).
  const passed = new Float32Array(span * width);
  const blurred = new Float32Array(3 * width);
  const yIn0 = Math.min(radius, height);
  const yIn1 = Math.max(yIn0, height - radius);
  const k0 = k[0]!;
  const k1 = k[1] ?? 0;
  const k2 = k[2] ?? 0;
  const k3 = k[3] ?? 0;
  const k4 = k[4] ?? 0;
  const k5 = k[5] ?? 0;
  const k6 = k[6] ?? 0;
  let next = 0;
  for (let y = 0; y < height; y++) {
    // The horizontal pass runs `radius` rows ahead of the vertical one.
    for (const last = Math.min(height - 1, y + radius); next <= last; next++) {
      blurRow(plane, next * width, width, k, passed, (next % span) * width);
    }
    const o = (y % 3) * width;
    if (radius === 3 && y >= yIn0 && y < yIn1) {
      // Summed in the order of gaussianBlur's vertical pass, in double precision, then
      // rounded to single precision as its output plane rounds it.
      const s0 = ((y - 3) % span) * width;
      const s1 = ((y - 2) % span) * width;
      const s2 = ((y - 1) % span) * width;
      const s3 = (y % span) * width;
      const s4 = ((y + 1) % span) * width;
      const s5 = ((y + 2) % span) * width;
      const s6 = ((y + 3) % span) * width;
      for (let x = 0; x < width; x++) {
        blurred[o + x] =
          k0 * passed[s0 + x]! +
          k1 * passed[s1 + x]! +
          k2 * passed[s2 + x]! +
          k3 * passed[s3 + x]! +
          k4 * passed[s4 + x]! +
          k5 * passed[s5 + x]! +
          k6 * passed[s6 + x]!;
      }
    } else {
      for (let x = 0; x < width; x++) {
        let acc = 0;
        for (let t = -radius; t <= radius; t++) {
          const yy = Math.min(height - 1, Math.max(0, y + t));
          acc += k[t + radius]! * passed[(yy % span) * width + x]!;
        }
        blurred[o + x] = acc;
      }
    }
    if (y >= 2) gradientRow(blurred, y - 1, width, gx, gy, magnitude);
  }
  // The border: first and last rows here, first and last columns in gradientRow.
  gx.fill(0, 0, width);
  gy.fill(0, 0, width);
  magnitude.fill(0, 0, width);
  gx.fill(0, n - width, n);
  gy.fill(0, n - width, n);
  magnitude.fill(0, n - width, n);
  return { gx, gy, magnitude };
}

/** Scharr derivatives of row `y` from the ring of three blurred rows around it. */
function gradientRow(
  blurred: Float32Array,
  y: number,
  width: number,
  gx: Float32Array,
  gy: Float32Array,
  magnitude: Float32Array,
): void {
  const up = ((y - 1) % 3) * width;
  const mid = (y % 3) * width;
  const down = ((y + 1) % 3) * width;
  const row = y * width;
  gx[row] = 0;
  gy[row] = 0;
  magnitude[row] = 0;
  gx[row + width - 1] = 0;
  gy[row + width - 1] = 0;
  magnitude[row + width - 1] = 0;
  // Sliding windows of the three rows' values in locals: three reads a pixel instead of eight.
  let a = blurred[up]!;
  let b = blurred[up + 1]!;
  let d = blurred[mid]!;
  let e = blurred[mid + 1]!;
  let g = blurred[down]!;
  let h = blurred[down + 1]!;
  for (let x = 1, i = row + 1; x < width - 1; x++, i++) {
    const c = blurred[up + x + 1]!;
    const f = blurred[mid + x + 1]!;
    const k = blurred[down + x + 1]!;
    // Same expression as scharrGradients (× 1/32 is exact, a power of two).
    const dx = (3 * (c - a) + 10 * (f - d) + 3 * (k - g)) * 0.03125;
    const dy = (3 * (g - a) + 10 * (h - b) + 3 * (k - c)) * 0.03125;
    gx[i] = dx;
    gy[i] = dy;
    magnitude[i] = Math.sqrt(dx * dx + dy * dy);
    a = b;
    b = c;
    d = e;
    e = f;
    g = h;
    h = k;
  }
}
