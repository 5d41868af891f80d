// @ts-nocheck
import { z } from './zod.js';
import { MARKETPLACES } from './marketplace.js';
import {
  HttpUrl,
  Id,
  Region,
  SafeUrl,
  Text,
  WhatsappNumber,
  describe,
} from './schema-primitives.js';

/** Links to a product or shop on each marketplace; every one is optional. */
export const MarketplaceLinks = describe(
  z.object(
    Object.fromEntries(MARKETPLACES.map((m) => [m, z.optional(HttpUrl)])) as Record<
      (typeof MARKETPLACES)[number],
      z.ZodMiniOptional<typeof HttpUrl>
    >,
  ),
  { description: 'Absolute http(s) links per marketplace.' },
);
/** Links to a product or shop on each marketplace. */
export type MarketplaceLinks = z.infer<typeof MarketplaceLinks>;

/** A seller: the UMKM behind the products. */
export const Seller = z.object({
  id: Id,
  name: Text(120, 1),
  description: z.optional(Text(2000)),
  region: z.optional(Region),
  /** WhatsApp number for orders, `62…` form. */
  whatsapp: z.optional(WhatsappNumber),
  /** The seller's shops on marketplaces. */
  shops: z.optional(MarketplaceLinks),
  website: z.optional(HttpUrl),
  logo: z.optional(SafeUrl),
});
/** A seller: the UMKM behind the products. */
export type Seller = z.infer<typeof Seller>;
