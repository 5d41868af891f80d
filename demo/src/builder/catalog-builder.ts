import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CATEGORIES, CATEGORY_LABELS } from '@etalase/catalog';
import type { Catalog, Lang } from '@etalase/catalog';
import { builderStyles } from './catalog-builder.styles.js';
import { tb } from './builder-strings.js';
import type { BuilderStringKey } from './builder-strings.js';
import { emptyDraft, newKey, newProduct, newSeller, updateRow, validateDraft } from './draft.js';
import type { Draft, DraftIssue, DraftProduct, DraftSeller } from './draft.js';
import { DraftStore } from './draft-store.js';
import { embedSnippet } from './embed-snippet.js';

/**
 * The storefront (live preview) and photo coach elements, loaded the first time the builder
 * shows one of them: an empty draft never needs them.
 */
let widget: Promise<unknown> | undefined;
function loadWidget(): void {
  widget ??= import('@etalase/widget').catch((error: unknown) => {
    widget = undefined;
    console.error('[builder] the storefront and photo coach could not be loaded:', error);
  });
}

type Notice = { readonly kind: 'info' | 'error'; readonly text: string; readonly undo?: Draft };

/**
 * The community page's catalog builder: sellers and products in a form or a table, photos
 * through the photo coach, CSV import with problems fixed in place, a live storefront
 * preview, a zip export (and re-import) and the embed snippet. Everything is autosaved in
 * IndexedDB; a save that another tab got to first is refused and said.
 *
 * @summary Builds a storefront catalog without code.
 */
export class EtalaseCatalogBuilder extends LitElement {
  static override styles = builderStyles;

  /** UI language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'id';
  /** IndexedDB database name (tests use their own). */
  @property({ attribute: 'store-name' }) storeName = 'etalase-builder';

  @state() private draft: Draft = emptyDraft();
  @state() private loaded = false;
  @state() private view: 'form' | 'table' = 'form';
  @state() private notice: Notice | undefined;
  @state() private saveState: 'saved' | 'saving' | 'conflict' | 'error' = 'saved';
  @state() private saveError = '';
  @state() private photoUrls: ReadonlyMap<string, string> = new Map();
  @state() private coachFor: string | undefined;
  @state() private hostUrl = '';
  @state() private copied: 'yes' | 'failed' | undefined;

  @query('dialog.coach') private coachDialog!: HTMLDialogElement;

  private store: DraftStore | undefined;
  private revision = 0;
  private photos = new Map<string, Blob>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private stopListening: (() => void) | undefined;
  /**
   * A page being closed or reloaded does not disconnect elements, and an IndexedDB write
   * started then may never commit. So what is not yet saved is also written synchronously to
   * localStorage (with the revision it starts from), and picked up again on the next load.
   */
  private readonly flush = (): void => {
    if (!this.saveTimer && !this.unsaved) return;
    this.keepPending();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
  };
  private unsaved: Draft | undefined;

  private get pendingKey(): string {
    return `${this.storeName}-pending`;
  }

  private keepPending(): void {
    try {
      localStorage.setItem(
        this.pendingKey,
        JSON.stringify({ draft: this.draft, base: this.revision }),
      );
    } catch {
      // Storage full or blocked: the IndexedDB save still runs.
    }
  }

  private readPending(): { draft: Draft; base: number } | undefined {
    try {
      const text = localStorage.getItem(this.pendingKey);
      return text ? (JSON.parse(text) as { draft: Draft; base: number }) : undefined;
    } catch {
      return undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
    void this.open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    // A change still waiting for its autosave is written now, not dropped.
    this.flush();
    this.stopListening?.();
    for (const url of this.photoUrls.values()) URL.revokeObjectURL(url);
  }

  private async open(): Promise<void> {
    this.store = await DraftStore.open(this.storeName);
    // A change typed just before the page was closed, not yet in IndexedDB.
    const pending = this.readPending();
    const saved = await this.store.load();
    if (saved) await this.adopt(saved.draft, saved.revision);
    if (pending && Array.isArray(pending.draft?.products)) {
      this.draft = pending.draft;
      this.unsaved = pending.draft;
      if (pending.base === (saved?.revision ?? 0)) void this.save();
      else this.saveState = 'conflict';
    }
    this.loaded = true;
    this.stopListening = this.store.onChange((revision) => {
      if (revision > this.revision) this.saveState = 'conflict';
    });
  }

  /** Shows a saved draft (ours from before, or another tab's) with its photos. */
  private async adopt(draft: Draft, revision: number): Promise<void> {
    const urls = new Map<string, string>();
    this.photos = new Map();
    for (const product of draft.products) {
      for (const key of product.photos) {
        const blob = await this.store!.getPhoto(key);
        if (!blob) continue;
        this.photos.set(key, blob);
        urls.set(key, URL.createObjectURL(blob));
      }
    }
    for (const url of this.photoUrls.values()) URL.revokeObjectURL(url);
    this.photoUrls = urls;
    this.draft = draft;
    this.revision = revision;
    this.saveState = 'saved';
    this.unsaved = undefined;
    try {
      localStorage.removeItem(this.pendingKey);
    } catch {
      // Nothing to remove where storage is blocked.
    }
  }

  /** Replaces the draft (never mutates it) and schedules the autosave. */
  private change(next: Draft): void {
    this.draft = next;
    this.unsaved = next;
    if (this.saveState === 'conflict') return;
    this.saveState = 'saving';
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 150);
  }

