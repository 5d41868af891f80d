/**
 * Variance of the 4-neighbour Laplacian of a grey plane (borders left out): the textbook focus
 * measure. Kept as a baseline; the coach does not judge sharpness by it, because on a product
 * shot most of the frame is a plain backdrop whose Laplacian is near zero, so a sharp product
 * on plain paper reads as blur. See `estimateBlur` instead.
 *
 * @param region Optional window `{x, y, width, height}` (default the whole plane).
 */
// @ts-nocheck

export function varianceOfLaplacian(
  plane: Float32Array,
  width: number,
  height: number,
  region: { x: number; y: number; width: number; height: number } = {
    x: 0,
    y: 0,
    width,
    height,
  },
): number {
  const x0 = Math.max(1, region.x);
  const y0 = Math.max(1, region.y);
  const x1 = Math.min(width - 1, region.x + region.width);
  const y1 = Math.min(height - 1, region.y + region.height);
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = y0; y < y1; y++) {
    let i = y * width + x0;
    for (let x = x0; x < x1; x++, i++) {
      const l =
        plane[i - 1]! + plane[i + 1]! + plane[i - width]! + plane[i + width]! - 4 * plane[i]!;
      sum += l;
      sumSq += l * l;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
