import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toLang } from '../shared/strings.js';
import type { PhotoCoachApp } from './photo-coach-app.js';

/**
 * The photo coach sellers hold in their hand: take or pick a listing's photos, see at once
 * what is good and what to change, and get marketplace-ready photos with one tap. Photos are
 * read, judged and fixed on the device (in a Worker); nothing is uploaded.
 *
 * This class is all the embed bundle carries up front: the coach itself (its UI, camera and
 * the Worker that analyses photos) loads when the element is first put in a page, so a page
 * with only a storefront never downloads it.
 *
 * @tagname etalase-photo-coach
 * @summary Plain-language photo tips and one-tap fixes for marketplace product photos.
 *
 * @fires etalase-photo - A photo was fixed for the marketplace. `detail: { blob, report, before, preset, index, name, original }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart drop - The area that takes photos (buttons, drag and drop).
 * @csspart report - The selected photo's report.
 * @csspart camera - The live camera view.
 *
 * @cssprop [--etalase-accent=#0b6e4f] - Accent colour (buttons).
 * @cssprop [--etalase-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--etalase-surface=#ffffff] - Panel background.
 * @cssprop [--etalase-text=#1d2320] - Text colour.
 * @cssprop [--etalase-muted=#545e58] - Secondary text colour.
 * @cssprop [--etalase-border=#dcd8cf] - Borders.
 * @cssprop [--etalase-radius=12px] - Corner radius.
 * @cssprop [--etalase-font=inherit] - Font family.
 * @cssprop [--etalase-focus=#1a5fb4] - Focus ring colour.
 */
export class EtalasePhotoCoach extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Whose photo rules apply: `semua` (all marketplaces, default), `shopee`, `tokopedia`, `tiktok`, `lazada`, `bukalapak` or `blibli`. */
  @property({ reflect: true }) preset = 'semua';

  /** UI language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';

  @state() private app: PhotoCoachApp | undefined;
  @state() private loadFailed = false;
  private loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.app || this.loading) return;
    this.loading = true;
    import('./photo-coach-app.js').then(
      ({ PhotoCoachApp }) => {
        this.app = new PhotoCoachApp(this);
      },
      () => {
        this.loading = false;
        this.loadFailed = true;
      },
    );
  }

  override render() {
    if (this.app) return this.app.render();
    const en = toLang(this.lang) === 'en';
    if (this.loadFailed) {
      return html`<p role="alert">
        ${
          en
            ? 'The photo coach could not be loaded. Check the internet connection, then reload the page.'
            : 'Pelatih foto tidak bisa dimuat. Periksa sambungan internet, lalu muat ulang halaman.'
        }
      </p>`;
    }
    return html`<p role="status">${en ? 'Loading the photo coach…' : 'Memuat pelatih foto…'}</p>`;
  }
}
