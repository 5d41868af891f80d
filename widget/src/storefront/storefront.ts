import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CATEGORIES, CATEGORY_LABELS, formatPrice, safeUrl } from '@etalase/catalog';
import type { Category, Lang, Product, RegionInfo } from '@etalase/catalog';
import { CatalogController } from '../catalog/catalog-controller.js';
import type { StorefrontQuery, SortOrder } from '../catalog/catalog-source.js';
import { emit } from '../shared/events.js';
import { DeepLink } from './deep-link.js';
import { afterPaint, cancelIdle, whenIdle } from '../shared/when-idle.js';
import { storefrontStyles } from './storefront.styles.js';
import { formatDateTime, t, toLang } from '../shared/strings.js';
import type { EtalaseProductDialog } from './product-dialog.js';

/** Products added to the grid at a time as the buyer scrolls. */
const BATCH = 48;

const SORTS: readonly SortOrder[] = ['relevance', 'price-asc', 'price-desc', 'newest'];
const SORT_LABELS = {
  relevance: 'sortRelevance',
  'price-asc': 'sortPriceAsc',
  'price-desc': 'sortPriceDesc',
  newest: 'sortNewest',
} as const;

function isCategory(value: string | null): value is Category {
  return value !== null && (CATEGORIES as readonly string[]).includes(value);
}

