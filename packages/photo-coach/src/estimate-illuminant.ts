import type { BackgroundEstimate } from './estimate-background.js';
import type { NeutralSurface } from './find-neutral-surface.js';
import type { WorkingImage } from './make-working-image.js';
import type { IlluminantReference } from './photo-report.js';
import { SRGB_TO_LINEAR } from './srgb.js';
import { addToStats, GREY_NORM as P, workingStats } from './working-stats.js';
import type { WorkingStats } from './working-stats.js';

/** The colour of the light, as the photo suggests it. */
export interface IlluminantEstimate {
  /** Linear-light RGB of the light, normalised so green is 1. */
  readonly rgb: readonly [number, number, number];
  /** `ln(R/G)` and `ln(B/G)` of the light: 0, 0 is neutral daylight as the camera saw it. */
  readonly logRatios: readonly [number, number];
  /** What the estimate rests on. */
  readonly reference: IlluminantReference;
  /**
   * How much the photo shows the light's colour, 0–1 (see `Check.confidence`): 1 on a
   * backdrop, by the surface's size on a neutral surface, {@link SCENE_CONFIDENCE} on the scene.
   */
  readonly confidence: number;
}

/** The confidence of a tint guessed from the whole scene. */
export const SCENE_CONFIDENCE = 0.2;
/** A neutral surface covering this share of the frame makes the estimate sure (confidence 1). */
export const SURE_SURFACE_SHARE = 0.1;
/** A surface's tint (length of its log-ratio vector) from which the scene's edges must agree. */
const MIN_CHECKED_TINT = 0.1;
/**
 * Least share of a neutral surface's tint that the scene's edges (grey edge), projected on
 * the surface's tint, must show for the surface to be trusted. A tinted light tints the edges
 * too, so on a cast copy this share grows towards 1 as the cast grows; on a coloured surface
 * in daylight it stays low. Chosen on the bench's tune half: the clean photos whose light
 * "surface" is not grey (a tint of 14 % or more) read 0.25 and less (a dog's cream fur 0.11,
 * a pale blue wall −1.03, pale sky 0.18 and 0.25, a floor under books −0.02); their warm
 * copies (R×1.16, B×0.84) with a surface 0.47 and more (a desk 0.52, the floor under books
 * 0.47, the rest 0.70–1.33). It was 0.6 when clean photos read up to 0.52 (see
 * bench/photo-coach-notes.md, fourth pass). Since the surface finder admits stronger tints the
 * floor's warm copy reads 0.44 and is doubted; 0.35 would keep it, but would trust the package
 * test's cream plate in a busy room (0.43).
 */
export const EDGE_AGREEMENT = 0.45;
/**
 * Largest distance (length of the difference of the log-ratio vectors) between a neutral
 * surface's tint and the scene's grey-edge tint for the surface to be read at all (beyond it,
 * the light is guessed from the scene, as when no surface shows). A light tints both alike,
 * so this distance does not change with the light: it says how far the surface is from what
 * the scene's edges call grey, whatever the cast. Grey edge is itself off by up to about 0.3
 * on the bench's clean photos (kiwi's edges read 0.32 over a white backdrop reading 0.09),
 * and the surfaces that are not grey lie further: on the tune half, the pale wood and
 * cardboard of toy-shelf 0.43–0.45 (a warm scene whose edges read 0.46 and agree with them),
 * which the surface finder's wider tint limit (1, was 0.5) would otherwise flag. 0.4 drops it
 * and keeps the warm copies there whose surface the edges agree with (the furthest,
 * books-floor 0.32–0.34 and dog-bicycle's pale wall 0.38–0.39); the margin is small. The
 * report half's pale skies lie at 0.67 and more.
 */
export const MAX_EDGE_DISTANCE = 0.4;
/**
 * Least tint (length of the log-ratio vector) a white backdrop blown in some channels must
 * show in the others to be read as a bound on the light: a backdrop blown in every channel
 * (255, 255, 255) shows nothing of the light's colour, and one a few levels under in a
 * channel (JPEG, vignetting) not much more.
 */
const MIN_CLIPPED_TINT = 0.05;
/** Confidence of a surface the scene's edges do not agree with: not sure. */
const DOUBTED_CONFIDENCE = 0.3;