  /** Saves the current draft; saves run one after another, so each starts from the last one's revision. */
  private save(force = false): Promise<void> {
    this.saveTimer = undefined;
    const previous = this.saving ?? Promise.resolve();
    const run = previous.then(() => this.saveNow(force));
    this.saving = run;
    return run;
  }

  private async saveNow(force: boolean): Promise<void> {
    if (!this.store) return;
    if (force) this.revision = (await this.store.load())?.revision ?? 0;
    const draft = this.draft;
    const result = await this.store.save(draft, this.revision);
    if (result.ok) {
      this.revision = result.revision;
      this.saveState = this.saveTimer ? 'saving' : 'saved';
      if (this.unsaved === draft) {
        this.unsaved = undefined;
        try {
          localStorage.removeItem(this.pendingKey);
        } catch {
          // Nothing to remove where storage is blocked.
        }
      }
    } else if (result.reason === 'conflict') {
      this.saveState = 'conflict';
    } else {
      this.saveState = 'error';
      this.saveError = result.message[this.lang];
    }
  }

  private t(key: BuilderStringKey, values?: Readonly<Record<string, string | number>>): string {
    return tb(this.lang, key, values);
  }

  // --- rows -----------------------------------------------------------------------------

  private setSeller(key: string, patch: Partial<DraftSeller>): void {
    this.change({ ...this.draft, sellers: updateRow(this.draft.sellers, key, patch) });
  }

  private setProduct(key: string, patch: Partial<DraftProduct>): void {
    this.change({ ...this.draft, products: updateRow(this.draft.products, key, patch) });
  }

  private addSeller(): void {
    const seller = newSeller();
    this.change({ ...this.draft, sellers: [...this.draft.sellers, seller] });
    void this.focusLater(`#name-${seller.key}`);
  }

  private addProduct(): void {
    const last = this.draft.products.at(-1)?.sellerKey ?? this.draft.sellers.at(-1)?.key ?? '';
    const product = newProduct(last);
    this.change({ ...this.draft, products: [...this.draft.products, product] });
    void this.focusLater(`#name-${product.key}`);
  }

