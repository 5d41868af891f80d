import type { ListingStore, StoredListing } from '@etalase/listing-store';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, t } from '../i18n.js';
import { sendMessage, MessageFailure } from '../messaging/send-message.js';
import { getStore, unwrapOr } from '../store/open-store.js';
import { bulkChanges } from './bulk-changes.js';
import type { BulkRequest } from './bulk-changes.js';
import { offerImportOn, openTab } from './import-active-tab.js';
import type { OpenTab } from './import-active-tab.js';
import type { ListingSaveDetail } from './listing-editor.js';
import { listingRow } from './listing-row.js';
import { panelStyles } from './panel.styles.js';
import { PhotoUrls } from './photo-urls.js';
import browser from 'webextension-polyfill';

type View = 'list' | 'edit' | 'bulk' | 'data';
const PAGE = 50;

/**
 * Etalase's side panel (Chrome) or sidebar (Firefox): the seller's listings with search and
 * per-marketplace sync badges, the editor, bulk price and stock, export, backup and restore.
 */
export class EtalasePanelApp extends LitElement {
  static override styles = panelStyles;

  @state() private store: ListingStore | undefined;
  @state() private listings: StoredListing[] = [];
  @state() private shown: StoredListing[] = [];
  @state() private query = '';
  @state() private limit = PAGE;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private view: View = 'list';
  @state() private editing: StoredListing | undefined;
  @state() private notice = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private loaded = false;
  private photos: PhotoUrls | undefined;
  private tab: OpenTab = { id: undefined, url: undefined };
  private readonly disconnect = new AbortController();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.open();
    const refreshTab = () => void openTab().then((tab) => (this.tab = tab));
    browser.tabs.onActivated.addListener(refreshTab);
    browser.tabs.onUpdated.addListener(refreshTab);
    this.disconnect.signal.addEventListener('abort', () => {
      browser.tabs.onActivated.removeListener(refreshTab);
      browser.tabs.onUpdated.removeListener(refreshTab);
    });
    refreshTab();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnect.abort();
  }

  private async open(): Promise<void> {
    try {
      const store = await getStore();
      this.photos = new PhotoUrls(store);
      this.store = store;
      const stop = store.onChange((change) => {
        if (change.closed) this.fail(t('storeClosed'));
        else void this.reload();
      });
      this.disconnect.signal.addEventListener('abort', stop);
      await this.reload();
    } catch {
      this.error = t('storeFailed');
    }
    this.loaded = true;
  }

  private async reload(): Promise<void> {
    if (!this.store) return;
    this.listings = await this.store.listListings();
    await this.search(this.query);
    if (this.editing)
      this.editing = this.listings.find((l) => l.id === this.editing!.id) ?? this.editing;
  }

  private async search(query: string): Promise<void> {
    this.query = query;
    this.limit = PAGE;
    this.shown =
      query.trim() && this.store ? await this.store.searchListings(query) : this.listings;
  }

  private say(notice: string): void {
    this.notice = notice;
    this.error = '';
  }

  private fail(message: string): void {
    this.error = message;
    this.notice = '';
  }

  private async save(event: CustomEvent<ListingSaveDetail>): Promise<void> {
    const store = this.store;
    if (!store) return;
    const { id, expectedRevision, listing, newPhotos } = event.detail;
    this.busy = true;
    try {
      if (id === undefined) {
        const saved = unwrapOr(await store.createListing(listing, { photos: newPhotos }), (m) =>
          this.fail(m),
        );
        if (saved) {
          this.say(t('savedNew', saved.title));
          this.view = 'list';
        }
      } else {
        const keys: string[] = [];
        for (const blob of newPhotos) {
          const key = unwrapOr(await store.addPhoto(blob), (m) => this.fail(m));
          if (key === undefined) return;
          keys.push(key);
        }
        const saved = unwrapOr(
          await store.updateListing(
            id,
            { ...listing, images: [...listing.images, ...keys] },
            { expectedRevision },
          ),
          (m) => this.fail(m),
        );
        if (saved) {
          this.say(t('saved', saved.title));
          this.view = 'list';
        }
      }
      await this.reload();
    } finally {
      this.busy = false;
    }
  }

  private async deleteListing(id: string): Promise<void> {
    const listing = this.listings.find((l) => l.id === id);
    if (!this.store || !listing || !confirm(t('deleteConfirm', listing.title))) return;
    const result = await this.store.deleteListing(id, { expectedRevision: listing.revision });
    if (!result.success) {
      this.fail(localized(result.issues[0]!.message));
      return;
    }
    this.say(t('deleted', listing.title));
    this.view = 'list';
    await this.reload();
  }

  private async fillOn(detail: { id: string; marketplace: string; url: string }): Promise<void> {
    try {
      await sendMessage('panel:fill-open', {
        listingId: detail.id,
        marketplace: detail.marketplace as 'tokopedia',
        url: detail.url,
      });
    } catch (error) {
      this.fail(error instanceof MessageFailure ? localized(error.error.message) : t('fillFailed'));
    }
  }

  private importHere(): void {
    // First thing in the click: Firefox asks for the permission only from the gesture itself.
    void offerImportOn(this.tab).then((outcome) => {
      if (outcome === 'injected') this.say(t('importOffered'));
      else if (outcome === 'marketplace') this.say(t('importOnMarketplace'));
      else this.fail(t(`importTab_${outcome}`));
    });
  }

  private async bulk(request: BulkRequest): Promise<void> {
    const chosen = this.listings.filter((l) => this.selected.has(l.id));
    if (!this.store || chosen.length === 0) return;
    this.busy = true;
    const saved = unwrapOr(await this.store.bulkUpdate(bulkChanges(chosen, request)), (m) =>
      this.fail(m),
    );
    this.busy = false;
    if (saved) {
      this.say(t('bulkSaved', saved.length));
      this.selected = new Set();
      this.view = 'list';
      await this.reload();
    }
  }

  private select(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private edit(id: string | undefined): void {
    this.editing = id === undefined ? undefined : this.listings.find((l) => l.id === id);
    this.view = 'edit';
    this.notice = '';
    this.error = '';
  }

  private go(view: View): void {
    this.view = view;
    this.notice = '';
    this.error = '';
  }

  private renderList() {
    const photos = this.photos;
    if (!photos) return null;
    const rows = this.shown.slice(0, this.limit);
    return html`<div class="bar">
        <input
          type="search"
          aria-label=${t('searchLabel')}
          placeholder=${t('searchLabel')}
          .value=${this.query}
          @input=${(e: Event) => void this.search((e.target as HTMLInputElement).value)}
        />
        <button class="primary" @click=${() => this.edit(undefined)}>${t('newListing')}</button>
      </div>
      <div class="bar">
        <button @click=${() => this.importHere()}>${t('importHere')}</button>
      </div>
      ${
        this.listings.length === 0 && this.loaded
          ? html`<p class="empty">${t('emptyList')}</p>`
          : html`<p class="muted" aria-live="polite">
                ${this.query ? t('searchCount', this.shown.length, this.listings.length) : t('listCount', this.listings.length)}
                ${this.selected.size ? html` · ${t('selectedCount', this.selected.size)}` : null}
              </p>
              <ul class="listings">
                ${rows.map((l) =>
                  listingRow(l, photos, this.selected.has(l.id), {
                    select: (id, on) => this.select(id, on),
                    open: (id) => this.edit(id),
                  }),
                )}
              </ul>
              ${
                this.shown.length > rows.length
                  ? html`<button @click=${() => (this.limit += PAGE)}>
                      ${t('showMore', this.shown.length - rows.length)}
                    </button>`
                  : null
              }`
      }`;
  }

  override render() {
    return html`<div class="base" part="base">
      <header>
        <h1>Etalase</h1>
      </header>
      <nav aria-label=${t('navLabel')}>
        <button
          aria-pressed=${this.view === 'list' || this.view === 'edit'}
          @click=${() => this.go('list')}
        >
          ${t('navListings')}
        </button>
        <button aria-pressed=${this.view === 'bulk'} @click=${() => this.go('bulk')}>
          ${t('navBulk')}
        </button>
        <button aria-pressed=${this.view === 'data'} @click=${() => this.go('data')}>
          ${t('navData')}
        </button>
      </nav>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : null}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      ${this.view === 'list' ? this.renderList() : null}
      ${
        this.view === 'edit' && this.photos
          ? html`<etalase-listing-editor
              .listing=${this.editing}
              .photos=${this.photos}
              ?busy=${this.busy}
              @listing-save=${(e: CustomEvent<ListingSaveDetail>) => void this.save(e)}
              @listing-cancel=${() => this.go('list')}
              @listing-delete=${(e: CustomEvent<string>) => void this.deleteListing(e.detail)}
              @listing-fill=${(e: CustomEvent<{ id: string; marketplace: string; url: string }>) => void this.fillOn(e.detail)}
            ></etalase-listing-editor>`
          : null
      }
      ${
        this.view === 'bulk'
          ? html`<etalase-bulk-edit
              .count=${this.selected.size}
              ?busy=${this.busy}
              @bulk-apply=${(e: CustomEvent<BulkRequest>) => void this.bulk(e.detail)}
            ></etalase-bulk-edit>`
          : null
      }
      ${
        this.view === 'data' && this.store
          ? html`<etalase-data-tools
              .store=${this.store}
              .listings=${this.listings}
              @data-notice=${(e: CustomEvent<string>) => this.say(e.detail)}
              @data-error=${(e: CustomEvent<string>) => this.fail(e.detail)}
            ></etalase-data-tools>`
          : null
      }
    </div>`;
  }
}
