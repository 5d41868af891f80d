/**
 * Decoded pixels as browsers give them (`ImageData`): RGBA, 8 bits a channel, row by row,
 * no padding. Alpha is ignored by the analysis (the browser edge flattens transparent PNGs).
 */
// @ts-nocheck

export interface PixelImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/**
 * Throws a `TypeError` when `image` is not a well-formed {@link PixelImage}: a width or height
 * that is not a non-negative integer, or a data length other than `width × height × 4`.
 * Those are programmer errors (the caller mixed up buffers), not bad photos, so they throw
 * instead of being reported; an empty (0×0) image is well-formed and gets a report.
 */
export function assertPixelImage(image: PixelImage): void {
  const { data, width, height } = image;
  if (!(data instanceof Uint8ClampedArray)) {
    throw new TypeError('PixelImage.data must be a Uint8ClampedArray (RGBA).');
  }
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new TypeError(`PixelImage size must be non-negative integers, got ${width}×${height}.`);
  }
  if (data.length !== width * height * 4) {
    throw new TypeError(
      `PixelImage.data has ${data.length} bytes but ${width}×${height} RGBA needs ${width * height * 4}.`,
    );
  }
}
