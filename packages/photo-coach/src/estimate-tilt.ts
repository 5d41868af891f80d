import type { EdgeMap } from './find-edges.js';
import { findLineSegments, type LineSegment } from './find-line-segments.js';
import {
  findLevelVanishingPoint,
  findVerticalVanishingPoint,
  passesThrough,
  type VerticalVanishingPoint,
} from './find-vertical-vanishing-point.js';
import { SURE_CONFIDENCE } from './photo-report.js';
import type { Gradients } from './scharr-gradients.js';

/** What {@link estimateTilt} found. */
export interface TiltEstimate {
  /**
   * Camera roll in degrees: positive when the scene looks turned clockwise (a level table
   * edge runs down to the right). 0 when no straight line stood out.
   */
  readonly degrees: number;
  /**
   * How sure the angle is, 0–1; under about 0.2 it is a guess. It grows with the straight
   * segments that agree on the angle, beyond what texture gives by chance (see `support`).
   */
  readonly confidence: number;
  /**
   * Length of the longest straight edge at the winning angle, as a share of the frame's side
   * along it (width for near-horizontal lines, height for near-vertical ones), counting its
   * unbroken runs of at least 5 % of that side.
   */
  readonly longestLine: number;
  /**
   * Total length of the straight segments (see `findLineSegments`) within
   * {@link AGREEING_DEGREES} of the Hough vote's angle (`degrees`, unless the vanishing point
   * set it), each as a share of the frame's side along it: a table edge across the whole frame
   * gives 1, and so do four box sides a quarter as long.
   */
  readonly support?: number;
  /**
   * The same as `support` for the near-vertical segments only, each weighted by how close its
   * line passes to the frame's centre (1 through it, ½ a quarter of the width away): plumb
   * lines converging by perspective (a building seen from below) lean more the farther they
   * are from the centre, so those near it still read the roll. Confidence follows the larger
   * of the two, each less its own chance share; from this one alone it stays under
   * `SURE_CONFIDENCE` (the tilt is possible, not sure).
   */
  readonly centreSupport?: number;
  /** How many straight segments agree on the Hough vote's angle. */
  readonly segments?: number;
  /** How clearly the Hough vote picked its angle, 0–1 (the winner's score over the median's). */
  readonly agreement?: number;
  /**
   * Where the near-vertical segments converge (the scene's plumb lines), when at least
   * {@link VANISHING_MIN_SEGMENTS} do. When it lies at least {@link FAR_VANISHING} frame
   * heights from the centre and explains more segment length than the Hough angle does, the
   * roll is read from it (`degrees` is its `degrees`): a building seen from below makes its
   * plumb lines converge, so none of them shows the roll alone, but the line from the frame's
   * centre to the point where they meet does.
   */
  readonly vanishingPoint?: VerticalVanishingPoint;
  /**
   * Whether the vanishing point, surely found on its own (its converging length beyond chance
   * would make a sure angle), points more than {@link AGREEING_DEGREES} plus what a crop's
   * offset of a tenth of the height can turn at its distance away from the angle: then the
   * angle is possible, never sure. The plumb lines of the scene disagree with the lines that
   * read the angle, which lean by perspective (the outer slat of a chair seen from above,
   * whose other slats converge below the frame) or lie askew (markings on a road under
   * barrier posts that lean otherwise).
   */
  readonly pointDisagrees?: boolean;
  /**
   * Whether the vanishing point lies nearer than {@link FAR_VANISHING} frame heights, surely
   * found, while the angle is read mostly from level lines: then the angle is possible, never
   * sure. Lines converging that near show a surface seen at a steep slant (a printed sheet on a
   * desk, seen from above, whose sides fan), and its level lines are level in the scene only if
   * it is faced squarely, which the photo cannot show.
   */
  readonly slantedSurface?: boolean;
  /**
   * Length (as `support`) of the near-level segments within {@link AGREEING_DEGREES} of the
   * Hough angle that were not counted in `support` because they recede: their lines converge,
   * with level segments at angles spread over more than {@link RECEDING_FAN_DEGREES}, on a
   * point less than {@link FAR_VANISHING} frame widths from the centre (see
   * `findLevelVanishingPoint`). Level lines faced squarely stay parallel whatever the roll;
   * those of a wall seen at a slant fan out from a point on the horizon, and each leans by
   * where it lies, not by the roll (a corridor's baseboard running down at 13° in a level
   * photo). A segment within {@link AGREEING_DEGREES} of the vertical vanishing point's angle
   * is kept: the horizon, on which every such point lies, is square to that direction, so a
   * level line along it reads the roll. Set when there is such a point and a vertical
   * vanishing point.
   */
  readonly recedingSupport?: number;
  /**
   * How far across the frame the segments counted in `support` reach: the larger of their
   * end points' extent across the width and down the height, each as a share of it, less the
   * outermost segments holding up to {@link REACH_TRIM} of their length at each end. A
   * camera's roll turns every line in the frame; goods lying askew turn only their own edges,
   * which stay where the goods are. Under {@link SURE_SPREAD} the angle is possible, never
   * sure. When a far vanishing point reads the angle, it is the reach of the plumb segments
   * that converge on the point.
   */
  readonly spread?: number;
  /**
   * The longest straight segment within the roll range that does not agree with the angle,
   * as a share of the frame's side along it. Where it is at least {@link LONG_AGAINST} long
   * and {@link LONG_AGAINST_RATIO} times the longest agreeing one, the angle is possible,
   * never sure: a table edge or horizon across the frame outweighs the short sides of a box
   * lying askew on it, even where the box's stronger edges won the vote.
   */
  readonly longestAgainst?: number;
}

