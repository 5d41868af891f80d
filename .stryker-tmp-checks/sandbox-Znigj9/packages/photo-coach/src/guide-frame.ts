// @ts-nocheck
import { analyzePixels } from './analyze-pixels.js';
import { FRAME_CUES, GUIDE_FRAME_SIDE } from './frame-guidance.js';
import type { FrameCue, FrameGuidance } from './frame-guidance.js';
import type { LocalizedText } from './localized-text.js';
import type { CheckId, PhotoReport } from './photo-report.js';
import type { PixelImage } from './pixel-image.js';

/**
 * A live frame is judged more leniently than a taken photo: small wobbles of a hand-held
 * phone would otherwise make the cue flicker, and what the shutter takes is analysed fully.
 * A cue is raised only for a `bad` verdict, except darkness, which a phone screen hides.
 */
const RAISE_ON: Readonly<Record<Exclude<FrameCue, 'ready'>, CheckId>> = {
  dark: 'exposure',
  bright: 'exposure',
  blurry: 'sharpness',
  tilted: 'tilt',
  small: 'subject-size',
  'off-centre': 'centering',
};

const MESSAGES: Readonly<Record<FrameCue, (tilt: number) => LocalizedText>> = {
  dark: () => ({ id: 'Terlalu gelap — cari cahaya terang', en: 'Too dark — find more light' }),
  bright: () => ({
    id: 'Terlalu terang — hindari sinar langsung',
    en: 'Too bright — avoid direct sun',
  }),
  blurry: () => ({ id: 'Buram — tahan HP diam', en: 'Blurry — hold the phone still' }),
  tilted: (tilt) => ({
    id: `Miring ${Math.round(Math.abs(tilt))}° — luruskan HP`,
    en: `Tilted ${Math.round(Math.abs(tilt))}° — hold the phone level`,
  }),
  small: () => ({
    id: 'Produk terlalu kecil — dekatkan HP',
    en: 'Product too small — move closer',
  }),
  'off-centre': () => ({
    id: 'Geser produk ke tengah',
    en: 'Move the product to the centre',
  }),
  ready: () => ({ id: 'Bagus! Tekan tombol foto', en: 'Looks good! Take the photo' }),
};

/** The guidance a report gives, without analysing again. */
export function guidanceFromReport(report: PhotoReport): FrameGuidance {
  const check = (id: CheckId) => report.checks.find((c) => c.id === id);
  const exposure = check('exposure');
  const tilt = check('tilt')?.value ?? 0;
  let cue: FrameCue = 'ready';
  for (const candidate of FRAME_CUES) {
    if (candidate === 'ready') break;
    const c = check(RAISE_ON[candidate]);
    if (!c) continue;
    if (candidate === 'dark' || candidate === 'bright') {
      const dark = c.value < 0;
      if ((candidate === 'dark') !== dark) continue;
      // Darkness is raised at `warn` already: a phone screen turned up bright hides it.
      if (c.verdict === 'bad' || (dark && c.verdict === 'warn')) {
        cue = candidate;
        break;
      }
      continue;
    }
    if (c.verdict === 'bad') {
      cue = candidate;
      break;
    }
  }
  // A one-colour frame (lens covered, pointing at a wall) reads as "ready" on every other
  // check: say what is wrong instead.
  if (report.problem?.code === 'blank' && cue === 'ready')
    cue = exposure && exposure.value < -0.3 ? 'dark' : 'small';
  return {
    cue,
    message: MESSAGES[cue](tilt),
    tiltDegrees: tilt,
    subject: report.subject,
    score: report.score,
  };
}

/**
 * Analyses one camera frame for live guidance: the full analysis at
 * {@link GUIDE_FRAME_SIDE} (a few milliseconds), reduced to the one thing to change first.
 */
export function guideFrame(image: PixelImage): FrameGuidance {
  return guidanceFromReport(analyzePixels(image, { analysisSize: GUIDE_FRAME_SIDE }));
}
