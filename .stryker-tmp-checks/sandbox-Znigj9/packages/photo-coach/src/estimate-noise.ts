// @ts-nocheck
import { kernelsFor } from './wasm/kernels.js';

/** What {@link estimateNoise} found. */
export interface NoiseEstimate {
  /** Noise σ in levels (0–255) of the plane. 0 when no tile could be measured. */
  readonly sigma: number;
  /** Tiles measured (clipped tiles are left out: noise cannot show there). */
  readonly tiles: number;
}

/** Tile side in pixels. */
const TILE = 16;
/** Which tile estimate stands for the image: a low one, from the flattest parts. */
const PERCENTILE = 0.2;

/**
 * Estimates sensor noise σ (Immerkær, "Fast noise variance estimation", 1996): the mask
 * `[1 −2 1; −2 4 −2; 1 −2 1]` cancels flat areas and ramps, leaving noise, and
 * `σ ≈ √(π/2) · mean|mask ∗ I| / 6`. Edges and texture also pass the mask, so the image is cut
 * into 16-pixel tiles and a low percentile (20th) of the tile estimates is kept: the flattest
 * tiles show the noise alone. Tiles that are nearly black or white are skipped, since clipping
 * hides noise there.
 */
export function estimateNoise(plane: Float32Array, width: number, height: number): NoiseEstimate {
  const tilesX = Math.floor((width - 2) / TILE);
  const tilesY = Math.floor((height - 2) / TILE);
  const c = Math.sqrt(Math.PI / 2) / 6;
  if (tilesX <= 0 || tilesY <= 0) return { sigma: 0, tiles: 0 };
  const estimates = new Float64Array(tilesX * tilesY);
  let count = 0;
  // In WebAssembly where the plane lives in a kernel memory (see analysisPlanes): the tile
  // sums in single precision, about 1e-6 of the sum apart from the loop below.
  const sumsByTile = kernelsFor(plane)?.noiseTiles(plane, width, tilesX, tilesY);
  if (sumsByTile) {
    for (let t = 0; t < tilesX * tilesY; t++) {
      const mean = sumsByTile[2 * t + 1]! / (TILE * TILE);
      if (mean < 8 || mean > 247) continue;
      estimates[count++] = (c * sumsByTile[2 * t]!) / (TILE * TILE);
    }
    return fromEstimates(estimates, count);
  }
  // One row of tiles at a time, row by row across all its tiles, so the plane is read in
  // order; each tile's sums still take its pixels in the same order (rows, then columns), so
  // the estimates are the same to the last bit as summing one tile after another.
  const sums = new Float64Array(tilesX);
  const means = new Float64Array(tilesX);
  for (let ty = 0; ty < tilesY; ty++) {
    sums.fill(0);
    means.fill(0);
    const y0 = 1 + ty * TILE;
    for (let y = y0; y < y0 + TILE; y++) {
      let i = y * width + 1;
      // Sliding windows of the three rows in locals: three reads a pixel instead of nine.
      // The sum keeps the mask's order, so the estimate is the same to the last bit.
      let a = plane[i - width - 1]!;
      let b = plane[i - width]!;
      let d = plane[i - 1]!;
      let e = plane[i]!;
      let g = plane[i + width - 1]!;
      let h = plane[i + width]!;
      for (let tx = 0; tx < tilesX; tx++) {
        let sum = sums[tx]!;
        let mean = means[tx]!;
        for (let x = 0; x < TILE; x++, i++) {
          const c = plane[i - width + 1]!;
          const f = plane[i + 1]!;
          const k = plane[i + width + 1]!;
          const v = a - 2 * b + c - 2 * d + 4 * e - 2 * f + g - 2 * h + k;
          sum += Math.abs(v);
          mean += e;
          a = b;
          b = c;
          d = e;
          e = f;
          g = h;
          h = k;
        }
        sums[tx] = sum;
        means[tx] = mean;
      }
    }
    for (let tx = 0; tx < tilesX; tx++) {
      const mean = means[tx]! / (TILE * TILE);
      if (mean < 8 || mean > 247) continue;
      estimates[count++] = (c * sums[tx]!) / (TILE * TILE);
    }
  }
  return fromEstimates(estimates, count);
}

/** The estimate that stands for the image: the {@link PERCENTILE} of the tiles'. */
function fromEstimates(estimates: Float64Array, count: number): NoiseEstimate {
  if (count === 0) return { sigma: 0, tiles: 0 };
  const sorted = estimates.subarray(0, count).sort();
  return {
    sigma: sorted[Math.floor(PERCENTILE * (count - 1))]!,
    tiles: count,
  };
}