/** A straight segment within this many degrees of the estimated roll agrees with it. */
export const AGREEING_DEGREES = 1.5;
/**
 * The share of all near-level straight segments' length that is held against the agreeing
 * length: texture whose segments point every way still puts about 3/32 of its length within
 * ±1.5° of any angle of the ±16° range, so only agreement well above that counts.
 */
const CHANCE_SHARE = 0.15;
/** Agreeing length (beyond chance) at which confidence starts, and at which it is full. */
const SUPPORT_LOW = 0.2;
const SUPPORT_HIGH = 0.8;

/** The Hough estimate: the angle, how clearly the votes agreed on it, its longest line. */
export interface HoughTilt {
  readonly degrees: number;
  readonly agreement: number;
  readonly longestLine: number;
}

/**
 * Estimates camera roll from near-horizontal and near-vertical straight lines (table edges,
 * shelves, box sides, label text). The angle comes from a Hough vote of every thin edge
 * pixel (see {@link houghTilt}); how sure it is, from the straight segments found among the
 * same edges (see `findLineSegments`): how much of their length agrees on that angle, less
 * the share that texture pointing every way would give by chance. Several independent
 * segments (the sides of a box, the rows of a shelf, both a table edge and a wall) count
 * together, so a scene of many short straight lines is judged as surely as one with a long
 * one, while fur, foliage and curved rims, which give few straight segments that do not
 * agree, stay unsure. A building seen from below makes its plumb lines converge: the
 * near-vertical segments (up to 40° off plumb) are grouped by the point they converge on (see
 * `findVerticalVanishingPoint`); when that point is far from the frame and explains more
 * segment length beyond chance than the Hough angle does, the roll is read from its direction
 * seen from the centre, with a confidence from the converging length; a nearer point only
 * backs a Hough angle it agrees with (see `vanishingPoint`), and surely only one read mostly
 * from plumb lines (a sheet lying askew, seen at a slant, fans its side edges to a near point
 * along its own level edges' angle). The plumb lines near the frame's centre are also judged
 * on their own (see `centreSupport`). Level lines that recede to a point near the frame in a
 * fan of angles, against the horizon the vertical vanishing point shows, do not count for the
 * angle (see `recedingSupport`). A sure angle needs lines that reach across the frame (see
 * `spread`; one short stray segment does not stretch it) and no much longer line against
 * them (see `longestAgainst`): goods lying askew turn only their own edges. It needs the
 * scene's plumb lines not to converge surely in another direction (see `pointDisagrees`),
 * and, read mostly from level lines, no plumb lines converging surely on a near point (a
 * sheet lying on a desk seen at a slant, whose sides fan).
 */
