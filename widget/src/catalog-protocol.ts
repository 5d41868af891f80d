import type { CatalogPage, LoadFailure } from './read-catalog.js';

/**
 * Messages between the storefront and its catalog Worker, each declared once: name →
 * request → reply. The worker is dedicated (only the page that started it can post to it)
 * and still checks every message's shape, answering an unknown one with an error.
 *
 * - `fetch`: fetch and read a catalog file; `mode` says whether it starts the index over
 *   (first page) or adds to it (a `next` page). Replies `page` or `failed`.
 * - `read`: read inline data (object, JSON or CSV text), starting the index over. Replies `page`.
 * - `adopt`: index a page the page already holds (the offline cache). No reply.
 * - `search`: the ids of matching products, best first. Replies `ids`.
 */
export type CatalogRequest =
  | {
      readonly type: 'fetch';
      readonly id: number;
      readonly url: string;
      readonly mode: 'replace' | 'add';
    }
  | { readonly type: 'read'; readonly id: number; readonly data: unknown }
  | { readonly type: 'adopt'; readonly page: CatalogPage }
  | { readonly type: 'search'; readonly id: number; readonly text: string };

/** The worker's replies. */
export type CatalogReply =
  | { readonly type: 'page'; readonly id: number; readonly page: CatalogPage }
  | { readonly type: 'failed'; readonly id: number; readonly failure: LoadFailure }
  | { readonly type: 'ids'; readonly id: number; readonly ids: readonly string[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a message is a well-formed {@link CatalogRequest}. */
export function isCatalogRequest(value: unknown): value is CatalogRequest {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'fetch':
      return (
        typeof value.id === 'number' &&
        typeof value.url === 'string' &&
        (value.mode === 'replace' || value.mode === 'add')
      );
    case 'read':
      return typeof value.id === 'number' && 'data' in value;
    case 'adopt':
      return isObject(value.page) && isObject(value.page.catalog);
    case 'search':
      return typeof value.id === 'number' && typeof value.text === 'string';
    default:
      return false;
  }
}

/** Whether a message is a well-formed {@link CatalogReply}. */
export function isCatalogReply(value: unknown): value is CatalogReply {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  switch (value.type) {
    case 'page':
      return isObject(value.page);
    case 'failed':
      return isObject(value.failure);
    case 'ids':
      return Array.isArray(value.ids);
    case 'error':
      return typeof value.message === 'string';
    default:
      return false;
  }
}
