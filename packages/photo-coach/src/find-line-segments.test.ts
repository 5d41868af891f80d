import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEdges } from './find-edges.js';
import { findLineSegments } from './find-line-segments.js';
import { softGradients } from './soft-gradients.js';

/** A light plane with antialiased dark shapes given by signed distance (negative inside). */
function draw(width: number, height: number, inside: (x: number, y: number) => number) {
  const plane = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const cover = Math.min(1, Math.max(0, 0.5 - inside(x + 0.5, y + 0.5)));
      plane[y * width + x] = 220 - 160 * cover;
    }
  }
  return plane;
}

/** Signed distance to a square of half side `h` at (cx, cy), turned clockwise by `deg`. */
function square(cx: number, cy: number, h: number, deg: number) {
  const t = (deg * Math.PI) / 180;
  return (x: number, y: number) => {
    const u = (x - cx) * Math.cos(t) + (y - cy) * Math.sin(t);
    const v = -(x - cx) * Math.sin(t) + (y - cy) * Math.cos(t);
    return Math.max(Math.abs(u), Math.abs(v)) - h;
  };
}

function segmentsOf(plane: Float32Array, width: number, height: number) {
  const soft = softGradients(plane, width, height, 1);
  return findLineSegments(soft, findEdges(soft, width, height), width, height);
}

describe('findLineSegments', () => {
  it('finds the four sides of a box turned 5°, each reading 5° and about its length', () => {
    const segments = segmentsOf(draw(400, 300, square(200, 150, 80, 5)), 400, 300);
    assert.equal(segments.length, 4, JSON.stringify(segments));
    assert.equal(segments.filter((s) => s.horizontal).length, 2);
    for (const s of segments) {
      assert.ok(Math.abs(s.degrees - 5) < 0.3, String(s.degrees));
      assert.ok(s.length > 140 && s.length < 170, String(s.length));
      assert.ok(s.spread < 0.6, String(s.spread));
    }
  });

  it('reads a box turned the other way (−7°) with the opposite sign', () => {
    const segments = segmentsOf(draw(400, 300, square(200, 150, 80, -7)), 400, 300);
    assert.equal(segments.length, 4);
    for (const s of segments) assert.ok(Math.abs(s.degrees + 7) < 0.3, String(s.degrees));
  });

  it('finds no segment on a disc, whose rim bends everywhere', () => {
    const disc = (x: number, y: number) => Math.hypot(x - 200, y - 150) - 60;
    const segments = segmentsOf(draw(400, 300, disc), 400, 300);
    assert.deepEqual(
      segments.map((s) => Math.round(s.length)),
      [],
    );
  });

  it('leaves nothing behind between calls: the same plane gives the same segments', () => {
    const plane = draw(400, 300, square(180, 140, 60, 3));
    const first = segmentsOf(plane, 400, 300);
    segmentsOf(draw(400, 300, square(220, 160, 90, -9)), 400, 300);
    assert.deepEqual(segmentsOf(plane, 400, 300), first);
  });

  it('splits a bent edge into its two straight parts, each with its own angle', () => {
    // Dark below an edge that runs level for the left half and turns down 14° at x = 200.
    const bent = (x: number, y: number) => {
      const edge = 150 + (x > 200 ? (x - 200) * Math.tan((14 * Math.PI) / 180) : 0);
      return (edge - y) * (x > 200 ? Math.cos((14 * Math.PI) / 180) : 1);
    };
    const segments = segmentsOf(draw(400, 300, bent), 400, 300);
    const angles = segments.map((s) => Math.round(s.degrees)).sort((a, b) => a - b);
    assert.deepEqual(angles, [0, 14], JSON.stringify(segments));
  });

  it('does not take a wavy edge (1.5 px waves) for a straight one', () => {
    const wavy = (x: number, y: number) => 150 + 1.5 * Math.sin((x * 2 * Math.PI) / 80) - y;
    const wave = segmentsOf(draw(400, 300, wavy), 400, 300);
    assert.deepEqual(wave, []);
    // The same edge without the waves is one segment across the frame.
    const straight = segmentsOf(
      draw(400, 300, (x, y) => 150 - y),
      400,
      300,
    );
    assert.equal(straight.length, 1);
    assert.ok(straight[0]!.length > 380, String(straight[0]!.length));
  });
});