export function estimateTilt(
  gradients: Gradients,
  edges: EdgeMap,
  width: number,
  height: number,
): TiltEstimate {
  return judgeTilt(readTiltLines(gradients, edges, width, height), width, height);
}

/** What {@link estimateTilt} reads the roll from: the Hough vote and the straight segments. */
export interface TiltLines {
  readonly hough: HoughTilt;
  /**
   * Straight segments up to {@link VANISHING_SEGMENT_DEGREES} off level or plumb (see
   * `findLineSegments`): the plumb lines of a building seen from below lean far more than any
   * roll by perspective. The rules on the Hough angle count only those within the roll range.
   */
  readonly segments: readonly LineSegment[];
}

/** The pixel work of {@link estimateTilt}: the Hough vote and the straight segments. */
export function readTiltLines(
  gradients: Gradients,
  edges: EdgeMap,
  width: number,
  height: number,
): TiltLines {
  return {
    hough: houghTilt(gradients, edges, width, height),
    segments: findLineSegments(gradients, edges, width, height, {
      maxDegrees: VANISHING_SEGMENT_DEGREES,
    }),
  };
}

/**
 * The judgement of {@link estimateTilt} on lines already read (see {@link readTiltLines}):
 * the angle and how sure it is. Pure and cheap, so it can be run again over stored lines.
 */