  private removeRow(kind: 'sellers' | 'products', key: string, name: string): void {
    const before = this.draft;
    this.change({
      ...this.draft,
      [kind]: (this.draft[kind] as readonly { key: string }[]).filter((r) => r.key !== key),
    });
    this.notice = { kind: 'info', text: this.t('removed', { name: name || '—' }), undo: before };
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- photos ---------------------------------------------------------------------------

  private openCoach(key: string): void {
    this.coachFor = key;
    void this.updateComplete.then(() => this.coachDialog.showModal());
  }

  private async onPhoto(event: Event): Promise<void> {
    const key = this.coachFor;
    const product = this.draft.products.find((p) => p.key === key);
    if (!product || !this.store) return;
    const { blob } = (event as CustomEvent<{ blob: Blob }>).detail;
    const photoKey = newKey('f');
    const stored = await this.store.putPhoto(photoKey, blob);
    if (!stored.ok) {
      this.notice = {
        kind: 'error',
        text: stored.reason === 'storage' ? stored.message[this.lang] : '',
      };
      return;
    }
    this.photos.set(photoKey, blob);
    this.photoUrls = new Map([...this.photoUrls, [photoKey, URL.createObjectURL(blob)]]);
    this.setProduct(product.key, { photos: [...product.photos, photoKey] });
    this.notice = { kind: 'info', text: this.t('photoAdded', { name: product.name || '—' }) };
  }

  private removePhoto(product: DraftProduct, photoKey: string): void {
    this.setProduct(product.key, { photos: product.photos.filter((k) => k !== photoKey) });
  }

  // --- import and export ----------------------------------------------------------------

  private async importCsv(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { csvToDraft } = await import('./csv-to-draft.js');
    const result = csvToDraft(await file.text(), this.draft);
    if (!result.ok) {
      this.notice = { kind: 'error', text: result.message[this.lang] };
      return;
    }
    const before = this.draft;
    this.change(result.draft);
    const added = new Set(result.draft.products.slice(before.products.length).map((p) => p.key));
    const bad = new Set(
      validateDraft(result.draft)
        .issues.filter((i) => added.has(i.key))
        .map((i) => i.key),
    ).size;
    const warnings = result.warnings.map((w) => w[this.lang]);
    this.notice = {
      kind: bad || warnings.length ? 'error' : 'info',
      text: [
        bad
          ? this.t('importedWithIssues', { n: result.rows, bad })
          : this.t('imported', { n: result.rows }),
        ...warnings,
      ].join(' '),
      undo: before,
    };
  }

  private async importZip(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.store) return;
    const { importCatalogZip } = await import('./catalog-zip.js');
    const result = importCatalogZip(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      this.notice = { kind: 'error', text: result.message[this.lang] };
      return;
    }
    for (const [key, blob] of result.photos) {
      const stored = await this.store.putPhoto(key, blob);
      if (!stored.ok) {
        this.notice = {
          kind: 'error',
          text: stored.reason === 'storage' ? stored.message[this.lang] : '',
        };
        return;
      }
    }
    const before = this.draft;
    await this.adopt(result.draft, this.revision);
    this.change(result.draft);
    this.notice = {
      kind: 'info',
      text: this.t('zipOpened', { n: result.draft.products.length }),
      undo: before,
    };
  }

  private async exportZip(): Promise<void> {
    const { exportCatalogZip } = await import('./catalog-zip.js');
    const { zip, issues } = await exportCatalogZip(this.draft, this.photos);
    const url = URL.createObjectURL(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'katalog-etalase.zip';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
    const skipped = new Set(
      issues.filter((i) => i.severity !== 'warning').map((i) => String(i.path[1])),
    ).size;
    this.notice = skipped
      ? { kind: 'error', text: this.t('exportSkipped', { n: skipped }) }
      : undefined;
    this.dispatchEvent(
      new CustomEvent('etalase-builder-export', { detail: { zip }, bubbles: true, composed: true }),
    );
  }

  private async copySnippet(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
    }
  }

  private async resolveConflict(keepMine: boolean): Promise<void> {
    if (!this.store) return;
    if (keepMine) {
      this.saveState = 'saving';
      await this.save(true);
      return;
    }
    const saved = await this.store.load();
    if (saved) await this.adopt(saved.draft, saved.revision);
  }

  private startFresh(): void {
    if (!confirm(this.t('confirmFresh'))) return;
    const before = this.draft;
    this.change(emptyDraft());
    this.notice = {
      kind: 'info',
      text: this.t('removed', { name: this.t('catalog') }),
      undo: before,
    };
  }

  // --- rendering ------------------------------------------------------------------------

  /** See {@link previewImageUrl}. */
  private previewImages:
    { urls: ReadonlyMap<string, string>; resolve: (src: string) => string | undefined } | undefined;

