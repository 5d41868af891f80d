// @ts-nocheck
// Kept apart from guide-frame.ts so that a page can know the cues and the frame size
// without loading the analysis (which runs in the Worker).
import type { LocalizedText } from './localized-text.js';
import type { SubjectBox } from './photo-report.js';

/**
 * What a seller framing a shot should change first, in the order it matters: a photo that is
 * too dark or shaken cannot be saved by a good composition, while a small tilt can be fixed
 * afterwards. `ready` when nothing needs changing.
 */
export const FRAME_CUES = [
  'dark',
  'bright',
  'blurry',
  'tilted',
  'small',
  'off-centre',
  'ready',
] as const;

/** One of {@link FRAME_CUES}. */
export type FrameCue = (typeof FRAME_CUES)[number];

/** Live guidance for one camera frame. */
export interface FrameGuidance {
  readonly cue: FrameCue;
  /** A few words to show over the viewfinder. */
  readonly message: LocalizedText;
  /** Camera roll in degrees (positive: the scene is turned clockwise), 0 when unsure. */
  readonly tiltDegrees: number;
  /** Where the product seems to be, in pixels of the frame. */
  readonly subject: SubjectBox;
  /** The frame's score (0–100), as the full analysis would give. */
  readonly score: number;
}

/** Long side a camera frame is analysed at: small enough for 10+ frames a second. */
export const GUIDE_FRAME_SIDE = 480;
