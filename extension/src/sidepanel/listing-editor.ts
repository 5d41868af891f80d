import { Listing, MARKETPLACES, MARKETPLACE_NAMES } from '@etalase/catalog';
import type { StoredListing } from '@etalase/listing-store';
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { until } from 'lit/directives/until.js';
import { editPageUrl } from '@etalase/marketplaces';
import { t } from '../i18n.js';
import { panelStyles } from './panel.styles.js';
import type { PhotoUrls } from './photo-urls.js';

/** What the editor hands to the panel to save. */
export interface ListingSaveDetail {
  /** Undefined for a new listing. */
  readonly id: string | undefined;
  readonly expectedRevision: number | undefined;
  /** Every field but `id` and `bindings`, valid under the `Listing` schema. */
  readonly listing: Omit<Listing, 'id' | 'bindings'>;
  /** Photos added in this edit (from the photo coach), to store and append. */
  readonly newPhotos: readonly Blob[];
}

type TextField =
  'title' | 'price' | 'stock' | 'sku' | 'weightGrams' | 'category' | 'brand' | 'description';
type Draft = Record<TextField, string> & { condition: 'new' | 'used'; images: string[] };

function draftOf(listing: StoredListing | undefined): Draft {
  return {
    title: listing?.title ?? '',
    price: listing ? String(listing.price) : '',
    stock: listing ? String(listing.stock) : '0',
    sku: listing?.sku ?? '',
    weightGrams: listing?.weightGrams ? String(listing.weightGrams) : '',
    category: listing?.category ?? '',
    brand: listing?.brand ?? '',
    description: listing?.description ?? '',
    condition: listing?.condition ?? 'new',
    images: [...(listing?.images ?? [])],
  };
}

