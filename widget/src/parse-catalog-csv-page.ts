// Loaded only when a catalog turns out to be CSV, so the CSV parser (papaparse) stays out
// of the embed's first download.
export { parseCatalogCsv } from '@etalase/catalog';
