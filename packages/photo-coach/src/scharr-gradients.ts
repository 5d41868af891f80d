/** Horizontal and vertical derivatives of a plane, and their magnitude. */
export interface Gradients {
  readonly gx: Float32Array;
  readonly gy: Float32Array;
  readonly magnitude: Float32Array;
}

/**
 * Scharr derivatives (3×3, weights 3-10-3, scaled by 1/32 so a ramp of slope 1 reads 1).
 * Chosen over Sobel for its rotation accuracy, which the tilt estimate depends on. The
 * one-pixel border is left at zero.
 */
export function scharrGradients(plane: Float32Array, width: number, height: number): Gradients {
  const n = width * height;
  const gx = new Float32Array(n);
  const gy = new Float32Array(n);
  const magnitude = new Float32Array(n);
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
      const dx = (3 * (c - a) + 10 * (f - d) + 3 * (k - g)) / 32;
      const dy = (3 * (g - a) + 10 * (h - b) + 3 * (k - c)) / 32;
      gx[i] = dx;
      gy[i] = dy;
      magnitude[i] = Math.sqrt(dx * dx + dy * dy);
    }
  }
  return { gx, gy, magnitude };
}
