// Photo files for the photo coach's end-to-end tests, made from the public-domain photos in
// bench/photo-set and from rendered product scenes: a JPEG carrying GPS in its EXIF, a
// broken JPEG, an iPhone HEIC header, a 100-megapixel PNG, and camera streams (Y4M) for
// Chromium's fake camera.
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { PixelImage } from '../packages/photo-coach/src/pixel-image.js';

const photoSet = (name: string) =>
  readFileSync(new URL(`../bench/photo-set/${name}`, import.meta.url));

/** A real photo (SpaceX, public domain) as a camera JPEG. */
export function realJpeg(): Buffer {
  return photoSet('rocket.jpg');
}

/**
 * The same JPEG with an EXIF block that places it at 6°10′ S (Jakarta), as a phone's photo
 * of a seller's home would carry.
 */
export function jpegWithGps(): Buffer {
  const tiff = Buffer.alloc(80);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  // IFD0: one entry, the GPS IFD pointer (tag 0x8825) to offset 26.
  tiff.writeUInt16LE(1, 8);
  tiff.writeUInt16LE(0x8825, 10);
  tiff.writeUInt16LE(4, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt32LE(26, 18);
  tiff.writeUInt32LE(0, 22);
  // GPS IFD: latitude ref "S" and latitude 6/1, 10/1, 0/1 at offset 56.
  tiff.writeUInt16LE(2, 26);
  tiff.writeUInt16LE(1, 28);
  tiff.writeUInt16LE(2, 30);
  tiff.writeUInt32LE(2, 32);
  tiff.write('S\0', 36, 'latin1');
  tiff.writeUInt16LE(2, 40);
  tiff.writeUInt16LE(5, 42);
  tiff.writeUInt32LE(3, 44);
  tiff.writeUInt32LE(56, 48);
  tiff.writeUInt32LE(0, 52);
  [6, 1, 10, 1, 0, 1].forEach((v, i) => tiff.writeUInt32LE(v, 56 + i * 4));
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  const jpeg = realJpeg();
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

/** A file that starts like a JPEG and then is noise: what a failed download leaves. */
export function brokenJpeg(): Buffer {
  const bytes = Buffer.alloc(4000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

/** The start of an iPhone HEIC photo (an ISO-BMFF `ftyp` box of brand `heic`). */
export function heicHeader(): Buffer {
  const bytes = Buffer.alloc(2000);
  bytes.writeUInt32BE(24, 0);
  bytes.write('ftypheic', 4, 'latin1');
  bytes.write('mif1heic', 16, 'latin1');
  return bytes;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A `width × height` greyscale PNG of a soft diagonal gradient: 100 megapixels compress to
 * well under a megabyte, so a test can hand the coach a photo far larger than any phone's.
 */
export function hugePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    const shade = 60 + Math.floor((150 * y) / height);
    rows.fill(shade, row + 1, row + 1 + width);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 1 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Writes `image` as a Y4M video of `frames` identical frames (4:2:0, BT.601 in the limited
 * 16–235 range that Chromium's fake camera assumes: full-range values would come back with
 * the whites blown), the format that camera plays in a loop.
 */
export function writeY4m(path: string, image: PixelImage, frames = 10, fps = 10): void {
  const { data, width, height } = image;
  const cw = width >> 1;
  const ch = height >> 1;
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc(cw * ch);
  const v = Buffer.alloc(cw * ch);
  for (let i = 0; i < width * height; i++) {
    const r = data[i * 4]!;
    const g = data[i * 4 + 1]!;
    const b = data[i * 4 + 2]!;
    y[i] = Math.round(16 + (219 / 255) * (0.299 * r + 0.587 * g + 0.114 * b));
  }
  for (let cy = 0; cy < ch; cy++) {
    for (let cx = 0; cx < cw; cx++) {
      const i = (cy * 2 * width + cx * 2) * 4;
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      u[cy * cw + cx] = Math.max(
        0,
        Math.min(255, Math.round((224 / 255) * (-0.1687 * r - 0.3313 * g + 0.5 * b) + 128)),
      );
      v[cy * cw + cx] = Math.max(
        0,
        Math.min(255, Math.round((224 / 255) * (0.5 * r - 0.4187 * g - 0.0813 * b) + 128)),
      );
    }
  }
  const header = Buffer.from(
    `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`,
    'latin1',
  );
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'latin1'), y, u, v]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/**
 * An animated GIF of `frames` grey frames (`width × height`), each a different shade. The
 * image data is LZW-coded the simplest valid way: 9-bit literal codes with a clear code
 * every 250 pixels, so the decoder's table never grows past 9 bits.
 */
export function animatedGif(width: number, height: number, frames: number): Buffer {
  const parts: Buffer[] = [];
  const screen = Buffer.alloc(13);
  screen.write('GIF89a', 0, 'latin1');
  screen.writeUInt16LE(width, 6);
  screen.writeUInt16LE(height, 8);
  screen[10] = 0xf7; // a global colour table of 256 entries
  parts.push(screen);
  const palette = Buffer.alloc(256 * 3);
  for (let i = 0; i < 256; i++) palette.fill(i, i * 3, i * 3 + 3);
  parts.push(palette);
  // Loop forever (the NETSCAPE2.0 extension).
  parts.push(Buffer.from([0x21, 0xff, 0x0b]), Buffer.from('NETSCAPE2.0', 'latin1'));
  parts.push(Buffer.from([0x03, 0x01, 0x00, 0x00, 0x00]));
  for (let f = 0; f < frames; f++) {
    parts.push(Buffer.from([0x21, 0xf9, 0x04, 0x04, 0x0a, 0x00, 0x00, 0x00])); // 100 ms
    const descriptor = Buffer.alloc(10);
    descriptor[0] = 0x2c;
    descriptor.writeUInt16LE(width, 5);
    descriptor.writeUInt16LE(height, 7);
    parts.push(descriptor, Buffer.from([8])); // minimum code size 8
    const shade = 40 + ((f * 97) % 180);
    const codes: number[] = [256];
    for (let i = 0; i < width * height; i++) {
      if (i > 0 && i % 250 === 0) codes.push(256);
      codes.push((shade + (i % width) / 4) & 0xff);
    }
    codes.push(257);
    const bytes: number[] = [];
    let buffer = 0;
    let bits = 0;
    for (const code of codes) {
      buffer |= code << bits;
      bits += 9;
      while (bits >= 8) {
        bytes.push(buffer & 0xff);
        buffer >>>= 8;
        bits -= 8;
      }
    }
    if (bits > 0) bytes.push(buffer & 0xff);
    for (let i = 0; i < bytes.length; i += 255) {
      const block = bytes.slice(i, i + 255);
      parts.push(Buffer.from([block.length, ...block]));
    }
    parts.push(Buffer.from([0]));
  }
  parts.push(Buffer.from([0x3b]));
  return Buffer.concat(parts);
}

/** Where {@link storeTwelveMegapixelJpeg} leaves its photo in the page. */
export interface TwelveMegapixelWindow {
  etalaseTwelveMegapixel: Blob;
}

/**
 * Runs in a page (hand it to `page.evaluate`): draws a 4000×3000 product shot (a red box on a
 * grey gradient) and keeps it as a JPEG in `window.etalaseTwelveMegapixel`, so a test or a
 * benchmark can give the coach a 12-megapixel photo without timing its encoding.
 */
export async function storeTwelveMegapixelJpeg(): Promise<void> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#ece9e2');
  gradient.addColorStop(1, '#c9c4b8');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 4000, 3000);
  ctx.fillStyle = '#9b2d20';
  ctx.fillRect(1300, 800, 1400, 1500);
  (window as unknown as TwelveMegapixelWindow).etalaseTwelveMegapixel = await canvas.convertToBlob({
    type: 'image/jpeg',
    quality: 0.9,
  });
}
