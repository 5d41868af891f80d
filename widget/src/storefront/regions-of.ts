import { findRegion } from '@etalase/catalog';
import type { Catalog, RegionInfo } from '@etalase/catalog';

/**
 * The provinces and kabupaten/kota a catalog's products come from (product origin, else the
 * seller's region), ordered province first then its kabupaten/kota, for the area filter.
 */
export function regionsOf(catalog: Catalog): RegionInfo[] {
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const codes = new Set<string>();
  for (const product of catalog.products) {
    const code = product.origin?.code ?? sellers.get(product.sellerId)?.region?.code;
    if (!code) continue;
    codes.add(code.slice(0, 2));
    if (code.length > 2) codes.add(code);
  }
  return [...codes]
    .sort()
    .map((code) => findRegion(code))
    .filter((r): r is RegionInfo => r !== undefined);
}
