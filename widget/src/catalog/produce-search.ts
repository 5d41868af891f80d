// The produce filters of a search, in their own chunk: loaded when a buyer first sets one.
export { filterProduce, timeZoneOfOffset } from '@etalase/catalog';
