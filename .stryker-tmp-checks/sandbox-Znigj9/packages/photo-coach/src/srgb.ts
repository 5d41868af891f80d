/**
 * sRGB ↔ linear light. Exposure and white balance are physical (they scale light), so they
 * are measured and corrected in linear light; everything else works on the encoded values.
 */
// @ts-nocheck


/** Linear light (0–1) of each 8-bit sRGB code value. */
export const SRGB_TO_LINEAR: Float32Array = (() => {
  const lut = new Float32Array(256);
  for (let i = 0; i < 256; i++) lut[i] = srgbToLinear(i / 255);
  return lut;
})();

/** Linear light (0–1) of an sRGB value (0–1), by the IEC 61966-2-1 curve. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** sRGB value (0–1) of linear light (0–1), clamped to the range. */
export function linearToSrgb(v: number): number {
  if (v <= 0) return 0;
  if (v >= 1) return 1;
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
}
