import type { EdgeMap } from './find-edges.js';
import type { Gradients } from './scharr-gradients.js';

/** A straight run of edge pixels, near horizontal or near vertical. */
export interface LineSegment {
  /** Near horizontal (a table edge, a shelf) or near vertical (a box side, a wall). */
  readonly horizontal: boolean;
  /**
   * The camera roll this segment reads, in degrees, if it is level (horizontal) or plumb
   * (vertical) in the scene: positive when it is turned clockwise, as in `estimateTilt`.
   */
  readonly degrees: number;
  /** Length in pixels, end to end along the fitted line. */
  readonly length: number;
  /** Root mean square distance of its pixels from the fitted line, in pixels. */
  readonly spread: number;
  /** Its end points, in pixels. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Options for {@link findLineSegments}. */
export interface FindLineSegmentsOptions {
  /** Largest angle from horizontal or vertical kept, in degrees. Default 16. */
  readonly maxDegrees?: number;
  /** Shortest segment kept, in pixels. Default 24. */
  readonly minLength?: number;
}

/**
 * A pixel joins a segment when its edge direction is within this many degrees of the
 * segment's mean so far (LSD, von Gioi et al. 2012, grows its regions the same way with
 * 22.5°; a tighter bound stops a region from following a gentle curve). The directions along
 * a real, JPEG-compressed edge wander by ±7° (a notebook's edge), so 6° broke such edges into
 * pieces too short to count.
 */
const TOLERANCE = 10;
/** Largest root mean square distance of the pixels from the fitted line: a straight edge. */
const MAX_SPREAD = 1;
/** Fewest edge pixels per pixel of length: an unbroken run, not scattered specks. */
const MIN_DENSITY = 0.8;

/** Per pixel: 0, or the family (1 near-horizontal line, 2 near-vertical) still unvisited. */
let familyHeld = new Uint8Array(0);
let angleHeld = new Float32Array(0);
let queueHeld = new Int32Array(0);

/**
 * Finds straight segments among the thin edges (see `findEdges`) whose lines run within
 * `maxDegrees` of horizontal or vertical: neighbouring edge pixels (8-connected) join while
 * their gradient direction stays within a few degrees of the region's mean, and a region is
 * kept when a least-squares line fits it to within a pixel, it is long enough and it has few
 * gaps. Fur, foliage, grain and curved rims give short or bent regions, which are dropped.
 */
export function findLineSegments(
  gradients: Gradients,
  edges: EdgeMap,
  width: number,
  height: number,
  options: FindLineSegmentsOptions = {},
): LineSegment[] {
  const maxDegrees = options.maxDegrees ?? 16;
  const minLength = options.minLength ?? 24;
  const n = width * height;
  if (familyHeld.length < n) {
    familyHeld = new Uint8Array(n);
    angleHeld = new Float32Array(n);
  }
  if (queueHeld.length < edges.count) queueHeld = new Int32Array(edges.count);
  const family = familyHeld;
  const angle = angleHeld;
  const queue = queueHeld;
  const { gx, gy } = gradients;
  const limit = maxDegrees + TOLERANCE;
  // Diagonal edge pixels (gradient bins 1 and 3: lines 22.5°–45° off level or plumb) take part
  // only when lines that far off are asked for.
  const diagonal = maxDegrees >= 22.5;
  for (let e = 0; e < edges.count; e++) {
    const bin = edges.bins[e]!;
    if (!diagonal && (bin === 1 || bin === 3)) continue;
    const i = edges.indices[e]!;
    const dx = gx[i]!;
    const dy = gy[i]!;
    // Near-horizontal line: the gradient is nearer vertical (bin 2, or a diagonal one).
    const horizontal = bin === 2 || (bin !== 0 && Math.abs(dy) > Math.abs(dx));
    // A line turned clockwise by t runs along (cos t, sin t) when near horizontal and
    // (−sin t, cos t) when near vertical; its gradient is normal to it, either sign.
    const deg = (Math.atan(horizontal ? -dx / dy : dy / dx) * 180) / Math.PI;
    if (!(Math.abs(deg) <= limit)) continue;
    family[i] = horizontal ? 1 : 2;
    angle[i] = deg;
  }
  const segments: LineSegment[] = [];
  const neighbours = [-width - 1, -width, -width + 1, -1, 1, width - 1, width, width + 1];
  for (let e = 0; e < edges.count; e++) {
    const seed = edges.indices[e]!;
    const f = family[seed]!;
    if (f === 0) continue;
    family[seed] = 0;
    queue[0] = seed;
    let head = 0;
    let tail = 1;
    let sumAngle = angle[seed]!;
    while (head < tail) {
      const i = queue[head++]!;
      const mean = sumAngle / tail;
      for (const d of neighbours) {
        // Edge pixels lie at least 2 px inside the frame, so every neighbour exists.
        const j = i + d;
        if (family[j] !== f || Math.abs(angle[j]! - mean) > TOLERANCE) continue;
        family[j] = 0;
        queue[tail++] = j;
        sumAngle += angle[j]!;
      }
    }
    if (tail < minLength * MIN_DENSITY) continue;
    const segment = fitSegment(queue, tail, width, f === 1);
    if (
      segment.length >= minLength &&
      segment.spread <= MAX_SPREAD &&
      tail >= MIN_DENSITY * segment.length &&
      Math.abs(segment.degrees) <= maxDegrees
    ) {
      segments.push(segment);
    }
  }
  // Every pixel marked above has been visited, which cleared it for the next call.
  return segments;
}

/** Least-squares line through the region's pixels (principal axis), and its extent. */
function fitSegment(
  pixels: Int32Array,
  count: number,
  width: number,
  horizontal: boolean,
): LineSegment {
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < count; k++) {
    const i = pixels[k]!;
    const y = (i / width) | 0;
    sx += i - y * width;
    sy += y;
  }
  const mx = sx / count;
  const my = sy / count;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let k = 0; k < count; k++) {
    const i = pixels[k]!;
    const y = (i / width) | 0;
    const dx = i - y * width - mx;
    const dy = y - my;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  xx /= count;
  yy /= count;
  xy /= count;
  // Direction of the principal axis, and the smaller eigenvalue (variance across the line).
  const phi = 0.5 * Math.atan2(2 * xy, xx - yy);
  const half = 0.5 * (xx + yy);
  const minor = half - Math.sqrt(Math.max(0, 0.25 * (xx - yy) ** 2 + xy * xy));
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < count; k++) {
    const i = pixels[k]!;
    const y = (i / width) | 0;
    const t = (i - y * width - mx) * c + (y - my) * s;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  let deg = (phi * 180) / Math.PI;
  if (!horizontal) deg = deg > 0 ? deg - 90 : deg + 90;
  return {
    horizontal,
    degrees: deg,
    length: hi - lo + 1,
    spread: Math.sqrt(Math.max(0, minor)),
    x0: mx + lo * c,
    y0: my + lo * s,
    x1: mx + hi * c,
    y1: my + hi * s,
  };
}
