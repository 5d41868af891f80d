// @ts-nocheck
// Public surface of @etalase/listing-store: re-exports only.
export {};
