import type { Marketplace } from '@etalase/catalog';
import { applyFill, planFill } from '@etalase/marketplaces';
import type { FieldPlan, FillMessage, FillReport } from '@etalase/marketplaces';
import { sendMessage } from '../messaging/send-message.js';
import type { SyncField } from '../messaging/messages.js';
import { payloadToBlob } from './photo-files.js';

/** What the review panel shows after a fill. */
export interface FillReview {
  readonly listingTitle: string;
  /** Fields set on the page, with what the control shows now. */
  readonly filled: readonly { field: string; value: string }[];
  /** Fields set, but changed to fit the marketplace (cut to a limit, rounded, photos left out …). */
  readonly adjusted: readonly { field: string; message: FillMessage }[];
  /** Fields the seller must fill or check herself, and why. */
  readonly byHand: readonly {
    field: string;
    message: FillMessage | undefined;
    /** What the field holds when it was filled but needs a look (a guessed choice). */
    value?: string | undefined;
  }[];
}

function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

/**
 * Builds the review of a fill (pure): filled fields with what the page shows, warnings of
 * filled fields as "adjusted", and fields not found, not kept or to be checked (a guessed
 * category) as "needs your hand".
 */
export function reviewFill(
  title: string,
  plans: readonly FieldPlan[],
  report: FillReport,
): FillReview {
  const filled: { field: string; value: string }[] = [];
  const adjusted: { field: string; message: FillMessage }[] = [];
  const byHand: FillReview['byHand'][number][] = [];
  for (const result of report.fields) {
    const planned = plans.find((plan) => plan.field === result.field);
    const warnings = [...(planned?.warnings ?? []), ...result.warnings].filter(
      (w, i, all) => all.findIndex((o) => o.code === w.code && o.en === w.en) === i,
    );
    if (result.status === 'filled') {
      filled.push({ field: result.field, value: shown(result.shown) });
      for (const message of warnings) adjusted.push({ field: result.field, message });
    } else {
      byHand.push({
        field: result.field,
        message: warnings[0],
        value: result.status === 'review' ? shown(result.shown) : undefined,
      });
    }
  }
  return { listingTitle: title, filled, adjusted, byHand };
}

/**
 * Fills this page's form with a saved listing (only `fields` when given) and returns what
 * to show the seller. It never submits: she reviews and publishes.
 */
export async function fillListing(
  listingId: string,
  marketplace: Marketplace,
  signal: AbortSignal,
  fields?: readonly SyncField[],
): Promise<FillReview> {
  const { listing, photos } = await sendMessage('listing:for-fill', { id: listingId, marketplace });
  const stored = new Map(photos.map((photo) => [photo.key, photo]));
  let plans = planFill(document, listing, marketplace);
  if (fields) plans = plans.filter((plan) => (fields as readonly string[]).includes(plan.field));
  const report = await applyFill(plans, {
    signal,
    // Stored photos come with the listing; a photo kept as a link is fetched from its site.
    images: async (ref) => {
      const photo = stored.get(ref);
      if (photo) return payloadToBlob(photo);
      const response = await fetch(ref, { credentials: 'omit', signal });
      if (!response.ok) throw new Error(`photo ${response.status}`);
      return response.blob();
    },
  });
  return reviewFill(listing.title, plans, report);
}
