import { analysisPlanes } from './analysis-planes.js';
import { checkAspect } from './checks/check-aspect.js';
import { checkBackground } from './checks/check-background.js';
import { checkCentering } from './checks/check-centering.js';
import { checkColorCast } from './checks/check-color-cast.js';
import { checkContrast } from './checks/check-contrast.js';
import { checkExposure } from './checks/check-exposure.js';
import { checkNoise } from './checks/check-noise.js';
import { checkResolution } from './checks/check-resolution.js';
import { checkSharpness } from './checks/check-sharpness.js';
import { checkSubjectSize } from './checks/check-subject-size.js';
import { checkTilt } from './checks/check-tilt.js';
import { estimateBackground } from './estimate-background.js';
import type { BackgroundEstimate } from './estimate-background.js';
import { estimateBlur, REBLUR_SIGMA } from './estimate-blur.js';
import { estimateIlluminant } from './estimate-illuminant.js';
import { estimateNoise } from './estimate-noise.js';
import { estimateTilt } from './estimate-tilt.js';
import { findEdges } from './find-edges.js';
import { findNeutralSurface } from './find-neutral-surface.js';
import type { Box } from './locate-subject.js';
import { backdropThreshold2, locateSubject, matchesBackdropBorders } from './locate-subject.js';
import { histogramPercentile, maxChannelHistogram } from './luma-histogram.js';
import { makeWorkingImage, workingSize } from './make-working-image.js';
import type { WorkingImage } from './make-working-image.js';
import { DEFAULT_PRESET, MARKETPLACE_PRESETS } from './marketplace-presets.js';
import type { MarketplacePreset, MarketplacePresetId } from './marketplace-presets.js';
import type { Check, PhotoProblem, PhotoReport } from './photo-report.js';
import { CHECK_IDS } from './photo-report.js';
import type { PixelImage } from './pixel-image.js';
import { assertPixelImage } from './pixel-image.js';
import { scharrMagnitudeAt } from './scharr-gradients.js';
import { scorePhoto } from './score-photo.js';
import { softGradients } from './soft-gradients.js';
import { statsHistogram, sumQuad, workingStats } from './working-stats.js';

/** Options for {@link analyzePixels}. */
export interface AnalyzeOptions {
  /** Whose rules to check against: a preset or its id. Default `semua` (all marketplaces). */
  readonly preset?: MarketplacePreset | MarketplacePresetId;
  /** Long side of the downscaled copy the checks read. Default 1024. */
  readonly analysisSize?: number;
  /**
   * For profiling: called after each stage of the analysis with its name and the
   * milliseconds it took (benchmarks show where the time goes in Node, a page, a Worker).
   */
  readonly onStage?: (stage: string, milliseconds: number) => void;
}

// The host's clock. Every runtime this package runs in has it, but its type-check has no DOM
// or Node types, so only what is used is declared.
declare const performance: { now(): number };

/** Below this many pixels a side there is too little to measure anything but size. */
const MIN_SIDE = 16;

/**
 * Analyses a photo's pixels: runs every check in {@link CHECK_IDS}, locates the product,
 * scores the photo and picks the three tips that would help most. Pure and synchronous; reads
 * a downscaled copy (long side about 1024) so a 12-megapixel photo takes tens of
 * milliseconds and memory stays bounded by that copy. The working planes (about 21 MB for a
 * 12-megapixel photo) are reused by the next call of the same size for a few seconds after
 * the last call (see {@link analysisPlanes}).
 *
 * Bad photos are data, not errors: an empty (0×0), tiny or one-colour image gets a report
 * with `problem` set and low scores. It throws a `TypeError` only for programmer errors: data
 * that is not a Uint8ClampedArray of `width × height × 4` bytes.
 */
