import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { rupiah, t } from '../i18n.js';
import type { ListingSummary } from '../messaging/messages.js';

/** The "choose a saved listing" panel. */
export function listingPicker(options: {
  listings: readonly ListingSummary[] | undefined;
  query: string;
  error: string | undefined;
  onQuery(query: string): void;
  onPick(listing: ListingSummary): void;
  onClose(): void;
}): TemplateResult {
  const { listings, query } = options;
  const needle = query.trim().toLowerCase();
  const shown = (listings ?? []).filter(
    (l) =>
      !needle ||
      l.title.toLowerCase().includes(needle) ||
      (l.sku ?? '').toLowerCase().includes(needle),
  );
  return html`<section class="panel" role="dialog" aria-label=${t('pickerTitle')}>
    <div class="head">
      <h2>${t('pickerTitle')}</h2>
      <button class="close" aria-label=${t('close')} @click=${options.onClose}>×</button>
    </div>
    ${options.error ? html`<p class="error" role="alert">${options.error}</p>` : null}
    ${
      listings === undefined
        ? html`<p class="muted">${t('loading')}</p>`
        : listings.length === 0
          ? html`<p>${t('pickerEmpty')}</p>`
          : html`<input
                type="search"
                .value=${query}
                placeholder=${t('pickerSearch')}
                aria-label=${t('pickerSearch')}
                @input=${(e: Event) => options.onQuery((e.target as HTMLInputElement).value)}
              />
              <ul>
                ${shown.slice(0, 50).map(
                  (l) =>
                    html`<li class="pick">
                      <button @click=${() => options.onPick(l)} data-listing=${l.id}>
                        <span class="title">${l.title}</span>
                        <span class="meta">${rupiah(l.price)} · ${t('stockShort', l.stock)}</span>
                      </button>
                    </li>`,
                )}
              </ul>
              ${shown.length === 0 ? html`<p class="muted">${t('pickerNoMatch')}</p>` : null}`
    }
  </section>`;
}