export function judgeTilt(lines: TiltLines, width: number, height: number): TiltEstimate {
  const { hough, segments: found } = lines;
  const converging = findVerticalVanishingPoint(found, width, height, {
    maxDegrees: MAX_TILT_DEGREES,
  });
  const vanishingPoint =
    converging && converging.segments >= VANISHING_MIN_SEGMENTS ? converging : undefined;
  // Level lines receding to a point near the frame, in a fan of angles (a wall seen at a
  // slant, a corridor), agree with an angle only by where they lie: they are set aside. All
  // such points lie on the horizon, which is square to the direction of the vertical
  // vanishing point, so a fan's line at that point's angle (along the horizon) is kept; and
  // without a vertical point nothing tells the horizon from a receding line, so nothing is
  // set aside (a long level line passes through any point on its own extension).
  // Searched for only when there is a vertical point: a second search over every pair of
  // lines, on every photo, for nothing otherwise.
  const level = vanishingPoint && findLevelVanishingPoint(found, width, height);
  const receding =
    level &&
    level.segments >= VANISHING_MIN_SEGMENTS &&
    level.distance < FAR_VANISHING &&
    level.fan > RECEDING_FAN_DEGREES
      ? level.point
      : undefined;
  let degrees = hough.degrees;
  let total = 0;
  let support = 0;
  let segments = 0;
  // The part of `support` from near-vertical segments.
  let plumbSupport = 0;
  let recedingSupport = 0;
  // The same sums for the near-vertical segments only, each weighted by how close its line
  // passes to the frame's centre (see CENTRE_REACH).
  let centreTotal = 0;
  let centreSupport = 0;
  let plumbTotal = 0;
  // Where the agreeing segments reach (see `spread`), the longest agreeing one and the
  // longest one that disagrees (see `longestAgainst`).
  const agreeing: LineSegment[] = [];
  let longestAgreeing = 0;
  let longestAgainst = 0;
  for (const s of found) {
    const share = s.length / (s.horizontal ? width : height);
    if (!s.horizontal) plumbTotal += share;
    if (Math.abs(s.degrees) > MAX_TILT_DEGREES + 1) continue;
    const weight = s.horizontal ? 0 : centreWeight(s, width, height);
    total += share;
    centreTotal += share * weight;
    if (Math.abs(s.degrees - degrees) > AGREEING_DEGREES) {
      longestAgainst = Math.max(longestAgainst, share);
      continue;
    }
    if (
      receding &&
      s.horizontal &&
      passesThrough(s, receding) &&
      // `receding` is only set with a vertical point.
      Math.abs(s.degrees - vanishingPoint!.degrees) > AGREEING_DEGREES
    ) {
      recedingSupport += share;
      continue;
    }
    support += share;
    if (!s.horizontal) plumbSupport += share;
    centreSupport += share * weight;
    segments++;
    agreeing.push(s);
    longestAgreeing = Math.max(longestAgreeing, share);
  }
  // The central plumb lines alone may be one line a little off the centre that leans by
  // perspective too, so on their own they make the tilt possible, never sure.
  let confidence = Math.max(
    hough.agreement * sureness(support - CHANCE_SHARE * total),
    Math.min(
      CENTRE_ONLY_MOST,
      hough.agreement * sureness(centreSupport - CHANCE_SHARE * centreTotal),
    ),
  );
  let fromVanishingPoint = false;
  let vanishingConfidence = 0;
  if (vanishingPoint) {
    // Texture's short near-vertical segments converge on some point by chance more than they
    // agree on one angle (the point has two degrees of freedom, the angle one).
    const beyondChance = vanishingPoint.support - VANISHING_CHANCE_SHARE * plumbTotal;
    vanishingConfidence = hough.agreement * sureness(beyondChance);
    if (
      vanishingPoint.distance >= FAR_VANISHING &&
      vanishingConfidence > 0 &&
      beyondChance > support - CHANCE_SHARE * total
    ) {
      degrees = vanishingPoint.degrees;
      confidence = vanishingConfidence;
      fromVanishingPoint = true;
    } else if (Math.abs(vanishingPoint.degrees - degrees) <= AGREEING_DEGREES) {
      // A point nearer than FAR_VANISHING backs an angle read from plumb lines (a facade
      // seen from below: its central line, with the others converging on the point). An
      // angle read mostly from level lines it backs as possible, never as sure: the lines
      // fanning to a near point may be the side edges of goods lying flat, seen at a slant
      // (a sheet on a desk), whose point happens to lie along the askew sheet's own level
      // edges, and the lines agree by chance, not by the roll.
      const most =
        vanishingPoint.distance >= FAR_VANISHING || plumbSupport >= support - plumbSupport
          ? 1
          : CENTRE_ONLY_MOST;
      confidence = Math.max(confidence, Math.min(most, vanishingConfidence));
    }
  }
  // Sure needs evidence of the whole frame: lines that reach across it, and no much longer
  // line against them. Otherwise the lines may be goods lying askew (boxes in a bag, a sheet
  // on a desk), which the tip can only call possible. Read from a vanishing point, the
  // evidence is the plumb segments that converge on it.
  const spread = reach(
    fromVanishingPoint
      ? found.filter((s) => !s.horizontal && passesThrough(s, vanishingPoint!.point))
      : agreeing,
    width,
    height,
  );
  if (spread < SURE_SPREAD) confidence = Math.min(confidence, CENTRE_ONLY_MOST);
  // Plumb lines that converge surely on a point in another direction: the angle was read
  // from lines that lean by perspective (one outer slat of a chair seen from above, whose
  // others converge below the frame) or from goods and markings lying askew under posts that
  // stand otherwise (barriers on a pavement).
  const pointDisagrees =
    vanishingPoint !== undefined &&
    !fromVanishingPoint &&
    vanishingConfidence >= SURE_CONFIDENCE &&
    Math.abs(vanishingPoint.degrees - degrees) > pointTolerance(vanishingPoint.distance);
  if (pointDisagrees) confidence = Math.min(confidence, CENTRE_ONLY_MOST);
  // See `slantedSurface`.
  const slantedSurface =
    vanishingPoint !== undefined &&
    vanishingPoint.distance < FAR_VANISHING &&
    vanishingConfidence >= SURE_CONFIDENCE &&
    plumbSupport < support - plumbSupport;
  if (slantedSurface) confidence = Math.min(confidence, CENTRE_ONLY_MOST);
  if (
    !fromVanishingPoint &&
    longestAgainst >= LONG_AGAINST &&
    longestAgainst > LONG_AGAINST_RATIO * longestAgreeing
  ) {
    confidence = Math.min(confidence, CENTRE_ONLY_MOST);
  }
  return {
    degrees,
    confidence,
    longestLine: hough.longestLine,
    support,
    centreSupport,
    segments,
    agreement: hough.agreement,
    ...(vanishingPoint ? { vanishingPoint, pointDisagrees, slantedSurface } : {}),
    ...(receding ? { recedingSupport } : {}),
    spread,
    longestAgainst,
  };
}

