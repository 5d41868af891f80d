// @ts-nocheck
import type { PixelImage } from '../pixel-image.js';
import { gifFrameCount, readImageHeader } from '../read-image-size.js';
import type { ImageHeader } from '../read-image-size.js';
import { photoError } from './photo-error.js';
import type { PhotoError } from './photo-error.js';

/** A decoded photo, upright (EXIF orientation applied), at most `maxSide` on its long side. */
export interface DecodedPhoto {
  readonly image: PixelImage;
  /** The photo's own size, upright, before any downscaling. */
  readonly original: { readonly width: number; readonly height: number };
  readonly header: ImageHeader;
  /**
   * `first-frame`: the file is an animation (GIF, APNG) and only its first frame was
   * decoded, which a caller should say, since a marketplace shows that frame alone too.
   */
  readonly note?: 'first-frame';
}

/** Options for {@link decodePhoto}. */
export interface DecodeOptions {
  /** Longest side decoded, in pixels. Default 4096: enough for any marketplace, 64 MB of RGBA at most. */
  readonly maxSide?: number;
}

const MAX_FILE_BYTES = 60 * 1024 * 1024;

/**
 * Decodes a photo file (JPEG, PNG, WebP, GIF's first frame) into pixels, upright, and
 * downscaled while decoding so a 100-megapixel photo never needs 400 MB. Never throws:
 * what cannot be used comes back as a {@link PhotoError} with a message saying what to do.
 */
export async function decodePhoto(
  file: Blob,
  options: DecodeOptions = {},
): Promise<{ ok: true; photo: DecodedPhoto } | { ok: false; error: PhotoError }> {
  if (file.size === 0) return { ok: false, error: photoError('empty') };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: photoError('too-large-file') };
  let header = readImageHeader(new Uint8Array(await file.slice(0, 65536).arrayBuffer()));
  if (header.format === 'gif' && !header.animated && file.size > 65536) {
    // A GIF's second frame comes after its first frame's data: walk the whole file.
    const frames = gifFrameCount(new Uint8Array(await file.arrayBuffer()));
    header = { ...header, animated: frames > 1 };
  }
  // HEIC is tried like any photo (Safari decodes it); where the browser cannot, the message
  // says how to get a JPEG from the iPhone instead of calling the file broken.
  const heic = header.format === 'heic' || /hei[cf]/i.test(file.type);
  if (header.format === 'svg' || file.type === 'image/svg+xml')
    return { ok: false, error: photoError('svg') };
  if (header.format === 'unknown' && !heic) return { ok: false, error: photoError('not-an-image') };

  const maxSide = options.maxSide ?? 4096;
  const turned = (header.orientation ?? 1) >= 5;
  const known =
    header.width && header.height ? { width: header.width, height: header.height } : undefined;
  const upright = known
    ? turned
      ? { width: known.height, height: known.width }
      : known
    : undefined;
  let bitmap: ImageBitmap;
  try {
    if (upright && Math.max(upright.width, upright.height) > maxSide) {
      // Decode straight to the smaller size: browsers scale JPEGs while decoding, so a
      // 100-megapixel photo never needs its full 400 MB of pixels.
      const scale = maxSide / Math.max(upright.width, upright.height);
      bitmap = await createImageBitmap(file, {
        imageOrientation: 'from-image',
        resizeWidth: Math.max(1, Math.round(upright.width * scale)),
        resizeHeight: Math.max(1, Math.round(upright.height * scale)),
        resizeQuality: 'high',
      });
    } else {
      bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    }
  } catch {
    return { ok: false, error: photoError(heic ? 'heic' : 'corrupt') };
  }
  const original = upright ?? { width: bitmap.width, height: bitmap.height };
  if (bitmap.width < 2 || bitmap.height < 2) {
    bitmap.close();
    return { ok: false, error: photoError('too-small') };
  }
  // A size the header did not give (HEIC) is only known now: keep to `maxSide` all the same.
  const fit = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(
    Math.max(1, Math.round(bitmap.width * fit)),
    Math.max(1, Math.round(bitmap.height * fit)),
  );
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    bitmap.close();
    return { ok: false, error: photoError('corrupt') };
  }
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  const photo = { image: { data, width, height }, original, header };
  return { ok: true, photo: header.animated ? { ...photo, note: 'first-frame' } : photo };
}
