// The toolbar icon, drawn here as a PNG so the repository holds no binary: a shop window
// (an awning over three shelves) in the brand's colour.
import { crc32, deflateSync } from 'node:zlib';

const BRAND = [0x8a, 0x3b, 0x12] as const;
const LIGHT = [0xff, 0xfd, 0xf8] as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `size`×`size` RGBA PNG of the icon. */
export function iconPng(size: number): Buffer {
  const rows: number[] = [];
  const radius = size * 0.2;
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      // Rounded square mask.
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = dx * dx + dy * dy <= radius * radius;
      const awning = v > 0.18 && v < 0.34 && u > 0.14 && u < 0.86 && Math.floor(u * 6) % 2 === 0;
      const shelf = u > 0.24 && u < 0.76 && [0.46, 0.62, 0.78].some((s) => Math.abs(v - s) < 0.045);
      const color = awning || shelf ? LIGHT : BRAND;
      rows.push(color[0], color[1], color[2], inside ? 255 : 0);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}
