import { css } from 'lit';
import { property } from 'lit/decorators/property.js';
import { LazyViewElement } from '../shared/lazy-view-element.js';
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
 * @cssprop [--etalase-maybe=#3e5675] - A check that may need fixing but is not sure (its icon and "Periksa sendiri" label).
 */
export class EtalasePhotoCoach extends LazyViewElement<PhotoCoachApp> {
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

  protected override readonly loadingText = {
    id: 'Memuat pelatih foto…',
    en: 'Loading the photo coach…',
  };

  protected override readonly failedText = {
    id: 'Pelatih foto tidak bisa dimuat. Periksa sambungan internet, lalu muat ulang halaman.',
    en: 'The photo coach could not be loaded. Check the internet connection, then reload the page.',
  };

  protected override loadView(): Promise<PhotoCoachApp> {
    return import('./photo-coach-app.js').then(({ PhotoCoachApp }) => new PhotoCoachApp(this));
  }
}
