import { z } from 'zod';
import { CATEGORIES } from './category.js';
import { MarketplaceLinks } from './seller.js';
import { DateString, Id, Region, Rupiah, SafeUrl, Text } from './schema-primitives.js';

/** A price range in rupiah, for products sold by weight or size, `min ≤ max`. */
export const PriceRange = z
  .object({ min: Rupiah, max: Rupiah })
  .refine((r) => r.min <= r.max, { message: 'price.range', path: ['max'] });
/** A price range in rupiah. */
export type PriceRange = z.infer<typeof PriceRange>;

/** Integer rupiah, or a range. */
export const Price = z.union([Rupiah, PriceRange]);
/** Integer rupiah, or a range. */
export type Price = z.infer<typeof Price>;

/** One size of an image, for `srcset`. */
export const ImageSource = z.object({ src: SafeUrl, width: z.int().min(1).max(20000) });

/** A product photo. `width`/`height` let a page reserve its space before it loads. */
export const ProductImage = z.object({
  src: SafeUrl,
  alt: Text(300).optional(),
  width: z.int().min(1).max(20000).optional(),
  height: z.int().min(1).max(20000).optional(),
  /** Other sizes of the same image. */
  sources: z.array(ImageSource).max(10).optional(),
});
/** A product photo. */
export type ProductImage = z.infer<typeof ProductImage>;

/** A product as a storefront shows it. */
export const Product = z.object({
  id: Id,
  name: Text(200).min(1),
  description: Text(5000).default(''),
  category: z.enum(CATEGORIES),
  price: Price,
  /** What the price buys: "per kg", "per 250 g", "per lembar". */
  unit: Text(40).optional(),
  images: z.array(ProductImage).max(20).default([]),
  /** The `id` of a seller in the same catalog. */
  sellerId: Id,
  /** Where the product comes from. */
  origin: Region.optional(),
  /** Made (grown, caught) locally by the seller, not resold. */
  madeLocally: z.boolean().default(false),
  links: MarketplaceLinks.optional(),
  tags: z.array(Text(40).min(1)).max(30).default([]),
  /** Units in stock; absent when the seller does not say. */
  stock: z.int().min(0).max(1_000_000_000).optional(),
  updatedAt: DateString.optional(),
});
/** A product as a storefront shows it. */
export type Product = z.infer<typeof Product>;
/** A product as written in a catalog file, before defaults are applied. */
export type ProductInput = z.input<typeof Product>;