/**
 * Least reach across the frame (see `spread`) of the agreeing segments for a sure angle: more
 * than half of it. Marketplaces ask for a product that fills 80 % of the frame; a box that
 * large, all of whose sides turn together, is read as the roll, while goods filling half the
 * frame or less may just lie askew. (The 12°-turned copies of the tune photos reach 0.66 to
 * 1; a rendered box filling 60 % of the frame, turned, reaches 0.62.)
 */
const SURE_SPREAD = 0.55;
/**
 * Share of the counted segments' length (see `spread`) that may lie beyond the reach at
 * either end: one short stray segment that happens to agree (a 5 %-long edge far below a
 * camera lying askew) does not stretch the reach of the lines that read the angle.
 */
const REACH_TRIM = 0.1;

/**
 * How far across the frame segments reach (see `spread`): the larger of their extent across
 * the width and down the height, each as a share of it, leaving out at each end segments
 * (the outermost first) that together hold at most {@link REACH_TRIM} of their length.
 */
function reach(segments: readonly LineSegment[], width: number, height: number): number {
  if (segments.length === 0) return 0;
  const weight = (s: LineSegment) => s.length / (s.horizontal ? width : height);
  const total = segments.reduce((sum, s) => sum + weight(s), 0);
  // The innermost bound at one end after leaving out the outermost segments within the trim.
  const bound = (key: (s: LineSegment) => number) => {
    const sorted = segments.slice().sort((a, b) => key(a) - key(b));
    let dropped = 0;
    for (const s of sorted) {
      dropped += weight(s);
      if (dropped > REACH_TRIM * total) return key(s);
    }
    return key(sorted[sorted.length - 1]!);
  };
  const across = -bound((s) => -Math.max(s.x0, s.x1)) - bound((s) => Math.min(s.x0, s.x1));
  const down = -bound((s) => -Math.max(s.y0, s.y1)) - bound((s) => Math.min(s.y0, s.y1));
  return Math.max(0, across / width, down / height);
}

/**
 * How far, in degrees, a vertical vanishing point `distance` frame heights from the centre may
 * point from the angle and still agree with it: {@link AGREEING_DEGREES}, plus the turn of its
 * direction that moving the principal point a tenth of the height off the centre (a crop) can
 * make.
 */
function pointTolerance(distance: number): number {
  return AGREEING_DEGREES + (Math.atan(0.1 / distance) * 180) / Math.PI;
}

/** See `longestAgainst`: a line across most of the frame, and well longer than any agreeing. */
const LONG_AGAINST = 0.6;
const LONG_AGAINST_RATIO = 1.5;

/**
 * Level segments converging on a near point recede (see `recedingSupport`) when their angles
 * spread over more than this many degrees: wider than the window of segments that agree on
 * one angle, so a parallel family, however long, is never a fan.
 */
const RECEDING_FAN_DEGREES = 2 * AGREEING_DEGREES;

/** Segments up to this many degrees off level or plumb are found (for the vanishing point). */
const VANISHING_SEGMENT_DEGREES = 40;
/** Fewest converging segments that make a vanishing point. */
const VANISHING_MIN_SEGMENTS = 3;
/** Share of all near-vertical segment length held against the length converging by chance. */
const VANISHING_CHANCE_SHARE = 0.3;
/**
 * Nearest, in frame heights from the centre, a vanishing point may lie for the roll to be read
 * from it. The roll is the direction of the point from the photo's principal point, taken as
 * the frame's centre; a crop moves it, and an offset of a tenth of the height turns the
 * direction of a point three heights away by under 2°. A nearer point only backs the Hough
 * angle when they agree, and surely only when the angle is read mostly from plumb lines; one
 * surely found makes an angle read mostly from level lines possible at most (a surface seen
 * at a steep slant).
 */
const FAR_VANISHING = 3;

