export { analyzePixels } from './analyze-pixels.js';
export type { AnalyzeOptions } from './analyze-pixels.js';
export { CHECK_WEIGHTS, scorePhoto } from './score-photo.js';
export type { PhotoScore } from './score-photo.js';
export { CHECK_IDS, SURE_CONFIDENCE } from './photo-report.js';
export type {
  Check,
  CheckId,
  IlluminantReference,
  PhotoMeasurements,
  PhotoProblem,
  PhotoReport,
  PhotoTip,
  SubjectBox,
  Verdict,
} from './photo-report.js';
export { fixChecked, fixPixels } from './fix-pixels.js';
export type { CheckedFix, FixSteps, FixWindow } from './fix-pixels.js';
export { DEFAULT_PRESET, MARKETPLACE_PRESETS, outputSide } from './marketplace-presets.js';
export type { MarketplacePreset, MarketplacePresetId } from './marketplace-presets.js';
export type { LocalizedText } from './localized-text.js';
export type { PixelImage } from './pixel-image.js';
export { assertPixelImage } from './pixel-image.js';
export { grayscale } from './grayscale.js';
export { varianceOfLaplacian } from './variance-of-laplacian.js';
export { lumaHistogram, histogramPercentile } from './luma-histogram.js';
export { makeWorkingImage } from './make-working-image.js';
export type { WorkingImage } from './make-working-image.js';
export { resizeLanczos } from './resize-lanczos.js';
export { downscaleBox } from './downscale-box.js';
export { estimateTilt } from './estimate-tilt.js';
export type { TiltEstimate } from './estimate-tilt.js';
export { estimateBlur } from './estimate-blur.js';
export type { BlurEstimate } from './estimate-blur.js';
export { guideFrame, guidanceFromReport } from './guide-frame.js';
export { FRAME_CUES, GUIDE_FRAME_SIDE } from './frame-guidance.js';
export type { FrameCue, FrameGuidance } from './frame-guidance.js';
