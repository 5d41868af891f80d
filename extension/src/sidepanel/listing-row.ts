import { MARKETPLACES, MARKETPLACE_NAMES } from '@etalase/catalog';
import type { StoredListing } from '@etalase/listing-store';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { rupiah, t } from '../i18n.js';
import type { PhotoUrls } from './photo-urls.js';

/** Per-marketplace sync badges of a listing: synced, drifted, or not checked yet. */
export function syncBadges(listing: StoredListing): TemplateResult {
  const bound = MARKETPLACES.filter((m) => listing.bindings[m]);
  return html`<span class="badges">
    ${bound.map((m) => {
      const state = listing.bindings[m]?.state ?? 'unknown';
      return html`<span
        class="badge ${state}"
        data-marketplace=${m}
        data-state=${state}
        title=${t(`badge_${state}`, MARKETPLACE_NAMES[m])}
        >${MARKETPLACE_NAMES[m]} ${state === 'synced' ? '✓' : state === 'drift' ? '≠' : '?'}</span
      >`;
    })}
  </span>`;
}

/** One listing in the panel's list. */
export function listingRow(
  listing: StoredListing,
  photos: PhotoUrls,
  selected: boolean,
  on: { select(id: string, on: boolean): void; open(id: string): void },
): TemplateResult {
  const first = listing.images[0];
  return html`<li data-listing=${listing.id}>
    <input
      type="checkbox"
      aria-label=${t('selectListing', listing.title)}
      .checked=${selected}
      @change=${(e: Event) => on.select(listing.id, (e.target as HTMLInputElement).checked)}
    />
    ${
      first
        ? html`<img
            class="thumb"
            alt=""
            src=${until(
              photos.get(first).then((u) => u ?? ''),
              '',
            )}
          />`
        : html`<span class="thumb" aria-hidden="true"></span>`
    }
    <span class="row-main">
      <button class="row-title" @click=${() => on.open(listing.id)}>${listing.title}</button>
      <span class="row-meta"
        >${rupiah(listing.price)} ·
        ${t('stockShort', listing.stock)}${listing.sku ? ` · ${listing.sku}` : ''}</span
      >
      ${syncBadges(listing)}
    </span>
  </li>`;
}
