// @ts-nocheck
import { normalizeRegionCode } from './region-code.js';
import { PROVINCE_ROWS, REGENCY_ROWS } from './regions.generated.js';

export { REGION_CODE_PATTERN, normalizeRegionCode } from './region-code.js';

/** A region of Indonesia: a province ("33") or a kabupaten/kota ("33.72"), by Kemendagri code. */
export interface RegionInfo {
  /** Kemendagri code: two digits for a province, `PP.KK` for a kabupaten/kota. */
  readonly code: string;
  /** Official name, e.g. "Kota Surakarta". */
  readonly name: string;
  readonly level: 'provinsi' | 'kabupaten-kota';
  /** The province's code (the code itself for a province). */
  readonly provinceCode: string;
}

function toInfo([code, name]: readonly [string, string]): RegionInfo {
  return {
    code,
    name,
    level: code.length === 2 ? 'provinsi' : 'kabupaten-kota',
    provinceCode: code.slice(0, 2),
  };
}

/** All 38 provinces, in code order. */
export const PROVINCES: readonly RegionInfo[] = /* @__PURE__ */ PROVINCE_ROWS.map(toInfo);
/** All kabupaten and kota, in code order. */
export const KABUPATEN_KOTA: readonly RegionInfo[] = /* @__PURE__ */ REGENCY_ROWS.map(toInfo);

let byCode: Map<string, RegionInfo> | undefined;

/**
 * Finds a province or kabupaten/kota by its Kemendagri code. Accepts the dotted code
 * (`"33.72"`) and the undotted form spreadsheets often hold (`"3372"`).
 */
export function findRegion(code: string): RegionInfo | undefined {
  byCode ??= new Map([...PROVINCES, ...KABUPATEN_KOTA].map((r) => [r.code, r]));
  return byCode.get(normalizeRegionCode(code));
}

/** The kabupaten/kota of one province. */
export function kabupatenKotaOf(provinceCode: string): RegionInfo[] {
  return KABUPATEN_KOTA.filter((r) => r.provinceCode === provinceCode);
}
