export { Catalog, CATALOG_VERSION } from './catalog.js';
export type { CatalogInput } from './catalog.js';
export { CATEGORIES, CATEGORY_LABELS, toCategory } from './category.js';
export type { Category } from './category.js';
export type { CatalogIssue } from './catalog-issue.js';
export { formatPrice, formatRupiah, maxPrice, minPrice } from './format-rupiah.js';
export { Listing, ListingVariant, MarketplaceBinding } from './listing.js';
export type { LocalizedText, Lang } from './localized-text.js';
export { MARKETPLACES, MARKETPLACE_NAMES } from './marketplace.js';
export type { Marketplace } from './marketplace.js';
export { parseCatalog } from './parse-catalog.js';
export type { ParseCatalogOptions, ParseCatalogResult } from './parse-catalog.js';
export { parsePrice, parseRupiah } from './parse-rupiah.js';
export { ImageSource, Price, PriceRange, Product, ProductImage } from './product.js';
export type { ProductInput } from './product.js';
export {
  KABUPATEN_KOTA,
  PROVINCES,
  REGION_CODE_PATTERN,
  findRegion,
  kabupatenKotaOf,
  normalizeRegionCode,
} from './region.js';
export type { RegionInfo } from './region.js';
export { isSafeUrl, safeUrl } from './safe-url.js';
export {
  DateString,
  HttpUrl,
  Id,
  Region,
  RegionCode,
  Rupiah,
  SafeUrl,
  WhatsappNumber,
} from './schema-primitives.js';
export { MarketplaceLinks, Seller } from './seller.js';
export { normalizeWhatsapp, orderMessage, whatsappOrderLink } from './whatsapp.js';
export type { OrderMessageInput } from './whatsapp.js';
export { catalogJsonSchema } from './catalog-json-schema.js';
export { itemListJsonLd, jsonLdText, productJsonLd } from './json-ld.js';
export type {
  ItemListJsonLdOptions,
  JsonLdAggregateOffer,
  JsonLdItemList,
  JsonLdOffer,
  JsonLdOfferBase,
  JsonLdOptions,
  JsonLdOrganization,
  JsonLdProduct,
  JsonLdProductNode,
  JsonLdUnitPriceSpecification,
} from './json-ld.js';
export { foldIndonesian, foldWords } from './fold-indonesian.js';
export { createProductSearch, queryProducts } from './product-search.js';
export type {
  ProductHit,
  ProductQuery,
  ProductSearch,
  ProductSearchOptions,
} from './product-search.js';
export { PRODUCT_SORTS, filterProducts, sortProducts } from './filter-products.js';
export type { ProductFilters, ProductSort } from './filter-products.js';
export { parseCatalogCsv } from './parse-catalog-csv.js';
export type { ParseCatalogCsvOptions } from './parse-catalog-csv.js';
export { catalogToCsv } from './catalog-to-csv.js';
export type { CatalogToCsvOptions } from './catalog-to-csv.js';
export { PRICE_BANDS, catalogFigures, productRegionCode, regionWithin } from './catalog-figures.js';
export type {
  CatalogFigures,
  CatalogFiguresOptions,
  FigureRow,
  PriceBand,
  RegionRow,
} from './catalog-figures.js';
export { compareCatalogs } from './compare-catalogs.js';
export type { CatalogChange, NamedItem } from './compare-catalogs.js';
export { figuresToCsv, priceBandLabel } from './figures-to-csv.js';
export { csvColumnOf } from './csv-columns.js';
export type { CsvColumn, CsvField } from './csv-columns.js';