function numberOrText(text: string): number | string | undefined {
  const trimmed = text
    .trim()
    .replace(/^rp\s*/i, '')
    .replace(/\./g, '');
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * Edits one listing; checks it with the `Listing` schema before it is saved and says, next
 * to each field, what to change. Fires `listing-save` and `listing-cancel`; the photo coach
 * adds fixed photos to the listing.
 */
export class EtalaseListingEditor extends LitElement {
  static override styles = panelStyles;

  @property({ attribute: false }) listing: StoredListing | undefined;
  @property({ attribute: false }) photos!: PhotoUrls;
  @property({ type: Boolean }) busy = false;
  @state() private draft: Draft = draftOf(undefined);
  @state() private errors: Partial<Record<string, string>> = {};
  @state() private newPhotos: { blob: Blob; url: string }[] = [];
  @state() private coaching = false;
  @state() private coachError = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('listing')) {
      this.draft = draftOf(this.listing);
      this.errors = {};
      this.newPhotos = [];
      this.coaching = false;
    }
  }

  private set(field: TextField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
  }

  /** The draft as a listing, or the issues per field. */
  private validate(): ListingSaveDetail | undefined {
    const d = this.draft;
    const candidate = {
      id: this.listing?.id ?? 'baru',
      title: d.title.trim(),
      description: d.description,
      price: numberOrText(d.price),
      stock: numberOrText(d.stock) ?? 0,
      condition: d.condition,
      images: d.images,
      ...(d.sku.trim() ? { sku: d.sku.trim() } : {}),
      ...(d.weightGrams.trim() ? { weightGrams: numberOrText(d.weightGrams) } : {}),
      ...(d.category.trim() ? { category: d.category.trim() } : {}),
      ...(d.brand.trim() ? { brand: d.brand.trim() } : {}),
      ...(this.listing?.dimensionsCm ? { dimensionsCm: this.listing.dimensionsCm } : {}),
      ...(this.listing?.variants ? { variants: this.listing.variants } : {}),
    };
    const parsed = Listing.safeParse(candidate);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'title');
        errors[field] ??=
          t(`invalid_${field}`) === `invalid_${field}` ? t('invalid_other') : t(`invalid_${field}`);
      }
      this.errors = errors;
      return undefined;
    }
    this.errors = {};
    const listing: Omit<Listing, 'id' | 'bindings'> & Partial<Pick<Listing, 'id' | 'bindings'>> = {
      ...parsed.data,
    };
    delete listing.id;
    delete listing.bindings;
    return {
      id: this.listing?.id,
      expectedRevision: this.listing?.revision,
      listing,
      newPhotos: this.newPhotos.map((p) => p.blob),
    };
  }

  private save(event: Event): void {
    event.preventDefault();
    const detail = this.validate();
    if (!detail) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    this.dispatchEvent(
      new CustomEvent<ListingSaveDetail>('listing-save', { detail, bubbles: true, composed: true }),
    );
  }

  private async openCoach(): Promise<void> {
    this.coachError = '';
    try {
      // The widget's bundle, packaged with the extension: it defines <etalase-photo-coach>.
      await import(/* @vite-ignore */ new URL('widget/etalase.js', location.href).href);
      this.coaching = true;
    } catch {
      this.coachError = t('coachFailed');
    }
  }

  private onCoachPhoto(event: Event): void {
    const { blob } = (event as CustomEvent<{ blob: Blob }>).detail;
    this.newPhotos = [...this.newPhotos, { blob, url: URL.createObjectURL(blob) }];
  }

  private move(index: number): void {
    const images = [...this.draft.images];
    const [photo] = images.splice(index, 1);
    this.draft = { ...this.draft, images: [photo!, ...images] };
  }

  private removePhoto(index: number): void {
    this.draft = { ...this.draft, images: this.draft.images.filter((_, i) => i !== index) };
  }

  private field(field: TextField, kind: 'text' | 'number' = 'text') {
    const error = this.errors[field];
    return html`<label class="field">
      <span>${t(`label_${field}`)}</span>
      ${
        field === 'description'
          ? html`<textarea
              name=${field}
              .value=${this.draft[field]}
              aria-invalid=${error ? 'true' : 'false'}
              class=${error ? 'invalid' : ''}
              @input=${(e: Event) => this.set(field, (e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : html`<input
              type="text"
              inputmode=${kind === 'number' ? 'numeric' : 'text'}
              name=${field}
              .value=${this.draft[field]}
              aria-invalid=${error ? 'true' : 'false'}
              class=${error ? 'invalid' : ''}
              @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
            />`
      }
      ${error ? html`<div class="field-error" role="alert">${error}</div>` : null}
    </label>`;
  }

  override render() {
    const listing = this.listing;
    return html`<form class="section" @submit=${this.save} novalidate>
      <h2>${listing ? t('editTitle') : t('newTitle')}</h2>
      ${this.field('title')}
      <div class="grid2">${this.field('price', 'number')} ${this.field('stock', 'number')}</div>
      <div class="grid2">${this.field('sku')} ${this.field('weightGrams', 'number')}</div>
      <label class="field">
        <span>${t('label_condition')}</span>
        <select
          name="condition"
          .value=${this.draft.condition}
          @change=${(e: Event) =>
            (this.draft = {
              ...this.draft,
              condition: (e.target as HTMLSelectElement).value as 'new' | 'used',
            })}
        >
          <option value="new">${t('conditionNew')}</option>
          <option value="used">${t('conditionUsed')}</option>
        </select>
      </label>
      ${this.field('category')} ${this.field('brand')} ${this.field('description')}

      <fieldset>
        <legend>${t('photosTitle')}</legend>
        <div class="photos">
          ${this.draft.images.map(
            (image, index) =>
              html`<div class="photo">
                <img
                  alt=${t('photoAlt', index + 1)}
                  src=${until(
                    this.photos.get(image).then((u) => u ?? ''),
                    '',
                  )}
                />
                ${index === 0 ? html`<span class="main">${t('photoMain')}</span>` : null}
                <div>
                  ${index > 0 ? html`<button type="button" @click=${() => this.move(index)}>${t('photoMakeMain')}</button>` : null}
                  <button
                    type="button"
                    @click=${() => this.removePhoto(index)}
                    aria-label=${t('photoRemove', index + 1)}
                  >
                    ×
                  </button>
                </div>
              </div>`,
          )}
          ${this.newPhotos.map(
            (photo, index) =>
              html`<div class="photo" data-new-photo>
                <img alt=${t('photoNewAlt', index + 1)} src=${photo.url} />
              </div>`,
          )}
        </div>
        ${this.draft.images.length + this.newPhotos.length === 0 ? html`<p class="muted">${t('photosNone')}</p>` : null}
        ${this.newPhotos.length ? html`<p class="muted">${t('photosNewNote', this.newPhotos.length)}</p>` : null}
        ${
          this.coaching
            ? html`<etalase-photo-coach
                lang=${t('langCode')}
                @etalase-photo=${this.onCoachPhoto}
              ></etalase-photo-coach>`
            : html`<button type="button" data-action="coach" @click=${() => void this.openCoach()}>
                ${t('coachOpen')}
              </button>`
        }
        ${this.coachError ? html`<p class="error">${this.coachError}</p>` : null}
      </fieldset>

      ${
        listing && Object.keys(listing.bindings).length
          ? html`<fieldset>
              <legend>${t('bindingsTitle')}</legend>
              <ul class="bindings">
                ${MARKETPLACES.filter((m) => listing.bindings[m]).map((m) => {
                  const binding = listing.bindings[m]!;
                  const page = editPageUrl(m, binding.productId) ?? binding.url;
                  return html`<li>
                    <strong>${MARKETPLACE_NAMES[m]}</strong>:
                    ${t(`badge_${binding.state ?? 'unknown'}`, MARKETPLACE_NAMES[m])}
                    ${
                      page
                        ? html`<button
                            type="button"
                            class="link"
                            @click=${() =>
                              this.dispatchEvent(
                                new CustomEvent('listing-fill', {
                                  detail: { id: listing.id, marketplace: m, url: page },
                                  bubbles: true,
                                  composed: true,
                                }),
                              )}
                          >
                            ${t('fillThere', MARKETPLACE_NAMES[m])}
                          </button>`
                        : null
                    }
                  </li>`;
                })}
              </ul>
            </fieldset>`
          : null
      }

      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t('save')}</button>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new CustomEvent('listing-cancel', { bubbles: true, composed: true }))}
        >
          ${t('cancel')}
        </button>
        ${
          listing
            ? html`<button
                type="button"
                @click=${() =>
                  this.dispatchEvent(
                    new CustomEvent('listing-delete', {
                      detail: listing.id,
                      bubbles: true,
                      composed: true,
                    }),
                  )}
              >
                ${t('delete')}
              </button>`
            : null
        }
      </div>
    </form>`;
  }
}