/**
 * Distance, as a share of the frame's width, from the centre at which a near-vertical
 * segment's line weighs half. Perspective does not turn the plumb lines through the centre:
 * a camera pitched up at a building or down at a table makes plumb lines converge on a
 * vanishing point on the central column, so the farther a line passes from the centre, the
 * more it leans by perspective rather than by the camera's roll. (Horizontal lines are not
 * weighted so: a receding wall's vanishing point lies on the horizon, often inside the frame,
 * and all its lines, at every angle, then pass near the centre.)
 */
const CENTRE_REACH = 0.25;

/** Most confidence from the central plumb lines alone: under SURE_CONFIDENCE (a `warn` at most). */
const CENTRE_ONLY_MOST = SURE_CONFIDENCE - 0.05;

/** 1 for a segment whose line runs through the frame's centre, ½ at CENTRE_REACH, less beyond. */
function centreWeight(s: LineSegment, width: number, height: number): number {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  const length = Math.hypot(dx, dy);
  if (length === 0) return 0;
  const distance =
    Math.abs(((width - 1) / 2 - s.x0) * dy - ((height - 1) / 2 - s.y0) * dx) / length;
  const r = distance / (CENTRE_REACH * width);
  return 1 / (1 + r * r);
}

/** 0–1 from the agreeing length beyond chance: 0 up to SUPPORT_LOW, 1 from SUPPORT_HIGH. */
function sureness(beyondChance: number): number {
  return Math.min(1, Math.max(0, (beyondChance - SUPPORT_LOW) / (SUPPORT_HIGH - SUPPORT_LOW)));
}

/** Largest roll considered, in degrees; beyond it a slant is taken as meant. */
export const MAX_TILT_DEGREES = 15;
const STEP = 0.25;
/** Each edge votes for angles this close to its own gradient direction. */
const VOTE_SPREAD = 2;
/** Edge pixels this far off the traced line (px, across it) still count as on it. */
const TRACE_TOLERANCE = 2;
/** Gaps longer than this (px along the line) break a run. */
const MAX_GAP = 6;
/** Shortest run (share of the frame side) that counts towards a line's length. */
const MIN_RUN = 0.05;
/** Strongest offsets of each family traced at the winning angle. */
const TRACED_LINES = 24;

/** Per-pixel record of the voting edges, reused between calls of the same size. */
let codeMap: Uint16Array = new Uint16Array(0);
/**
 * The two Hough accumulators (about 1.2 MB each at the analysis size), kept between calls and
 * left all zero by each: only the bins a call voted into are cleared again, so no call pays
 * for allocating (zeroing, page faults, collection) or for clearing whole planes.
 */
let accHeld = new Float32Array(0);
let accVHeld = new Float32Array(0);
/** Per angle, the lowest and highest accumulator bin voted into (either family). */
let lowHeld = new Int32Array(0);
let highHeld = new Int32Array(0);

/**
 * The roll angle by a Hough vote: every thin edge pixel votes, for the angles within ±2° of
 * its own gradient direction, into a Hough accumulator of line offsets; the angle at which
 * the votes pile up into the fewest lines (the largest sum of squared bin counts, as in
 * projection-profile deskewing) wins, refined to a fraction of the 0.25° step. Horizontal
 * and vertical lines both turn by the roll, so both families vote for the same angle.
 * `agreement` is how far the winning angle's score stands above the median angle's (0–1).
 */
