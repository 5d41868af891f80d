// Loaded once the first cards are on screen, with the rest of the catalog's download or
// right after it: the sliced JSON parser stays out of the first download.
export { parseJsonInSteps } from '@etalase/catalog';
