import type { Product, Seller } from '@etalase/catalog';
import { isObject } from './catalog-protocol.js';

/**
 * Messages between the storefront and the search index it builds in a Worker for a large
 * catalog (see {@link SearchIndex}); the catalog Worker's file answers them too.
 *
 * - `index-add`: index these products (what the index reads of them) after those sent
 *   before. Replies `index-held` with how many products the index holds.
 * - `index-search`: the index's answer to `text`. Replies `index-answer`: the products
 *   found as ordinals (their place in the order they were sent), over the first `held`,
 *   the first `ranked` in their final order. When that is not all of them (it ranks the
 *   first `first`, a screenful, when many match), a second `index-answer` with the same
 *   `id` follows with the whole order, unless a newer search came first.
 * - a bug replies `index-error`; the page then indexes on its main thread.
 */
export type SearchRequest =
  | {
      readonly type: 'index-add';
      readonly products: readonly Product[];
      readonly sellers: readonly Seller[];
    }
  | {
      readonly type: 'index-search';
      readonly id: number;
      readonly text: string;
      readonly first: number;
    };

export type SearchReply =
  | { readonly type: 'index-held'; readonly held: number }
  | {
      readonly type: 'index-answer';
      readonly id: number;
      readonly held: number;
      readonly ranked: number;
      readonly ordinals: Int32Array;
    }
  | { readonly type: 'index-error'; readonly message: string };

/** Whether a message is a well-formed {@link SearchRequest}. */
export function isSearchRequest(value: unknown): value is SearchRequest {
  if (!isObject(value)) return false;
  if (value.type === 'index-add')
    return Array.isArray(value.products) && Array.isArray(value.sellers);
  return (
    value.type === 'index-search' &&
    typeof value.id === 'number' &&
    typeof value.text === 'string' &&
    typeof value.first === 'number'
  );
}

/** Whether a message is a well-formed {@link SearchReply}. */
export function isSearchReply(value: unknown): value is SearchReply {
  if (!isObject(value)) return false;
  if (value.type === 'index-held') return typeof value.held === 'number';
  if (value.type === 'index-error') return typeof value.message === 'string';
  return (
    value.type === 'index-answer' &&
    typeof value.id === 'number' &&
    typeof value.held === 'number' &&
    typeof value.ranked === 'number' &&
    value.ordinals instanceof Int32Array
  );
}

/**
 * What the index reads of a product (see `createProductSearch`): copying only this to the
 * Worker costs the page a fraction of copying whole products (photos, prices, produce).
 */
export function searchable(p: Product): Product {
  const { id, sellerId, name, tags, category, description, origin } = p;
  return { id, sellerId, name, tags, category, description, origin } as Product;
}
