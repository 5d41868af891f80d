import { z } from './zod.js';
import { findRegion } from './region.js';
import { normalizeRegionCode } from './region-code.js';
import { DateString, Region, RegionCode, Rupiah, Text, describe } from './schema-primitives.js';

/** Certificates a food or farm product may carry, in the order a storefront lists them. */
export const CERTIFICATION_KINDS = ['halal', 'pirt', 'bpom', 'organik', 'sni'] as const;

/** One of {@link CERTIFICATION_KINDS}. */
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/**
 * A quantity in the product's unit (`2.5` kg, `3` ekor): positive, at most a million, with at
 * most three decimals (a gram of a kilo).
 */
export const Quantity = describe(
  z.number().check(
    z.positive(),
    z.maximum(1_000_000),
    z.refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, {
      message: 'quantity.decimals',
    }),
  ),
  { description: 'A positive quantity in the product unit, e.g. 10 (kg) or 0.5 (kg).' },
);

/** A wholesale price: from `minQuantity` (in the product's unit) on, `price` per unit. */
export const PriceTier = z.object({
  minQuantity: Quantity,
  /** Integer rupiah per unit. */
  price: Rupiah,
});
/** A wholesale price: from `minQuantity` on, `price` per unit. */
export type PriceTier = z.infer<typeof PriceTier>;

/** Wholesale prices, in increasing `minQuantity`, no two for the same quantity. */
export const PriceTiers = z.array(PriceTier).check(
  z.maxLength(10),
  z.refine((tiers) => tiers.every((t, i) => i === 0 || t.minQuantity > tiers[i - 1]!.minQuantity), {
    message: 'tiers.order',
  }),
);

/** A month of the year, 1 (January) to 12 (December). */
export const Month = z.int().check(z.minimum(1), z.maximum(12));

/** The months a product is available, each once (`[10, 11, 12]` for October–December). */
export const Season = z.array(Month).check(
  z.minLength(1),
  z.maxLength(12),
  z.refine((months) => new Set(months).size === months.length, { message: 'season.repeat' }),
);

/** Ordered now, ready on `readyAt`; orders close on `orderBy`, at most `quota` units. */
export const PreOrder = z
  .object({
    readyAt: DateString,
    orderBy: z.optional(DateString),
    /** Units (in the product's unit) the seller takes orders for. */
    quota: z.optional(Quantity),
  })
  .check(
    z.refine((p) => p.orderBy === undefined || p.orderBy.slice(0, 10) <= p.readyAt.slice(0, 10), {
      message: 'preorder.order-by',
      path: ['orderBy'],
    }),
  );
/** Ordered now, ready on a date. */
export type PreOrder = z.infer<typeof PreOrder>;

/**
 * A certificate number as printed on the label or the certificate: `ID35110000123450423`,
 * `P-IRT No. 2063507010123-27`, `MD 224510001234`. Checked loosely (letters, digits and the
 * punctuation such numbers carry, with at least four digits), never made up or reformatted.
 */
export const CertificateNumber = describe(
  z
    .string()
    .check(
      z.maxLength(60),
      z.regex(/^(?=(?:\D*\d){4})[\p{L}\p{N} .,:/()#-]+$/u, { message: 'certification.number' }),
    ),
  { description: 'The certificate number as printed, e.g. "ID35110000123450423".' },
);

/** A certificate and its number: halal (BPJPH/MUI), P-IRT, BPOM, organic, SNI. */
export const Certification = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  number: CertificateNumber,
});
/** A certificate and its number. */
export type Certification = z.infer<typeof Certification>;

/** A place where buyers collect their order: a name, its kabupaten/kota, an optional address. */
export const PickupPoint = z.object({
  name: Text(120, 1),
  region: Region,
  address: z.optional(Text(300)),
});
/** A place where buyers collect their order. */
export type PickupPoint = z.infer<typeof PickupPoint>;

/** A known Kemendagri region code the seller delivers to (`33`, a province, or `33.72`). */
export const DeliveryArea = RegionCode.check(
  z.refine((code) => findRegion(normalizeRegionCode(code)) !== undefined, {
    message: 'region.unknown',
  }),
);

/**
 * The fields of a product that farmers, fishers and home kitchens need, all optional: what a
 * product without them reads as is unchanged.
 */
export const produceFields = {
  /** The least a buyer may order, in the product's unit. */
  minOrder: z.optional(Quantity),
  /** Wholesale prices per unit from a quantity on, in increasing quantity. */
  priceTiers: z.optional(PriceTiers),
  /** When it was harvested, caught or made. */
  harvestedAt: z.optional(DateString),
  /** The last day it is good. */
  bestBefore: z.optional(DateString),
  /** The months it is available. */
  season: z.optional(Season),
  preOrder: z.optional(PreOrder),
  certifications: z.optional(z.array(Certification).check(z.maxLength(10))),
  pickup: z.optional(z.array(PickupPoint).check(z.maxLength(20))),
  /** Kabupaten/kota or provinces the seller delivers to. */
  deliveryAreas: z.optional(z.array(DeliveryArea).check(z.maxLength(100))),
};
