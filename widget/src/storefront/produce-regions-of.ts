// Loaded lazily with the regions table, like regions-of.ts: only when the filters are open.
import { findRegion, kabupatenKotaOf } from '@etalase/catalog';
import type { Catalog, RegionInfo } from '@etalase/catalog';

/** The areas the produce filters offer: where products can be picked up, and delivered. */
export interface ProduceAreas {
  /** Kabupaten/kota with a pickup point, by name. */
  readonly pickup: readonly RegionInfo[];
  /** Kabupaten/kota some seller delivers to (a province counts as each of its own), by name. */
  readonly delivery: readonly RegionInfo[];
}

function byName(a: RegionInfo, b: RegionInfo): number {
  return a.name.localeCompare(b.name, 'id');
}

/** The pickup and delivery areas of a catalog's products. */
export function produceAreasOf(catalog: Catalog): ProduceAreas {
  const pickup = new Map<string, RegionInfo>();
  const delivery = new Map<string, RegionInfo>();
  for (const product of catalog.products) {
    for (const point of product.pickup ?? []) {
      const region = findRegion(point.region.code);
      if (region) pickup.set(region.code, region);
    }
    for (const code of product.deliveryAreas ?? []) {
      const region = findRegion(code);
      if (!region) continue;
      const areas = region.level === 'provinsi' ? kabupatenKotaOf(region.code) : [region];
      for (const area of areas) delivery.set(area.code, area);
    }
  }
  return {
    pickup: [...pickup.values()].sort(byName),
    delivery: [...delivery.values()].sort(byName),
  };
}

/** The kabupaten/kota a product is delivered to, a province counting as each of its own. */
export function deliveryChoices(codes: readonly string[]): RegionInfo[] {
  const choices = new Map<string, RegionInfo>();
  for (const code of codes) {
    const region = findRegion(code);
    if (!region) continue;
    for (const area of region.level === 'provinsi' ? kabupatenKotaOf(region.code) : [region]) {
      choices.set(area.code, area);
    }
  }
  return [...choices.values()].sort(byName);
}
