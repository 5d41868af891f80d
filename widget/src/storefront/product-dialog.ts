import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import { state } from 'lit/decorators/state.js';
import {
  CATEGORY_LABELS,
  MARKETPLACES,
  MARKETPLACE_NAMES,
  formatPrice,
  orderableQuantity,
  produceStatus,
  quantityUnitOf,
  safeUrl,
  whatsappOrderLink,
} from '@etalase/catalog';
import type {
  Lang,
  Marketplace,
  OrderProduceInput,
  ProduceClock,
  ProduceFilters,
  Product,
  RegionInfo,
  Seller,
} from '@etalase/catalog';
import { defineElement } from '../shared/define-element.js';
import { emit } from '../shared/events.js';
import type { OrderChannel } from '../shared/events.js';
import { productDialogStyles } from './product-dialog.styles.js';
import { produceDialogStyles } from './produce.styles.js';
import { t } from '../shared/strings.js';
import { dt } from './dialog-strings.js';
import { minOrderNote, produceBadges } from './produce-badges.js';
import { buyerZone, clockFor } from './produce-clock.js';
import {
  certificationList,
  fulfilmentChoice,
  fulfilmentText,
  priceTiersTable,
  produceFacts,
} from './produce-order.js';
import type { Fulfilment } from './produce-order.js';
import { firstFulfilment } from './produce-order.js';
import { pt } from './produce-strings.js';

/** The most a buyer orders through the dialog, in the product's unit. */
const MAX_QUANTITY = 9999;

/**
 * The product detail, in a native modal `<dialog>`: focus stays inside while it is open,
 * Esc closes it, and the storefront returns focus to the card. Loaded lazily by the
 * storefront the first time a product is opened.
 *
 * @tagname etalase-product-dialog
 * @fires etalase-order - The buyer chose WhatsApp, a marketplace, or share.
 * @fires etalase-dialog-close - The buyer closed the dialog (internal to the storefront).
 * @csspart dialog - The `<dialog>` element.
 */
export class EtalaseProductDialog extends LitElement {
  static override styles = [productDialogStyles, ...produceDialogStyles];

  @property({ attribute: false }) product: Product | undefined;
  @property({ attribute: false }) seller: Seller | undefined;
  @property({ attribute: false }) override lang: Lang = 'id';
  /**
   * The buyer's produce filters: a "delivers to my area" or "pick up in" choice there
   * becomes the dialog's first choice of delivery or pickup point.
   */
  @property({ attribute: false }) areaFilters: ProduceFilters | undefined;
  /** The page URL with this product open, for sharing. */
  @property({ attribute: false }) shareUrl = '';
  /** See the storefront's `imageUrl`. */
  @property({ attribute: false }) imageUrl: ((src: string) => string | undefined) | undefined;

  @state() private photo = 0;
  @state() private quantity = 1;
  @state() private feedback = '';
  /** Pickup point or delivery area chosen for a product sold with them. */
  @state() private fulfilment: Fulfilment | undefined;
  /** The kabupaten/kota the product is delivered to, once the regions table is loaded. */
  @state() private deliveryAreas: readonly RegionInfo[] = [];
  private clock: ProduceClock = { now: 0, zone: 'WIB' };

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.slides') private slides: HTMLElement | undefined;

  /** Opens the dialog as a modal. */
  show(): void {
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('h2')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const product = this.product;
    if (!product) return;
    // Read once per update, so the dialog's dates and the message agree.
    this.clock = clockFor(product, this.seller, Date.now(), buyerZone());
    if (!changed.has('product')) return;
    this.quantity = this.leastQuantity(product);
    this.fulfilment = firstFulfilment(product, this.areaFilters);
    this.deliveryAreas = [];
    const codes = product.deliveryAreas ?? [];
    if (codes.length) {
      void import('./produce-regions-of.js').then(({ deliveryChoices }) => {
        if (this.product === product) this.deliveryAreas = deliveryChoices(codes);
      });
    }
  }

  /** The least a buyer may order: the minimum order, or one step of the unit. */
  private leastQuantity(product: Product): number {
    return orderableQuantity(0, quantityUnitOf(product.unit), product.minOrder);
  }

  /** A quantity on the unit's steps, between the least order and {@link MAX_QUANTITY}. */
  private boundedQuantity(value: number): number {
    const product = this.product!;
    const bounded = orderableQuantity(value, quantityUnitOf(product.unit), product.minOrder);
    return Math.min(MAX_QUANTITY, bounded);
  }