/**
 * Estimates the light's colour. With a neutral `surface` (see findNeutralSurface) and no
 * plain backdrop, the surface's own tint is the light's (white patch); its confidence is its
 * share of the frame against {@link SURE_SURFACE_SHARE} (at least 0.3), and at most 0.3 when
 * the edges of the whole scene do not lean the same way ({@link EDGE_AGREEMENT}). A surface
 * whose tint lies further than {@link MAX_EDGE_DISTANCE} from what the edges call grey is not
 * read at all: it is coloured whatever the light. With a plain, bright,
 * nearly neutral backdrop, shades of grey (the p-norm of each channel in linear light, p = 6,
 * over pixels that are neither clipped nor near black) blended half-and-half with the
 * backdrop's colour: a product is usually shot on white or grey paper, which shows the
 * light's colour most directly. A plain white backdrop blown in one or two channels but not
 * all (a warm light on white paper: red clipped, blue a little under) is read alone, as a
 * lower bound on the light's tint (see {@link MIN_CLIPPED_TINT}), unless a neutral surface
 * reads a stronger one; blown in every channel it shows nothing of the light. With neither, the whole scene by grey edge (see
 * {@link greyEdge}), a guess with confidence {@link SCENE_CONFIDENCE}.
 *
 * @param stats The statistics gathered while the working copy was made (see
 *   makeWorkingImage); computed here when not given.
 * @param candidate A neutral surface found in the frame (see findNeutralSurface), if any.
 */
export function estimateIlluminant(
  work: WorkingImage,
  background: BackgroundEstimate,
  stats?: WorkingStats,
  candidate?: NeutralSurface,
): IlluminantEstimate {
  let grey = stats;
  if (!grey) {
    grey = workingStats();
    addToStats(grey, work, 0, work.r.length);
  }
  let e: [number, number, number] =
    grey.greyCount > 0
      ? [grey.greyR ** (1 / P), grey.greyG ** (1 / P), grey.greyB ** (1 / P)]
      : [1, 1, 1];
  const [cr, cg, cb] = background.color;
  const bgLin = [SRGB_TO_LINEAR[cr]!, SRGB_TO_LINEAR[cg]!, SRGB_TO_LINEAR[cb]!];
  const bgLuma = 0.299 * cr + 0.587 * cg + 0.114 * cb;
  let reference: IlluminantReference = 'scene';
  const plain = background.plain;
  const bgRatio = [Math.log(bgLin[0]! / bgLin[1]!), Math.log(bgLin[2]! / bgLin[1]!)];
  const bgTint = Math.hypot(bgRatio[0]!, bgRatio[1]!);
  const top = Math.max(cr, cg, cb);
  // A plain, bright, nearly neutral backdrop not blown in any channel shows the light: no
  // surface is read then, so the edges are not needed for one.
  const litBackdrop = plain && bgLuma > 110 && top < 254 && bgTint < 0.6;
  // The scene's edges, read once, when there is a surface to check against them (and again
  // below, as the guess from the scene, when nothing else shows the light).
  const edges = candidate && !litBackdrop ? greyEdge(work) : undefined;
  const er = edges ? Math.log(edges[0] / edges[1]) : 0;
  const eb = edges ? Math.log(edges[2] / edges[1]) : 0;
  // A surface further from what the edges call grey than MAX_EDGE_DISTANCE is coloured
  // whatever the light (pale wood, cardboard, a blue sky): it shows nothing of the light.
  const surface =
    candidate &&
    !(
      edges &&
      Math.hypot(candidate.logRatios[0] - er, candidate.logRatios[1] - eb) > MAX_EDGE_DISTANCE
    )
      ? candidate
      : undefined;
  const surfaceTint = surface ? Math.hypot(surface.logRatios[0], surface.logRatios[1]) : 0;
  if (
    plain &&
    bgLuma > 110 &&
    top >= 254 &&
    bgTint >= MIN_CLIPPED_TINT &&
    bgTint < 0.6 &&
    bgTint >= surfaceTint
  ) {
    // A white backdrop blown in one or two channels only: the clipped channels were at least
    // this bright, so the light is at least as tinted as the rest read (a lower bound). The
    // scene is not blended in: it would pull the bound towards the goods' own colour. A
    // neutral surface reading a stronger tint (white canvas on a shoe) is read instead.
    return {
      rgb: [bgLin[0]! / bgLin[1]!, 1, bgLin[2]! / bgLin[1]!],
      logRatios: [bgRatio[0]!, bgRatio[1]!],
      reference: 'backdrop',
      confidence: 1,
    };
  }
  if (litBackdrop) {
    const s = e[1] > 0 ? e[1] : 1;
    e = [
      Math.sqrt((e[0] / s) * (bgLin[0]! / bgLin[1]!)),
      1,
      Math.sqrt((e[2] / s) * (bgLin[2]! / bgLin[1]!)),
    ];
    reference = 'backdrop';
  }
  if (reference === 'scene' && surface) {
    const [lr, lb] = surface.logRatios;
    let confidence = Math.min(1, Math.max(0.3, surface.share / SURE_SURFACE_SHARE));
    const tint2 = lr * lr + lb * lb;
    // A tinted light tints the edges of the whole scene too: when they do not lean the same
    // way, the "neutral" surface is more likely coloured (cream, pale fur, pale sky).
    const agreement = edges ? (er * lr + eb * lb) / tint2 : 0;
    if (tint2 >= MIN_CHECKED_TINT ** 2 && agreement < EDGE_AGREEMENT) {
      confidence = Math.min(confidence, DOUBTED_CONFIDENCE);
    }
    return {
      rgb: [Math.exp(lr), 1, Math.exp(lb)],
      logRatios: [lr, lb],
      reference: 'surface',
      confidence,
    };
  }
  if (reference === 'scene') e = (candidate ? edges : greyEdge(work)) ?? e;
  const gNorm = e[1] > 0 ? e[1] : 1;
  const rgb: [number, number, number] = [e[0] / gNorm, 1, e[2] / gNorm];
  const confidence = reference === 'backdrop' ? 1 : SCENE_CONFIDENCE;
  return { rgb, logRatios: [Math.log(rgb[0]), Math.log(rgb[2])], reference, confidence };
}

