// @ts-nocheck
// Public surface of @etalase/marketplaces: re-exports only.
export {};
