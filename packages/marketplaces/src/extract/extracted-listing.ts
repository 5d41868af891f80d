import type { Listing } from '@etalase/catalog';

/** Where a field was read from, most trusted first (`url`: the page's address, for a SKU only). */
export const EXTRACT_SOURCES = [
  'json-ld',
  'microdata',
  'rdfa',
  'opengraph',
  'meta',
  'dom',
  'url',
] as const;
/** Where a field was read from. */
export type ExtractSource = (typeof EXTRACT_SOURCES)[number];

/** A variant a page offers (a size, a colour), as far as its structured data says. */
export interface ExtractedVariant {
  readonly name: string;
  readonly sku?: string;
  readonly price?: number;
  readonly url?: string;
  readonly availability?: Availability;
}

/** Whether the product can be bought now. */
export type Availability = 'in-stock' | 'out-of-stock';

/**
 * A listing as read from a product page: the fields of `Listing` that a page can show,
 * plus what a page says beyond it. Every field is optional: a page may lack any of them.
 * `price` is in the page's currency units (`119.01` euro, `25000` rupiah), not converted.
 */
export interface ExtractedListing extends Partial<
  Pick<Listing, 'title' | 'description' | 'sku' | 'brand' | 'condition' | 'category' | 'images'>
> {
  readonly price?: number;
  /** ISO 4217, e.g. `IDR`, `EUR`. */
  readonly currency?: string;
  readonly gtin?: string;
  readonly availability?: Availability;
  /** Category path from the page's breadcrumb, outermost first, without "Home". */
  readonly breadcrumb?: string[];
  /** The page's canonical URL, when it names one. */
  readonly url?: string;
  readonly variants?: ExtractedVariant[];
}

/** The fields `extractListing` looks for. */
export const EXTRACT_FIELDS = [
  'title',
  'description',
  'price',
  'currency',
  'sku',
  'gtin',
  'brand',
  'condition',
  'availability',
  'category',
  'breadcrumb',
  'images',
] as const;
/** A field `extractListing` looks for. */
export type ExtractField = (typeof EXTRACT_FIELDS)[number];

/** Something a caller should know about the page: a conflict, a broken block, a limit hit. */
export interface ExtractWarning {
  readonly code:
    | 'broken-json-ld'
    | 'conflicting-values'
    | 'several-products'
    | 'variant-prices-differ'
    | 'page-too-large'
    | 'unreadable-page'
    | 'other-currency';
  readonly field?: ExtractField;
  /** The same message in Indonesian and English. */
  readonly message: { readonly id: string; readonly en: string };
}

/** What `extractListing` returns. */
export interface ExtractResult {
  readonly listing: ExtractedListing;
  /** Where each found field came from. */
  readonly source: Partial<Record<ExtractField, ExtractSource>>;
  /** The fields it looked for and did not find. */
  readonly missing: ExtractField[];
  readonly warnings: ExtractWarning[];
}
