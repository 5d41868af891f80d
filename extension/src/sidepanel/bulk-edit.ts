import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { t } from '../i18n.js';
import type { BulkRequest } from './bulk-changes.js';
import { panelStyles } from './panel.styles.js';

/** Sets the price and/or stock of the selected listings at once. Fires `bulk-apply`. */
export class EtalaseBulkEdit extends LitElement {
  static override styles = panelStyles;

  @property({ type: Number }) count = 0;
  @property({ type: Boolean }) busy = false;
  @state() private priceMode: 'keep' | 'set' | 'percent' = 'keep';
  @state() private priceValue = '';
  @state() private stockValue = '';
  @state() private error = '';

  private apply(event: Event): void {
    event.preventDefault();
    const price = Number(this.priceValue.replace(/[.\s]/g, '').replace(',', '.'));
    const stock = this.stockValue.trim() === '' ? undefined : Number(this.stockValue);
    if (this.priceMode !== 'keep' && (!Number.isFinite(price) || this.priceValue.trim() === '')) {
      this.error = t('bulkPriceInvalid');
      return;
    }
    if (this.priceMode === 'set' && price < 0) {
      this.error = t('bulkPriceInvalid');
      return;
    }
    if (stock !== undefined && (!Number.isInteger(stock) || stock < 0)) {
      this.error = t('bulkStockInvalid');
      return;
    }
    if (this.priceMode === 'keep' && stock === undefined) {
      this.error = t('bulkNothing');
      return;
    }
    this.error = '';
    const request: BulkRequest = {
      price: this.priceMode === 'keep' ? { mode: 'keep' } : { mode: this.priceMode, value: price },
      stock,
    };
    this.dispatchEvent(
      new CustomEvent<BulkRequest>('bulk-apply', {
        detail: request,
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    if (this.count === 0) return html`<div class="section"><p>${t('bulkNoneSelected')}</p></div>`;
    return html`<form class="section" @submit=${this.apply} novalidate>
      <h2>${t('bulkTitle', this.count)}</h2>
      <label class="field">
        <span>${t('bulkPrice')}</span>
        <select
          name="price-mode"
          .value=${this.priceMode}
          @change=${(e: Event) => (this.priceMode = (e.target as HTMLSelectElement).value as 'keep' | 'set' | 'percent')}
        >
          <option value="keep">${t('bulkPriceKeep')}</option>
          <option value="set">${t('bulkPriceSet')}</option>
          <option value="percent">${t('bulkPricePercent')}</option>
        </select>
      </label>
      ${
        this.priceMode !== 'keep'
          ? html`<label class="field">
              <span
                >${this.priceMode === 'set' ? t('bulkPriceSetLabel') : t('bulkPricePercentLabel')}</span
              >
              <input
                type="text"
                inputmode="decimal"
                name="price"
                .value=${this.priceValue}
                @input=${(e: Event) => (this.priceValue = (e.target as HTMLInputElement).value)}
              />
            </label>`
          : null
      }
      <label class="field">
        <span>${t('bulkStock')}</span>
        <input
          type="text"
          inputmode="numeric"
          name="stock"
          placeholder=${t('bulkStockKeep')}
          .value=${this.stockValue}
          @input=${(e: Event) => (this.stockValue = (e.target as HTMLInputElement).value)}
        />
      </label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>
          ${t('bulkApply', this.count)}
        </button>
      </div>
    </form>`;
  }
}
