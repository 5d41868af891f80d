import { z } from 'zod';
import { MARKETPLACES } from './marketplace.js';
import { DateString, HttpUrl, Id, Rupiah, Text } from './schema-primitives.js';

/** Where a listing lives on one marketplace, and what was last synced there. */
export const MarketplaceBinding = z.object({
  /** The marketplace's own product id. */
  productId: Text(100).optional(),
  url: HttpUrl.optional(),
  /** Price and stock last seen on, or sent to, the marketplace. */
  price: Rupiah.optional(),
  stock: z.int().min(0).optional(),
  lastSyncedAt: DateString.optional(),
});
/** Where a listing lives on one marketplace. */
export type MarketplaceBinding = z.infer<typeof MarketplaceBinding>;

/** A variant of a listing: a size, colour or weight with its own price and stock. */
export const ListingVariant = z.object({
  /** e.g. "Merah / L". */
  name: Text(120).min(1),
  /** e.g. `{ warna: 'Merah', ukuran: 'L' }`. */
  options: z.record(Text(40), Text(80)).default({}),
  sku: Text(100).optional(),
  price: Rupiah.optional(),
  stock: z.int().min(0).optional(),
});
/** A variant of a listing. */
export type ListingVariant = z.infer<typeof ListingVariant>;

/**
 * The seller's own, richer record of a product, kept by the extension on the seller's
 * device and used to fill marketplace forms.
 */
export const Listing = z.object({
  id: Id,
  title: Text(255).min(1),
  description: Text(10000).default(''),
  price: Rupiah,
  stock: z.int().min(0).max(1_000_000_000).default(0),
  sku: Text(100).optional(),
  weightGrams: z.int().min(1).max(1_000_000).optional(),
  dimensionsCm: z
    .object({
      length: z.number().positive().max(10_000),
      width: z.number().positive().max(10_000),
      height: z.number().positive().max(10_000),
    })
    .optional(),
  condition: z.enum(['new', 'used']).default('new'),
  /** A marketplace category path, e.g. "Makanan & Minuman > Camilan > Keripik". */
  category: Text(300).optional(),
  /** Photos as URLs or local blob keys, main photo first. */
  images: z.array(Text(2048)).max(20).default([]),
  variants: z.array(ListingVariant).max(100).default([]),
  brand: Text(100).optional(),
  bindings: z.partialRecord(z.enum(MARKETPLACES), MarketplaceBinding).default({}),
  createdAt: DateString.optional(),
  updatedAt: DateString.optional(),
});
/** The seller's own record of a product. */
export type Listing = z.infer<typeof Listing>;
