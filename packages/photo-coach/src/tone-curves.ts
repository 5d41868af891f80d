import { histogramPercentile } from './luma-histogram.js';
import type { PhotoReport } from './photo-report.js';
import { SURE_CONFIDENCE } from './photo-report.js';
import type { PixelImage } from './pixel-image.js';
import { SRGB_TO_LINEAR, linearToSrgb } from './srgb.js';

/** Median luma a too-dark photo is lifted to, and a too-bright one brought down to. */
const DARK_TARGET = 110;
const BRIGHT_TARGET = 160;
/** Where the 99.5th luma percentile lands after levels: just under white, so little clips. */
const WHITE_TARGET = 248;

/**
 * Share of the tint corrected when the light's colour was guessed from the whole scene: a
 * real cast is reduced, and a photo of orange fruit, read as warm light, is not made grey.
 */
const SCENE_CORRECTION = 0.5;

/**
 * White balance as three lookup tables (sRGB in → sRGB out): each channel's linear light is
 * divided by the estimated light colour (green stays put), or by its square root
 * ({@link SCENE_CORRECTION}) when that colour was guessed from the scene rather than read off
 * a backdrop. `null` when `color-cast` is good.
 */
export function whiteBalanceCurves(report: PhotoReport): Uint8ClampedArray[] | null {
  const cast = report.checks.find((c) => c.id === 'color-cast');
  const m = report.measurements;
  if (!m || !cast || cast.verdict === 'good') return null;
  const share = m.illuminantReference === 'scene' ? SCENE_CORRECTION : 1;
  return [0, 1, 2].map((c) => {
    const gain = m.illuminant[c]! ** -share;
    const lut = new Uint8ClampedArray(256);
    for (let v = 0; v < 256; v++)
      lut[v] = Math.round(255 * linearToSrgb(SRGB_TO_LINEAR[v]! * gain));
    return lut;
  });
}

/**
 * Levels as one lookup table for all channels, from the luma of the pixels to fix (after
 * white balance): lifted blacks are pulled to 0 and grey highlights stretched to near white
 * (the 0.5th and 99.5th percentiles), then a gamma moves the median to a normal level when
 * the photo was too dark or too bright. `null` when `exposure` and `contrast` are both good.
 *
 * Only what the report is sure of is corrected: an exposure reading under
 * `SURE_CONFIDENCE` (a dark photo that may be low key on purpose: `good`, not sure) moves no
 * brightness. Then a contrast fix alone stretches the blacks and highlights and a gamma puts
 * the median back where it was, so a moody photo gets its contrast and keeps its mood.
 */
export function levelsCurve(report: PhotoReport, image: PixelImage): Uint8ClampedArray | null {
  const exposure = report.checks.find((c) => c.id === 'exposure');
  const contrast = report.checks.find((c) => c.id === 'contrast');
  const exposureSure = (exposure?.confidence ?? 1) >= SURE_CONFIDENCE;
  const fixExposure = exposureSure && (exposure?.verdict === 'bad' || exposure?.verdict === 'warn');
  if (!fixExposure && contrast?.verdict === 'good') return null;
  const hist = new Uint32Array(256);
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    hist[Math.round(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!)]!++;
  }
  const low = histogramPercentile(hist, 0.005);
  const high = histogramPercentile(hist, 0.995);
  const black = low > 6 ? Math.min(low, 80) : 0;
  const white = high < WHITE_TARGET ? Math.max(high, black + 40) : 255;
  const top = white < 255 ? WHITE_TARGET : 255;
  const median = histogramPercentile(hist, 0.5);
  const mid = Math.min(254, Math.max(1, ((median - black) / (white - black)) * top));
  const ev = exposure?.value ?? 0;
  let gamma = 1;
  if (!exposureSure) {
    // Keep the median's level: the stretch alone would move it, and the gamma undoes that.
    const keep = Math.min(254, Math.max(1, median));
    gamma = Math.min(2.2, Math.max(0.45, Math.log(keep / 255) / Math.log(mid / 255)));
  } else if (ev < -0.6 && mid < DARK_TARGET) {
    gamma = Math.max(0.45, Math.log(DARK_TARGET / 255) / Math.log(mid / 255));
  } else if (ev > 0.6 && mid > BRIGHT_TARGET) {
    gamma = Math.min(2.2, Math.log(BRIGHT_TARGET / 255) / Math.log(mid / 255));
  }
  if (black === 0 && white === 255 && gamma === 1) return null;
  const lut = new Uint8ClampedArray(256);
  for (let v = 0; v < 256; v++) {
    const x = Math.min(1, Math.max(0, (v - black) / (white - black)));
    lut[v] = Math.round(255 * ((x * top) / 255) ** gamma);
  }
  // A channel clipped at the sensor's white (254–255) stays clipped rather than capped at
  // WHITE_TARGET: capped, a blown cream label became a flat, unclipped 248 that the colour
  // check then read as a neutral surface under warm light, and the fixed photo was told to
  // change its lamp. Over the white point below that the cap stays: stretched on towards
  // 255, those channels would blow out.
  if (top < 255) {
    lut[254] = Math.max(lut[254]!, 254);
    lut[255] = 255;
  }
  return lut;
}
