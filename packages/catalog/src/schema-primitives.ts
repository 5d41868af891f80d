import { z } from 'zod';
import { isSafeUrl } from './safe-url.js';
import { REGION_CODE_PATTERN } from './region.js';

/**
 * An identifier that is safe in a URL (`?produk=<id>`) and in HTML ids: letters, digits,
 * `.`, `_` and `-`, starting with a letter or digit.
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, { message: 'id.format' })
  .meta({ description: 'Letters, digits, ".", "_" and "-"; at most 80 characters.' });

/** A URL that may be used as a link or image: http(s) or relative (see `isSafeUrl`). */
export const SafeUrl = z
  .string()
  .max(2048)
  .refine(isSafeUrl, { message: 'url.unsafe' })
  .meta({ format: 'uri-reference', description: 'An http(s) URL or a relative URL.' });

/** An absolute http(s) URL, for links that leave the page (marketplace shops and products). */
export const HttpUrl = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, { message: 'url.http' })
  .refine(isSafeUrl, { message: 'url.unsafe' })
  .meta({ format: 'uri', description: 'An absolute http(s) URL.' });

/** Integer rupiah, never negative. Rupiah has no minor unit in practice. */
export const Rupiah = z
  .int()
  .min(0)
  .max(1_000_000_000_000)
  .meta({ description: 'Integer rupiah (no decimals), e.g. 25000 for Rp25.000.' });

/** A date (`2026-11-28`) or a date-time with offset (`2026-11-28T10:00:00+07:00`). */
export const DateString = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .meta({ description: 'ISO 8601 date or date-time.' });

/** A Kemendagri region code: `33` (province) or `33.72` (kabupaten/kota). */
export const RegionCode = z.string().regex(REGION_CODE_PATTERN, { message: 'region.code' });

/** A region as stored in a catalog: its code and its name. */
export const Region = z
  .object({
    code: RegionCode,
    name: z.string().min(1).max(120),
  })
  .meta({ description: 'Province or kabupaten/kota, by Kemendagri code.' });
/** A region as stored in a catalog: its code and its name. */
export type Region = z.infer<typeof Region>;

/** WhatsApp number in international form without `+`: `628123456789`. */
export const WhatsappNumber = z
  .string()
  .regex(/^62\d{8,13}$/, { message: 'whatsapp.format' })
  .meta({ description: 'International form without "+", e.g. 6281234567890.' });

/** Plain text with a length limit. Rendered only as text, never as HTML. */
export const Text = (max: number) => z.string().max(max);
