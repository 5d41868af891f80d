// @ts-nocheck
import { isSafeUrl } from './safe-url.js';
import { REGION_CODE_PATTERN } from './region-code.js';
import { z } from './zod.js';

/** Attaches a description (and JSON Schema hints) for the generated JSON Schema. */
export function describe<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  z.globalRegistry.add(schema, meta);
  return schema;
}

/**
 * An identifier that is safe in a URL (`?produk=<id>`) and in HTML ids: letters, digits,
 * `.`, `_` and `-`, starting with a letter or digit.
 */
export const Id = describe(
  z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, { message: 'id.format' })),
  { description: 'Letters, digits, ".", "_" and "-"; at most 80 characters.' },
);

/** A URL that may be used as a link or image: http(s) or relative (see `isSafeUrl`). */
export const SafeUrl = describe(
  z.string().check(z.maxLength(2048), z.refine(isSafeUrl, { message: 'url.unsafe' })),
  { format: 'uri-reference', description: 'An http(s) URL or a relative URL.' },
);

/** An absolute http(s) URL, for links that leave the page (marketplace shops and products). */
export const HttpUrl = describe(
  z.string().check(
    z.maxLength(2048),
    // One host character, then anything but whitespace: the same strings as `[^\s/?#]+[^\s]*`,
    // which backtracks in quadratic time on a long link that ends in a space.
    z.regex(/^https?:\/\/[^\s/?#][^\s]*$/i, { message: 'url.http' }),
    z.refine(isSafeUrl, { message: 'url.unsafe' }),
  ),
  { format: 'uri', description: 'An absolute http(s) URL.' },
);

/** Integer rupiah, never negative. Rupiah has no minor unit in practice. */
export const Rupiah = describe(z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)), {
  description: 'Integer rupiah (no decimals), e.g. 25000 for Rp25.000.',
});

/** A date (`2026-11-28`) or a date-time with offset (`2026-11-28T10:00:00+07:00`). */
export const DateString = describe(
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'date.format' }),
  { description: 'ISO 8601 date or date-time.' },
);

/** A Kemendagri region code: `33` (province) or `33.72` (kabupaten/kota). */
export const RegionCode = z
  .string()
  .check(z.regex(REGION_CODE_PATTERN, { message: 'region.code' }));

/** A region as stored in a catalog: its code and its name. */
export const Region = describe(
  z.object({
    code: RegionCode,
    name: z.string().check(z.minLength(1), z.maxLength(120)),
  }),
  { description: 'Province or kabupaten/kota, by Kemendagri code.' },
);
/** A region as stored in a catalog: its code and its name. */
export type Region = z.infer<typeof Region>;

/** WhatsApp number in international form without `+`: `628123456789`. */
export const WhatsappNumber = describe(
  z.string().check(z.regex(/^62\d{8,13}$/, { message: 'whatsapp.format' })),
  { description: 'International form without "+", e.g. 6281234567890.' },
);

/** Plain text of at most `max` characters (and at least `min`). Rendered only as text. */
export const Text = (max: number, min = 0) =>
  min > 0
    ? z.string().check(z.minLength(min), z.maxLength(max))
    : z.string().check(z.maxLength(max));
