import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { localized, t } from '../i18n.js';
import type { FillReview } from '../content/fill-listing.js';

function fieldName(field: string): string {
  const text = t(`field_${field}`);
  return text === `field_${field}` ? field : text;
}

/** The review after a fill: what was filled, what was cut to the marketplace's limits, what needs her hand. */
export function fillReviewView(review: FillReview, onClose: () => void): TemplateResult {
  return html`<section
    class="panel review"
    data-review
    role="dialog"
    aria-label=${t('reviewTitle')}
  >
    <div class="head">
      <h2>${t('reviewTitle')}</h2>
      <button class="close" aria-label=${t('close')} @click=${onClose}>×</button>
    </div>
    <p class="muted">${t('reviewFrom', review.listingTitle)}</p>
    ${
      review.byHand.length
        ? html`<h3 class="hand">${t('reviewByHand', review.byHand.length)}</h3>
            <ul data-section="by-hand">
              ${review.byHand.map(
                (item) =>
                  html`<li data-field=${item.field}>
                    <span class="hand" aria-hidden="true">✎</span>
                    <span
                      ><strong>${fieldName(item.field)}</strong>
                      ${item.value ? html`<span class="value">${item.value}</span>` : null}:
                      ${item.message ? localized(item.message) : t('reviewByHandDefault')}</span
                    >
                  </li>`,
              )}
            </ul>`
        : null
    }
    ${
      review.adjusted.length
        ? html`<h3 class="cut">${t('reviewAdjusted', review.adjusted.length)}</h3>
            <ul data-section="adjusted">
              ${review.adjusted.map(
                (item) =>
                  html`<li data-field=${item.field}>
                    <span class="cut" aria-hidden="true">✂</span>
                    <span
                      ><strong>${fieldName(item.field)}</strong>: ${localized(item.message)}</span
                    >
                  </li>`,
              )}
            </ul>`
        : null
    }
    <h3 class="ok">${t('reviewFilled', review.filled.length)}</h3>
    <ul data-section="filled">
      ${review.filled.map(
        (item) =>
          html`<li data-field=${item.field}>
            <span class="ok" aria-hidden="true">✓</span>
            <span
              ><strong>${fieldName(item.field)}</strong>
              <span class="value">${item.value}</span></span
            >
          </li>`,
      )}
    </ul>
    <p class="note">${t('reviewNotSubmitted')}</p>
  </section>`;
}
