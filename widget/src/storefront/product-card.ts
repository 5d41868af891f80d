// The product card of the storefront's grid, and the grey cards shown while loading.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { formatPrice, safeUrl } from '@etalase/catalog';
import type { Lang, PreviewProduct, PreviewSeller } from '@etalase/catalog';
import { t } from '../shared/strings.js';
import type { ProduceCardParts } from './produce-badges.js';

/** "Kabupaten Aceh Tengah" → "Kab. Aceh Tengah": the form people write on labels. */
export function shortRegionName(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ').replace(/^Kota Administrasi\s+/i, 'Kota ');
}

export interface CardContext {
  readonly lang: Lang;
  readonly seller: PreviewSeller | undefined;
  /** The page URL with this product open (the card is a link to it). */
  readonly href: string;
  /** Cards near the top load their photo at once; the rest when scrolled to. */
  readonly eager: boolean;
  /**
   * Whether photos are shown yet: not in the storefront's first cards, so their names and
   * prices are painted before any photo is fetched (the box keeps its size meanwhile).
   */
  readonly photo: boolean;
  /** The buyer asked to save data: no larger photos from `srcset`. */
  readonly lowData: boolean;
  /** See the storefront's `imageUrl`. */
  readonly imageUrl?: ((src: string) => string | undefined) | undefined;
  readonly onClick: (event: MouseEvent) => void;
  /** Harvest, pre-order, halal and minimum order, once the produce chunk is loaded. */
  readonly produce?: ProduceCardParts | undefined;
}

/**
 * One product card: photo, name, price and unit, seller, place, badges. All text, no HTML.
 * Takes only the fields the preview reader vouches for, so the same card shows a preview.
 */
export function productCard(product: PreviewProduct, context: CardContext): TemplateResult {
  const { lang, seller } = context;
  const image = product.images[0];
  const load = (url: string | undefined) => url && (context.imageUrl?.(url) ?? url);
  const src = load(image && safeUrl(image.src));
  const sources = context.lowData
    ? []
    : (image?.sources ?? []).flatMap((s) => {
        const url = load(safeUrl(s.src));
        return url ? [{ width: s.width, src: url }] : [];
      });
  const place = product.origin?.name ?? seller?.region?.name;
  const produce = context.produce;
  return html`<li>
    <a
      class="card ${produce?.unavailable ? 'unavailable' : ''}"
      part="card"
      href=${context.href}
      @click=${context.onClick}
    >
      <div class="thumb">
        ${
          src && context.photo
            ? // A card shows another product after a keystroke: a new <img> for a new photo,
              // since an <img> given a new src keeps showing the old photo until it loads.
              // `loading` comes before `src`: bindings are set in order, and an image whose
              // src is set first starts loading at once, even below the screen.
              keyed(
                src,
                html`<img
                  loading=${context.eager ? 'eager' : 'lazy'}
                  decoding="async"
                  width=${image?.width ?? 800}
                  height=${image?.height ?? 800}
                  alt=${image?.alt ?? product.name}
                  sizes=${sources.length ? '(min-width: 720px) 25vw, 50vw' : nothing}
                  srcset=${sources.length ? sources.map((s) => `${s.src} ${s.width}w`).join(', ') : nothing}
                  src=${src}
                />`,
              )
            : nothing
        }
      </div>
      <div class="info">
        <h3 class="name">${product.name}</h3>
        <span class="price"
          >${formatPrice(product.price)}${product.unit ? html` <span class="unit">${product.unit}</span>` : nothing}${produce?.price ?? nothing}</span
        >
        ${produce?.fresh ?? nothing}
        ${seller ? html`<span class="meta">${seller.name}</span>` : nothing}
        ${place ? html`<span class="meta">${shortRegionName(place)}</span>` : nothing}
        <span class="badges">
          ${product.madeLocally ? html`<span class="badge" part="badge">${t(lang, 'productLocal')}</span>` : nothing}
          ${product.stock === 0 ? html`<span class="badge muted">${t(lang, 'outOfStock')}</span>` : nothing}
          ${produce?.badges ?? nothing}
        </span>
      </div>
    </a>
  </li>`;
}

/** Grey placeholder cards, the grid's shape while the catalog loads. */
export function cardSkeletons(): TemplateResult {
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
