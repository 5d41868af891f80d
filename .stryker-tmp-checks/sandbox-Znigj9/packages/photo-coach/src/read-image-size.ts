/** What the first bytes of an image file say about it, before anything is decoded. */
// @ts-nocheck

export interface ImageHeader {
  readonly format: 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'svg' | 'unknown';
  /** Pixel size as stored (before EXIF orientation), when the header gives it. */
  readonly width?: number;
  readonly height?: number;
  /** EXIF orientation 1–8 (JPEG only); 5–8 swap width and height when shown. */
  readonly orientation?: number;
  /** Whether a GIF or PNG holds more than one frame. */
  readonly animated?: boolean;
  /** Whether the file carries EXIF metadata (where a phone writes GPS position). */
  readonly hasExif?: boolean;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function exifOrientation(bytes: Uint8Array, tiff: number, end: number): number | undefined {
  const little = ascii(bytes, tiff, 2) === 'II';
  const u16 = (o: number) =>
    little ? bytes[o]! | (bytes[o + 1]! << 8) : (bytes[o]! << 8) | bytes[o + 1]!;
  const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return undefined;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return undefined;
}

function readJpeg(bytes: Uint8Array): ImageHeader {
  let offset = 2;
  let orientation: number | undefined;
  let hasExif = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return { format: 'jpeg', orientation, hasExif };
    const marker = bytes[offset + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (marker === 0xe1 && ascii(bytes, offset + 4, 4) === 'Exif') {
      hasExif = true;
      orientation = exifOrientation(
        bytes,
        offset + 10,
        Math.min(bytes.length, offset + 2 + length),
      );
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (offset + 9 > bytes.length) break;
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      return { format: 'jpeg', width, height, orientation, hasExif };
    }
    offset += 2 + length;
  }
  return { format: 'jpeg', orientation, hasExif };
}

/**
 * Reads the format, pixel size and EXIF orientation from the first bytes of an image file
 * (64 KB is plenty for phone photos), so a 100-megapixel photo can be decoded straight to a
 * smaller size and a HEIC or SVG file refused with a clear message, before decoding.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return readJpeg(bytes);
  if (bytes.length >= 24 && ascii(bytes, 1, 3) === 'PNG') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return {
      format: 'png',
      width: view.getUint32(16),
      height: view.getUint32(20),
      animated: ascii(bytes, 0, Math.min(bytes.length, 4096)).includes('acTL'),
    };
  }
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'GIF') {
    return {
      format: 'gif',
      width: bytes[6]! | (bytes[7]! << 8),
      height: bytes[8]! | (bytes[9]! << 8),
      animated: gifFrameCount(bytes) > 1,
    };
  }
  if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8X') {
      return {
        format: 'webp',
        width: 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16)),
        height: 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16)),
        animated: (bytes[20]! & 0x02) !== 0,
      };
    }
    if (chunk === 'VP8 ')
      return {
        format: 'webp',
        width: (bytes[26]! | (bytes[27]! << 8)) & 0x3fff,
        height: (bytes[28]! | (bytes[29]! << 8)) & 0x3fff,
      };
    if (chunk === 'VP8L') {
      const b = (i: number) => bytes[21 + i]!;
      return {
        format: 'webp',
        width: 1 + (b(0) | ((b(1) & 0x3f) << 8)),
        height: 1 + ((b(1) >> 6) | (b(2) << 2) | ((b(3) & 0x0f) << 10)),
      };
    }
    return { format: 'webp' };
  }
  if (
    bytes.length >= 12 &&
    ascii(bytes, 4, 4) === 'ftyp' &&
    /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(bytes, 8, 4))
  ) {
    return { format: ascii(bytes, 8, 4) === 'avif' ? 'unknown' : 'heic' };
  }
  const text = ascii(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')))
    return { format: 'svg' };
  return { format: 'unknown' };
}

/**
 * How many images (frames) a GIF holds, counted up to `stopAt`, by walking its blocks:
 * extensions and image data are skipped by their sub-block lengths, so bytes inside the
 * compressed data are never mistaken for a block. Counts what `bytes` holds when the file
 * is cut short (a header read of the first bytes only).
 */
export function gifFrameCount(bytes: Uint8Array, stopAt = 2): number {
  if (bytes.length < 13) return 0;
  const skipTable = (flags: number) => ((flags & 0x80) !== 0 ? 3 * (2 << (flags & 0x07)) : 0);
  const skipSubBlocks = (at: number) => {
    let i = at;
    while (i < bytes.length && bytes[i] !== 0) i += bytes[i]! + 1;
    return i + 1;
  };
  let i = 13 + skipTable(bytes[10]!);
  let frames = 0;
  while (i < bytes.length && frames < stopAt) {
    const block = bytes[i]!;
    if (block === 0x21) {
      i = skipSubBlocks(i + 2); // extension: introducer, label, sub-blocks
    } else if (block === 0x2c) {
      frames++;
      if (i + 10 > bytes.length) break;
      i += 10 + skipTable(bytes[i + 9]!);
      i = skipSubBlocks(i + 1); // LZW minimum code size, then the data
    } else {
      break; // the trailer (0x3B) or damage
    }
  }
  return frames;
}