function houghTilt(gradients: Gradients, edges: EdgeMap, width: number, height: number): HoughTilt {
  const angles = Math.round((2 * MAX_TILT_DEGREES) / STEP) + 1;
  const diag = Math.ceil(Math.hypot(width, height)) + 2;
  // Offsets are binned to 1 px; two families (horizontal-ish, vertical-ish lines).
  const accLength = angles * diag * 2;
  if (accHeld.length < accLength) {
    accHeld = new Float32Array(accLength);
    accVHeld = new Float32Array(accLength);
  }
  if (lowHeld.length < angles) {
    lowHeld = new Int32Array(angles);
    highHeld = new Int32Array(angles);
  }
  const accH = accHeld;
  const accV = accVHeld;
  const low = lowHeld;
  const high = highHeld;
  // Empty ranges: no bin voted into yet.
  low.fill(0x7fffffff, 0, angles);
  high.fill(-1, 0, angles);
  const cos = new Float64Array(angles);
  const sin = new Float64Array(angles);
  for (let a = 0; a < angles; a++) {
    const t = ((-MAX_TILT_DEGREES + a * STEP) * Math.PI) / 180;
    cos[a] = Math.cos(t);
    sin[a] = Math.sin(t);
  }
  const { gx, gy, magnitude } = gradients;
  const spreadSteps = Math.round(VOTE_SPREAD / STEP);
  if (codeMap.length < width * height) codeMap = new Uint16Array(width * height);
  const code = codeMap;
  let votes = 0;
  for (let e = 0; e < edges.count; e++) {
    const bin = edges.bins[e]!;
    if (bin === 1 || bin === 3) continue;
    const i = edges.indices[e]!;
    const y = (i / width) | 0;
    const x = i - y * width;
    const dx = gx[i]!;
    const dy = gy[i]!;
    const horizontalLine = bin === 2;
    // A line turned clockwise by t has direction (cos t, sin t) when near horizontal and
    // (−sin t, cos t) when near vertical; its gradient is normal to it, either sign.
    const deg = (Math.atan(horizontalLine ? -dx / dy : dy / dx) * 180) / Math.PI;
    if (Math.abs(deg) > MAX_TILT_DEGREES + VOTE_SPREAD) continue;
    const centre = Math.round((deg + MAX_TILT_DEGREES) / STEP);
    // 1 + the angle step (offset so that the ±2° spread past the ends stays positive),
    // plus 512 for the near-vertical family.
    code[i] = 1 + centre + spreadSteps + (horizontalLine ? 0 : 512);
    const w = magnitude[i]!;
    const acc = horizontalLine ? accH : accV;
    for (
      let a = Math.max(0, centre - spreadSteps);
      a <= Math.min(angles - 1, centre + spreadSteps);
      a++
    ) {
      const rho = horizontalLine ? y * cos[a]! - x * sin[a]! : x * cos[a]! + y * sin[a]!;
      const r = Math.round(rho) + diag;
      acc[a * diag * 2 + r]! += w;
      if (r < low[a]!) low[a] = r;
      if (r > high[a]!) high[a] = r;
    }
    votes++;
  }
  if (votes < 50) {
    clearCodes(code, edges);
    clearVotes(accH, accV, low, high, angles, diag);
    return { degrees: 0, agreement: 0, longestLine: 0 };
  }
  const score = new Float64Array(angles);
  for (let a = 0; a < angles; a++) {
    // Bins outside [low, high] hold 0 and add exactly nothing to the sum.
    let s = 0;
    const base = a * diag * 2;
    for (let r = low[a]!, end = high[a]!; r <= end; r++) {
      const h = accH[base + r]!;
      const v = accV[base + r]!;
      s += h * h + v * v;
    }
    score[a] = s;
  }
  let best = 0;
  for (let a = 1; a < angles; a++) if (score[a]! > score[best]!) best = a;
  const sorted = score.slice().sort();
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const peak = score[best]!;
  const agreement = peak > 0 ? (peak - median) / peak : 0;
  let offset = 0;
  if (best > 0 && best < angles - 1) {
    const l = score[best - 1]!;
    const r = score[best + 1]!;
    const d = l - 2 * peak + r;
    if (d < 0) offset = (0.5 * (l - r)) / d;
  }
  const degrees = -MAX_TILT_DEGREES + (best + offset) * STEP;
  const refined = (degrees * Math.PI) / 180;
  const trace: Trace = {
    code,
    width,
    height,
    cos: cos[best]!,
    sin: sin[best]!,
    refinedCos: Math.cos(refined),
    refinedSin: Math.sin(refined),
    diag,
  };
  const wanted = 1 + best + spreadSteps;
  const longestLine = Math.max(
    longestRun(trace, accH.subarray(best * diag * 2, (best + 1) * diag * 2), wanted, true) / width,
    longestRun(trace, accV.subarray(best * diag * 2, (best + 1) * diag * 2), wanted, false) /
      height,
  );
  clearCodes(code, edges);
  clearVotes(accH, accV, low, high, angles, diag);
  return { degrees, agreement, longestLine };
}

