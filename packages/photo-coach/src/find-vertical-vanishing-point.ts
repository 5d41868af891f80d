import type { LineSegment } from './find-line-segments.js';

/**
 * Where the near-vertical straight segments converge (see
 * {@link findVerticalVanishingPoint}): the scene's plumb lines, seen from below or above.
 */
export interface VerticalVanishingPoint {
  /**
   * The camera roll it reads, in degrees, as in `estimateTilt` (positive: the scene looks
   * turned clockwise): the angle from the frame's vertical of the line from the frame's centre
   * to the point. Pitching the camera up or down moves the point along that line, never
   * across it, so converging plumb lines read the roll as parallel ones do.
   */
  readonly degrees: number;
  /**
   * Total length of the near-vertical segments whose lines pass through the point, each as a
   * share of the frame's height.
   */
  readonly support: number;
  /** How many segments converge on it. */
  readonly segments: number;
  /**
   * Its distance from the frame's centre, in frame heights; `Infinity` when the lines are
   * parallel (the camera is level, neither pitched up nor down).
   */
  readonly distance: number;
  /**
   * The point in homogeneous pixel coordinates (x / z, y / z from the frame's top left; z is
   * 0 for a point at infinity, whose (x, y) is then the lines' direction).
   */
  readonly point: readonly [number, number, number];
  /**
   * How far apart the converging segments' own angles spread, in degrees (largest less
   * smallest): near 0 for parallel lines, wide for a fan of lines receding to a near point.
   */
  readonly fan: number;
}

/** Options for {@link findVerticalVanishingPoint}. */
export interface FindVanishingOptions {
  /** Largest roll read, in degrees. Default 15. */
  readonly maxDegrees?: number;
  /**
   * A segment converges on a point when its line passes within this angle of it, seen from
   * the segment's middle, in degrees. Default 1.
   */
  readonly toleranceDegrees?: number;
  /**
   * Nearest a point may lie to the frame's centre, in frame heights. Default 1: plumb lines
   * converge on a point inside or near the frame only when the camera looks almost straight
   * up or down; nearer points are where texture's short lines happen to cross.
   */
  readonly minDistance?: number;
}

/** Longest near-vertical segments whose lines, in pairs, propose a point. */
const CANDIDATES = 40;

/**
 * Finds the vertical vanishing point: the point, far above or below the frame or at infinity,
 * on which the most near-vertical segment length converges (a RANSAC-like search over the
 * crossings of the longest segments' lines, and over each one's own direction for parallel
 * lines, then refined by least squares over the segments that converge on it). Undefined
 * when there are fewer than two near-vertical segments.
 */
export function findVerticalVanishingPoint(
  segments: readonly LineSegment[],
  width: number,
  height: number,
  options: FindVanishingOptions = {},
): VerticalVanishingPoint | undefined {
  const maxDegrees = options.maxDegrees ?? 15;
  const sinTolerance = Math.sin(((options.toleranceDegrees ?? 1) * Math.PI) / 180);
  const minDistance = options.minDistance ?? 1;
  const lines = verticalLines(segments, width, height);
  if (lines.length < 2) return undefined;
  // The longest first: they propose the points.
  const order = lines.map((_, k) => k).sort((a, b) => lines[b]!.share - lines[a]!.share);
  const proposers = order.slice(0, CANDIDATES);
  const tanMax = Math.tan((maxDegrees * Math.PI) / 180);
  let best: Point | undefined;
  let bestSupport = 0;
  const consider = (x: number, y: number, z: number) => {
    if (!acceptable(x, y, z, tanMax, minDistance)) return;
    const support = supportOf(lines, x, y, z, sinTolerance);
    if (support > bestSupport) {
      bestSupport = support;
      best = { x, y, z };
    }
  };
  for (let a = 0; a < proposers.length; a++) {
    const p = lines[proposers[a]!]!;
    // Parallel lines: the point at infinity along this segment.
    consider(p.dx, p.dy, 0);
    for (let b = a + 1; b < proposers.length; b++) {
      const q = lines[proposers[b]!]!;
      consider(p.b * q.c - p.c * q.b, p.c * q.a - p.a * q.c, p.a * q.b - p.b * q.a);
    }
  }
  if (!best) return undefined;
  const refined = refine(lines, best, sinTolerance);
  if (
    refined &&
    acceptable(refined.x, refined.y, refined.z, tanMax, minDistance) &&
    supportOf(lines, refined.x, refined.y, refined.z, sinTolerance) >= bestSupport
  ) {
    best = refined;
  }
  const { x, y, z } = best;
  let count = 0;
  let support = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const l of lines) {
    if (converges(l, x, y, z, sinTolerance)) {
      count++;
      support += l.share;
      // The segment's direction from plumb, in degrees (either way along it).
      const lean = (Math.atan(l.dx / l.dy) * 180) / Math.PI;
      lowest = Math.min(lowest, lean);
      highest = Math.max(highest, lean);
    }
  }
  const reach = Math.hypot(x, y);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  return {
    degrees: (Math.atan(-x / y) * 180) / Math.PI,
    support,
    segments: count,
    distance: Math.abs(z) * 1e9 <= reach ? Infinity : reach / Math.abs(z),
    point: [x * height + cx * z, y * height + cy * z, z],
    fan: count > 0 ? highest - lowest : 0,
  };
}