export function analyzePixels(image: PixelImage, options: AnalyzeOptions = {}): PhotoReport {
  assertPixelImage(image);
  const preset =
    typeof options.preset === 'string'
      ? (MARKETPLACE_PRESETS[options.preset] ?? DEFAULT_PRESET)
      : (options.preset ?? DEFAULT_PRESET);
  const { width, height } = image;
  if (width === 0 || height === 0) {
    return unmeasurable(image, preset, {
      code: 'empty',
      message: {
        id: 'Foto kosong atau gagal dibaca: ambil atau pilih foto lagi.',
        en: 'The photo is empty or could not be read: take or choose it again.',
      },
    });
  }
  if (Math.min(width, height) < MIN_SIDE) {
    return unmeasurable(image, preset, {
      code: 'too-small',
      message: {
        id: `Foto hanya ${width}×${height} piksel, terlalu kecil untuk dinilai: pakai foto asli dari kamera.`,
        en: `The photo is only ${width}×${height} pixels, too small to judge: use the original from the camera.`,
      },
    });
  }

  const analysisSize = options.analysisSize ?? 1024;
  const onStage = options.onStage;
  let clock = onStage ? performance.now() : 0;
  const lap = (stage: string) => {
    if (!onStage) return;
    const now = performance.now();
    onStage(stage, now - clock);
    clock = now;
  };
  const size = workingSize(width, height, analysisSize);
  const planes = analysisPlanes(size.width * size.height);
  lap('analysisPlanes');
  // The statistics over every pixel (the light's colour, the luma histogram) are gathered
  // while the working copy is made, from rows still in the CPU cache.
  const stats = workingStats();
  const work = makeWorkingImage(image, analysisSize, planes, stats);
  const histogram = statsHistogram(stats);
  lap('makeWorkingImage');
  const { width: w, height: h, luma, scale } = work;
  const longAt1024 = 1024 / Math.max(w, h);

  const noise = estimateNoise(luma, w, h);
  lap('estimateNoise');
  const soft = softGradients(luma, w, h, REBLUR_SIGMA, {
    gx: planes.gx,
    gy: planes.gy,
    magnitude: planes.soft,
  });
  lap('softGradients (blur + Scharr)');
  const edges = findEdges(soft, w, h, { noiseSigma: noise.sigma });
  lap('findEdges');
  const background = estimateBackground(work, noise.sigma);
  lap('estimateBackground');
  const subject = locateSubject(work, background);
  lap('locateSubject');
  const box = subject.box;
  const grown = growBox(box, 0.05, w, h);
  // On the product's own edges: the box, not the grown one, whose margin often holds a
  // blurred background (a bird before out-of-focus branches, a bottle before a soft room).
  const blur = estimateBlur(luma, soft, edges, w, h, subject.method === 'none' ? undefined : box);
  lap('estimateBlur');
  const tilt = estimateTilt(soft, edges, w, h);
  lap('estimateTilt');
  const illuminant = estimateIlluminant(
    work,
    background,
    stats,
    findNeutralSurface(work, noise.sigma),
  );
  lap('estimateIlluminant');
  const tones = toneStats(
    work,
    histogram,
    subject.method === 'none' ? box : grown,
    subject.method === 'backdrop' ? background : undefined,
  );
  lap('toneStats');
  const edgeDensity = backgroundEdgeDensity(luma, w, h, grown, Math.max(8, 3 * noise.sigma));
  lap('edgeDensity');

  const fill = Math.max(box.width / w, box.height / h);
  const touches =
    (box.x <= 1 && box.x + box.width >= w - 1) || (box.y <= 1 && box.y + box.height >= h - 1);
  const offset = Math.max(
    Math.abs((box.x + box.width / 2) / w - 0.5),
    Math.abs((box.y + box.height / 2) / h - 0.5),
  );

  const checks: Check[] = [
    checkResolution(width, height, preset),
    checkAspect(width, height, preset),
    checkExposure({
      high: tones.peak,
      subjectMedian: tones.subjectMedian,
      clippedHighlights: tones.clippedHighlights,
      clippedShadows: tones.clippedShadows,
      lightBackdrop: isLightBackdrop(background),
    }),
    checkContrast(tones.subjectLow, tones.subjectHigh),
    checkSharpness(blur.sigma * longAt1024),
    checkNoise(noise.sigma),
    checkColorCast(illuminant.logRatios, illuminant.reference, illuminant.confidence),
    checkBackground(
      {
        edgeDensity,
        coverage: background.coverage,
        transitions: background.transitions,
        color: background.color,
      },
      preset,
    ),
    checkSubjectSize(fill, touches, preset),
    checkCentering(subject.method === 'none' ? 0 : offset),
    checkTilt(tilt.degrees, tilt.confidence),
  ];
  const blank = tones.p99 - tones.p1 < 3;
  const { score, fineScore, tips } = scorePhoto(checks);
  return {
    score,
    fineScore,
    checks,
    subject: {
      x: box.x * scale,
      y: box.y * scale,
      width: Math.min(width - box.x * scale, box.width * scale),
      height: Math.min(height - box.y * scale, box.height * scale),
    },
    tips,
    ...(blank
      ? {
          problem: {
            code: 'blank',
            message: {
              id: 'Foto tampak polos satu warna: pastikan lensa tidak tertutup dan produk terlihat.',
              en: 'The photo is one flat colour: make sure the lens is uncovered and the product is in view.',
            },
          } satisfies PhotoProblem,
        }
      : {}),
    measurements: {
      background: background.color,
      illuminant: illuminant.rgb,
      illuminantReference: illuminant.reference,
      luma: { low: tones.p05, median: tones.p50, high: tones.high },
      noiseSigma: noise.sigma * scale,
      tiltDegrees: tilt.degrees,
      tiltConfidence: tilt.confidence,
      subjectMethod: subject.method,
      analysisScale: scale,
    },
  };
}

