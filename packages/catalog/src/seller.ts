import { z } from 'zod';
import { MARKETPLACES } from './marketplace.js';
import { HttpUrl, Id, Region, SafeUrl, Text, WhatsappNumber } from './schema-primitives.js';

/** Links to a product or shop on each marketplace; every one is optional. */
export const MarketplaceLinks = z
  .object(
    Object.fromEntries(MARKETPLACES.map((m) => [m, HttpUrl.optional()])) as Record<
      (typeof MARKETPLACES)[number],
      z.ZodOptional<typeof HttpUrl>
    >,
  )
  .meta({ description: 'Absolute http(s) links per marketplace.' });
/** Links to a product or shop on each marketplace. */
export type MarketplaceLinks = z.infer<typeof MarketplaceLinks>;

/** A seller: the UMKM behind the products. */
export const Seller = z.object({
  id: Id,
  name: Text(120).min(1),
  description: Text(2000).optional(),
  region: Region.optional(),
  /** WhatsApp number for orders, `62…` form. */
  whatsapp: WhatsappNumber.optional(),
  /** The seller's shops on marketplaces. */
  shops: MarketplaceLinks.optional(),
  website: HttpUrl.optional(),
  logo: SafeUrl.optional(),
});
/** A seller: the UMKM behind the products. */
export type Seller = z.infer<typeof Seller>;
