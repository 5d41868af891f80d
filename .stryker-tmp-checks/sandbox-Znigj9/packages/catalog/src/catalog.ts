// @ts-nocheck
import { z } from './zod.js';
import { Product } from './product.js';
import { Seller } from './seller.js';
import { DateString, Region, SafeUrl, Text, describe } from './schema-primitives.js';

/** The catalog format version this package reads and writes. */
export const CATALOG_VERSION = 1;

/** A catalog: the file a storefront loads (`katalog.json`). */
export const Catalog = describe(
  z.object({
    $schema: z.optional(z.string()),
    version: z.literal(CATALOG_VERSION),
    title: z._default(Text(200), ''),
    description: z.optional(Text(2000)),
    /** The area the catalog covers. */
    region: z.optional(Region),
    updatedAt: z.optional(DateString),
    sellers: z._default(z.array(Seller), []),
    products: z._default(z.array(Product), []),
    /** The next page of a catalog split into pages, relative to this file's URL. */
    next: z.optional(SafeUrl),
  }),
  {
    title: 'Etalase catalog',
    description: 'Local products of an area, their sellers, and where to order them.',
  },
);
/** A catalog: the file a storefront loads. */
export type Catalog = z.infer<typeof Catalog>;
/** A catalog as written in a file, before defaults are applied. */
export type CatalogInput = z.input<typeof Catalog>;