function growBox(box: Box, by: number, w: number, h: number): Box {
  const dx = box.width * by;
  const dy = box.height * by;
  const x = Math.max(0, box.x - dx);
  const y = Math.max(0, box.y - dy);
  return {
    x,
    y,
    width: Math.min(w, box.x + box.width + dx) - x,
    height: Math.min(h, box.y + box.height + dy) - y,
  };
}

interface ToneStats {
  p05: number;
  p1: number;
  p50: number;
  p99: number;
  high: number;
  /** 99.5th percentile of the frame's brightest channel (see maxChannelHistogram). */
  peak: number;
  subjectMedian: number;
  subjectLow: number;
  subjectHigh: number;
  clippedHighlights: number;
  clippedShadows: number;
}

/**
 * Percentiles of the whole photo's luma (from `all`, the histogram of every working pixel)
 * and, inside `box`, of the subject's, with its clipped highlights and crushed shadows. With
 * a plain `backdrop`, a clipped pixel in the box that matches the backdrop is not counted as
 * blown: the box around a product on white holds much of the white, and a white backdrop at
 * full brightness is what marketplaces ask for.
 */
function toneStats(
  work: WorkingImage,
  all: Uint32Array,
  box: Box,
  backdrop?: BackgroundEstimate,
): ToneStats {
  const { width, r, g, b, luma } = work;
  const t2 = backdrop ? backdropThreshold2(backdrop) : 0;
  let blown = 0;
  let crushed = 0;
  // The box's rows and columns, clamped to the plane.
  const x0 = Math.min(width, Math.max(0, Math.floor(box.x)));
  const x1 = Math.max(x0, Math.min(width, Math.ceil(box.x + box.width)));
  const y0 = Math.min(work.height, Math.max(0, Math.floor(box.y)));
  const y1 = Math.max(y0, Math.min(work.height, Math.ceil(box.y + box.height)));
  const boxQuad = new Uint32Array(1024);
  // The product's own pixels: those in the box that are not the plain backdrop.
  const productQuad = new Uint32Array(1024);
  let productCount = 0;
  // Without a plain backdrop, clipped areas reaching the border are sky or a window, up to a
  // point: past MAX_BLOWN_SKY of the frame the whole photo is too bright. With a backdrop they
  // are the backdrop (matched below), and a blown product touching it is the product's.
  const open = backdrop ? undefined : clippedFromBorder(work);
  for (let y = y0; y < y1; y++) {
    for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
      const l = luma[i]!;
      const bin = (((l + 0.5) | 0) << 2) | (i & 3);
      boxQuad[bin]!++;
      const pr = r[i]!;
      const pg = g[i]!;
      const pb = b[i]!;
      if (l <= 4) crushed++;
      const clipped = pr >= 250 || pg >= 250 || pb >= 250;
      // The product's histogram is sampled on even rows and columns: a quarter of the
      // backdrop comparisons, the same median within a level.
      const sampled = ((i - y * width) & 1) === 0 && (y & 1) === 0;
      if (!clipped && !sampled) continue;
      const isBackdrop =
        backdrop !== undefined &&
        matchesBackdropBorders(backdrop, t2, i - y * width, y, pr, pg, pb);
      if (sampled && !isBackdrop) {
        productQuad[bin]!++;
        productCount++;
      }
      if (clipped && !isBackdrop && !(open && open[i] === 1)) blown++;
    }
  }
  const boxCount = (x1 - x0) * (y1 - y0);
  const inBox = sumQuad(boxQuad);
  // With a backdrop, the product's median: the box round a product on white holds much of
  // the white, which read as a bright product (a bowl of sweets on white: +1.3 EV).
  const product = backdrop && productCount >= (0.05 * boxCount) / 4 ? sumQuad(productQuad) : inBox;
  return {
    p05: histogramPercentile(all, 0.005),
    p1: histogramPercentile(all, 0.01),
    p50: histogramPercentile(all, 0.5),
    p99: histogramPercentile(all, 0.99),
    high: histogramPercentile(all, 0.995),
    peak: histogramPercentile(maxChannelHistogram(r, g, b), 0.995),
    subjectMedian: histogramPercentile(product, 0.5),
    subjectLow: histogramPercentile(inBox, 0.01),
    subjectHigh: histogramPercentile(inBox, 0.99),
    clippedHighlights: boxCount > 0 ? blown / boxCount : 0,
    clippedShadows: boxCount > 0 ? crushed / boxCount : 0,
  };
}

