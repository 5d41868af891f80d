// Every message the extension sends, declared once: its name, who may send it, the zod
// schema its payload must pass, and the type of its reply. The background trusts nothing
// else: an unknown name, a payload that fails its schema or a sender of the wrong kind is
// rejected before any handler runs (see ../background/route-message.ts).
import { Listing, MARKETPLACES } from '@etalase/catalog';
import type { Marketplace } from '@etalase/catalog';
import * as z from 'zod/mini';

/**
 * Who may send a message: a content script on a marketplace page (or on a page the seller
 * allowed for an import), or one of the extension's own pages (the side panel).
 */
export type SenderKind = 'content' | 'extension';

const MarketplaceName = z.enum(MARKETPLACES);
const HttpUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2048));
const Id = z.string().check(z.minLength(1), z.maxLength(100));
/** A photo as it travels between contexts: messages carry JSON only, so bytes go as a data URL. */
export const PhotoPayload = z.object({
  name: z.string().check(z.maxLength(200)),
  /** `data:image/…;base64,…`, at most 20 MB of text. */
  dataUrl: z.string().check(z.regex(/^data:image\/[a-z0-9.+-]+;base64,/), z.maxLength(20_000_000)),
});
/** A photo as it travels between contexts. */
export type PhotoPayload = z.infer<typeof PhotoPayload>;

/** The fields a sync or a queued fill can change. */
export const SyncField = z.enum(['title', 'price', 'stock']);
/** One of the fields a sync can change. */
export type SyncField = z.infer<typeof SyncField>;

/** A row of a seller's product list page, as `readProductList` reads it. */
export const ProductRow = z.object({
  externalId: z.optional(z.string().check(z.maxLength(100))),
  title: z.optional(z.string().check(z.maxLength(500))),
  price: z.optional(z.number().check(z.minimum(0))),
  stock: z.optional(z.int().check(z.minimum(0))),
  url: z.optional(HttpUrl),
});
/** A row of a seller's product list page. */
export type ProductRow = z.infer<typeof ProductRow>;

/** What a listing picker shows. */
export interface ListingSummary {
  readonly id: string;
  readonly title: string;
  readonly price: number;
  readonly stock: number;
  readonly photoCount: number;
  readonly sku: string | undefined;
}

/** How one row of a product list page compares with the master listing it is bound to. */
export interface SyncRowState {
  /** Index of the row in the request. */
  readonly index: number;
  /** The master listing, when the row is bound to one (by product id, URL or title). */
  readonly listingId: string | undefined;
  readonly listingTitle: string | undefined;
  readonly state: 'synced' | 'drift' | 'unbound';
  /** Fields whose value on the marketplace differs from the master listing. */
  readonly changes: readonly {
    field: SyncField;
    marketplace: string | number;
    master: string | number;
  }[];
  /** The row is sold out here while the listing is bound elsewhere with stock. */
  readonly soldOutElsewhere: readonly Marketplace[];
}

/** A fill that waits for a tab to load its marketplace page. */
export interface PendingFill {
  readonly listingId: string;
  readonly marketplace: Marketplace;
  /** Only these fields; all of them when absent. */
  readonly fields: readonly SyncField[] | undefined;
}

/** A listing read from a page, before it has an id. */
export const ImportedListing = z.omit(Listing, {
  id: true,
  bindings: true,
  createdAt: true,
  updatedAt: true,
});

interface Spec<Request extends z.ZodMiniType, Reply> {
  readonly from: SenderKind;
  readonly request: Request;
  /** Type-only: the reply's shape. */
  readonly reply?: Reply;
}

/** Declares a message: `message('content', schema).replies<Reply>()`. */
function message<Request extends z.ZodMiniType>(from: SenderKind, request: Request) {
  return { replies: <Reply>(): Spec<Request, Reply> => ({ from, request }) };
}