interface Trace {
  readonly code: Uint16Array;
  readonly width: number;
  readonly height: number;
  readonly cos: number;
  readonly sin: number;
  /** The refined angle, along which lines are traced (the step's angle drifts off a line). */
  readonly refinedCos: number;
  readonly refinedSin: number;
  readonly diag: number;
}

/** Sets the bins voted into back to 0, leaving the held accumulators all zero. */
function clearVotes(
  accH: Float32Array,
  accV: Float32Array,
  low: Int32Array,
  high: Int32Array,
  angles: number,
  diag: number,
): void {
  for (let a = 0; a < angles; a++) {
    if (high[a]! < low[a]!) continue;
    const base = a * diag * 2;
    accH.fill(0, base + low[a]!, base + high[a]! + 1);
    accV.fill(0, base + low[a]!, base + high[a]! + 1);
  }
}

function clearCodes(code: Uint16Array, edges: EdgeMap): void {
  for (let e = 0; e < edges.count; e++) code[edges.indices[e]!] = 0;
}

/**
 * Length of the longest line, in px along it: the runs (of at least `MIN_RUN` of the side)
 * of edge pixels of the family, within the vote spread of the angle step `wanted`, along each
 * of the strongest offsets of one family's accumulator row.
 */
function longestRun(trace: Trace, row: Float32Array, wanted: number, horizontal: boolean): number {
  const { code, width, height, cos, sin, refinedCos, refinedSin, diag } = trace;
  const spread = Math.round(VOTE_SPREAD / STEP);
  const family = horizontal ? 0 : 512;
  // The strongest offsets: local maxima of the row summed over three bins (a line can split
  // over neighbouring bins), strongest first. Weight alone does not pick the line: a faint
  // table edge weighs less than a printed label, so many are traced.
  const peaks: number[] = [];
  const summed = (r: number) => row[r - 1]! + row[r]! + row[r + 1]!;
  for (let r = 2; r < row.length - 2; r++) {
    const v = summed(r);
    if (v > 0 && v >= summed(r - 1) && v > summed(r + 1)) peaks.push(r);
  }
  peaks.sort((p, q) => summed(q) - summed(p));
  let longest = 0;
  for (const top of peaks.slice(0, TRACED_LINES)) {
    const rho = top - diag;
    const along = horizontal ? width : height;
    const across = horizontal ? height : width;
    // Where the line crosses the middle of the frame, at the step's angle; traced from there
    // at the refined angle. Horizontal family: rho = y cos − x sin; vertical: x cos + y sin.
    const mid = along / 2;
    const cross = horizontal ? (rho + mid * sin) / cos : (rho - mid * sin) / cos;
    const slope = horizontal ? refinedSin / refinedCos : -refinedSin / refinedCos;
    // Runs shorter than this are texture; longer ones on the same line add up (a table edge
    // broken by the product standing in front of it is still one line).
    const minRun = MIN_RUN * along;
    let total = 0;
    let gap = 0;
    let start = -1;
    let last = -1;
    for (let s = 0; s <= along; s++) {
      let hit = false;
      if (s < along) {
        const c = Math.round(cross + (s - mid) * slope);
        for (let d = -TRACE_TOLERANCE; d <= TRACE_TOLERANCE && !hit; d++) {
          const t = c + d;
          if (t < 0 || t >= across) continue;
          const v = code[horizontal ? t * width + s : s * width + t]!;
          if (v === 0) continue;
          const f = v >= 512 ? 512 : 0;
          hit = f === family && Math.abs(v - f - wanted) <= spread;
        }
      }
      if (hit) {
        if (start < 0) start = s;
        last = s;
        gap = 0;
      } else if (start >= 0 && (++gap > MAX_GAP || s === along)) {
        const run = last - start + 1;
        if (run >= minRun) total += run;
        start = -1;
        gap = 0;
      }
    }
    if (total > longest) longest = total;
  }
  return longest;
}
