// Queued fill: when Etalase opened this page to fix drift or to set stock 0 (from a product
// list page or the side panel), the page fills itself with the listing's changed fields as
// it loads, and shows the same review as a fill. Nothing is submitted.
import { fillListing } from '../content/fill-listing.js';
import { sendMessage } from '../messaging/send-message.js';
import { mountPageShell } from '../ui/page-shell.js';
import { fillReviewView } from '../ui/fill-review-view.js';
import { html } from 'lit';
import { failureText } from './fill.js';
import type { Feature } from './feature.js';

export const queuedFill: Feature = {
  id: 'queued-fill',
  runsIn: 'content',
  pages: ['add-product', 'edit'],
  async init(signal, page) {
    const { pending } = await sendMessage('fill:pending', {});
    if (!pending || signal.aborted || pending.marketplace !== page.marketplace) return;
    const shell = mountPageShell('queued-fill', signal);
    const close = () => shell.show(null);
    try {
      const review = await fillListing(
        pending.listingId,
        pending.marketplace,
        signal,
        pending.fields,
      );
      await sendMessage('fill:done', {
        listingId: pending.listingId,
        marketplace: pending.marketplace,
        fields: [...(pending.fields ?? ['title', 'price', 'stock'])],
      });
      if (!signal.aborted) shell.show(fillReviewView(review, close));
    } catch (error) {
      shell.show(
        html`<section class="panel">
          <p class="error" role="alert">${failureText(error)}</p>
        </section>`,
      );
    }
  },
};
