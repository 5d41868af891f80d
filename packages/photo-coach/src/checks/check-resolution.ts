import type { MarketplacePreset } from '../marketplace-presets.js';
import type { Check } from '../photo-report.js';

/**
 * Judges the short side (what a square crop can keep) against the preset: `bad` below its
 * minimum (the marketplace refuses the photo), `warn` below its recommended side (zoom
 * suffers), `good` otherwise. Without preset figures, 600 px (the largest known minimum) and
 * 1024 px are used.
 */
export function checkResolution(width: number, height: number, preset: MarketplacePreset): Check {
  const short = Math.min(width, height);
  const min = preset.minSide ?? 600;
  const recommended = Math.max(min, preset.recommendedSide ?? 1024);
  if (short < min) {
    return {
      id: 'resolution',
      verdict: 'bad',
      value: short,
      severity: Math.min(1, 0.6 + (0.4 * (min - short)) / min),
      tip: {
        id: `Foto terlalu kecil (${short} px, minimal ${min} px): pakai kamera belakang HP dengan resolusi penuh, jangan kirim lewat chat yang mengecilkan foto.`,
        en: `Photo too small (${short} px, at least ${min} px): use the phone's main camera at full resolution, and don't send it through a chat app that shrinks photos.`,
      },
    };
  }
  if (short < recommended) {
    return {
      id: 'resolution',
      verdict: 'warn',
      value: short,
      severity: (0.3 * (recommended - short)) / recommended,
      tip: {
        id: `Resolusi pas-pasan (${short} px, disarankan ${recommended} px): foto dengan resolusi penuh agar pembeli bisa memperbesar detail.`,
        en: `Resolution is borderline (${short} px, ${recommended} px recommended): shoot at full resolution so buyers can zoom into details.`,
      },
    };
  }
  return {
    id: 'resolution',
    verdict: 'good',
    value: short,
    severity: 0,
    tip: { id: 'Resolusi cukup besar.', en: 'Resolution is high enough.' },
  };
}
