import { catalogToCsv } from '@etalase/catalog';
import { listingsToCatalog } from '@etalase/listing-store';
import type { ListingStore, StoredListing } from '@etalase/listing-store';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, t } from '../i18n.js';
import { downloadFile, today } from './download-file.js';
import { panelStyles } from './panel.styles.js';
import { loadProfile, profileToSeller, saveProfile } from './seller-profile.js';
import type { SellerProfileInput } from './seller-profile.js';

/**
 * Her data, hers to take: the catalog for a regional storefront (JSON and CSV, the
 * `@etalase/catalog` format), a single-file backup with every photo, and restoring one.
 * Fires `data-notice` and `data-error` with a text for the seller.
 */
export class EtalaseDataTools extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) store!: ListingStore;
  @property({ attribute: false }) listings: readonly StoredListing[] = [];
  @state() private profile: SellerProfileInput = { name: '', whatsapp: '', regionCode: '' };
  @state() private profileError: { field: string; text: string } | undefined;
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadProfile().then((profile) => (this.profile = profile));
  }

  private tell(kind: 'data-notice' | 'data-error', text: string): void {
    this.dispatchEvent(new CustomEvent(kind, { detail: text, bubbles: true, composed: true }));
  }

  private setProfile(field: keyof SellerProfileInput, value: string): void {
    this.profile = { ...this.profile, [field]: value };
    void saveProfile(this.profile);
  }

  private async exportCatalog(format: 'json' | 'csv' | 'zip'): Promise<void> {
    const seller = profileToSeller(this.profile);
    if (!seller.success) {
      this.profileError = { field: seller.field, text: t(`profileInvalid_${seller.field}`) };
      this.renderRoot.querySelector<HTMLInputElement>(`[name="profile-${seller.field}"]`)?.focus();
      return;
    }
    this.profileError = undefined;
    if (this.listings.length === 0) {
      this.tell('data-error', t('exportEmpty'));
      return;
    }
    const name = `katalog-${seller.seller.id}-${today()}`;
    if (format !== 'zip') {
      // Photos kept on this device have no address online: JSON and CSV carry only links.
      const catalog = listingsToCatalog(this.listings, seller.seller);
      const blob =
        format === 'json'
          ? new Blob([`${JSON.stringify(catalog, null, 2)}\n`], { type: 'application/json' })
          : new Blob([catalogToCsv(catalog)], { type: 'text/csv' });
      downloadFile(`${name}.${format}`, blob);
      this.tell('data-notice', t('exported', catalog.products.length));
      return;
    }
    // The package: katalog.json with its photos beside it (foto/…), as a static host serves them.
    const exported = await this.store.exportCatalog(seller.seller);
    if (!exported.success) {
      this.tell('data-error', localized(exported.issues[0]!.message));
      return;
    }
    const { catalog, photos } = exported.data;
    const files: Zippable = {
      'katalog.json': strToU8(`${JSON.stringify(catalog, null, 2)}\n`),
    };
    for (const photo of photos) files[photo.path] = new Uint8Array(await photo.blob.arrayBuffer());
    // Stored, not deflated: the photos are JPEGs already and the JSON is small.
    const zip = zipSync(files, { level: 0 });
    downloadFile(`${name}.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
    this.tell('data-notice', t('exported', catalog.products.length));
  }

  private async backup(): Promise<void> {
    this.busy = true;
    try {
      const file = await this.store.exportBackup();
      if (!file.success) {
        this.tell('data-error', localized(file.issues[0]!.message));
        return;
      }
      downloadFile(`etalase-cadangan-${today()}.etalase`, file.data);
      this.tell('data-notice', t('backupDone', this.listings.length));
    } finally {
      this.busy = false;
    }
  }

  private async restore(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!confirm(t('restoreConfirm'))) return;
    this.busy = true;
    try {
      const result = await this.store.restoreBackup(file);
      if (result.success)
        this.tell('data-notice', t('restoreDone', result.data.listings, result.data.photos));
      else this.tell('data-error', localized(result.issues[0]!.message));
    } finally {
      this.busy = false;
    }
  }

  private profileField(field: keyof SellerProfileInput, errorKey: string, type = 'text') {
    const error = this.profileError?.field === errorKey ? this.profileError.text : '';
    return html`<label class="field">
      <span>${t(`profile_${field}`)}</span>
      <input
        type=${type}
        name="profile-${errorKey}"
        .value=${this.profile[field]}
        aria-invalid=${error ? 'true' : 'false'}
        class=${error ? 'invalid' : ''}
        @input=${(e: Event) => this.setProfile(field, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<div class="field-error" role="alert">${error}</div>` : null}
    </label>`;
  }

  override render() {
    return html`<div class="section">
      <h2>${t('exportTitle')}</h2>
      <p class="muted">${t('exportHelp')}</p>
      ${this.profileField('name', 'name')} ${this.profileField('whatsapp', 'whatsapp', 'tel')}
      ${this.profileField('regionCode', 'region')}
      <div class="bar">
        <button
          class="primary"
          data-action="export-json"
          @click=${() => void this.exportCatalog('json')}
        >
          ${t('exportJson')}
        </button>
        <button data-action="export-csv" @click=${() => void this.exportCatalog('csv')}>
          ${t('exportCsv')}
        </button>
        <button data-action="export-zip" @click=${() => void this.exportCatalog('zip')}>
          ${t('exportZip')}
        </button>
      </div>

      <h2>${t('backupTitle')}</h2>
      <p class="muted">${t('backupHelp')}</p>
      <div class="bar">
        <button data-action="backup" ?disabled=${this.busy} @click=${() => void this.backup()}>
          ${t('backupButton')}
        </button>
        <label class="field">
          <span>${t('restoreLabel')}</span>
          <input
            type="file"
            name="restore"
            accept=".etalase"
            ?disabled=${this.busy}
            @change=${(e: Event) => void this.restore(e)}
          />
        </label>
      </div>
    </div>`;
  }
}