/** A point in homogeneous coordinates: (x / z, y / z) in frame heights from the centre. */
interface Point {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** A near-vertical segment's line a·X + b·Y + c = 0, its middle and direction (unit). */
interface Line {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly mx: number;
  readonly my: number;
  readonly dx: number;
  readonly dy: number;
  readonly share: number;
}

/** The near-vertical segments as lines in frame heights from the frame's centre. */
function verticalLines(segments: readonly LineSegment[], width: number, height: number): Line[] {
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const lines: Line[] = [];
  for (const s of segments) {
    if (s.horizontal) continue;
    const x0 = (s.x0 - cx) / height;
    const y0 = (s.y0 - cy) / height;
    const x1 = (s.x1 - cx) / height;
    const y1 = (s.y1 - cy) / height;
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length === 0) continue;
    const dx = (x1 - x0) / length;
    const dy = (y1 - y0) / length;
    // Normal (dy, −dx): the line's equation, scaled so that |(a, b)| = 1.
    lines.push({
      a: dy,
      b: -dx,
      c: dx * y0 - dy * x0,
      mx: (x0 + x1) / 2,
      my: (y0 + y1) / 2,
      dx,
      dy,
      share: s.length / height,
    });
  }
  return lines;
}

/**
 * Whether a point can be the vertical vanishing point: seen from the centre it lies within
 * the roll range of straight up or down, and no nearer than `minDistance` (at infinity: a
 * direction within that range).
 */
function acceptable(x: number, y: number, z: number, tanMax: number, minDistance: number): boolean {
  // y = 0 also rejects (0, 0, 0): the "crossing" of two segments on one line.
  if (y === 0 || !(Math.abs(x) <= tanMax * Math.abs(y))) return false;
  return Math.hypot(x, y) >= minDistance * Math.abs(z);
}

/** Whether a line passes within the tolerance angle of the point, seen from its middle. */
function converges(l: Line, x: number, y: number, z: number, sinTolerance: number): boolean {
  return pointsAt(l.mx, l.my, l.dx, l.dy, [x, y, z], sinTolerance);
}

/**
 * Whether the line through (mx, my) along (dx, dy) passes within the angle whose sine is
 * `sinTolerance` of the homogeneous point, seen from (mx, my): the sine of the angle between
 * the line and the way to the point. The way is taken times z, so that points at infinity
 * (z = 0, (x, y) a direction) need no division. The one test behind `converges` (frame
 * heights from the centre) and `passesThrough` (pixels).
 */
function pointsAt(
  mx: number,
  my: number,
  dx: number,
  dy: number,
  [x, y, z]: readonly [number, number, number],
  sinTolerance: number,
): boolean {
  const tx = x - mx * z;
  const ty = y - my * z;
  return Math.abs(dx * ty - dy * tx) <= sinTolerance * Math.hypot(dx, dy) * Math.hypot(tx, ty);
}

