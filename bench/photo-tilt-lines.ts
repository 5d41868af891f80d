// What the tilt estimator's reading rests on, per photo: its estimate, and the straight
// segments that agree with the angle (longest first: length as a share of the frame's side
// along it, angle, level or plumb, end points as shares of the frame) and the longest ones
// against it. For writing down why a photo gets the verdict it gets. Only tune-half photos are
// read unless PHOTO_TILT_LINES_ANY=1 (the report half and the fresh batches stay unseen).
//
//   cd bench && node --conditions=source --import tsx photo-tilt-lines.ts books-floor.jpg [12]
//
// The optional number turns the photo by that many degrees first, as the bench's tilt defect
// does.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGREEING_DEGREES,
  estimateTilt,
  MAX_TILT_DEGREES,
} from '../packages/photo-coach/src/estimate-tilt.js';
import { findLineSegments } from '../packages/photo-coach/src/find-line-segments.js';
import { loadPhoto } from './photo-load.js';
import { REAL_PHOTOS } from './photo-set.js';
import { tiltInputs, turnedPhoto } from './photo-tilt-inputs.js';

const here = dirname(fileURLToPath(import.meta.url));
const [file, turn] = process.argv.slice(2);
const photo = REAL_PHOTOS.find((p) => p.file === file);
if (!photo) throw new Error(`not in photo-set.ts: ${file}`);
if ((photo.half !== 'tune' || photo.fresh) && process.env.PHOTO_TILT_LINES_ANY !== '1') {
  throw new Error(`${file} is not in the tune group: it stays unseen`);
}
const degrees = Number(turn ?? 0);
const image = turnedPhoto(loadPhoto(join(here, 'photo-set', photo.file)), degrees);
const { gradients, edges, width, height } = tiltInputs(image);
const estimate = estimateTilt(gradients, edges, width, height);
const { vanishingPoint, ...rest } = estimate;
console.log(`${photo.file} turned ${degrees}°, ${width}×${height}`);
console.log(JSON.stringify(rest, (_k, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v)));
if (vanishingPoint) {
  const { point, ...vp } = vanishingPoint;
  console.log(
    `vertical vanishing point: ${JSON.stringify(vp, (_k, v: unknown) => (typeof v === 'number' ? +v.toFixed(2) : v))} at (${(point[0] / point[2] / width).toFixed(2)}, ${(point[1] / point[2] / height).toFixed(2)}) frames`,
  );
}
const segments = findLineSegments(gradients, edges, width, height, { maxDegrees: 40 })
  .filter((s) => Math.abs(s.degrees) <= MAX_TILT_DEGREES + 1)
  .map((s) => ({ ...s, share: s.length / (s.horizontal ? width : height) }))
  .sort((a, b) => b.share - a.share);
const fmt = (s: (typeof segments)[number]) =>
  `${s.horizontal ? 'level' : 'plumb'} ${s.share.toFixed(2)} ${s.degrees.toFixed(1)}° (${(s.x0 / width).toFixed(2)},${(s.y0 / height).toFixed(2)})–(${(s.x1 / width).toFixed(2)},${(s.y1 / height).toFixed(2)})`;
const agreeing = segments.filter((s) => Math.abs(s.degrees - estimate.degrees) <= AGREEING_DEGREES);
const against = segments.filter((s) => Math.abs(s.degrees - estimate.degrees) > AGREEING_DEGREES);
const sum = (list: typeof segments, horizontal: boolean) =>
  list
    .filter((s) => s.horizontal === horizontal)
    .reduce((a, s) => a + s.share, 0)
    .toFixed(2);
console.log(
  `agreeing ${agreeing.length} (level ${sum(agreeing, true)}, plumb ${sum(agreeing, false)}), against ${against.length} (level ${sum(against, true)}, plumb ${sum(against, false)})`,
);
console.log('agreeing, longest first:');
for (const s of agreeing.slice(0, 12)) console.log(`  ${fmt(s)}`);
console.log('against, longest first:');
for (const s of against.slice(0, 8)) console.log(`  ${fmt(s)}`);
