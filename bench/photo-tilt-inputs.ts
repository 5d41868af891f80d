// The tilt estimator's inputs for one photo, made as analyzePixels makes them: the working copy
// (long side 1024 px), its blurred Scharr gradients and thin edges. Shared by the tilt tools.
import type { PixelImage } from '../packages/photo-coach/src/index.js';
import { makeWorkingImage } from '../packages/photo-coach/src/index.js';
import { REBLUR_SIGMA } from '../packages/photo-coach/src/estimate-blur.js';
import { estimateNoise } from '../packages/photo-coach/src/estimate-noise.js';
import { findEdges, type EdgeMap } from '../packages/photo-coach/src/find-edges.js';
import type { Gradients } from '../packages/photo-coach/src/scharr-gradients.js';
import { softGradients } from '../packages/photo-coach/src/soft-gradients.js';
import { DEFECTS } from './photo-defects.js';

/** What `estimateTilt` reads a photo from. */
export interface TiltInputs {
  readonly gradients: Gradients;
  readonly edges: EdgeMap;
  readonly width: number;
  readonly height: number;
}

/** The working planes `estimateTilt` is called with inside `analyzePixels`. */
export function tiltInputs(image: PixelImage): TiltInputs {
  const { width, height, luma } = makeWorkingImage(image, 1024);
  const gradients = softGradients(luma, width, height, REBLUR_SIGMA);
  const noiseSigma = estimateNoise(luma, width, height).sigma;
  return { gradients, edges: findEdges(gradients, width, height, { noiseSigma }), width, height };
}

const TILT = DEFECTS.find((d) => d.check === 'tilt')!;

/** A real photo turned `degrees` clockwise as the bench's tilt defect turns it (cropped upright). */
export function turnedPhoto(image: PixelImage, degrees: number): PixelImage {
  return degrees === 0 ? image : TILT.apply({ name: '', image, half: 'tune' }, degrees).image;
}
