// Public surface of @etalase/marketplaces: re-exports only.
export { extractListing } from './extract/extract-listing.js';
export type { ExtractOptions } from './extract/extract-listing.js';
export { EXTRACT_FIELDS, EXTRACT_SOURCES } from './extract/extracted-listing.js';
export type {
  Availability,
  ExtractField,
  ExtractResult,
  ExtractSource,
  ExtractWarning,
  ExtractedListing,
  ExtractedVariant,
} from './extract/extracted-listing.js';
export { detectCurrency, parsePriceText } from './extract/parse-price.js';
export type { ParsePriceOptions, ParsedPrice } from './extract/parse-price.js';

// Field maps and form filling (issue 11, parts 2 and 3).
export { CONTROL_KINDS, LISTING_FIELDS, PAGE_KINDS } from './maps/field-map.js';
export type {
  CellLocator,
  ControlKind,
  FieldLocator,
  ListingField,
  ListingLimits,
  MarketplaceFieldMap,
  PageKind,
  ProductListMap,
} from './maps/field-map.js';
export { FIELD_MAPS, detectMarketplacePage, editPageUrl } from './maps/field-maps.js';
export type { PageMatch } from './maps/field-maps.js';
export { classifyForm } from './fill/classify-form.js';
export type { ClassifiedField } from './fill/classify-form.js';
export type { FormControl } from './fill/form-controls.js';
export type { FillMessage } from './fill/fill-message.js';
export { planFill } from './fill/plan-fill.js';
export type { FieldPlan } from './fill/plan-fill.js';
export { applyFill } from './fill/apply-fill.js';
export type { ApplyFillOptions, FieldResult, FieldStatus, FillReport } from './fill/apply-fill.js';
export type { ImageSource } from './fill/load-images.js';
export { readForm, readFormWhenReady } from './fill/read-form.js';
export type { ListingDraft, ReadFormResult } from './fill/read-form.js';
export { readProductList } from './fill/read-product-list.js';
export type { ProductListRow } from './fill/read-product-list.js';