function supportOf(
  lines: readonly Line[],
  x: number,
  y: number,
  z: number,
  sinTolerance: number,
): number {
  let support = 0;
  for (const l of lines) if (converges(l, x, y, z, sinTolerance)) support += l.share;
  return support;
}

/**
 * The point nearest (least squares, weighted by length) to the lines that converge on
 * `start`: the eigenvector of Σ w·l·lᵀ with the smallest eigenvalue, by inverse iteration
 * from `start`.
 */
function refine(lines: readonly Line[], start: Point, sinTolerance: number): Point | undefined {
  const m = [0, 0, 0, 0, 0, 0]; // aa, ab, ac, bb, bc, cc
  let n = 0;
  for (const l of lines) {
    if (!converges(l, start.x, start.y, start.z, sinTolerance)) continue;
    const w = l.share;
    m[0]! += w * l.a * l.a;
    m[1]! += w * l.a * l.b;
    m[2]! += w * l.a * l.c;
    m[3]! += w * l.b * l.b;
    m[4]! += w * l.b * l.c;
    m[5]! += w * l.c * l.c;
    n++;
  }
  if (n < 3) return undefined;
  const [aa, ab, ac, bb, bc, cc] = m as [number, number, number, number, number, number];
  // The inverse by cofactors (the matrix is symmetric); near-singular is what is wanted.
  const i00 = bb * cc - bc * bc;
  const i01 = ac * bc - ab * cc;
  const i02 = ab * bc - ac * bb;
  const i11 = aa * cc - ac * ac;
  const i12 = ab * ac - aa * bc;
  const i22 = aa * bb - ab * ab;
  let { x, y, z } = start;
  for (let k = 0; k < 8; k++) {
    const nx = i00 * x + i01 * y + i02 * z;
    const ny = i01 * x + i11 * y + i12 * z;
    const nz = i02 * x + i12 * y + i22 * z;
    const norm = Math.hypot(nx, ny, nz);
    if (!(norm > 0)) return undefined;
    x = nx / norm;
    y = ny / norm;
    z = nz / norm;
  }
  return { x, y, z };
}

/**
 * Where the near-level straight segments (up to 45° off level) converge, as
 * {@link findVerticalVanishingPoint} finds it for near-vertical ones (the same search on the
 * frame with x and y swapped): a point within 45° of straight left or right of the centre, at
 * least half the frame's width away. Level lines of a wall seen at a slant, a corridor or a
 * street converge on such a point on the horizon, near the frame, in a fan of angles; level
 * lines faced squarely stay parallel and meet at infinity. `degrees` and `distance` are as
 * seen in the swapped frame (the distance in frame widths); `point` is in this frame's pixels.
 */
export function findLevelVanishingPoint(
  segments: readonly LineSegment[],
  width: number,
  height: number,
): VerticalVanishingPoint | undefined {
  const swapped = segments
    .filter((s) => s.horizontal)
    .map((s) => ({ ...s, horizontal: false, x0: s.y0, y0: s.x0, x1: s.y1, y1: s.x1 }));
  const found = findVerticalVanishingPoint(swapped, height, width, {
    maxDegrees: 45,
    minDistance: 0.5,
  });
  if (!found) return undefined;
  const [x, y, z] = found.point;
  return { ...found, point: [y, x, z] };
}

/**
 * Whether a segment's line passes within `toleranceDegrees` of a point (homogeneous pixel
 * coordinates, as `point` above), seen from the segment's middle.
 */
export function passesThrough(
  s: LineSegment,
  point: readonly [number, number, number],
  toleranceDegrees = 1,
): boolean {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  if (dx === 0 && dy === 0) return false;
  const sin = Math.sin((toleranceDegrees * Math.PI) / 180);
  return pointsAt((s.x0 + s.x1) / 2, (s.y0 + s.y1) / 2, dx, dy, point, sin);
}
