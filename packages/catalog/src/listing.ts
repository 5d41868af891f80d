import { MARKETPLACES } from './marketplace.js';
import { DateString, HttpUrl, Id, Rupiah, Text } from './schema-primitives.js';
import { z } from './zod.js';

const Count = z.int().check(z.minimum(0), z.maximum(1_000_000_000));
const Centimetres = z.number().check(z.positive(), z.maximum(10_000));

/**
 * How a listing compares with its copy on a marketplace: `synced` when the title, price and
 * stock last seen there match the listing, `drift` when one of them differs, `unknown` when
 * it was never read back (or the listing changed since).
 */
export const BINDING_STATES = ['synced', 'drift', 'unknown'] as const;
/** One of {@link BINDING_STATES}. */
export type BindingState = (typeof BINDING_STATES)[number];

/** Where a listing lives on one marketplace, and what was last synced there. */
export const MarketplaceBinding = z.object({
  /** The marketplace's own product id (its external id). */
  productId: z.optional(Text(100)),
  url: z.optional(HttpUrl),
  /** Title last seen on, or sent to, the marketplace. */
  title: z.optional(Text(255)),
  /** Price and stock last seen on, or sent to, the marketplace. */
  price: z.optional(Rupiah),
  stock: z.optional(Count),
  /** When the title, price and stock above were read or sent (`syncedAt`). */
  lastSyncedAt: z.optional(DateString),
  /** Absent means `unknown`. */
  state: z.optional(z.enum(BINDING_STATES)),
});
/** Where a listing lives on one marketplace. */
export type MarketplaceBinding = z.infer<typeof MarketplaceBinding>;

/** A variant of a listing: a size, colour or weight with its own price and stock. */
export const ListingVariant = z.object({
  /** e.g. "Merah / L". */
  name: Text(120, 1),
  /** e.g. `{ warna: 'Merah', ukuran: 'L' }`. */
  options: z._default(z.record(Text(40), Text(80)), {}),
  sku: z.optional(Text(100)),
  price: z.optional(Rupiah),
  stock: z.optional(Count),
});
/** A variant of a listing. */
export type ListingVariant = z.infer<typeof ListingVariant>;

/**
 * The seller's own, richer record of a product, kept by the extension on the seller's
 * device and used to fill marketplace forms.
 */
export const Listing = z.object({
  id: Id,
  title: Text(255, 1),
  description: z._default(Text(10000), ''),
  price: Rupiah,
  stock: z._default(Count, 0),
  sku: z.optional(Text(100)),
  weightGrams: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  dimensionsCm: z.optional(
    z.object({ length: Centimetres, width: Centimetres, height: Centimetres }),
  ),
  condition: z._default(z.enum(['new', 'used']), 'new'),
  /** A marketplace category path, e.g. "Makanan & Minuman > Camilan > Keripik". */
  category: z.optional(Text(300)),
  /** Photos as URLs or local blob keys, main photo first. */
  images: z._default(z.array(Text(2048)).check(z.maxLength(20)), []),
  variants: z._default(z.array(ListingVariant).check(z.maxLength(100)), []),
  brand: z.optional(Text(100)),
  bindings: z._default(z.partialRecord(z.enum(MARKETPLACES), MarketplaceBinding), {}),
  createdAt: z.optional(DateString),
  updatedAt: z.optional(DateString),
});
/** The seller's own record of a product. */
export type Listing = z.infer<typeof Listing>;