/** "Kabupaten Aceh Tengah" → "Kab. Aceh Tengah": the form people write on labels. */
function shortRegionName(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ').replace(/^Kota Administrasi\s+/i, 'Kota ');
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * A storefront of local products from a static catalog (JSON or CSV), with search, filters,
 * product detail, and ordering through WhatsApp and marketplace links.
 *
 * @tagname etalase-storefront
 * @summary Local products from a catalog file, embeddable in any page.
 *
 * @fires etalase-ready - The catalog is shown. `detail: { count, fromCache }`.
 * @fires etalase-error - Some or all of the catalog could not be read. `detail: { issues }`.
 * @fires etalase-select - The buyer opened a product. `detail: { product }`.
 * @fires etalase-order - The buyer chose WhatsApp, a marketplace, or share. `detail: { channel, product }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Search box and the filter button.
 * @csspart search - The search input.
 * @csspart filters - The filter panel.
 * @csspart grid - The list of products.
 * @csspart card - One product card (a link).
 * @csspart badge - The "Produk lokal" badge.
 * @csspart message - Empty, loading-failed and note messages.
 * @csspart dialog - The product detail dialog.
 *
 * @cssprop [--etalase-accent=#0b6e4f] - Accent colour (buttons, focus of the brand).
 * @cssprop [--etalase-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--etalase-surface=#ffffff] - Card and panel background.
 * @cssprop [--etalase-text=#1d2320] - Text colour.
 * @cssprop [--etalase-muted=#545e58] - Secondary text colour.
 * @cssprop [--etalase-border=#dcd8cf] - Borders.
 * @cssprop [--etalase-radius=12px] - Corner radius of cards and panels.
 * @cssprop [--etalase-bg=transparent] - Background behind the grid (dark theme: #121614).
 * @cssprop [--etalase-padding=0] - Space inside that background (dark theme: 12px).
 * @cssprop [--etalase-font=inherit] - Font family; inherits the host page's by default.
 * @cssprop [--etalase-focus=#1a5fb4] - Focus ring colour.
 */
export class EtalaseStorefront extends LitElement {
  static override styles = storefrontStyles;

  /** URL of the catalog (JSON, or CSV such as a spreadsheet published as CSV). */
  @property({ reflect: true }) src: string | undefined;

  /** UI language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';

  /** Only products from this province (`33`) or kabupaten/kota (`33.72`) at first. */
  @property({ reflect: true }) region: string | undefined;

  /** Only products of this category at first. */
  @property({ reflect: true }) category: string | undefined;

  /** `light` (default), `dark`, or `auto` (follows the device). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The query parameter that holds the open product in the page URL. */
  @property({ attribute: 'product-param' }) productParam = 'produk';

  /** Inline catalog data (an object, or JSON/CSV text) instead of `src`. */
  @property({ attribute: false }) catalog: unknown;

  @state() private queryText = '';
  @state() private filterCategory: Category | undefined;
  @state() private filterRegion: string | undefined;
  @state() private minPrice: number | undefined;
  @state() private maxPrice: number | undefined;
  @state() private madeLocallyOnly = false;
  @state() private sort: SortOrder = 'relevance';
  @state() private filtersOpen = false;
  @state() private results: readonly Product[] = [];
  @state() private visible = BATCH;
  @state() private selected: Product | undefined;
  /** Whether the product detail could not be loaded (shown as a note, with the card still a link). */
  @state() private dialogFailed = false;
  /** Whether results reflect the current catalog (false while the first query runs). */
  @state() private searched = false;

  @query('.sentinel') private sentinel: HTMLElement | undefined;

  private readonly loader = new CatalogController(this);
  private readonly deepLink = new DeepLink(
    this,
    () => this.productParam,
    (id) => this.openById(id),
  );
  private observer: IntersectionObserver | undefined;
  private querySeq = 0;
  private pendingQuery: Promise<void> | undefined;
  private lastRevision = -1;
  private returnFocusTo: HTMLElement | undefined;
  private regions: RegionInfo[] = [];
  private regionsRevision = -1;
  private jsonLdTask: number | undefined;
  private removeJsonLd: (() => void) | undefined;

  private get uiLang(): Lang {
    return toLang(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.showMore();
      },
      { rootMargin: '600px 0px' },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.removeJsonLd?.();
    this.removeJsonLd = undefined;
    if (this.jsonLdTask !== undefined) cancelIdle(this.jsonLdTask);
    this.jsonLdTask = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.filterRegion = this.region?.trim() || undefined;
    if (changed.has('category'))
      this.filterCategory = isCategory(this.category ?? null)
        ? (this.category as Category)
        : undefined;
    if (changed.has('catalog') && this.catalog !== undefined) this.loader.loadData(this.catalog);
    else if (changed.has('src') && this.src && this.catalog === undefined)
      void this.loader.loadUrl(this.src);

    const queryChanged = [
      'queryText',
      'filterCategory',
      'filterRegion',
      'minPrice',
      'maxPrice',
      'madeLocallyOnly',
      'sort',
    ].some((k) => changed.has(k as keyof EtalaseStorefront));
    if (this.loader.revision !== this.lastRevision) {
      this.lastRevision = this.loader.revision;
      this.runQuery(false);
      this.scheduleJsonLd();
      this.deepLink.sync();
    } else if (queryChanged) {
      this.runQuery(true);
    }
  }

  /** Also waits for a running search, so `await el.updateComplete` means results are shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingQuery) {
      const pending = this.pendingQuery;
      await pending;
      if (pending === this.pendingQuery) this.pendingQuery = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    if (this.sentinel) {
      this.observer?.disconnect();
      this.observer?.observe(this.sentinel);
    }
  }

  /** Runs the buyer's query against the source; late answers to older queries are dropped. */
  private runQuery(resetScroll: boolean): void {
    const source = this.loader.source;
    if (!source || this.loader.status !== 'ready') {
      this.results = [];
      this.searched = false;
      return;
    }
    const query: StorefrontQuery = {
      text: this.queryText,
      category: this.filterCategory,
      regionCode: this.filterRegion,
      minPrice: this.minPrice,
      maxPrice: this.maxPrice,
      madeLocallyOnly: this.madeLocallyOnly,
      sort: this.sort,
    };
    if (resetScroll) this.visible = BATCH;
    const seq = ++this.querySeq;
    // The static source answers within the same task (microtasks), before the next frame.
    this.pendingQuery = source.search(query).then((products) => {
      if (seq !== this.querySeq || source !== this.loader.source) return;
      this.results = products;
      this.searched = true;
      void this.updateComplete.then(() => this.loader.announceReady());
    });
  }

  private showMore(): void {
    if (this.visible < this.results.length) {
      this.visible += BATCH;
    } else if (this.loader.source?.hasMore) {
      void this.loader.more();
    }
  }

  /** JSON-LD is for search engines, not the buyer: write it once the grid is painted. */
  private scheduleJsonLd(): void {
    const revision = this.loader.revision;
    afterPaint(() => {
      if (revision !== this.loader.revision) return; // a newer catalog schedules its own
      if (this.jsonLdTask !== undefined) cancelIdle(this.jsonLdTask);
      this.jsonLdTask = whenIdle(() => {
        this.jsonLdTask = undefined;
        if (this.isConnected) void this.publishJsonLd();
      });
    });
  }

  /**
   * The areas in the catalog, for the area filter. Worked out when the filters first open,
   * with the region table loaded then: it is not needed to show products.
   */
  private regionList(): RegionInfo[] {
    const catalog = this.loader.source?.catalog;
    const revision = this.loader.revision;
    if (this.regionsRevision !== revision && catalog) {
      this.regionsRevision = revision;
      void import('./regions-of.js').then(({ regionsOf }) => {
        if (this.loader.revision !== revision) return;
        this.regions = regionsOf(catalog);
        this.requestUpdate();
      });
    }
    return this.regions;
  }

  private async publishJsonLd(): Promise<void> {
    const catalog = this.loader.source?.catalog;
    const revision = this.loader.revision;
    this.removeJsonLd?.();
    this.removeJsonLd = undefined;
    if (!catalog || this.loader.status !== 'ready') return;
    const { writeJsonLd } = await import('./json-ld-writer.js');
    if (revision !== this.loader.revision || !this.isConnected) return;
    this.removeJsonLd = writeJsonLd(catalog, this.productParam);
  }

  private openById(id: string | undefined): void {
    if (id === undefined) {
      this.closeDialog(false);
      return;
    }
    const product = this.loader.source?.catalog?.products.find((p) => p.id === id);
    if (product) void this.openDialog(product, false);
  }

  private async openDialog(product: Product, pushHistory: boolean): Promise<void> {
    try {
      await import('./product-dialog.js');
      this.dialogFailed = false;
    } catch {
      // The detail is a separate file; offline after the page loaded, it may not come.
      this.dialogFailed = true;
      return;
    }
    this.returnFocusTo ??= (this.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    this.selected = product;
    if (pushHistory) this.deepLink.push(product.id);
    emit(this, 'etalase-select', { product });
    await this.updateComplete;
    this.shadowRoot?.querySelector<EtalaseProductDialog>('etalase-product-dialog')?.show();
  }

  private closeDialog(fromUser: boolean): void {
    if (!this.selected) return;
    this.selected = undefined;
    if (fromUser) this.deepLink.pop();
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) void this.updateComplete.then(() => target.focus());
  }

  private onCardClick(event: MouseEvent, product: Product): void {
    // Let modified clicks open the deep link in a new tab, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    this.returnFocusTo = event.currentTarget as HTMLElement;
    void this.openDialog(product, true);
  }

  private onPriceInput(which: 'min' | 'max', value: string): void {
    const digits = value.replace(/\D/g, '');
    const amount = digits === '' ? undefined : Number(digits);
    if (which === 'min') this.minPrice = amount;
    else this.maxPrice = amount;
  }

  private clearFilters(): void {
    this.queryText = '';
    this.filterCategory = undefined;
    this.filterRegion = undefined;
    this.minPrice = undefined;
    this.maxPrice = undefined;
    this.madeLocallyOnly = false;
    this.sort = 'relevance';
  }

  protected override render(): TemplateResult {
    return html`<div
      part="base"
      class="base"
      lang=${this.uiLang}
      role="region"
      aria-label=${t(this.uiLang, 'storefront')}
    >
      ${this.loader.status === 'error' ? this.renderFailure() : this.renderStorefront()}
      ${
        this.selected
          ? html`<etalase-product-dialog
              part="dialog"
              exportparts="dialog"
              .product=${this.selected}
              .seller=${this.loader.source?.sellerOf(this.selected)}
              .lang=${this.uiLang}
              .shareUrl=${this.deepLink.urlFor(this.selected.id)}
              @etalase-dialog-close=${() => this.closeDialog(true)}
            ></etalase-product-dialog>`
          : nothing
      }
    </div>`;
  }

  private renderStorefront(): TemplateResult {
    const lang = this.uiLang;
    const loading = this.loader.status !== 'ready' || !this.searched;
    const status = loading ? t(lang, 'loading') : this.countText();
    return html`
      <div class="toolbar" part="toolbar">
        <div class="search">
          <label for="q">${t(lang, 'search')}</label>
          <input
            id="q"
            part="search"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            spellcheck="false"
            placeholder=${t(lang, 'searchPlaceholder')}
            .value=${this.queryText}
            ?disabled=${loading}
            @input=${(e: Event) => (this.queryText = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button
          class="button filters-toggle"
          type="button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          ?disabled=${loading}
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${t(lang, 'filters')}${this.activeFilterCount() ? ` (${this.activeFilterCount()})` : ''}
        </button>
      </div>
      ${this.renderFilters()}
      <div class="status-row">
        <p class="count" role="status" aria-live="polite" aria-atomic="true">${status}</p>
        ${this.renderNotes()}
      </div>
      ${loading ? this.renderSkeleton() : this.renderResults()}
    `;
  }

  private activeFilterCount(): number {
    return (
      [this.filterCategory, this.filterRegion, this.minPrice, this.maxPrice].filter(
        (v) => v !== undefined,
      ).length + (this.madeLocallyOnly ? 1 : 0)
    );
  }

  private countText(): string {
    const total = this.loader.source?.catalog?.products.length ?? 0;
    const n = this.results.length;
    const lang = this.uiLang;
    if (n === total)
      return n === 1
        ? t(lang, 'countOne')
        : t(lang, 'count', { n: n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US') });
    return t(lang, 'countOf', { n, total });
  }

  private renderNotes(): TemplateResult | typeof nothing {
    const lang = this.uiLang;
    const loadFailed = this.loader.issues.some((i) => i.code.startsWith('load.'));
    const skipped = this.loader.issues.filter(
      (i) => i.severity === 'error' && !i.code.startsWith('load.'),
    ).length;
    const stale = this.loader.stale;
    const notes: string[] = [];
    if (stale) {
      const date = formatDateTime(stale.savedAt, lang);
      notes.push(
        t(
          lang,
          stale.reason === 'offline'
            ? 'staleOffline'
            : stale.reason === 'failed'
              ? 'staleFailed'
              : 'staleRefreshing',
          { date },
        ),
      );
    }
    if (skipped) notes.push(t(lang, 'someSkipped', { n: skipped }));
    if (loadFailed) notes.push(t(lang, 'moreFailed'));
    if (this.dialogFailed) notes.push(t(lang, 'dialogFailed'));
    if (!notes.length) return nothing;
    return html`<p class="note" part="message" role="status">${notes.join(' ')}</p>`;
  }

  private renderFilters(): TemplateResult {
    const lang = this.uiLang;
    return html`<div
      id="filters"
      class="filters"
      part="filters"
      role="group"
      aria-label=${t(lang, 'filters')}
      ?hidden=${!this.filtersOpen}
    >
      <div class="field">
        <label for="f-category">${t(lang, 'category')}</label>
        <select
          id="f-category"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.filterCategory = isCategory(value) ? value : undefined;
          }}
        >
          <option value="" ?selected=${!this.filterCategory}>${t(lang, 'allCategories')}</option>
          ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${this.filterCategory === c}>${CATEGORY_LABELS[c][lang]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-region">${t(lang, 'region')}</label>
        <select
          id="f-region"
          @change=${(e: Event) => (this.filterRegion = (e.target as HTMLSelectElement).value || undefined)}
        >
          <option value="" ?selected=${!this.filterRegion}>${t(lang, 'allRegions')}</option>
          ${(this.filtersOpen || this.filterRegion ? this.regionList() : []).map((r) => html`<option value=${r.code} ?selected=${this.filterRegion === r.code}>${r.level === 'provinsi' ? r.name : `— ${r.name}`}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-min">${t(lang, 'minPrice')}</label>
        <input
          id="f-min"
          type="number"
          inputmode="numeric"
          min="0"
          step="1000"
          .value=${this.minPrice?.toString() ?? ''}
          @change=${(e: Event) => this.onPriceInput('min', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="f-max">${t(lang, 'maxPrice')}</label>
        <input
          id="f-max"
          type="number"
          inputmode="numeric"
          min="0"
          step="1000"
          .value=${this.maxPrice?.toString() ?? ''}
          @change=${(e: Event) => this.onPriceInput('max', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="f-sort">${t(lang, 'sort')}</label>
        <select
          id="f-sort"
          @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as SortOrder)}
        >
          ${SORTS.map((s) => html`<option value=${s} ?selected=${this.sort === s}>${t(lang, SORT_LABELS[s])}</option>`)}
        </select>
      </div>
      <label class="check field wide">
        <input
          type="checkbox"
          .checked=${this.madeLocallyOnly}
          @change=${(e: Event) => (this.madeLocallyOnly = (e.target as HTMLInputElement).checked)}
        />
        ${t(lang, 'madeLocallyOnly')}
      </label>
      <div class="field wide">
        <button class="button" type="button" @click=${() => this.clearFilters()}>
          ${t(lang, 'clearFilters')}
        </button>
      </div>
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<ul class="grid skeleton" aria-hidden="true">
      ${Array.from(
        { length: 8 },
        () =>
          html`<li>
            <div class="card">
              <div class="thumb"></div>
              <div class="info">
                <div class="line"></div>
                <div class="line short"></div>
              </div>
            </div>
          </li>`,
      )}
    </ul>`;
  }

  private renderResults(): TemplateResult {
    const lang = this.uiLang;
    const lowData = saveData();
    const total = this.loader.source?.catalog?.products.length ?? 0;
    if (this.results.length === 0) {
      const filtered = this.activeFilterCount() > 0;
      const text =
        total === 0
          ? t(lang, 'emptyCatalog')
          : this.queryText.trim()
            ? t(lang, 'emptyQuery', { q: this.queryText.trim() })
            : t(lang, 'emptyFilters');
      return html`<div class="panel" part="message">
        <h3>${t(lang, 'emptyTitle')}</h3>
        <p>${text}</p>
        ${total > 0 && (filtered || this.queryText) ? html`<button class="button" type="button" @click=${() => this.clearFilters()}>${t(lang, 'clearFilters')}</button>` : nothing}
      </div>`;
    }
    const shown = this.results.slice(0, this.visible);
    const more = this.visible < this.results.length || Boolean(this.loader.source?.hasMore);
    return html`<ul class="grid" part="grid" aria-label=${t(lang, 'products')}>
        ${repeat(
          shown,
          (p) => p.id,
          (p, i) => this.renderCard(p, i, lowData),
        )}
      </ul>
      ${
        more
          ? html`<div class="more sentinel">
              <button
                class="button"
                type="button"
                ?disabled=${this.loader.loadingMore}
                @click=${() => this.showMore()}
              >
                ${this.loader.loadingMore ? t(lang, 'loadingMore') : t(lang, 'showMore')}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderCard(product: Product, index: number, lowData: boolean): TemplateResult {
    const lang = this.uiLang;
    const seller = this.loader.source?.sellerOf(product);
    const image = product.images[0];
    const src = image ? safeUrl(image.src) : undefined;
    const sources = lowData ? [] : (image?.sources ?? []).filter((s) => safeUrl(s.src));
    const place = product.origin?.name ?? seller?.region?.name;
    return html`<li>
      <a
        class="card"
        part="card"
        href=${this.deepLink.urlFor(product.id)}
        @click=${(e: MouseEvent) => this.onCardClick(e, product)}
      >
        <div class="thumb">
          ${
            src
              ? html`<img
                  src=${src}
                  srcset=${sources.length ? sources.map((s) => `${s.src} ${s.width}w`).join(', ') : nothing}
                  sizes=${sources.length ? '(min-width: 720px) 25vw, 50vw' : nothing}
                  alt=${image?.alt ?? product.name}
                  width=${image?.width ?? 800}
                  height=${image?.height ?? 800}
                  loading=${index < 8 ? 'eager' : 'lazy'}
                  decoding="async"
                />`
              : nothing
          }
        </div>
        <div class="info">
          <h3 class="name">${product.name}</h3>
          <span class="price"
            >${formatPrice(product.price)}${product.unit ? html` <span class="unit">${product.unit}</span>` : nothing}</span
          >
          ${seller ? html`<span class="meta">${seller.name}</span>` : nothing}
          ${place ? html`<span class="meta">${shortRegionName(place)}</span>` : nothing}
          <span class="badges">
            ${product.madeLocally ? html`<span class="badge" part="badge">${t(lang, 'productLocal')}</span>` : nothing}
            ${product.stock === 0 ? html`<span class="badge muted">${t(lang, 'outOfStock')}</span>` : nothing}
          </span>
        </div>
      </a>
    </li>`;
  }

  private renderFailure(): TemplateResult {
    const lang = this.uiLang;
    const fatal = this.loader.issues.find((i) => i.severity === 'fatal') ?? this.loader.issues[0];
    const network = fatal?.code === 'load.network';
    return html`<div class="panel error" part="message" role="alert">
      <h3>${t(lang, 'loadFailed')}</h3>
      <p>${fatal ? fatal.message[lang] : ''} ${network ? t(lang, 'loadFailedNetwork') : ''}</p>
      ${this.src ? html`<button class="button primary" type="button" @click=${() => this.src && void this.loader.loadUrl(this.src)}>${t(lang, 'retry')}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'etalase-storefront': EtalaseStorefront;
  }
}