  /** The produce details of the order message, or undefined for a product sold by the piece. */
  private orderProduce(product: Product): OrderProduceInput | undefined {
    const byWeight = quantityUnitOf(product.unit).step !== 1;
    const produce =
      product.minOrder !== undefined ||
      (product.priceTiers?.length ?? 0) > 0 ||
      (product.pickup?.length ?? 0) > 0 ||
      (product.deliveryAreas?.length ?? 0) > 0 ||
      product.preOrder !== undefined;
    if (!byWeight && !produce) return undefined;
    const status = produceStatus(product, this.clock);
    const preOrder = status === 'pre-order' || status === 'pre-order-closed';
    return {
      minOrder: product.minOrder,
      priceTiers: product.priceTiers,
      ...fulfilmentText(product, this.fulfilment, this.deliveryAreas),
      preOrderReadyAt: preOrder ? product.preOrder?.readyAt : undefined,
    };
  }

  private onClose(): void {
    this.dispatchEvent(new CustomEvent('etalase-dialog-close', { bubbles: true, composed: true }));
  }

  private onBackdropClick(event: MouseEvent): void {
    // A click on the dialog element itself (not its content) is a click on the backdrop.
    if (event.target === this.dialog) this.dialog.close();
  }

  private images(): { src: string; alt: string }[] {
    const product = this.product!;
    return product.images
      .map((image) => {
        const src = safeUrl(image.src);
        return { src: src && (this.imageUrl?.(src) ?? src), alt: image.alt ?? product.name };
      })
      .filter((image): image is { src: string; alt: string } => image.src !== undefined);
  }

  private goTo(index: number): void {
    const count = this.images().length;
    if (count === 0) return;
    this.photo = (index + count) % count;
    const slide = this.slides?.children[this.photo] as HTMLElement | undefined;
    this.slides?.scrollTo({
      left: slide?.offsetLeft ?? 0,
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  }

  private onSlidesScroll(): void {
    const el = this.slides;
    if (!el || el.clientWidth === 0) return;
    const index = Math.round(el.scrollLeft / el.clientWidth);
    if (index !== this.photo) this.photo = index;
  }

  private onGalleryKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight') this.goTo(this.photo + 1);
    else if (event.key === 'ArrowLeft') this.goTo(this.photo - 1);
    else return;
    event.preventDefault();
  }

  private order(channel: OrderChannel): void {
    emit(this, 'etalase-order', { channel, product: this.product! });
  }

  private async share(): Promise<void> {
    const product = this.product!;
    const data = {
      title: product.name,
      text: `${product.name} — ${formatPrice(product.price)}`,
      url: this.shareUrl,
    };
    if (
      typeof navigator.share === 'function' &&
      (!navigator.canShare || navigator.canShare(data))
    ) {
      try {
        await navigator.share(data);
        this.order('share');
      } catch {
        // The buyer cancelled the share sheet: nothing to report.
      }
      return;
    }
    await this.copyLink();
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.feedback = dt(this.lang, 'linkCopied');
      this.order('copy-link');
    } catch {
      this.feedback = dt(this.lang, 'copyFailed');
    }
  }