  /**
   * The preview storefront's `imageUrl`: a product photo `foto/<key>.jpg` of the draft is the
   * photo added here, shown from its `blob:` URL (the catalog keeps the path it will have once
   * exported, which the storefront accepts; it refuses a `blob:` URL as catalog data). A new
   * function when the photos change, so the preview's cards are built again.
   */
  private previewImageUrl(): (src: string) => string | undefined {
    const urls = this.photoUrls;
    if (this.previewImages?.urls !== urls) {
      const resolve = (src: string) => {
        const key = /^foto\/(.+)\.jpg$/.exec(src)?.[1];
        return key === undefined ? undefined : urls.get(key);
      };
      this.previewImages = { urls, resolve };
    }
    return this.previewImages.resolve;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('hostUrl')) this.copied = undefined;
    if (this.coachFor !== undefined || this.draft.products.length > 0) loadWidget();
  }

  override render(): TemplateResult {
    if (!this.loaded) return html`<p role="status">${this.t('loading')}</p>`;
    const { catalog, issues } = validateDraft(this.draft);
    const blocking = issues.filter((i) => i.severity === 'error');
    return html`
      ${this.statusBar(blocking.length)} ${this.catalogFields(issues)}
      <section aria-labelledby="sellers-title">
        <h2 id="sellers-title">${this.t('sellers')} (${this.draft.sellers.length})</h2>
        ${this.draft.sellers.length === 0 ? html`<p class="empty">${this.t('emptySellers')}</p>` : nothing}
        ${this.draft.sellers.map((s, i) => this.sellerRow(s, i, issues))}
        <button type="button" class="button" @click=${() => this.addSeller()}>
          + ${this.t('addSeller')}
        </button>
      </section>
      <section aria-labelledby="products-title">
        <div class="section-head">
          <h2 id="products-title">${this.t('products')} (${this.draft.products.length})</h2>
          <div class="toggle" role="group" aria-label=${this.t('view')}>
            ${(['form', 'table'] as const).map(
              (v) =>
                html`<button
                  type="button"
                  aria-pressed=${this.view === v ? 'true' : 'false'}
                  @click=${() => (this.view = v)}
                >
                  ${this.t(v === 'form' ? 'viewForm' : 'viewTable')}
                </button>`,
            )}
          </div>
        </div>
        ${this.draft.products.length === 0 ? html`<p class="empty">${this.t('emptyProducts')}</p>` : nothing}
        ${this.view === 'table' ? this.productTable(issues) : this.draft.products.map((p, i) => this.productCard(p, i, issues))}
        <button
          type="button"
          class="button"
          ?disabled=${this.draft.sellers.length === 0}
          @click=${() => this.addProduct()}
        >
          + ${this.t('addProduct')}
        </button>
      </section>
      ${this.importSection()} ${this.previewSection(catalog)} ${this.exportSection(catalog)}
      ${this.coachDialogView()}
    `;
  }

  private statusBar(problems: number): TemplateResult {
    const save =
      this.saveState === 'conflict'
        ? html`<div class="banner error" role="alert">
            <p>${this.t('conflict')}</p>
            <button type="button" class="button" @click=${() => this.resolveConflict(false)}>
              ${this.t('loadOther')}
            </button>
            <button
              type="button"
              class="button secondary"
              @click=${() => this.resolveConflict(true)}
            >
              ${this.t('keepMine')}
            </button>
          </div>`
        : this.saveState === 'error'
          ? html`<div class="banner error" role="alert"><p>${this.saveError}</p></div>`
          : nothing;
    return html`<div class="status">
        <span class="save-state" role="status"
          >${this.saveState === 'saving' ? this.t('saving') : this.saveState === 'saved' ? `✓ ${this.t('saved')}` : ''}</span
        >
        ${
          // "Every product is ready" means nothing before there is a product.
          problems || this.draft.products.length > 0
            ? html`<span class=${problems ? 'problems' : 'ready'}
                >${problems ? this.t('problems', { n: problems }) : this.t('noProblems')}</span
              >`
            : nothing
        }
      </div>
      ${save}
      ${
        this.notice
          ? html`<div
              class=${`banner ${this.notice.kind}`}
              role=${this.notice.kind === 'error' ? 'alert' : 'status'}
            >
              <p>${this.notice.text}</p>
              ${
                this.notice.undo
                  ? html`<button
                      type="button"
                      class="button secondary"
                      @click=${() => {
                        this.change(this.notice!.undo!);
                        this.notice = undefined;
                      }}
                    >
                      ${this.t('undo')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private catalogFields(issues: readonly DraftIssue[]): TemplateResult {
    return html`<section aria-labelledby="catalog-title" class="card">
      <h2 id="catalog-title">${this.t('catalog')}</h2>
      <div class="grid">
        ${this.textField('catalog', 'title', this.t('catalogTitle'), this.draft.title, (v) => this.change({ ...this.draft, title: v }), issues, this.t('catalogTitleHint'))}
        ${this.textField('catalog', 'region', this.t('catalogRegion'), this.draft.region, (v) => this.change({ ...this.draft, region: v }), issues, this.t('regionHint'))}
      </div>
    </section>`;
  }

  /** One labelled input with its problem (if any) under it, tied by aria-describedby. */
  private textField(
    rowKey: string,
    field: string,
    label: string,
    value: string,
    set: (v: string) => void,
    issues: readonly DraftIssue[],
    hint?: string,
    options: { inputmode?: string; compact?: boolean } = {},
  ): TemplateResult {
    const id = `${field}-${rowKey}`;
    const problem = issues.find(
      (i) =>
        (i.key === rowKey || (rowKey === 'catalog' && i.target === 'catalog')) && i.field === field,
    );
    const described = [problem ? `${id}-problem` : '', hint && !options.compact ? `${id}-hint` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${id} class=${options.compact ? 'visually-hidden' : ''}>${label}</label>
      <input
        id=${id}
        .value=${live(value)}
        inputmode=${options.inputmode ?? 'text'}
        placeholder=${options.compact ? (hint ?? '') : ''}
        aria-invalid=${problem?.severity === 'error' ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${hint && !options.compact ? html`<small id=${`${id}-hint`} class="hint">${hint}</small>` : nothing}
      ${problem ? html`<small id=${`${id}-problem`} class=${`problem ${problem.severity}`}>${problem.message[this.lang]}</small>` : nothing}
    </div>`;
  }

  private sellerRow(s: DraftSeller, i: number, issues: readonly DraftIssue[]): TemplateResult {
    const set = (field: keyof DraftSeller) => (v: string) => this.setSeller(s.key, { [field]: v });
    return html`<fieldset class="card">
      <legend>${s.name || this.t('sellerN', { n: i + 1 })}</legend>
      <div class="grid">
        ${this.textField(s.key, 'name', this.t('sellerName'), s.name, set('name'), issues)}
        ${this.textField(s.key, 'whatsapp', this.t('whatsapp'), s.whatsapp, set('whatsapp'), issues, '0812-3456-7890', { inputmode: 'tel' })}
        ${this.textField(s.key, 'region', this.t('region'), s.region, set('region'), issues, this.t('regionHint'), { inputmode: 'decimal' })}
      </div>
      <button
        type="button"
        class="link danger"
        @click=${() => this.removeRow('sellers', s.key, s.name)}
      >
        ${this.t('removeNamed', { name: s.name || this.t('sellerN', { n: i + 1 }) })}
      </button>
    </fieldset>`;
  }

  private categorySelect(
    p: DraftProduct,
    issues: readonly DraftIssue[],
    compact = false,
  ): TemplateResult {
    const id = `category-${p.key}`;
    const problem = issues.find((x) => x.key === p.key && x.field === 'category');
    return html`<div class="field">
      <label for=${id} class=${compact ? 'visually-hidden' : ''}>${this.t('category')}</label>
      <select
        id=${id}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-problem` : nothing}
        @change=${(e: Event) => this.setProduct(p.key, { category: (e.target as HTMLSelectElement).value })}
      >
        ${(CATEGORIES as readonly string[]).includes(p.category) ? nothing : html`<option value=${p.category} selected>${p.category || '—'}</option>`}
        ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${p.category === c}>${CATEGORY_LABELS[c][this.lang]}</option>`)}
      </select>
      ${problem ? html`<small id=${`${id}-problem`} class="problem error">${problem.message[this.lang]}</small>` : nothing}
    </div>`;
  }

  private sellerSelect(
    p: DraftProduct,
    issues: readonly DraftIssue[],
    compact = false,
  ): TemplateResult {
    const id = `sellerKey-${p.key}`;
    const problem = issues.find((x) => x.key === p.key && x.field === 'sellerKey');
    return html`<div class="field">
      <label for=${id} class=${compact ? 'visually-hidden' : ''}>${this.t('seller')}</label>
      <select
        id=${id}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-problem` : nothing}
        @change=${(e: Event) => this.setProduct(p.key, { sellerKey: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!this.draft.sellers.some((s) => s.key === p.sellerKey)}>
          ${this.t('chooseSeller')}
        </option>
        ${this.draft.sellers.map((s, i) => html`<option value=${s.key} ?selected=${p.sellerKey === s.key}>${s.name || this.t('sellerN', { n: i + 1 })}</option>`)}
      </select>
      ${problem ? html`<small id=${`${id}-problem`} class="problem error">${problem.message[this.lang]}</small>` : nothing}
    </div>`;
  }

  private productCard(p: DraftProduct, i: number, issues: readonly DraftIssue[]): TemplateResult {
    const set = (field: keyof DraftProduct) => (v: string) =>
      this.setProduct(p.key, { [field]: v });
    const label = p.name || this.t('productN', { n: i + 1 });
    return html`<fieldset class="card">
      <legend>${label}</legend>
      <div class="grid">
        ${this.textField(p.key, 'name', this.t('name'), p.name, set('name'), issues)}
        ${this.categorySelect(p, issues)}
        ${this.textField(p.key, 'price', this.t('price'), p.price, set('price'), issues, this.t('priceHint'))}
        ${this.textField(p.key, 'unit', this.t('unit'), p.unit, set('unit'), issues, this.t('unitHint'))}
        ${this.sellerSelect(p, issues)}
        ${this.textField(p.key, 'stock', this.t('stock'), p.stock, set('stock'), issues, undefined, { inputmode: 'numeric' })}
      </div>
      <div class="field">
        <label for=${`description-${p.key}`}>${this.t('description')}</label>
        <textarea
          id=${`description-${p.key}`}
          rows="3"
          .value=${live(p.description)}
          @input=${(e: Event) => this.setProduct(p.key, { description: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${live(p.madeLocally)}
          @change=${(e: Event) => this.setProduct(p.key, { madeLocally: (e.target as HTMLInputElement).checked })}
        />
        ${this.t('madeLocally')}</label
      >
      ${this.photoStrip(p, label)}
      <button
        type="button"
        class="link danger"
        @click=${() => this.removeRow('products', p.key, p.name)}
      >
        ${this.t('removeNamed', { name: label })}
      </button>
    </fieldset>`;
  }

  private photoStrip(p: DraftProduct, label: string, withAdd = true): TemplateResult {
    return html`<div class="photos">
      ${p.photos.map((key, i) =>
        this.photoUrls.get(key)
          ? html`<figure>
              <img
                src=${this.photoUrls.get(key)!}
                alt=${i === 0 ? this.t('mainPhoto', { name: label }) : ''}
                width="72"
                height="72"
              />
              <button
                type="button"
                class="link danger"
                aria-label=${`${this.t('removePhoto')} ${i + 1}`}
                @click=${() => this.removePhoto(p, key)}
              >
                ×
              </button>
            </figure>`
          : nothing,
      )}
      ${
        withAdd
          ? html`<button
              type="button"
              class="button secondary"
              @click=${() => this.openCoach(p.key)}
            >
              ${this.t('addPhoto')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private productTable(issues: readonly DraftIssue[]): TemplateResult {
    return html`<div
      class="table-scroll"
      tabindex="0"
      role="region"
      aria-labelledby="products-title"
    >
      <table>
        <thead>
          <tr>
            <th scope="col">${this.t('name')}</th>
            <th scope="col">${this.t('category')}</th>
            <th scope="col">${this.t('price')}</th>
            <th scope="col">${this.t('unit')}</th>
            <th scope="col">${this.t('seller')}</th>
            <th scope="col">${this.t('stock')}</th>
            <th scope="col">${this.t('madeLocallyShort')}</th>
            <th scope="col">${this.t('photos')}</th>
            <th scope="col"><span class="visually-hidden">${this.t('remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.draft.products.map((p, i) => {
            const set = (field: keyof DraftProduct) => (v: string) =>
              this.setProduct(p.key, { [field]: v });
            const label = p.name || this.t('productN', { n: i + 1 });
            return html`<tr>
              <td>
                ${this.textField(p.key, 'name', `${this.t('name')} ${i + 1}`, p.name, set('name'), issues, this.t('name'), { compact: true })}
              </td>
              <td>${this.categorySelect(p, issues, true)}</td>
              <td>
                ${this.textField(p.key, 'price', `${this.t('price')} ${label}`, p.price, set('price'), issues, '25000', { compact: true })}
              </td>
              <td>
                ${this.textField(p.key, 'unit', `${this.t('unit')} ${label}`, p.unit, set('unit'), issues, 'per kg', { compact: true })}
              </td>
              <td>${this.sellerSelect(p, issues, true)}</td>
              <td>
                ${this.textField(p.key, 'stock', `${this.t('stock')} ${label}`, p.stock, set('stock'), issues, '0', { compact: true, inputmode: 'numeric' })}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label=${`${this.t('madeLocallyShort')} ${label}`}
                  .checked=${live(p.madeLocally)}
                  @change=${(e: Event) => this.setProduct(p.key, { madeLocally: (e.target as HTMLInputElement).checked })}
                />
              </td>
              <td>
                <button type="button" class="link" @click=${() => this.openCoach(p.key)}>
                  ${this.t('photoCount', { n: p.photos.length })}
                </button>
              </td>
              <td>
                <button
                  type="button"
                  class="link danger"
                  aria-label=${this.t('removeNamed', { name: label })}
                  @click=${() => this.removeRow('products', p.key, p.name)}
                >
                  ×
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private importSection(): TemplateResult {
    return html`<section aria-labelledby="import-title" class="card">
      <h2 id="import-title">${this.t('importTitle')}</h2>
      <p class="hint">${this.t('importCsvHelp')}</p>
      <div class="actions">
        <label class="button secondary file"
          >${this.t('importCsv')}<input
            type="file"
            accept=".csv,text/csv,.tsv,text/plain"
            @change=${(e: Event) => this.importCsv(e)}
        /></label>
        <label class="button secondary file"
          >${this.t('importZip')}<input
            type="file"
            accept=".zip,application/zip"
            @change=${(e: Event) => this.importZip(e)}
        /></label>
        <button type="button" class="link danger" @click=${() => this.startFresh()}>
          ${this.t('startFresh')}
        </button>
      </div>
    </section>`;
  }

  private previewSection(catalog: Catalog): TemplateResult {
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${this.t('preview')}</h2>
      ${
        catalog.products.length === 0
          ? html`<p class="empty">${this.t('previewEmpty')}</p>`
          : html`<etalase-storefront
              lang=${this.lang}
              product-param="pratinjau"
              .catalog=${catalog}
              .imageUrl=${this.previewImageUrl()}
            ></etalase-storefront>`
      }
    </section>`;
  }

  private exportSection(catalog: Catalog): TemplateResult {
    const snippet = this.hostUrl.trim() ? embedSnippet(this.hostUrl) : undefined;
    return html`<section aria-labelledby="export-title" class="card">
      <h2 id="export-title">${this.t('exportTitle')}</h2>
      <p class="hint">${this.t('exportHelp')}</p>
      <button
        type="button"
        class="button"
        ?disabled=${catalog.products.length === 0 && this.draft.products.length === 0}
        @click=${() => this.exportZip()}
      >
        ${this.t('exportZip')}
      </button>
      <div class="field">
        <label for="host-url">${this.t('hostUrl')}</label>
        <input
          id="host-url"
          type="url"
          inputmode="url"
          .value=${live(this.hostUrl)}
          placeholder=${this.t('hostUrlHint')}
          aria-describedby=${snippet && !snippet.ok ? 'host-url-problem' : nothing}
          @input=${(e: Event) => (this.hostUrl = (e.target as HTMLInputElement).value)}
        />
        ${snippet && !snippet.ok ? html`<small id="host-url-problem" class="problem error">${this.t('hostUrlInvalid')}</small>` : nothing}
      </div>
      ${
        snippet?.ok
          ? html`<p id="snippet-label">${this.t('snippet')}</p>
              <pre
                class="snippet"
                aria-labelledby="snippet-label"
              ><code>${snippet.html}</code></pre>
              <button
                type="button"
                class="button secondary"
                @click=${() => this.copySnippet(snippet.html)}
              >
                ${this.t('copy')}
              </button>
              <span role="status"
                >${this.copied === 'yes' ? this.t('copied') : this.copied === 'failed' ? this.t('copyFailed') : ''}</span
              >`
          : nothing
      }
    </section>`;
  }

  private coachDialogView(): TemplateResult {
    const product = this.draft.products.find((p) => p.key === this.coachFor);
    return html`<dialog
      class="coach"
      aria-labelledby="coach-title"
      @close=${() => (this.coachFor = undefined)}
    >
      <h2 id="coach-title">
        ${product ? this.t('coachTitle', { name: product.name || '—' }) : ''}
      </h2>
      <p class="hint">${this.t('coachHelp')}</p>
      ${product ? html`<etalase-photo-coach lang=${this.lang} @etalase-photo=${(e: Event) => this.onPhoto(e)}></etalase-photo-coach>` : nothing}
      ${product ? this.photoStrip(product, product.name, false) : nothing}
      <form method="dialog"><button class="button">${this.t('done')}</button></form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'etalase-catalog-builder': EtalaseCatalogBuilder;
  }
}
