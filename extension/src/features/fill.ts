// Fill: on a marketplace's add-product page, "Isi dari Etalase" → choose a saved listing →
// the form is filled and a review says what was filled, what was cut to the marketplace's
// limits and what needs the seller's hand. Nothing is submitted.
import { html } from 'lit';
import { fillListing } from '../content/fill-listing.js';
import { localized, t } from '../i18n.js';
import type { ListingSummary } from '../messaging/messages.js';
import { MessageFailure, sendMessage } from '../messaging/send-message.js';
import { fillReviewView } from '../ui/fill-review-view.js';
import { listingPicker } from '../ui/listing-picker.js';
import { mountPageShell } from '../ui/page-shell.js';
import type { Feature } from './feature.js';

/** Says what went wrong in the seller's words. */
export function failureText(error: unknown): string {
  if (error instanceof MessageFailure) return localized(error.error.message);
  return t('fillFailed');
}

export const fill: Feature = {
  id: 'fill',
  runsIn: 'content',
  pages: ['add-product'],
  init(signal, page) {
    const marketplace = page.marketplace;
    if (!marketplace) return;
    const shell = mountPageShell('fill', signal);
    let listings: ListingSummary[] | undefined;
    let query = '';
    let error: string | undefined;

    const launcher = () =>
      shell.show(
        html`<button class="launcher primary" @click=${openPicker}>${t('fillButton')}</button>`,
      );
    const picker = () =>
      shell.show(
        listingPicker({
          listings,
          query,
          error,
          onQuery: (q) => {
            query = q;
            picker();
          },
          onPick: (listing) => void choose(listing),
          onClose: launcher,
        }),
      );
    async function openPicker(): Promise<void> {
      error = undefined;
      listings = undefined;
      picker();
      try {
        listings = (await sendMessage('listings:summaries', {})).listings;
      } catch (e) {
        listings = [];
        error = failureText(e);
      }
      if (!signal.aborted) picker();
    }
    async function choose(listing: ListingSummary): Promise<void> {
      const start = performance.now();
      shell.show(html`<section class="panel"><p>${t('filling', listing.title)}</p></section>`);
      try {
        const review = await fillListing(listing.id, marketplace!, signal);
        if (signal.aborted) return;
        shell.show(fillReviewView(review, launcher));
        // How long she waited, pick to review: read by bench/extension.bench.ts.
        shell.root
          .querySelector('[data-review]')
          ?.setAttribute('data-ms', String(Math.round(performance.now() - start)));
      } catch (e) {
        error = failureText(e);
        picker();
      }
    }
    launcher();
  },
};
