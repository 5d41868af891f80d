import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LineSegment } from './find-line-segments.js';
import {
  findLevelVanishingPoint,
  findVerticalVanishingPoint,
  passesThrough,
} from './find-vertical-vanishing-point.js';
import { seededRandom } from './test-support/render-product-scene.js';

const WIDTH = 640;
const HEIGHT = 480;

/** A near-vertical segment from (x0, y0) to (x1, y1), in pixels. */
function segment(x0: number, y0: number, x1: number, y1: number): LineSegment {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const degrees = (Math.atan2(-(x1 - x0), y1 - y0) * 180) / Math.PI;
  return { horizontal: false, degrees, length, spread: 0.3, x0, y0, x1, y1 };
}

/** A piece of the line from the point (px, py) through (x, HEIGHT), from y0 to y1. */
function towards(px: number, py: number, x: number, y0: number, y1: number): LineSegment {
  const at = (y: number) => px + ((x - px) * (y - py)) / (HEIGHT - py);
  return segment(at(y0), y0, at(y1), y1);
}

describe('findVerticalVanishingPoint', () => {
  const cx = (WIDTH - 1) / 2;
  const cy = (HEIGHT - 1) / 2;

  it('finds where plumb lines seen from below converge, and the roll it reads', () => {
    // A point 4 frame heights above the centre, turned 6° clockwise about it: up and to the
    // right of the centre (a scene turned clockwise leans its plumb lines that way).
    const t = (6 * Math.PI) / 180;
    const px = cx + 4 * HEIGHT * Math.sin(t);
    const py = cy - 4 * HEIGHT * Math.cos(t);
    const lines = [40, 150, 260, 380, 500, 600].map((x, k) =>
      towards(px, py, x, 60 + 20 * k, 300 + 20 * k),
    );
    const point = findVerticalVanishingPoint(lines, WIDTH, HEIGHT)!;
    assert.ok(Math.abs(point.degrees - 6) < 0.1, String(point.degrees));
    assert.ok(Math.abs(point.distance - 4) < 0.05, String(point.distance));
    assert.equal(point.segments, 6);
    assert.ok(Math.abs(point.support - 6 * 0.5) < 0.05, String(point.support));
  });

  it('reads parallel lines as a point at infinity in their direction', () => {
    const t = (-3 * Math.PI) / 180;
    const lines = [50, 200, 420, 590].map((x) =>
      segment(x, 40, x - 400 * Math.sin(t), 40 + 400 * Math.cos(t)),
    );
    const point = findVerticalVanishingPoint(lines, WIDTH, HEIGHT)!;
    assert.ok(Math.abs(point.degrees + 3) < 0.05, String(point.degrees));
    assert.ok(point.distance > 100, String(point.distance));
    assert.equal(point.segments, 4);
  });

  it('leaves out lines that miss the point and points too near the frame', () => {
    // Five lines converging far below, two odd ones, and three converging just above the
    // frame (half a height from the centre): the far point wins, without the others.
    const far = [80, 240, 330, 470, 560].map((x) => towards(cx, cy + 6 * HEIGHT, x, 40, 200));
    const odd = [segment(100, 300, 130, 460), segment(500, 260, 470, 420)];
    const near = [100, 420, 540].map((x) => towards(cx, cy - 0.5 * HEIGHT, x, 250, 470));
    const point = findVerticalVanishingPoint([...far, ...odd, ...near], WIDTH, HEIGHT)!;
    assert.ok(Math.abs(point.degrees) < 0.1, String(point.degrees));
    assert.equal(point.segments, 5);
    assert.ok(Math.abs(point.distance - 6) < 0.1, String(point.distance));
  });

  it('finds little support among short segments pointing every way', () => {
    const random = seededRandom(5);
    const lines = Array.from({ length: 60 }, () => {
      const x = 30 + random() * (WIDTH - 60);
      const y = 30 + random() * (HEIGHT - 60);
      const t = ((random() - 0.5) * 60 * Math.PI) / 180;
      return segment(x, y, x - 30 * Math.sin(t), y + 30 * Math.cos(t));
    });
    const point = findVerticalVanishingPoint(lines, WIDTH, HEIGHT);
    const total = lines.reduce((sum, l) => sum + l.length / HEIGHT, 0);
    assert.ok(point === undefined || point.support < 0.3 * total, `${point?.support} of ${total}`);
  });

  it('needs two near-vertical lines', () => {
    assert.equal(findVerticalVanishingPoint([segment(10, 10, 12, 200)], WIDTH, HEIGHT), undefined);
    assert.equal(findVerticalVanishingPoint([], WIDTH, HEIGHT), undefined);
  });

  it('finds where the level lines of a wall seen at a slant converge, and their fan', () => {
    // Four level lines from a point 700 px left of the centre, near the horizon, crossing the
    // frame at angles from −10° to 17°; two more level lines parallel to each other.
    const point = [cx - 700, cy - 20] as const;
    const level = (y: number): LineSegment => {
      const slope = (y - point[1]) / (WIDTH - point[0]);
      const degrees = (Math.atan(slope) * 180) / Math.PI;
      const y0 = point[1] + slope * (100 - point[0]);
      const y1 = point[1] + slope * (600 - point[0]);
      return {
        horizontal: true,
        degrees,
        length: Math.hypot(500, y1 - y0),
        spread: 0.3,
        x0: 100,
        y0,
        x1: 600,
        y1,
      };
    };
    const fan = [-200, 60, 330, 420].map((y) => level(y + point[1]));
    const parallel = [150, 300].map((y): LineSegment => ({
      horizontal: true,
      degrees: 0,
      length: 200,
      spread: 0.3,
      x0: 300,
      y0: y,
      x1: 500,
      y1: y,
    }));
    const found = findLevelVanishingPoint([...fan, ...parallel], WIDTH, HEIGHT)!;
    assert.equal(found.segments, 4);
    assert.ok(Math.abs(found.distance - 700 / WIDTH) < 0.05, String(found.distance));
    assert.ok(found.fan > 20, String(found.fan));
    const [x, y, z] = found.point;
    assert.ok(
      Math.abs(x / z - point[0]) < 2 && Math.abs(y / z - point[1]) < 2,
      String(found.point),
    );
    assert.ok(fan.every((s) => passesThrough(s, found.point)));
    assert.ok(!parallel.some((s) => passesThrough(s, found.point)));
  });
});
