// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { gifFrameCount, readImageHeader } from './read-image-size.js';

function jpegBytes(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 128);
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data);
}

/** A JPEG with an EXIF block (big-endian TIFF) holding an orientation tag, as phones write. */
function withExifOrientation(file: Uint8Array, orientation: number): Uint8Array {
  const tiff = [
    0x4d,
    0x4d,
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const payload = [...Buffer.from('Exif\0\0'), ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new Uint8Array([...file.subarray(0, 2), ...segment, ...file.subarray(2)]);
}

describe('readImageHeader', () => {
  it('reads the size of a JPEG, and the EXIF orientation a phone wrote', () => {
    const plain = jpegBytes(64, 48);
    assert.deepEqual(readImageHeader(plain), {
      format: 'jpeg',
      width: 64,
      height: 48,
      orientation: undefined,
      hasExif: false,
    });
    const rotated = readImageHeader(withExifOrientation(plain, 6));
    assert.deepEqual(rotated, {
      format: 'jpeg',
      width: 64,
      height: 48,
      orientation: 6,
      hasExif: true,
    });
  });

  it('reads the size of a PNG and says whether it is animated', () => {
    const png = new PNG({ width: 30, height: 20 });
    const bytes = new Uint8Array(PNG.sync.write(png));
    assert.deepEqual(readImageHeader(bytes), {
      format: 'png',
      width: 30,
      height: 20,
      animated: false,
    });
  });

  it('recognises an animated GIF, a HEIC photo from an iPhone, and an SVG', () => {
    // Two frames, each a graphic control block and a 1×1 image of one data sub-block.
    const frame = [
      0x21, 0xf9, 4, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0,
    ];
    const gif = new Uint8Array([
      ...Buffer.from('GIF89a'),
      10,
      0,
      5,
      0,
      0,
      0,
      0,
      ...frame,
      ...frame,
      0x3b,
    ]);
    assert.deepEqual(readImageHeader(gif), { format: 'gif', width: 10, height: 5, animated: true });
    // One frame whose compressed data holds the bytes of a graphic control block and an
    // image descriptor: walking the blocks does not count them.
    const still = new Uint8Array([
      ...Buffer.from('GIF89a'),
      10,
      0,
      5,
      0,
      0,
      0,
      0,
      0x2c,
      0,
      0,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      2,
      4,
      0x21,
      0xf9,
      0x2c,
      0x01,
      0,
      0x3b,
    ]);
    assert.equal(readImageHeader(still).animated, false);
    assert.equal(gifFrameCount(still), 1);
    const heic = new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0]);
    assert.equal(readImageHeader(heic).format, 'heic');
    assert.equal(
      readImageHeader(new TextEncoder().encode('  <svg xmlns="http://www.w3.org/2000/svg"/>'))
        .format,
      'svg',
    );
  });

  it('says unknown for empty, truncated or random bytes without throwing', () => {
    assert.deepEqual(readImageHeader(new Uint8Array(0)), { format: 'unknown' });
    assert.equal(readImageHeader(jpegBytes(8, 8).subarray(0, 20)).format, 'jpeg');
    const random = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) % 251);
    assert.deepEqual(readImageHeader(random), { format: 'unknown' });
  });
});
