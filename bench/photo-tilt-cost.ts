// What the tilt estimator's parts cost per clean photo, measured in one run on the same working
// planes: the estimator as a whole, and the parts the vertical vanishing point added (segments
// found up to 40° off level or plumb instead of 16°, and the search for the point itself), and
// the search for the level lines' point (issue 15, fourth pass: receding lines set aside).
import { loadavg } from 'node:os';
import type { PixelImage } from '../packages/photo-coach/src/index.js';
import { estimateTilt } from '../packages/photo-coach/src/estimate-tilt.js';
import { findLineSegments } from '../packages/photo-coach/src/find-line-segments.js';
import {
  findLevelVanishingPoint,
  findVerticalVanishingPoint,
} from '../packages/photo-coach/src/find-vertical-vanishing-point.js';
import { tiltInputs } from './photo-tilt-inputs.js';

/** Prints median milliseconds per photo of each part, `rounds` rounds after a warm-up. */
export function printTiltCost(images: readonly PixelImage[], rounds = 3): void {
  const inputs = images.map(tiltInputs);
  const parts = {
    'estimateTilt, all of it': [] as number[],
    'findLineSegments up to 16° (before the vanishing point)': [] as number[],
    'findLineSegments up to 40° (now)': [] as number[],
    findVerticalVanishingPoint: [] as number[],
    findLevelVanishingPoint: [] as number[],
  };
  for (let round = 0; round <= rounds; round++) {
    for (const { gradients, edges, width, height } of inputs) {
      const lap = <T>(part: keyof typeof parts, fn: () => T): T => {
        const t = performance.now();
        const result = fn();
        // Round 0 warms up (JIT, held buffers).
        if (round > 0) parts[part].push(performance.now() - t);
        return result;
      };
      lap('estimateTilt, all of it', () => estimateTilt(gradients, edges, width, height));
      lap('findLineSegments up to 16° (before the vanishing point)', () =>
        findLineSegments(gradients, edges, width, height, { maxDegrees: 16 }),
      );
      const segments = lap('findLineSegments up to 40° (now)', () =>
        findLineSegments(gradients, edges, width, height, { maxDegrees: 40 }),
      );
      lap('findVerticalVanishingPoint', () =>
        findVerticalVanishingPoint(segments, width, height, { maxDegrees: 15 }),
      );
      lap('findLevelVanishingPoint', () => findLevelVanishingPoint(segments, width, height));
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const m = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)]));
  console.log(
    `tilt estimator's parts per clean real photo (≤ 1024 px, ${inputs.length} photos × ${rounds} rounds, median ms) · load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}:`,
  );
  for (const [k, v] of Object.entries(m)) console.log(`  ${k.padEnd(56)} ${v!.toFixed(2)}`);
  const whole = m['estimateTilt, all of it']!;
  const added =
    m['findLineSegments up to 40° (now)']! -
    m['findLineSegments up to 16° (before the vanishing point)']! +
    m['findVerticalVanishingPoint']! +
    m['findLevelVanishingPoint']!;
  console.log(
    `  added by the vanishing points: ${added.toFixed(2)} ms, so estimateTilt before it ≈ ${(whole - added).toFixed(2)} ms → ${whole.toFixed(2)} ms now (${(whole / (whole - added)).toFixed(2)}×)`,
  );
}
