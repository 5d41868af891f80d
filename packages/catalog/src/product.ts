import { z } from './zod.js';
import { CATEGORIES } from './category.js';
import { produceFields } from './produce.js';
import { MarketplaceLinks } from './seller.js';
import { DateString, Id, Region, Rupiah, SafeUrl, Text } from './schema-primitives.js';

/** A price range in rupiah, for products sold by weight or size, `min ≤ max`. */
export const PriceRange = z
  .object({ min: Rupiah, max: Rupiah })
  .check(z.refine((r) => r.min <= r.max, { message: 'price.range', path: ['max'] }));
/** A price range in rupiah. */
export type PriceRange = z.infer<typeof PriceRange>;

/** Integer rupiah, or a range. */
export const Price = z.union([Rupiah, PriceRange]);
/** Integer rupiah, or a range. */
export type Price = z.infer<typeof Price>;

/** Image dimensions in pixels. */
const Pixels = z.int().check(z.minimum(1), z.maximum(20000));

/** One size of an image, for `srcset`. */
export const ImageSource = z.object({ src: SafeUrl, width: Pixels });

/** A product photo. `width`/`height` let a page reserve its space before it loads. */
export const ProductImage = z.object({
  src: SafeUrl,
  alt: z.optional(Text(300)),
  width: z.optional(Pixels),
  height: z.optional(Pixels),
  /** Other sizes of the same image. */
  sources: z.optional(z.array(ImageSource).check(z.maxLength(10))),
});
/** A product photo. */
export type ProductImage = z.infer<typeof ProductImage>;

/** A product as a storefront shows it. */
export const Product = z.object({
  id: Id,
  name: Text(200, 1),
  description: z._default(Text(5000), ''),
  category: z.enum(CATEGORIES),
  price: Price,
  /** What the price buys: "per kg", "per 250 g", "per lembar". */
  unit: z.optional(Text(40)),
  images: z._default(z.array(ProductImage).check(z.maxLength(20)), []),
  /** The `id` of a seller in the same catalog. */
  sellerId: Id,
  /** Where the product comes from. */
  origin: z.optional(Region),
  /** Made (grown, caught) locally by the seller, not resold. */
  madeLocally: z._default(z.boolean(), false),
  links: z.optional(MarketplaceLinks),
  tags: z._default(z.array(Text(40, 1)).check(z.maxLength(30)), []),
  /** Units in stock; absent when the seller does not say. */
  stock: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000_000))),
  updatedAt: z.optional(DateString),
  // Fresh produce, fish and home kitchens: minimum order, wholesale tiers, harvest and
  // best-before dates, season, pre-order, certificates, pickup points, delivery areas.
  ...produceFields,
});
/** A product as a storefront shows it. */
export type Product = z.infer<typeof Product>;
/** A product as written in a catalog file, before defaults are applied. */
export type ProductInput = z.input<typeof Product>;
