import { SCENE_CONFIDENCE } from '../estimate-illuminant.js';
import type { LocalizedText } from '../localized-text.js';
import type { Check, IlluminantReference } from '../photo-report.js';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { rateGraded } from './rate-value.js';

/**
 * Judges the light's tint from the illuminant's `ln(R/G)` and `ln(B/G)`: the value is the
 * tint’s strength in percent (100 × the length of that vector), good up to 14 %, bad from
 * 26 %. The tip names the likely light: warm (yellow bulbs), cool (shade, blue sky), green
 * (fluorescent tubes) or magenta.
 *
 * Read off a plain backdrop or a neutral surface of at least 5 % of the frame (confidence
 * ≥ 0.5), the tint is the light's and is judged. Guessed from the whole `scene`, or from a
 * smaller surface, it may be the goods' own colour (on the bench's clean photos without
 * either, most read above 14 %: orange petals, red fruit, a cat on a brown sofa), so nothing
 * is held against the photo: the verdict is `good` with that low `confidence` (its severity
 * scaled down, to {@link UNSURE_SHARE} for a guess from the scene, so a stronger tint still
 * scores a little lower). The tip mentions the tint, gently (asking the seller to compare
 * with the product; `possibleProblem` is then set), only from 26 %, where a sure check would
 * say bad; between 14 and 26 % it says that nothing in the frame shows the light's colour.
 *
 * The severity grows with the tint from 0 (see rateGraded), so of two copies of a photo the
 * warmer one scores lower even when both are called good.
 *
 * @param confidence How much the photo shows the light's colour (see IlluminantEstimate);
 *   default 1 for a backdrop or surface, SCENE_CONFIDENCE for the scene.
 */
export function checkColorCast(
  logRatios: readonly [number, number],
  reference: IlluminantReference,
  confidence: number = reference === 'scene' ? SCENE_CONFIDENCE : 1,
): Check {
  const [lr, lb] = logRatios;
  const value = 100 * Math.hypot(lr, lb);
  const rating = rateGraded(value, 14, 26);
  const sure = confidence >= SURE_CONFIDENCE;
  if (!sure) {
    // Nothing neutral enough shows the light: the tint may be the goods' own colour. Only a
    // tint a sure check would call bad is mentioned (gently: compare with the product); a
    // milder one is what orange, red or brown goods read by themselves (on the bench's tune
    // half: a mention from 14 % flagged 8 of 28 clean photos, from 26 % 4 of 28).
    const tip =
      rating.verdict === 'bad'
        ? SCENE_TIPS[tintOf(lr, lb)]
        : rating.verdict === 'good'
          ? NEUTRAL
          : CANNOT_TELL;
    // A share of the points: a stronger tint still scores a little lower. The share grows
    // with the confidence up to the full points at SURE_CONFIDENCE, so a warmer copy of a
    // photo that hides part of the small surface the original showed (its confidence drops
    // just under sure) still scores below the original.
    const share = Math.max(UNSURE_SHARE, (confidence / SURE_CONFIDENCE) ** 2);
    const severity = unsureSeverity(value, rating.severity) * share;
    const check: Check = { id: 'color-cast', value, verdict: 'good', severity, confidence, tip };
    return rating.verdict === 'bad' ? { ...check, possibleProblem: true } : check;
  }
  if (rating.verdict === 'good') return { id: 'color-cast', value, ...rating, tip: NEUTRAL };
  return { id: 'color-cast', value, ...rating, tip: BACKDROP_TIPS[tintOf(lr, lb)] };
}

/**
 * Least share of a tint's severity held against the photo when the check is not sure (a
 * guess from the scene: at most 4.5 of the score's 100 points, weight 15); it grows as the
 * square of the confidence towards the full severity at SURE_CONFIDENCE.
 */
export const UNSURE_SHARE = 0.3;

/**
 * Severity of a tint the check is not sure of: as sure past `bad` (26 %) it would reach 1 at
 * 38 %, but the goods' own colours read 40–90 % (orange petals, a brown sofa), so it keeps
 * rising there, slowly, towards 1: a warmer copy of an orange photo still scores lower.
 */
function unsureSeverity(value: number, graded: number): number {
  if (value <= 26) return graded;
  return 0.5 + 0.5 * (1 - Math.exp(-(value - 26) / 24));
}

type Tint = 'warm' | 'cool' | 'green' | 'magenta';

function tintOf(lr: number, lb: number): Tint {
  const warmth = lr - lb;
  const green = -(lr + lb) / 2;
  if (Math.abs(green) > Math.abs(warmth) / 2) return green > 0 ? 'green' : 'magenta';
  return warmth > 0 ? 'warm' : 'cool';
}

const NEUTRAL: LocalizedText = { id: 'Warna sudah netral.', en: 'Colours look neutral.' };

/** A mild tint with nothing neutral to read the light off: the check cannot tell. */
const CANNOT_TELL: LocalizedText = {
  id: 'Tidak ada benda putih atau abu-abu yang jelas di foto untuk menilai warna cahaya.',
  en: 'Nothing clearly white or grey in the photo shows the colour of the light.',
};

/** A backdrop or a neutral surface shows the tint: it is the light's. */
const BACKDROP_TIPS: Record<Tint, LocalizedText> = {
  green: {
    id: 'Warna kehijauan dari lampu neon: matikan lampu dan foto di dekat jendela pada siang hari.',
    en: 'A green tint from fluorescent tubes: switch them off and shoot near a window in daylight.',
  },
  magenta: {
    id: 'Warna keunguan: hindari lampu warna-warni, foto dengan cahaya siang dari jendela.',
    en: 'A magenta tint: avoid coloured lights, and shoot in daylight from a window.',
  },
  warm: {
    id: 'Warna kekuningan dari lampu rumah: matikan lampu kuning dan foto di dekat jendela pada siang hari.',
    en: 'A yellow tint from indoor bulbs: switch off warm lights and shoot near a window in daylight.',
  },
  cool: {
    id: 'Warna kebiruan: jangan memotret di tempat teduh atau di bawah langit mendung langsung; foto di dekat jendela yang terang.',
    en: 'A blue tint: don’t shoot in open shade or under an overcast sky; shoot near a bright window.',
  },
};

/** Nothing neutral enough in the frame to tell the light from the goods' own colour. */
const SCENE_TIPS: Record<Tint, LocalizedText> = {
  green: {
    id: 'Foto tampak kehijauan. Jika warna asli produk tidak sehijau itu, matikan lampu neon dan foto di dekat jendela pada siang hari.',
    en: 'The photo looks greenish. If the product is not really that green, switch off fluorescent tubes and shoot near a window in daylight.',
  },
  magenta: {
    id: 'Foto tampak keunguan. Jika warna asli produk tidak seungu itu, hindari lampu warna-warni dan foto dengan cahaya siang dari jendela.',
    en: 'The photo looks purplish. If the product is not really that purple, avoid coloured lights and shoot in daylight from a window.',
  },
  warm: {
    id: 'Foto tampak kekuningan. Jika warna asli produk tidak sekuning itu, matikan lampu kuning dan foto di dekat jendela pada siang hari.',
    en: 'The photo looks yellowish. If the product is not really that yellow, switch off warm lights and shoot near a window in daylight.',
  },
  cool: {
    id: 'Foto tampak kebiruan. Jika warna asli produk tidak sebiru itu, jangan memotret di tempat teduh; foto di dekat jendela yang terang.',
    en: 'The photo looks bluish. If the product is not really that blue, don’t shoot in open shade; shoot near a bright window.',
  },
};
