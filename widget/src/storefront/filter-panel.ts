// The storefront's filter panel: category, area, price range, order, "made locally" only.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { CATEGORIES, CATEGORY_LABELS } from '@etalase/catalog';
import type { Lang, RegionInfo } from '@etalase/catalog';
import type { SortOrder, StorefrontQuery } from '../catalog/catalog-source.js';
import { t as storefrontText, translator } from '../shared/strings.js';
import { isCategory } from './is-category.js';

/** The panel's own text: it comes with the panel's file, not in the first download. */
const PANEL_STRINGS = {
  category: { id: 'Kategori', en: 'Category' },
  allCategories: { id: 'Semua kategori', en: 'All categories' },
  region: { id: 'Daerah', en: 'Area' },
  allRegions: { id: 'Semua daerah', en: 'All areas' },
  minPrice: { id: 'Harga min. (Rp)', en: 'Min. price (Rp)' },
  maxPrice: { id: 'Harga maks. (Rp)', en: 'Max. price (Rp)' },
  madeLocallyOnly: { id: 'Hanya produk lokal', en: 'Made locally only' },
  sort: { id: 'Urutkan', en: 'Sort by' },
  sortRelevance: { id: 'Paling sesuai', en: 'Best match' },
  sortPriceAsc: { id: 'Harga terendah', en: 'Lowest price' },
  sortPriceDesc: { id: 'Harga tertinggi', en: 'Highest price' },
  sortNewest: { id: 'Terbaru', en: 'Newest' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

const t = translator(PANEL_STRINGS);

const SORTS: readonly SortOrder[] = ['relevance', 'price-asc', 'price-desc', 'newest'];
const SORT_LABELS = {
  relevance: 'sortRelevance',
  'price-asc': 'sortPriceAsc',
  'price-desc': 'sortPriceDesc',
  newest: 'sortNewest',
} as const;

/** Rupiah typed by the buyer ("15.000", "15000"): the digits, or undefined when empty. */
export function parsePrice(value: string): number | undefined {
  const digits = value.replace(/\D/g, '');
  return digits === '' ? undefined : Number(digits);
}

function priceField(
  id: string,
  label: string,
  amount: number | undefined,
  onChange: (amount: number | undefined) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="number"
      inputmode="numeric"
      min="0"
      step="1000"
      .value=${amount?.toString() ?? ''}
      @change=${(e: Event) => onChange(parsePrice((e.target as HTMLInputElement).value))}
    />
  </div>`;
}

export interface FilterContext {
  readonly lang: Lang;
  readonly open: boolean;
  readonly query: StorefrontQuery;
  /** The areas to offer (empty until they are worked out). */
  readonly areas: readonly RegionInfo[];
  readonly onChange: (patch: Partial<StorefrontQuery>) => void;
  readonly onClear: () => void;
  /** The produce filters (see produce-filters.ts), for a catalog with produce. */
  readonly produce?: TemplateResult | undefined;
}

export function filterPanel(context: FilterContext): TemplateResult {
  const { lang, query, onChange } = context;
  const value = (e: Event): string => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div
    id="filters"
    class="filters"
    part="filters"
    role="group"
    aria-label=${storefrontText(lang, 'filters')}
    ?hidden=${!context.open}
  >
    <div class="field">
      <label for="f-category">${t(lang, 'category')}</label>
      <select
        id="f-category"
        @change=${(e: Event) => {
          const category = value(e);
          onChange({ category: isCategory(category) ? category : undefined });
        }}
      >
        <option value="" ?selected=${!query.category}>${t(lang, 'allCategories')}</option>
        ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${query.category === c}>${CATEGORY_LABELS[c][lang]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-region">${t(lang, 'region')}</label>
      <select
        id="f-region"
        @change=${(e: Event) => onChange({ regionCode: value(e) || undefined })}
      >
        <option value="" ?selected=${!query.regionCode}>${t(lang, 'allRegions')}</option>
        ${context.areas.map((r) => html`<option value=${r.code} ?selected=${query.regionCode === r.code}>${r.level === 'provinsi' ? r.name : `— ${r.name}`}</option>`)}
      </select>
    </div>
    ${priceField('f-min', t(lang, 'minPrice'), query.minPrice, (minPrice) => onChange({ minPrice }))}
    ${priceField('f-max', t(lang, 'maxPrice'), query.maxPrice, (maxPrice) => onChange({ maxPrice }))}
    <div class="field">
      <label for="f-sort">${t(lang, 'sort')}</label>
      <select id="f-sort" @change=${(e: Event) => onChange({ sort: value(e) as SortOrder })}>
        ${SORTS.map((s) => html`<option value=${s} ?selected=${query.sort === s}>${t(lang, SORT_LABELS[s])}</option>`)}
      </select>
    </div>
    <label class="check field wide">
      <input
        type="checkbox"
        .checked=${query.madeLocallyOnly ?? false}
        @change=${(e: Event) => onChange({ madeLocallyOnly: (e.target as HTMLInputElement).checked })}
      />
      ${t(lang, 'madeLocallyOnly')}
    </label>
    ${context.produce ?? nothing}
    <div class="field wide">
      <button class="button" type="button" @click=${context.onClear}>
        ${storefrontText(lang, 'clearFilters')}
      </button>
    </div>
  </div>`;
}
