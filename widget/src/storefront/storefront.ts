import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { guard } from 'lit/directives/guard.js';
import type {
  CatalogPreview,
  Lang,
  PreviewProduct,
  PreviewSeller,
  Product,
} from '@etalase/catalog';
import { CatalogController } from '../catalog/catalog-controller.js';
import { emit } from '../shared/events.js';
import { afterPaint } from '../shared/when-idle.js';
import { formatCount, formatDateTime, t, toLang } from '../shared/strings.js';
import { AreaOptions } from './area-options.js';
import { CardCache } from './card-cache.js';
import { DeepLink } from './deep-link.js';
import { isCategory } from './is-category.js';
import { JsonLdController } from './json-ld-controller.js';
import { cardSkeletons, productCard } from './product-card.js';
import { ProduceController } from './produce-controller.js';
import type { EtalaseProductDialog } from './product-dialog.js';
import type * as FilterPanel from './filter-panel.js';
import { QueryController } from './query-controller.js';
import { storefrontStyles } from './storefront.styles.js';

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
 * @csspart badge - The "Produk lokal", pre-order, halal and availability badges.
 * @csspart produce-filters - The produce filters (harvest, pre-order, halal, pickup, delivery).
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
 * @cssprop [--etalase-preorder=#fff0c7] - Background of the pre-order badge.
 * @cssprop [--etalase-preorder-text=#5c4300] - Text of the pre-order badge.
 * @cssprop [--etalase-halal=#dcefdc] - Background of the halal badge.
 * @cssprop [--etalase-halal-text=#1f4d1f] - Text of the halal badge.
 * @cssprop [--etalase-loading-height=100vh] - Height the storefront keeps while its catalog
 *   loads, so the host page below it does not move when the products arrive; set it lower
 *   for a small catalog. Before the widget's script has run, only the host page can reserve
 *   the space: `etalase-storefront:not(:defined) { display: block; min-height: 100vh; }`.
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

  /**
   * Maps a product photo's `src` (once checked safe) to the URL to load, for a page that holds
   * the photos itself: the catalog builder's preview turns `foto/x.jpg` into the `blob:` URL
   * of the photo the organiser added. Set from script only; no catalog can set it.
   */
  @property({ attribute: false }) imageUrl: ((src: string) => string | undefined) | undefined;
  /** Bumped when `imageUrl` changes, so the cards are built again. */
  private imageUrls = 0;

  @state() private filtersOpen = false;
  /** The filter panel is built when first opened: the first cards do not wait for it. */
  private filtersBuilt = false;
  /**
   * The filter panel's code: a file of its own, fetched after the first cards are painted
   * (or when the panel is opened before that), so the first download does not carry it.
   */
  private panel: typeof FilterPanel | undefined;
  private panelLoad: Promise<void> | undefined;
  /** The panel's file could not be fetched (offline after the page loaded): said, retried. */
  @state() private panelFailed = false;
  @state() private selected: Product | undefined;
  /** Whether the product detail could not be loaded (shown as a note, with the card still a link). */
  @state() private dialogFailed = false;

  private readonly loader = new CatalogController(this);
  private readonly query = new QueryController(this, this.loader);
  private readonly areas = new AreaOptions(
    this,
    this.loader,
    () => this.filtersOpen || this.query.query.regionCode !== undefined,
  );
  private readonly produce = new ProduceController(
    this,
    this.loader,
    () => this.filtersOpen || this.query.query.produce !== undefined,
  );
  private readonly deepLink = new DeepLink(
    this,
    () => this.productParam,
    (id) => this.openById(id),
  );
  private readonly jsonLd = new JsonLdController(this, this.loader, () => this.productParam);
  private readonly cards = new CardCache();
  private lastRevision = -1;
  private returnFocusTo: HTMLElement | undefined;
  /** A product the buyer opened from the preview, opened once the catalog is read. */
  private pendingOpen: string | undefined;
  /** The buyer asked the browser to save data (read before each render). */
  private lowData = false;
  /**
   * Cards show photos from the frame after the first cards are painted: a photo fetched
   * before that (its response handled, an SVG parsed, on this thread) delays the names.
   * Undefined until cards are rendered; false until the frame after.
   */
  private photos: boolean | undefined;
  /** The frame that paints the first cards has begun: the next render may show photos. */
  private photosDue = false;

  private get uiLang(): Lang {
    return toLang(this.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('imageUrl')) this.imageUrls++;
    if (changed.has('region')) this.query.set({ regionCode: this.region?.trim() || undefined });
    if (changed.has('category'))
      this.query.set({ category: isCategory(this.category) ? this.category : undefined });
    if (changed.has('catalog') && this.catalog !== undefined) this.loader.loadData(this.catalog);
    else if (changed.has('src') && this.src && this.catalog === undefined)
      void this.loader.loadUrl(this.src);
    if (this.loader.revision !== this.lastRevision) {
      this.lastRevision = this.loader.revision;
      this.deepLink.sync();
      const pending = this.pendingOpen;
      this.pendingOpen = undefined;
      const product = pending
        ? this.loader.source?.catalog?.products.find((p) => p.id === pending)
        : undefined;
      if (product) void this.openDialog(product, true);
    }
    this.lowData = saveData();
    if (this.filtersOpen) this.filtersBuilt = true;
    if (this.photosDue) this.photos = true;
  }

  protected override updated(): void {
    if (this.photos !== undefined || !this.shadowRoot?.querySelector('a.card')) return;
    this.photos = false;
    // Photos come with the first render after the frame that paints the first cards: the
    // rest of the preview, due then, brings them in the same render (photos asked for a
    // few tasks sooner, the cards built once less); failing that, a render of their own.
    requestAnimationFrame(() => (this.photosDue = true));
    afterPaint(() => {
      this.loadPanel();
      if (this.photos) return;
      this.photos = true;
      this.requestUpdate();
    });
  }

  private readonly toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
    // Closed, the note goes; opened again, "Memuat filter…" shows while it tries again.
    this.panelFailed = false;
    if (this.filtersOpen) this.loadPanel();
  };

  private loadPanel(): void {
    this.panelLoad ??= import('./filter-panel.js').then(
      (module) => {
        this.panel = module;
        this.panelFailed = false;
        this.requestUpdate();
      },
      () => {
        this.panelLoad = undefined;
        // Said only when the buyer opened the panel; opening it again tries again.
        if (this.filtersOpen) this.panelFailed = true;
      },
    );
  }

  /**
   * Also waits for a running search (and an opened filter panel's file), so `await
   * el.updateComplete` means results are shown.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    // An opened filter panel whose file is on its way: shown once it has come.
    if (this.filtersOpen) await this.panelLoad;
    let done = await super.getUpdateComplete();
    while (await this.query.settle()) done = await super.getUpdateComplete();
    return done;
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

  private onCardClick(event: MouseEvent, product: Product | undefined, id: string): void {
    // Let modified clicks open the deep link in a new tab, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    this.returnFocusTo = event.currentTarget as HTMLElement;
    // From the preview: the detail needs the whole product, which comes with the catalog.
    if (product) void this.openDialog(product, true);
    else this.pendingOpen = id;
  }

  protected override render(): TemplateResult {
    return html`<div
      part="base"
      class="base ${this.loader.status === 'ready' || this.loader.status === 'error' ? '' : 'loading'}"
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
              .areaFilters=${this.query.query.produce}
              .seller=${this.loader.source?.sellerOf(this.selected)}
              .lang=${this.uiLang}
              .shareUrl=${this.deepLink.urlFor(this.selected.id)}
              .imageUrl=${this.imageUrl}
              @etalase-dialog-close=${() => this.closeDialog(true)}
            ></etalase-product-dialog>`
          : nothing
      }
    </div>`;
  }

  private renderStorefront(): TemplateResult {
    const lang = this.uiLang;
    const loading = this.loader.status !== 'ready' || !this.query.searched;
    // Until the first results for the whole catalog are in, its preview stays on screen.
    const preview = loading ? this.loader.preview : undefined;
    const status = loading
      ? t(lang, 'loading')
      : this.query.searching
        ? t(lang, 'searching')
        : this.countText();
    const active = this.query.activeFilters;
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
            .value=${this.query.query.text}
            ?disabled=${loading && !preview}
            @input=${(e: Event) => this.query.set({ text: (e.target as HTMLInputElement).value })}
          />
        </div>
        <button
          class="button filters-toggle"
          type="button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          ?disabled=${loading}
          @click=${this.toggleFilters}
        >
          ${t(lang, 'filters')}${active ? ` (${active})` : ''}
        </button>
      </div>
      ${
        this.filtersBuilt && this.panel
          ? this.panel.filterPanel({
              lang,
              open: this.filtersOpen,
              query: this.query.query,
              areas: this.filtersOpen || this.query.query.regionCode ? this.areas.list : [],
              onChange: (patch) => this.query.set(patch),
              onClear: () => this.query.clear(),
              produce: this.produce.view?.produceFilters({
                lang,
                filters: this.query.query.produce,
                areas: this.produce.areas,
                onChange: (produce) => this.query.set({ produce }),
              }),
            })
          : // Opened before its file came: says so meanwhile (or, offline, the note below).
            html`<div
              id="filters"
              class="filters"
              part="filters"
              aria-busy=${this.filtersOpen ? 'true' : nothing}
              ?hidden=${!this.filtersOpen || this.panelFailed}
            >
              ${this.filtersOpen ? t(lang, 'loadingFilters') : nothing}
            </div>`
      }
      <div class="status-row">
        <p class="count" role="status" aria-live="polite" aria-atomic="true">${status}</p>
        ${this.renderNotes()}
      </div>
      ${
        preview
          ? this.renderPreview(preview)
          : loading || this.query.searching
            ? cardSkeletons()
            : this.renderResults()
      }
    `;
  }

  private countText(): string {
    const total = this.loader.source?.catalog?.products.length ?? 0;
    const n = this.query.results.length;
    const lang = this.uiLang;
    if (n === total)
      return n === 1 ? t(lang, 'countOne') : t(lang, 'count', { n: formatCount(n, lang) });
    return t(lang, 'countOf', { n: formatCount(n, lang), total: formatCount(total, lang) });
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
    if (this.panelFailed) notes.push(t(lang, 'filtersFailed'));
    if (this.query.failed) notes.push(t(lang, 'searchFailed'));
    if (!notes.length) return nothing;
    // A note that goes away by itself within a moment (the refresh of a saved catalog) stays
    // on the count's line, cut short if need be (it starts with what is happening, and the
    // whole text is its title), so the cards do not move up when it goes.
    const transient = notes.length === 1 && stale?.reason === 'refreshing';
    const text = notes.join(' ');
    return html`<p
      class=${transient ? 'note transient' : 'note'}
      part="message"
      role="status"
      title=${transient ? text : nothing}
    >
      ${text}
    </p>`;
  }

  /** The first products, checked, while the rest of the catalog is read. */
  private renderPreview(preview: CatalogPreview): TemplateResult {
    return this.renderCards(
      preview.products,
      (p) => preview.sellers.get(p.sellerId),
      () => undefined,
      false,
    );
  }

  /**
   * The grid and the "show more" row. The preview and the results render through this one
   * template, so the cards of the preview stay in place (photos are not loaded again) when
   * the whole catalog replaces it.
   */
  private renderCards<P extends PreviewProduct>(
    products: readonly P[],
    sellerOf: (product: P) => PreviewSeller | undefined,
    full: (product: P) => Product | undefined,
    more: boolean,
    stale = false,
  ): TemplateResult {
    const lang = this.uiLang;
    const now = Date.now();
    // Produce details come from the whole product, once read: a preview card has none yet.
    const produceParts = this.produce.view?.cardPartsAt(now, lang);
    this.cards.begin(
      [
        lang,
        this.lowData,
        this.photos,
        // Produce badges count days: a card is built again within a minute of a change.
        produceParts ? Math.floor(now / 60_000) : '',
        this.loader.revision,
        this.productParam,
        location.href,
        this.imageUrls,
      ].join('\n'),
    );
    // Cards by position, not keyed by product: a keystroke that changes the answer updates
    // the text and links of the cards already there instead of removing them and building
    // new ones (the photo is replaced, see productCard). A card whose template is the one
    // it had (same product, same context) is skipped without looking inside.
    return html`<ul
        class="grid"
        part="grid"
        aria-label=${t(lang, 'products')}
        aria-busy=${stale ? 'true' : nothing}
      >
        ${products.map((p, i) => {
          // A new answer's first frame: a card whose product changed gets its photo in the
          // next (see QueryController.fresh); a card that shows the same product keeps it.
          const photo =
            this.photos === true &&
            (!this.query.fresh || this.query.before[i] === (p as PreviewProduct));
          const card = this.cards.card(p, i < 8, photo, () =>
            productCard(p, {
              lang,
              seller: sellerOf(p),
              produce: produceParts && full(p) ? produceParts(full(p)!, sellerOf(p)) : undefined,
              href: this.deepLink.urlFor(p.id),
              eager: i < 8,
              photo,
              lowData: this.lowData,
              imageUrl: this.imageUrl,
              onClick: (e) => this.onCardClick(e, full(p), p.id),
            }),
          );
          return guard([card], () => card);
        })}
      </ul>
      ${
        more
          ? html`<div class="more sentinel">
              <button
                class="button"
                type="button"
                ?disabled=${this.loader.loadingMore}
                @click=${() => this.query.showMore()}
              >
                ${this.loader.loadingMore ? t(lang, 'loadingMore') : t(lang, 'showMore')}
              </button>
            </div>`
          : nothing
      }`;
  }

  private renderResults(): TemplateResult {
    const lang = this.uiLang;
    const { results, query, gridProducts, stale } = this.query;
    const total = this.loader.source?.catalog?.products.length ?? 0;
    if (results.length === 0) {
      const text =
        total === 0
          ? t(lang, 'emptyCatalog')
          : query.text.trim()
            ? t(lang, 'emptyQuery', { q: query.text.trim() })
            : t(lang, 'emptyFilters');
      return html`<div class="panel" part="message">
        <h3>${t(lang, 'emptyTitle')}</h3>
        <p>${text}</p>
        ${total > 0 && (this.query.activeFilters > 0 || query.text) ? html`<button class="button" type="button" @click=${() => this.query.clear()}>${t(lang, 'clearFilters')}</button>` : nothing}
      </div>`;
    }
    return this.renderCards(
      gridProducts,
      (p) => this.loader.source?.sellerOf(p),
      (p) => p,
      this.query.hasMore,
      stale,
    );
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
