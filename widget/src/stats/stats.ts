import { css } from 'lit';
import { property } from 'lit/decorators/property.js';
import { LazyViewElement } from '../shared/lazy-view-element.js';
import type { StatsApp } from './stats-app.js';

/**
 * What a regional office reports about its UMKM online, counted from the same catalog a
 * storefront shows: sellers, products, the share made locally, kabupaten/kota covered; by
 * category, region, price band and marketplace, in charts with data tables and a tile map of
 * the provinces; optionally the change since an earlier catalog and a photo-readiness audit.
 * The element itself is a few hundred bytes; its view loads as a chunk when first shown, so
 * it adds nothing to a storefront's first render.
 *
 * @tagname etalase-stats
 * @summary Regional figures from an Etalase catalog.
 * @fires etalase-ready - The figures are counted: `{ count, fromCache }` (`count`: products counted).
 * @fires etalase-error - The catalog could not be read, wholly or in part: `{ issues }`.
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, area and date.
 * @csspart figure - One headline figure.
 * @csspart chart - One bar chart with its table.
 * @csspart message - Loading and error messages.
 * @cssprop --etalase-accent - Bars, buttons and the darkest map shade.
 * @cssprop --etalase-surface - Panels.
 * @cssprop --etalase-text - Text.
 * @cssprop --etalase-muted - Secondary text.
 * @cssprop --etalase-border - Panel borders.
 * @cssprop --etalase-shade-0 - Map tiles with nothing; `--etalase-shade-1` … `-4` for more.
 */
export class EtalaseStats extends LazyViewElement<StatsApp> {
  static override styles = css`
    :host {
      display: block;
      min-height: var(--etalase-stats-min-height, 24rem);
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Catalog URL (JSON or CSV); relative URLs resolve against the page. */
  @property() src: string | undefined;

  /** Inline catalog data (an object, or JSON or CSV text), instead of `src`. */
  @property({ attribute: false }) catalog: unknown;

  /** Count only this province (`33`) or kabupaten/kota (`33.72`). */
  @property({ reflect: true }) region: string | undefined;

  /** URL of an earlier catalog: shows new sellers and products and the change in the figures. */
  @property() compare: string | undefined;

  /** `light` (default), `dark` or `auto` (follows the device). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Offer the photo-readiness audit (runs only when the reader starts it). */
  @property({ type: Boolean, attribute: 'photo-audit', reflect: true }) photoAudit = false;

  /** How many main photos the audit checks at most, spread over the catalog. Default 60. */
  @property({ type: Number, attribute: 'audit-sample' }) auditSample = 60;

  protected override readonly loadingText = { id: 'Memuat angka…', en: 'Loading the figures…' };

  protected override readonly failedText = {
    id: 'Angka wilayah tidak bisa dimuat. Periksa sambungan internet, lalu muat ulang halaman.',
    en: 'The regional figures could not be loaded. Check the internet connection, then reload the page.',
  };

  protected override loadView(): Promise<StatsApp> {
    return import('./stats-app.js').then(({ StatsApp }) => new StatsApp(this));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'etalase-stats': EtalaseStats;
  }
}
