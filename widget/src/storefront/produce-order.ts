// The fresh-produce parts of the product dialog: dates and availability, wholesale prices as
// a small table, certificates with their numbers, and the choice between a pickup point and
// delivery. Templates only; the dialog holds the state. Catalog values are rendered as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  calendarDateOf,
  formatQuantity,
  formatRupiah,
  formatPrice,
  formatSeason,
  freshnessLabel,
  longDate,
  priceForQuantity,
  produceStatus,
  quantityUnitOf,
  statusLabel,
} from '@etalase/catalog';
import type { Lang, Product, ProduceClock, RegionInfo } from '@etalase/catalog';
import { certificateLabel, pt } from './produce-strings.js';

/** How the buyer gets the order: a pickup point (by index) or delivery to an area. */
export type Fulfilment =
  | { readonly kind: 'pickup'; readonly index: number }
  | { readonly kind: 'delivery'; readonly code: string };

/** Harvest, best-before, season, pre-order, and a note when it cannot be bought now. */
export function produceFacts(product: Product, clock: ProduceClock, lang: Lang): TemplateResult {
  const facts: string[] = [];
  const fresh = freshnessLabel(product, clock, lang);
  if (fresh) facts.push(fresh);
  const pre = product.preOrder;
  if (pre) {
    const ready = longDate(calendarDateOf(pre.readyAt, clock.zone), lang);
    const parts = [pt(lang, 'preOrderDetail', { ready })];
    if (pre.orderBy) {
      parts.push(
        pt(lang, 'orderBy', { date: longDate(calendarDateOf(pre.orderBy, clock.zone), lang) }),
      );
    }
    if (pre.quota !== undefined) {
      parts.push(
        pt(lang, 'quota', { q: formatQuantity(pre.quota, quantityUnitOf(product.unit), lang) }),
      );
    }
    facts.push(parts.join(', '));
  }
  if (product.bestBefore) {
    facts.push(
      pt(lang, 'bestBefore', {
        date: longDate(calendarDateOf(product.bestBefore, clock.zone), lang),
      }),
    );
  }
  if (product.season) {
    facts.push(pt(lang, 'season', { months: formatSeason(product.season, lang, '–') }));
  }
  const status = produceStatus(product, clock);
  const label = statusLabel(product, clock, lang);
  const unavailable =
    status === 'expired' || status === 'out-of-season' || status === 'pre-order-closed';
  if (facts.length === 0 && !label) return html``;
  return html`<ul class="facts">
      ${facts.map((fact) => html`<li>${fact}</li>`)}
    </ul>
    ${
      unavailable && label
        ? html`<p class="unavailable-note" role="note">${label}. ${pt(lang, 'notAvailable')}</p>`
        : nothing
    }`;
}

/** The wholesale prices as a table, the row that applies to `quantity` marked. */
export function priceTiersTable(product: Product, quantity: number, lang: Lang): TemplateResult {
  const tiers = product.priceTiers ?? [];
  if (tiers.length === 0) return html``;
  const unit = quantityUnitOf(product.unit);
  const applied = priceForQuantity(product, quantity).tier;
  const per = unit.label && !unit.pack ? `/${unit.label}` : '';
  const first = product.minOrder ?? unit.step;
  const rows = [
    { from: first, price: formatPrice(product.price), applies: applied === undefined },
    ...tiers.map((tier) => ({
      from: tier.minQuantity,
      price: formatRupiah(tier.price),
      applies: tier === applied,
    })),
  ];
  return html`<table class="tiers">
    <caption>
      ${pt(lang, 'priceTiers')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${pt(lang, 'tierFrom')}</th>
        <th scope="col">${pt(lang, 'tierPrice')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr class=${row.applies ? 'applies' : ''}>
            <td>${formatQuantity(row.from, unit, lang)}</td>
            <td>
              ${row.price}${per}${row.applies ? html` <span class="badge">${pt(lang, 'tierApplies')}</span>` : nothing}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The certificates with their numbers as printed. */
export function certificationList(product: Product, lang: Lang): TemplateResult {
  const list = product.certifications ?? [];
  if (list.length === 0) return html``;
  return html`<section class="certs" aria-labelledby="certs-title">
    <h3 id="certs-title" class="label">${pt(lang, 'certifications')}</h3>
    <dl>
      ${list.map(
        (c) =>
          html`<div>
            <dt>${certificateLabel(c.kind, lang)}</dt>
            <dd>${c.number}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

/** What to put in the order message for the chosen fulfilment. */
export function fulfilmentText(
  product: Product,
  choice: Fulfilment | undefined,
  areas: readonly RegionInfo[],
): { pickupPoint?: string; deliveryArea?: string } {
  if (choice?.kind === 'pickup') {
    const point = product.pickup?.[choice.index];
    if (!point) return {};
    return {
      pickupPoint: [point.name, point.address, point.region.name].filter(Boolean).join(', '),
    };
  }
  if (choice?.kind === 'delivery') {
    const area = areas.find((a) => a.code === choice.code);
    return { deliveryArea: area?.name ?? choice.code };
  }
  return {};
}

/** Radio buttons for each pickup point and for delivery, with the delivery area to choose. */
export function fulfilmentChoice(
  product: Product,
  lang: Lang,
  choice: Fulfilment | undefined,
  areas: readonly RegionInfo[],
  onChange: (choice: Fulfilment | undefined) => void,
): TemplateResult {
  const points = product.pickup ?? [];
  const delivers = (product.deliveryAreas?.length ?? 0) > 0;
  if (points.length === 0 && !delivers) return html``;
  const deliveryCode = choice?.kind === 'delivery' ? choice.code : '';
  return html`<fieldset class="fulfilment">
    <legend class="label">${pt(lang, 'fulfilment')}</legend>
    ${points.map(
      (point, index) =>
        html`<label class="choice">
          <input
            type="radio"
            name="fulfilment"
            .checked=${choice?.kind === 'pickup' && choice.index === index}
            @change=${() => onChange({ kind: 'pickup', index })}
          />
          <span
            >${pt(lang, 'pickupAt', { place: point.name })}
            <span class="muted"
              >${[point.address, point.region.name].filter(Boolean).join(', ')}</span
            ></span
          >
        </label>`,
    )}
    ${
      delivers
        ? html`<label class="choice">
              <input
                type="radio"
                name="fulfilment"
                .checked=${choice?.kind === 'delivery'}
                @change=${() => onChange({ kind: 'delivery', code: deliveryCode || (areas[0]?.code ?? '') })}
              />
              <span>${pt(lang, 'deliverTo')}</span>
            </label>
            <select
              class="area"
              aria-label=${pt(lang, 'deliverTo')}
              @change=${(e: Event) => {
                const code = (e.target as HTMLSelectElement).value;
                onChange(code ? { kind: 'delivery', code } : undefined);
              }}
            >
              <option value="" ?selected=${!deliveryCode}>${pt(lang, 'chooseArea')}</option>
              ${areas.map(
                (a) =>
                  html`<option value=${a.code} ?selected=${a.code === deliveryCode}>
                    ${a.name}
                  </option>`,
              )}
            </select>`
        : nothing
    }
  </fieldset>`;
}
