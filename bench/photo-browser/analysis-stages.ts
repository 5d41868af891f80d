// The stages of analyzePixels, run one by one with a clock around each, so a benchmark can
// show where the time goes in each place it runs (Node, a page, a Worker). It mirrors the
// pipeline in analyze-pixels.ts (the two small helpers at its end are copied, not exported
// there); the total is checked against analyzePixels by the benchmark, which prints both.
import { analysisPlanes } from '../../packages/photo-coach/src/analysis-planes.js';
import { estimateBackground } from '../../packages/photo-coach/src/estimate-background.js';
import { estimateBlur, REBLUR_SIGMA } from '../../packages/photo-coach/src/estimate-blur.js';
import { estimateIlluminant } from '../../packages/photo-coach/src/estimate-illuminant.js';
import { estimateNoise } from '../../packages/photo-coach/src/estimate-noise.js';
import { estimateTilt } from '../../packages/photo-coach/src/estimate-tilt.js';
import { findEdges } from '../../packages/photo-coach/src/find-edges.js';
import { locateSubject } from '../../packages/photo-coach/src/locate-subject.js';
import type { Box } from '../../packages/photo-coach/src/locate-subject.js';
import {
  makeWorkingImage,
  workingSize,
} from '../../packages/photo-coach/src/make-working-image.js';
import type { WorkingImage } from '../../packages/photo-coach/src/make-working-image.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';
import { scharrMagnitudeAt } from '../../packages/photo-coach/src/scharr-gradients.js';
import { softGradients } from '../../packages/photo-coach/src/soft-gradients.js';

/** Milliseconds per stage, in pipeline order. */
export type StageTimings = Record<string, number>;

/** Runs the analysis pipeline on `image` stage by stage and returns each stage's time. */
export function timeStages(image: PixelImage): StageTimings {
  const times: StageTimings = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };
  const size = workingSize(image.width, image.height, 1024);
  const planes = analysisPlanes(size.width * size.height);
  lap('analysisPlanes');
  const work = makeWorkingImage(image, 1024, planes);
  lap('makeWorkingImage');
  const { width: w, height: h, luma } = work;
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
  const background = estimateBackground(work);
  lap('estimateBackground');
  const subject = locateSubject(work, background);
  lap('locateSubject');
  const grown = growBox(subject.box, 0.05, w, h);
  const sharp = planes.sharp;
  for (let e = 0; e < edges.count; e++) {
    const i = edges.indices[e]!;
    sharp[i] = scharrMagnitudeAt(luma, w, i);
  }
  estimateBlur(sharp, soft.magnitude, edges, w, subject.method === 'none' ? undefined : grown);
  lap('estimateBlur');
  estimateTilt(soft, edges, w, h);
  lap('estimateTilt');
  estimateIlluminant(work, background);
  lap('estimateIlluminant');
  toneHistograms(work);
  lap('toneStats');
  backgroundEdgeDensity(luma, w, h, grown, Math.max(8, 3 * noise.sigma));
  lap('edgeDensity');
  return times;
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

/** The pass over every working pixel that analyzePixels' toneStats makes (whole frame). */
function toneHistograms(work: WorkingImage): number {
  const { luma, r, g, b } = work;
  const all = new Uint32Array(256);
  let blown = 0;
  for (let i = 0; i < luma.length; i++) {
    const l = luma[i]!;
    all[(l + 0.5) | 0]!++;
    if (r[i]! >= 250 || g[i]! >= 250 || b[i]! >= 250) blown++;
  }
  return blown + all[128]!;
}

function backgroundEdgeDensity(
  luma: Float32Array,
  w: number,
  h: number,
  box: Box,
  threshold: number,
): number {
  let edges = 0;
  let total = 0;
  for (let y = 1; y < h - 1; y += 2) {
    const inRows = y >= box.y && y < box.y + box.height;
    for (let x = 1; x < w - 1; x += 2) {
      if (inRows && x >= box.x && x < box.x + box.width) continue;
      total++;
      if (scharrMagnitudeAt(luma, w, y * w + x) > threshold) edges++;
    }
  }
  return total > 0 ? edges / total : 0;
}