/** Every message: name → sender kind, request schema, reply type. */
export const MESSAGES = {
  /** The seller's listings, for the "Isi dari Etalase" picker. */
  'listings:summaries': message(
    'content',
    z.object({ query: z.optional(z.string().check(z.maxLength(200))) }),
  ).replies<{ listings: ListingSummary[] }>(),
  /** One listing with its photos, to fill a form. */
  'listing:for-fill': message(
    'content',
    z.object({ id: Id, marketplace: MarketplaceName }),
  ).replies<{ listing: Listing; photos: (PhotoPayload & { key: string })[] }>(),
  /** Saves a listing read from a page, with its photos, bound to that marketplace. */
  'listing:import': message(
    'content',
    z.object({
      marketplace: z.optional(MarketplaceName),
      listing: ImportedListing,
      photos: z.array(PhotoPayload).check(z.maxLength(20)),
      /** Photos the page would not hand over, kept as links. */
      imageUrls: z.array(HttpUrl).check(z.maxLength(20)),
      productId: z.optional(Id),
      /** The public product page, when it was read from one: the binding's link for buyers. */
      productUrl: z.optional(HttpUrl),
    }),
  ).replies<{ id: string; title: string; created: boolean; photoCount: number }>(),
  /** Compares the rows of a product list page with the master listings and records what it saw. */
  'sync:compare': message(
    'content',
    z.object({ marketplace: MarketplaceName, rows: z.array(ProductRow).check(z.maxLength(5000)) }),
  ).replies<{ rows: SyncRowState[] }>(),
  /** Opens a listing's page on a marketplace and fills it (all fields, or only `fields`). */
  'fill:open': message(
    'content',
    z.object({
      listingId: Id,
      marketplace: MarketplaceName,
      url: HttpUrl,
      fields: z.optional(z.array(SyncField).check(z.maxLength(3))),
    }),
  ).replies<{ tabId: number }>(),
  /** Sold out here: set the master stock to 0 and open the other marketplaces to fill stock 0. */
  'sync:sold-out': message(
    'content',
    z.object({ listingId: Id, marketplace: MarketplaceName }),
  ).replies<{ opened: Marketplace[]; withoutPage: Marketplace[] }>(),
  /** Asked by a page as it loads: is a fill waiting for this tab? */
  'fill:pending': message('content', z.object({})).replies<{ pending: PendingFill | null }>(),
  /** After a fill: what was sent to the marketplace becomes the binding's last-seen values. */
  'fill:done': message(
    'content',
    z.object({
      listingId: Id,
      marketplace: MarketplaceName,
      fields: z.array(SyncField).check(z.maxLength(3)),
    }),
  ).replies<{ recorded: boolean }>(),
  /** From the side panel: open a marketplace page and fill it with a listing. */
  'panel:fill-open': message(
    'extension',
    z.object({ listingId: Id, marketplace: MarketplaceName, url: HttpUrl }),
  ).replies<{ tabId: number }>(),
} as const;

/** The name of a message. */
export type MessageName = keyof typeof MESSAGES;
/** The payload a message carries (after its schema's defaults). */
export type RequestOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['request']>;
/** What the payload is written as (before defaults). */
export type RequestInputOf<N extends MessageName> = z.input<(typeof MESSAGES)[N]['request']>;
/** The reply to a message. */
export type ReplyOf<N extends MessageName> = NonNullable<(typeof MESSAGES)[N]['reply']>;

/** The wire form of a message. */
export interface Envelope {
  readonly type: string;
  readonly payload: unknown;
}

/** Why a message was not answered. */
export interface MessageError {
  readonly code: 'unknown-message' | 'forbidden-sender' | 'malformed' | 'failed';
  readonly message: { readonly id: string; readonly en: string };
  readonly issues?: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** What the background answers: the reply, or why not (expected failures are data). */
export type Answer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MessageError };

/** The name of the BroadcastChannel the background uses to tell open panels the store changed. */
export const STORE_CHANGED_CHANNEL = 'etalase-store-changed';
