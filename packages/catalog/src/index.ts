export { Catalog, CATALOG_VERSION } from './catalog.js';
export type { CatalogInput } from './catalog.js';
export { CATEGORIES, CATEGORY_LABELS, toCategory } from './category.js';
export type { Category } from './category.js';
export type { CatalogIssue } from './catalog-issue.js';
export { describeBoundsIssue } from './catalog-issue.js';
export { formatPrice, formatRupiah, maxPrice, minPrice } from './format-rupiah.js';
export { Listing, ListingVariant, MarketplaceBinding } from './listing.js';
export type { LocalizedText, Lang } from './localized-text.js';
export { MARKETPLACES, MARKETPLACE_NAMES } from './marketplace.js';
export type { Marketplace } from './marketplace.js';
export { parseCatalog, parseCatalogInSteps } from './parse-catalog.js';
export { parseJsonInSteps } from './parse-json-in-steps.js';
export type { JsonParsing } from './parse-json-in-steps.js';
export type { CatalogReading, ParseCatalogOptions, ParseCatalogResult } from './parse-catalog.js';
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
export { resolveCatalogUrls, resolveProductUrls } from './resolve-catalog-urls.js';
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
export { createProductSearch, queryProducts, rankedOf } from './product-search.js';
export type {
  ProductHit,
  ProductQuery,
  ProductSearch,
  ProductSearchOptions,
} from './product-search.js';
export { PRODUCT_SORTS, filterProducts, sortProducts } from './filter-products.js';
export type { ProductFilters, ProductSort } from './filter-products.js';
export { parseCatalogCsv } from './parse-catalog-csv.js';
export { readCsvSheet } from './sniff-csv.js';
export type { CsvSheet } from './sniff-csv.js';
export type { QuoteWarning } from './csv-records.js';
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
export {
  CERTIFICATION_KINDS,
  CertificateNumber,
  Certification,
  DeliveryArea,
  Month,
  PickupPoint,
  PreOrder,
  PriceTier,
  PriceTiers,
  Quantity,
  Season,
} from './produce.js';
export type { CertificationKind } from './produce.js';
export { parseIndonesianDate } from './parse-indonesian-date.js';
export { parseSeason } from './parse-season.js';
export { formatSeason } from './format-season.js';
export { parsePriceTiers, parseQuantity } from './parse-price-tiers.js';
export {
  formatQuantity,
  orderableQuantity,
  priceForQuantity,
  quantityUnitOf,
} from './product-quantity.js';
export type { AppliedPrice, QuantityUnit } from './product-quantity.js';
export {
  INDONESIAN_TIME_ZONES,
  calendarDateOf,
  daysBetween,
  longDate,
  relativeDay,
  shortDate,
  timeZoneOfOffset,
  timeZoneOfRegion,
  todayIn,
} from './produce-dates.js';
export type { IndonesianTimeZone } from './produce-dates.js';
export { freshnessLabel, produceStatus, statusLabel } from './produce-status.js';
export type { ProduceClock, ProduceStatus } from './produce-status.js';
export { filterProduce, productTimeZone } from './filter-produce.js';
export type { ProduceFilters } from './filter-produce.js';
export type { OrderProduceInput } from './order-message-produce.js';
export { previewCatalog } from './preview-catalog.js';
export type { CatalogPreview, PreviewProduct, PreviewSeller } from './preview-catalog.js';
export { CatalogPrefixReader } from './catalog-prefix.js';
export { csvColumnOf } from './csv-columns.js';
export type { CsvColumn, CsvField } from './csv-columns.js';
