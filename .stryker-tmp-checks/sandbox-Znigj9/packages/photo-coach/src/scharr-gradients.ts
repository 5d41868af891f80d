/** Horizontal and vertical derivatives of a plane, and their magnitude. */
// @ts-nocheck

export interface Gradients {
  readonly gx: Float32Array;
  readonly gy: Float32Array;
  readonly magnitude: Float32Array;
}

/**
 * Scharr derivatives (3×3, weights 3-10-3, scaled by 1/32 so a ramp of slope 1 reads 1).
 * Chosen over Sobel for its rotation accuracy, which the tilt estimate depends on. The
 * one-pixel border is left at zero.
 *
 * @param into Planes of `width × height` to write into instead of allocating (every value,
 *   border included, is overwritten).
 */
export function scharrGradients(
  plane: Float32Array,
  width: number,
  height: number,
  into?: Gradients,
): Gradients {
  const n = width * height;
  const gx = into?.gx ?? new Float32Array(n);
  const gy = into?.gy ?? new Float32Array(n);
  const magnitude = into?.magnitude ?? new Float32Array(n);
  if (into) {
    clearBorder(gx, width, height);
    clearBorder(gy, width, height);
    clearBorder(magnitude, width, height);
  }
  for (let y = 1; y < height - 1; y++) {
    let i = y * width + 1;
    for (let x = 1; x < width - 1; x++, i++) {
      const a = plane[i - width - 1]!;
      const b = plane[i - width]!;
      const c = plane[i - width + 1]!;
      const d = plane[i - 1]!;
      const f = plane[i + 1]!;
      const g = plane[i + width - 1]!;
      const h = plane[i + width]!;
      const k = plane[i + width + 1]!;
      // × 1/32 is exact (a power of two), and cheaper than dividing.
      const dx = (3 * (c - a) + 10 * (f - d) + 3 * (k - g)) * 0.03125;
      const dy = (3 * (g - a) + 10 * (h - b) + 3 * (k - c)) * 0.03125;
      gx[i] = dx;
      gy[i] = dy;
      magnitude[i] = Math.sqrt(dx * dx + dy * dy);
    }
  }
  return { gx, gy, magnitude };
}

/**
 * The gradient magnitude {@link scharrGradients} gives at one interior pixel (index `i`, not
 * on the one-pixel border), as the same single-precision value: for callers that read the
 * magnitude at a few pixels only.
 */
export function scharrMagnitudeAt(plane: Float32Array, width: number, i: number): number {
  const a = plane[i - width - 1]!;
  const b = plane[i - width]!;
  const c = plane[i - width + 1]!;
  const d = plane[i - 1]!;
  const f = plane[i + 1]!;
  const g = plane[i + width - 1]!;
  const h = plane[i + width]!;
  const k = plane[i + width + 1]!;
  const dx = (3 * (c - a) + 10 * (f - d) + 3 * (k - g)) * 0.03125;
  const dy = (3 * (g - a) + 10 * (h - b) + 3 * (k - c)) * 0.03125;
  return Math.fround(Math.sqrt(dx * dx + dy * dy));
}

function clearBorder(p: Float32Array, width: number, height: number): void {
  if (height === 0) return;
  p.fill(0, 0, width);
  p.fill(0, (height - 1) * width, height * width);
  for (let y = 1; y < height - 1; y++) {
    p[y * width] = 0;
    p[y * width + width - 1] = 0;
  }
}
