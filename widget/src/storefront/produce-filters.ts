// The storefront's produce filters: harvested this week, pre-order, halal, pickup in a
// kabupaten/kota, delivers to the buyer's area. Shown only for a catalog with produce.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Lang, ProduceFilters, RegionInfo } from '@etalase/catalog';
import { THIS_WEEK_DAYS, activeProduceFilters } from './produce-query.js';
import { pt } from './produce-strings.js';
import type { ProduceAreas } from './produce-regions-of.js';

export interface ProduceFilterContext {
  readonly lang: Lang;
  readonly filters: ProduceFilters | undefined;
  /** The areas to offer; empty until worked out. */
  readonly areas: ProduceAreas;
  readonly onChange: (filters: ProduceFilters | undefined) => void;
}

function areaSelect(
  id: string,
  label: string,
  lang: Lang,
  options: readonly RegionInfo[],
  selected: string | undefined,
  onChange: (code: string | undefined) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${!selected}>${pt(lang, 'anywhere')}</option>
      ${options.map(
        (r) => html`<option value=${r.code} ?selected=${selected === r.code}>${r.name}</option>`,
      )}
    </select>
  </div>`;
}

/** The produce filters, as a group inside the filter panel. */
export function produceFilters(context: ProduceFilterContext): TemplateResult {
  const { lang, areas } = context;
  const filters = context.filters ?? {};
  const patch = (change: Partial<ProduceFilters>) => {
    const next = { ...filters, ...change };
    context.onChange(activeProduceFilters(next) > 0 ? next : undefined);
  };
  const check = (
    label: string,
    checked: boolean,
    onToggle: (on: boolean) => Partial<ProduceFilters>,
  ) =>
    html`<label class="check field">
      <input
        type="checkbox"
        .checked=${checked}
        @change=${(e: Event) => patch(onToggle((e.target as HTMLInputElement).checked))}
      />
      ${label}
    </label>`;
  return html`<fieldset class="produce-filters field wide" part="produce-filters">
    <legend>${pt(lang, 'produceFilters')}</legend>
    ${check(pt(lang, 'harvestedThisWeek'), filters.harvestedWithinDays !== undefined, (on) => ({
      harvestedWithinDays: on ? THIS_WEEK_DAYS : undefined,
    }))}
    ${check(pt(lang, 'preOrderOnly'), filters.preOrderOnly ?? false, (on) => ({
      preOrderOnly: on || undefined,
    }))}
    ${check(pt(lang, 'halalOnly'), filters.halalOnly ?? false, (on) => ({
      halalOnly: on || undefined,
    }))}
    ${
      areas.pickup.length || filters.pickupIn
        ? areaSelect(
            'f-pickup',
            pt(lang, 'pickupIn'),
            lang,
            areas.pickup,
            filters.pickupIn,
            (code) => patch({ pickupIn: code }),
          )
        : nothing
    }
    ${
      areas.delivery.length || filters.deliversTo
        ? areaSelect(
            'f-delivery',
            pt(lang, 'deliversTo'),
            lang,
            areas.delivery,
            filters.deliversTo,
            (code) => patch({ deliversTo: code }),
          )
        : nothing
    }
  </fieldset>`;
}
