import type { Product } from './product.js';
import type { CertificationKind } from './produce.js';
import { quantityUnitOf } from './product-quantity.js';
import { findRegion } from './region.js';

/** UN/CEFACT common codes (what schema.org `unitCode` takes) of units sellers write. */
const UNIT_CODES: Readonly<Record<string, string>> = {
  kg: 'KGM',
  kilo: 'KGM',
  kilogram: 'KGM',
  g: 'GRM',
  gr: 'GRM',
  gram: 'GRM',
  ons: 'HGM',
  ton: 'TNE',
  l: 'LTR',
  liter: 'LTR',
  litre: 'LTR',
  ml: 'MLT',
  ekor: 'H87',
  buah: 'H87',
  biji: 'H87',
  butir: 'H87',
  pcs: 'H87',
  pc: 'H87',
  lembar: 'H87',
  potong: 'H87',
  bungkus: 'H87',
  pack: 'H87',
  botol: 'H87',
  toples: 'H87',
  ikat: 'H87',
  sisir: 'H87',
};

/**
 * The UN/CEFACT code of a product's unit (`per kg` → `KGM`, `per ekor` → `H87`, piece), or
 * `undefined` for a pack size (`per 250 g`) or a unit without a code.
 */
export function unitCodeOf(unit: string | undefined): string | undefined {
  const { label, pack } = quantityUnitOf(unit);
  return pack ? undefined : UNIT_CODES[label.toLowerCase()];
}

/** A quantity of a product's unit as schema.org `QuantitativeValue`. */
export interface JsonLdQuantity {
  readonly '@type': 'QuantitativeValue';
  readonly minValue: number;
  readonly unitCode?: string;
  readonly unitText?: string;
}

/** A certificate as schema.org `Certification`. */
export interface JsonLdCertification {
  readonly '@type': 'Certification';
  readonly name: string;
  readonly certificationIdentification: string;
}

/** A region a seller delivers to, as schema.org `AdministrativeArea`. */
export interface JsonLdArea {
  readonly '@type': 'AdministrativeArea';
  readonly name: string;
  readonly identifier: string;
}

const CERTIFICATE_NAMES: Readonly<Record<CertificationKind, string>> = {
  halal: 'Halal',
  pirt: 'P-IRT',
  bpom: 'BPOM',
  organik: 'Organik',
  sni: 'SNI',
};

/** `minValue` of the product's unit. */
export function quantityJsonLd(minValue: number, product: Product): JsonLdQuantity {
  const code = unitCodeOf(product.unit);
  return {
    '@type': 'QuantitativeValue',
    minValue,
    ...(code ? { unitCode: code } : {}),
    ...(product.unit ? { unitText: product.unit } : {}),
  };
}

/** The product's certificates, with their numbers as printed. */
export function certificationsJsonLd(product: Product): JsonLdCertification[] {
  return (product.certifications ?? []).map((c) => ({
    '@type': 'Certification',
    name: CERTIFICATE_NAMES[c.kind],
    certificationIdentification: c.number,
  }));
}

/** The regions the seller delivers this product to. */
export function deliveryAreasJsonLd(product: Product): JsonLdArea[] {
  return (product.deliveryAreas ?? []).flatMap((code) => {
    const region = findRegion(code);
    return region ? [{ '@type': 'AdministrativeArea', name: region.name, identifier: code }] : [];
  });
}
