import type { Marketplace } from '@etalase/catalog';

/** How a form control takes a value; decides how {@link applyFill} sets it. */
export const CONTROL_KINDS = [
  'text',
  'number',
  'richtext',
  'select',
  'combobox',
  'radio',
  'checkbox',
  'file',
] as const;
/** One of {@link CONTROL_KINDS}. `richtext` is a contenteditable editor. */
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** The listing fields a form can hold. Dimensions are three fields, one per control. */
export const LISTING_FIELDS = [
  'title',
  'category',
  'description',
  'price',
  'stock',
  'sku',
  'condition',
  'weight',
  'length',
  'width',
  'height',
  'brand',
  'images',
] as const;
/** One of {@link LISTING_FIELDS}. */
export type ListingField = (typeof LISTING_FIELDS)[number];

/**
 * How to find one field's control on a page. The finder tries, in this order: `selectors`
 * (exact CSS, e.g. a test id), `labels` (visible label text, folded for case and
 * diacritics, matched against the label the control is associated with), then
 * `attributes` (patterns against name, id, placeholder, aria-label and data-testid).
 */
export interface FieldLocator {
  readonly kind: ControlKind;
  /** CSS selectors, most specific first. They may match the control or a wrapper of it. */
  readonly selectors?: readonly string[];
  /** Label texts in Indonesian and English, matched whole after folding. */
  readonly labels?: readonly string[];
  /** Case-insensitive regular-expression sources matched against the control's attributes. */
  readonly attributes?: readonly string[];
  /**
   * For `radio`, `select` and `combobox` fields with fixed choices: which option texts mean
   * which value, e.g. `{ new: ['Baru', 'New'], used: ['Bekas', 'Used'] }`.
   */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
  /** Unit the control takes: weight in `g` or `kg`. Default `g` for weight. */
  readonly unit?: 'g' | 'kg';
  /**
   * For `file` fields: where the uploader shows the photos it holds (for reading an edit
   * page back).
   */
  readonly previews?: string;
}

/** A marketplace's limits on a listing; `undefined` where no figure is known. */
export interface ListingLimits {
  readonly titleMin: number | undefined;
  readonly titleMax: number | undefined;
  readonly descriptionMin: number | undefined;
  readonly descriptionMax: number | undefined;
  /** Rupiah. */
  readonly priceMin: number | undefined;
  /** Rupiah. */
  readonly priceMax: number | undefined;
  readonly photosMax: number | undefined;
  /** Bytes per photo. */
  readonly photoMaxBytes: number | undefined;
}

/** Where a cell of a seller's product list is. `attribute` reads an attribute instead of text. */
export interface CellLocator {
  /** Relative to the row; omitted means the row itself. */
  readonly selector?: string;
  readonly attribute?: string;
  /** Regular-expression source; its first group is the value (e.g. an id inside a URL). */
  readonly pattern?: string;
}

/** How to read rows of a seller's product list page. */
export interface ProductListMap {
  readonly row: string;
  readonly externalId: CellLocator;
  readonly title: CellLocator;
  readonly price: CellLocator;
  readonly stock: CellLocator;
  readonly url: CellLocator;
}

/** The pages of a marketplace that Etalase recognises, by URL. */
export const PAGE_KINDS = ['add-product', 'edit', 'product-list', 'product'] as const;
/** One of {@link PAGE_KINDS}. */
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Everything Etalase knows about one marketplace's seller pages, as data: when the
 * marketplace changes a page, the fix is an edit to its `*.fields.ts` file.
 */
export interface MarketplaceFieldMap {
  readonly marketplace: Marketplace;
  /** URL patterns (tested against the full URL) per page kind. */
  readonly urls: Readonly<Record<PageKind, readonly RegExp[]>>;
  /**
   * The edit page of a product, `{id}` standing for the product id a product list shows
   * (`undefined` when the edit URL needs something else). Must match `urls.edit` (tested).
   */
  readonly editUrl: string | undefined;
  readonly fields: Readonly<Partial<Record<ListingField, FieldLocator>>>;
  readonly limits: ListingLimits;
  readonly productList: ProductListMap;
}
