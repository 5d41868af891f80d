/**
 * Messages between the storefront and its catalog Worker, each declared once: name →
 * request → reply. The worker is dedicated (only the page that started it can post to it)
 * and still checks every message's shape, answering an unknown one with an error.
 *
 * - `read`: read catalog data (object, JSON or CSV text; `url` and `contentType` help tell
 *   CSV from JSON). Replies `page`, or `error` for a bug.
 *
 * A page travels back as JSON text: for thousands of products, `JSON.parse` on the page's
 * side costs a fraction of deserialising a structured clone.
 */
export type CatalogRequest = {
  readonly type: 'read';
  readonly id: number;
  readonly data: unknown;
  readonly url?: string | undefined;
  readonly contentType?: string | undefined;
};

/** The worker's replies. */
export type CatalogReply =
  | { readonly type: 'page'; readonly id: number; readonly json: string }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Whether a message is an object whose fields can be looked at. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a message is a well-formed {@link CatalogRequest}. */
export function isCatalogRequest(value: unknown): value is CatalogRequest {
  return (
    isObject(value) &&
    value.type === 'read' &&
    typeof value.id === 'number' &&
    'data' in value &&
    (value.url === undefined || typeof value.url === 'string') &&
    (value.contentType === undefined || typeof value.contentType === 'string')
  );
}

/** Whether a message is a well-formed {@link CatalogReply}. */
export function isCatalogReply(value: unknown): value is CatalogReply {
  if (!isObject(value) || typeof value.id !== 'number') return false;
  if (value.type === 'page') return typeof value.json === 'string';
  return value.type === 'error' && typeof value.message === 'string';
}
