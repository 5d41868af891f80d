// What a card shows of fresh produce at a glance: how fresh, pre-order or not available,
// halal, and the minimum order beside the price. Text only: catalog values are never HTML.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  formatQuantity,
  freshnessLabel,
  produceStatus,
  quantityUnitOf,
  statusLabel,
} from '@etalase/catalog';
import type { Lang, Product, ProduceClock } from '@etalase/catalog';
import { pt } from './produce-strings.js';

/** "min. 5 kg", or nothing when the product has no minimum order. */
export function minOrderNote(product: Product, lang: Lang): TemplateResult | typeof nothing {
  if (product.minOrder === undefined) return nothing;
  const q = formatQuantity(product.minOrder, quantityUnitOf(product.unit), lang);
  return html` <span class="min-order">${pt(lang, 'minOrder', { q })}</span>`;
}

/** The freshness line ("Panen 2 hari lalu") for under the name, or nothing. */
export function freshnessLine(
  product: Product,
  clock: ProduceClock,
  lang: Lang,
): TemplateResult | typeof nothing {
  const text = freshnessLabel(product, clock, lang);
  return text ? html`<span class="meta fresh">${text}</span>` : nothing;
}

/** The status and halal badges: "Pre-order · siap 14 Des", "Di luar musim", "Halal". */
export function produceBadges(product: Product, clock: ProduceClock, lang: Lang): TemplateResult {
  const status = produceStatus(product, clock);
  const label = statusLabel(product, clock, lang);
  const halal = product.certifications?.some((c) => c.kind === 'halal');
  return html`${
    label
      ? html`<span class="badge ${status === 'pre-order' ? 'preorder' : 'muted'}" part="badge"
          >${label}</span
        >`
      : nothing
  }${halal ? html`<span class="badge halal" part="badge">${pt(lang, 'halal')}</span>` : nothing}`;
}

/** What a card shows of a product's produce details (see `CardContext.produce`). */
export interface ProduceCardParts {
  /** After the price: "min. 5 kg". */
  readonly price: TemplateResult | typeof nothing;
  /** Under the price: "Panen 2 hari lalu". */
  readonly fresh: TemplateResult | typeof nothing;
  /** Among the badges: pre-order, not available, halal. */
  readonly badges: TemplateResult;
  /** Past its best-before date or out of season. */
  readonly unavailable: boolean;
}

/** The produce parts of one card, at `clock`. */
export function cardParts(product: Product, clock: ProduceClock, lang: Lang): ProduceCardParts {
  const status = produceStatus(product, clock);
  return {
    price: minOrderNote(product, lang),
    fresh: freshnessLine(product, clock, lang),
    badges: produceBadges(product, clock, lang),
    unavailable: status === 'expired' || status === 'out-of-season',
  };
}
