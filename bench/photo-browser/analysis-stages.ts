// The stages of analyzePixels with the time each took, through its `onStage` hook, so a
// benchmark can show where the time goes in each place it runs (Node, a page, a Worker).
import { analyzePixels } from '../../packages/photo-coach/src/analyze-pixels.js';
import type { PixelImage } from '../../packages/photo-coach/src/pixel-image.js';

/** Milliseconds per stage, in pipeline order. */
export type StageTimings = Record<string, number>;

/** Analyses `image` once and returns each stage's time. */
export function timeStages(image: PixelImage): StageTimings {
  const times: StageTimings = {};
  analyzePixels(image, {
    onStage: (stage, milliseconds) => {
      times[stage] = milliseconds;
    },
  });
  return times;
}
