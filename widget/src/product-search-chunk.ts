// Loaded on first use or when the browser is idle, so the search engine (minisearch and
// the Indonesian folding) stays out of the embed's first download.
export { createProductSearch } from '@etalase/catalog';
