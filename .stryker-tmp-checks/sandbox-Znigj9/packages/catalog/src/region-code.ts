/** Matches a province (`33`) or kabupaten/kota (`33.72`) code. */
// @ts-nocheck

export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2})?$/;

/** `"3372"` → `"33.72"`; trims; leaves anything else as it is. */
export function normalizeRegionCode(code: string): string {
  const trimmed = code.trim();
  return /^\d{4}$/.test(trimmed) ? `${trimmed.slice(0, 2)}.${trimmed.slice(2)}` : trimmed;
}