/**
 * Largest share of the frame that clipped pixels joined to its border may cover and still be
 * a blown sky or window rather than an overexposed photo. On the bench's tune half, clean
 * photos have at most 5 % (report half: 17 %, a pagoda against a white sky), and one stop
 * over most have 16–60 %.
 */
const MAX_BLOWN_SKY = 0.15;

/**
 * Pixels with a clipped channel (≥ 250) joined to the frame's border through other clipped
 * pixels (4-neighbours), marked 1: a blown sky, window or white wall behind the product. They
 * are the background's highlights, not the product's. `undefined` when no border pixel is
 * clipped (most photos), so nothing is allocated, and when they cover more than
 * {@link MAX_BLOWN_SKY} of the frame (then they count as blown).
 */
function clippedFromBorder(work: WorkingImage): Uint8Array | undefined {
  const { width, height, r, g, b } = work;
  const clipped = (i: number) => r[i]! >= 250 || g[i]! >= 250 || b[i]! >= 250;
  const queue: number[] = [];
  const seed = (i: number) => {
    if (clipped(i)) queue.push(i);
  };
  for (let x = 0; x < width; x++) {
    seed(x);
    seed((height - 1) * width + x);
  }
  for (let y = 1; y < height - 1; y++) {
    seed(y * width);
    seed(y * width + width - 1);
  }
  if (queue.length === 0) return undefined;
  const mark = new Uint8Array(width * height);
  const limit = MAX_BLOWN_SKY * width * height;
  for (const i of queue) mark[i] = 1;
  for (let k = 0; k < queue.length; k++) {
    const i = queue[k]!;
    const x = i % width;
    const next = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
    for (const j of next) {
      if (j < 0 || j >= mark.length || mark[j] === 1 || !clipped(j)) continue;
      mark[j] = 1;
      queue.push(j);
    }
    if (queue.length > limit) return undefined;
  }
  return mark;
}

/**
 * Whether the border shows a plain, light, nearly neutral backdrop (paper, cloth, a wall):
 * what a photo meant to be bright is taken on. One stop and a half under, white paper still
 * reads about 160, so the bar is low.
 */
function isLightBackdrop(background: BackgroundEstimate): boolean {
  const [cr, cg, cb] = background.color;
  const luma = 0.299 * cr + 0.587 * cg + 0.114 * cb;
  return background.plain && luma >= 100 && Math.max(cr, cg, cb) - Math.min(cr, cg, cb) <= 40;
}

/** Share of pixels outside the (grown) subject box whose gradient is a clear edge. */
function backgroundEdgeDensity(
  luma: Float32Array,
  w: number,
  h: number,
  box: Box,
  threshold: number,
): number {
  let edges = 0;
  let total = 0;
  const x0 = box.x;
  const x1 = box.x + box.width;
  const y0 = box.y;
  const y1 = box.y + box.height;
  // Rows crossing the box skip its columns: from the first odd column at or past its right side.
  const after = 1 + 2 * Math.ceil((x1 - 1) / 2);
  for (let y = 1; y < h - 1; y += 2) {
    const inRows = y >= y0 && y < y1;
    const row = y * w;
    let x = 1;
    if (inRows) {
      for (; x < w - 1 && x < x0; x += 2) {
        total++;
        if (scharrMagnitudeAt(luma, w, row + x) > threshold) edges++;
      }
      if (x < after) x = after;
    }
    for (; x < w - 1; x += 2) {
      total++;
      if (scharrMagnitudeAt(luma, w, row + x) > threshold) edges++;
    }
  }
  return total > 0 ? edges / total : 0;
}

/** A report for an image too small (or empty) to measure: only its size is judged. */
function unmeasurable(
  image: PixelImage,
  preset: MarketplacePreset,
  problem: PhotoProblem,
): PhotoReport {
  const { width, height } = image;
  const checks: Check[] = CHECK_IDS.map((id) => {
    if (id === 'resolution') return checkResolution(width, height, preset);
    if (id === 'aspect') return checkAspect(width, height, preset);
    return { id, verdict: 'bad', value: 0, severity: 1, tip: problem.message };
  });
  // Nothing a buyer could look at: the score is 0 whatever the size checks say.
  const { tips } = scorePhoto(checks);
  return {
    score: 0,
    fineScore: 0,
    checks,
    subject: { x: 0, y: 0, width, height },
    tips: tips
      .filter((t) => t.check === 'resolution')
      .concat(tips.filter((t) => t.check !== 'resolution'))
      .slice(0, 3),
    problem,
  };
}