/** Minkowski norm of grey edge: the strongest edges count most, as in shades of grey. */
const EDGE_NORM = 6;

/**
 * The light's colour by grey edge (van de Weijer, Gevers & Gijsenij 2007): the p-norm (p =
 * {@link EDGE_NORM}) of each channel's gradient in linear light. Edges between surfaces of
 * different colours average out to grey more often than the surfaces themselves do, so a
 * frame full of orange goods reads less orange than by shades of grey: on the bench's clean
 * real photos the median tint read is 8 % (tune half) and 14 % (report half), against 11 and
 * 23 % by shades of grey, and a warm cast strengthens the tint read on 48 of the 50 photos
 * (shades of grey: 44); see bench/photo-coach-notes.md.
 * Forward differences at every second pixel of every second row; where a channel is clipped
 * (≥ 250) the pixel is skipped.
 * `undefined` when the frame has no edge at all.
 */
export function greyEdge(work: WorkingImage): [number, number, number] | undefined {
  const { width, height, r, g, b } = work;
  const L = SRGB_TO_LINEAR;
  let sr = 0;
  let sg = 0;
  let sb = 0;
  for (let y = 0; y < height - 1; y += 2) {
    for (let i = y * width, end = i + width - 1; i < end; i += 2) {
      const right = i + 1;
      const down = i + width;
      const r0 = r[i]!;
      const g0 = g[i]!;
      const b0 = b[i]!;
      const r1 = r[right]!;
      const g1 = g[right]!;
      const b1 = b[right]!;
      const r2 = r[down]!;
      const g2 = g[down]!;
      const b2 = b[down]!;
      // A clipped highlight's edge has the clip's colour, not the light's.
      if (Math.max(r0, g0, b0, r1, g1, b1, r2, g2, b2) >= 250) continue;
      const lr = L[(r0 + 0.5) | 0]!;
      const lg = L[(g0 + 0.5) | 0]!;
      const lb = L[(b0 + 0.5) | 0]!;
      const rx = L[(r1 + 0.5) | 0]! - lr;
      const ry = L[(r2 + 0.5) | 0]! - lr;
      const gx = L[(g1 + 0.5) | 0]! - lg;
      const gy = L[(g2 + 0.5) | 0]! - lg;
      const bx = L[(b1 + 0.5) | 0]! - lb;
      const by = L[(b2 + 0.5) | 0]! - lb;
      // |∇|^6 = (|∇|²)³: no power function per pixel.
      const mr = rx * rx + ry * ry;
      const mg = gx * gx + gy * gy;
      const mb = bx * bx + by * by;
      sr += mr * mr * mr;
      sg += mg * mg * mg;
      sb += mb * mb * mb;
    }
  }
  if (!(sr > 0 && sg > 0 && sb > 0)) return undefined;
  const p = 1 / EDGE_NORM;
  return [sr ** p, sg ** p, sb ** p];
}
