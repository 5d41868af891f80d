import { z } from 'zod';
import { Product } from './product.js';
import { Seller } from './seller.js';
import { DateString, Region, SafeUrl, Text } from './schema-primitives.js';

/** The catalog format version this package reads and writes. */
export const CATALOG_VERSION = 1;

/** A catalog: the file a storefront loads (`katalog.json`). */
export const Catalog = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(CATALOG_VERSION),
    title: Text(200).default(''),
    description: Text(2000).optional(),
    /** The area the catalog covers. */
    region: Region.optional(),
    updatedAt: DateString.optional(),
    sellers: z.array(Seller).default([]),
    products: z.array(Product).default([]),
    /** The next page of a catalog split into pages, relative to this file's URL. */
    next: SafeUrl.optional(),
  })
  .meta({
    title: 'Etalase catalog',
    description: 'Local products of an area, their sellers, and where to order them.',
  });
/** A catalog: the file a storefront loads. */
export type Catalog = z.infer<typeof Catalog>;
/** A catalog as written in a file, before defaults are applied. */
export type CatalogInput = z.input<typeof Catalog>;