  private marketplaceLinks(): { marketplace: Marketplace; href: string }[] {
    const product = this.product!;
    const links: { marketplace: Marketplace; href: string }[] = [];
    for (const marketplace of MARKETPLACES) {
      const href = safeUrl(product.links?.[marketplace] ?? this.seller?.shops?.[marketplace]);
      if (href && /^https?:\/\//i.test(href)) links.push({ marketplace, href });
    }
    return links;
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const lang = this.lang;
    const seller = this.seller;
    const images = this.images();
    const place = product.origin?.name ?? seller?.region?.name;
    const links = this.marketplaceLinks();
    const wa = seller?.whatsapp
      ? whatsappOrderLink(seller.whatsapp, {
          productName: product.name,
          price: product.price,
          unit: product.unit,
          quantity: this.quantity,
          sellerName: seller.name,
          productUrl: this.shareUrl,
          lang,
          produce: this.orderProduce(product),
        })
      : undefined;
    const unit = quantityUnitOf(product.unit);
    const least = this.leastQuantity(product);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onClose}
      @click=${this.onBackdropClick}
      lang=${lang}
    >
      <div class="header">
        <button
          class="close"
          type="button"
          aria-label=${dt(lang, 'close')}
          @click=${() => this.dialog.close()}
        >
          ×
        </button>
      </div>
      <div class="layout">
        <div
          class="gallery"
          role="group"
          aria-roledescription="carousel"
          aria-label=${product.name}
          @keydown=${this.onGalleryKey}
        >
          ${
            images.length
              ? html`<div
                  class="slides"
                  tabindex="0"
                  aria-label=${dt(lang, 'photoOf', { n: this.photo + 1, total: images.length })}
                  @scroll=${this.onSlidesScroll}
                >
                  ${images.map((image, i) => html`<figure class="slide" aria-hidden=${i === this.photo ? 'false' : 'true'}><img src=${image.src} alt=${image.alt} width="800" height="800" decoding="async" loading=${i === 0 ? 'eager' : 'lazy'} /></figure>`)}
                </div>`
              : nothing
          }
          ${
            images.length > 1
              ? html`<button
                    class="nav prev"
                    type="button"
                    aria-label=${dt(lang, 'previousPhoto')}
                    @click=${() => this.goTo(this.photo - 1)}
                  >
                    ‹
                  </button>
                  <button
                    class="nav next"
                    type="button"
                    aria-label=${dt(lang, 'nextPhoto')}
                    @click=${() => this.goTo(this.photo + 1)}
                  >
                    ›
                  </button>
                  <div class="dots" aria-hidden="true">
                    ${images.map((_, i) => html`<span class="dot ${i === this.photo ? 'active' : ''}"></span>`)}
                  </div>`
              : nothing
          }
        </div>
        <div class="content">
          <h2 id="title" tabindex="-1">${product.name}</h2>
          <div class="price">
            ${formatPrice(product.price)}${product.unit ? html` <span class="unit">${product.unit}</span>` : nothing}${minOrderNote(product, lang)}
          </div>
          <div class="badges">
            ${product.madeLocally ? html`<span class="badge">${t(lang, 'productLocal')}</span>` : nothing}
            <span class="badge muted">${CATEGORY_LABELS[product.category][lang]}</span>
            ${product.stock === 0 ? html`<span class="badge muted">${t(lang, 'outOfStock')}</span>` : product.stock !== undefined ? html`<span class="badge muted">${dt(lang, 'stock', { n: product.stock })}</span>` : nothing}
            ${produceBadges(product, this.clock, lang)}
          </div>
          ${produceFacts(product, this.clock, lang)}
          ${product.description ? html`<p class="description">${product.description}</p>` : nothing}
          ${priceTiersTable(product, this.quantity, lang)} ${certificationList(product, lang)}
          ${
            seller
              ? html`<section class="seller" aria-label=${dt(lang, 'seller')}>
                  <span class="label">${dt(lang, 'seller')}</span>
                  <h3>${seller.name}</h3>
                  ${place ? html`<p>${dt(lang, 'origin', { place })}</p>` : nothing}
                  ${seller.description ? html`<p>${seller.description}</p>` : nothing}
                </section>`
              : nothing
          }
          <div class="order">
            ${
              wa
                ? html`${fulfilmentChoice(product, lang, this.fulfilment, this.deliveryAreas, (choice) => (this.fulfilment = choice))}
                    <div class="qty" role="group" aria-label=${dt(lang, 'quantity')}>
                      <span class="label" id="qty-label"
                        >${unit.label && !unit.pack ? pt(lang, 'quantityIn', { unit: unit.label }) : dt(lang, 'quantity')}</span
                      >
                      <button
                        class="button"
                        type="button"
                        aria-label=${dt(lang, 'decrease')}
                        @click=${() => (this.quantity = this.boundedQuantity(this.quantity - unit.step))}
                      >
                        −
                      </button>
                      <input
                        type="number"
                        min=${least}
                        max=${MAX_QUANTITY}
                        step=${unit.step}
                        inputmode=${unit.step === 1 ? 'numeric' : 'decimal'}
                        aria-labelledby="qty-label"
                        .value=${String(this.quantity)}
                        @change=${(e: Event) => {
                          const input = e.target as HTMLInputElement;
                          this.quantity = this.boundedQuantity(
                            Number(input.value.replace(',', '.')),
                          );
                          input.value = String(this.quantity);
                        }}
                      />
                      <button
                        class="button"
                        type="button"
                        aria-label=${dt(lang, 'increase')}
                        @click=${() => (this.quantity = this.boundedQuantity(this.quantity + unit.step))}
                      >
                        +
                      </button>
                    </div>
                    <a
                      class="button whatsapp"
                      href=${wa}
                      target="_blank"
                      rel="noopener noreferrer"
                      @click=${() => this.order('whatsapp')}
                      >${dt(lang, 'orderWhatsapp')}</a
                    >`
                : nothing
            }
            ${
              links.length
                ? html`<div class="links">
                    ${links.map(
                      ({ marketplace, href }) =>
                        html`<a
                          class="button"
                          href=${href}
                          target="_blank"
                          rel="noopener noreferrer"
                          @click=${() => this.order(marketplace)}
                          >${dt(lang, 'buyOn', { marketplace: MARKETPLACE_NAMES[marketplace] })}</a
                        >`,
                    )}
                  </div>`
                : nothing
            }
            <div class="links">
              <button class="button" type="button" @click=${() => void this.share()}>
                ${dt(lang, 'share')}
              </button>
              <button class="button" type="button" @click=${() => void this.copyLink()}>
                ${dt(lang, 'copyLink')}
              </button>
            </div>
            <p class="feedback" role="status" aria-live="polite">${this.feedback}</p>
          </div>
        </div>
      </div>
    </dialog>`;
  }
}

defineElement('etalase-product-dialog', EtalaseProductDialog);

declare global {
  interface HTMLElementTagNameMap {
    'etalase-product-dialog': EtalaseProductDialog;
  }
}
