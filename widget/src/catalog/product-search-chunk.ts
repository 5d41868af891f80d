// Loaded when the browser is idle after the grid is shown, or at the first search, so the
// search engine (minisearch and the Indonesian folding) stays out of the first download.
export { createProductSearch } from '@etalase/catalog';
