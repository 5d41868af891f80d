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
