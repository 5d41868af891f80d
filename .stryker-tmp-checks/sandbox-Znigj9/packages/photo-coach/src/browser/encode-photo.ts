// @ts-nocheck
import type { MarketplacePreset } from '../marketplace-presets.js';
import type { PixelImage } from '../pixel-image.js';

/** Options for {@link encodePhoto}. */
export interface EncodeOptions {
  /** `image/jpeg` (default) or `image/webp` where the preset allows it. */
  readonly type?: 'image/jpeg' | 'image/webp';
  /** Highest quality tried. Default 0.92: above it files grow with no visible gain. */
  readonly maxQuality?: number;
}

/** An encoded photo and how it was made. */
export interface EncodedPhoto {
  readonly blob: Blob;
  readonly quality: number;
  readonly width: number;
  readonly height: number;
}

const MIN_QUALITY = 0.5;

async function encodeAt(canvas: OffscreenCanvas, type: string, quality: number): Promise<Blob> {
  return canvas.convertToBlob({ type, quality });
}

/**
 * Encodes pixels as JPEG (or WebP) at the highest quality that fits the preset's byte limit,
 * found by bisection; if even the lowest quality does not fit, the image is scaled down
 * until it does. The output is drawn fresh from pixels, so it carries no EXIF: a seller's
 * home location (GPS) in the phone's photo never reaches a marketplace.
 */
export async function encodePhoto(
  image: PixelImage,
  preset: Pick<MarketplacePreset, 'maxBytes'>,
  options: EncodeOptions = {},
): Promise<EncodedPhoto> {
  const type = options.type ?? 'image/jpeg';
  const maxBytes = preset.maxBytes ?? Infinity;
  let canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.putImageData(
    new ImageData(new Uint8ClampedArray(image.data), image.width, image.height),
    0,
    0,
  );
  for (;;) {
    let low = MIN_QUALITY;
    let high = options.maxQuality ?? 0.92;
    let best: { blob: Blob; quality: number } | undefined;
    const top = await encodeAt(canvas, type, high);
    if (top.size <= maxBytes)
      return { blob: top, quality: high, width: canvas.width, height: canvas.height };
    for (let i = 0; i < 6; i++) {
      const quality = (low + high) / 2;
      const blob = await encodeAt(canvas, type, quality);
      if (blob.size <= maxBytes) {
        best = { blob, quality };
        low = quality;
      } else {
        high = quality;
      }
    }
    if (!best) {
      const floor = await encodeAt(canvas, type, MIN_QUALITY);
      if (floor.size <= maxBytes) best = { blob: floor, quality: MIN_QUALITY };
    }
    if (best) return { ...best, width: canvas.width, height: canvas.height };
    // Still too big at the lowest quality we accept: scale down by 15 % and try again.
    const smaller = new OffscreenCanvas(
      Math.max(1, Math.round(canvas.width * 0.85)),
      Math.max(1, Math.round(canvas.height * 0.85)),
    );
    const ctx = smaller.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(canvas, 0, 0, smaller.width, smaller.height);
    canvas = smaller;
  }
}
