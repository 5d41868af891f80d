import type { CatalogIssue, Product } from '@etalase/catalog';

/** `etalase-ready`: the catalog is loaded and shown. */
export interface EtalaseReadyDetail {
  /** Products loaded so far. */
  readonly count: number;
  /** Whether what is shown came from the offline cache. */
  readonly fromCache: boolean;
}

/** `etalase-error`: the catalog could not be read, wholly or in part. */
export interface EtalaseErrorDetail {
  readonly issues: readonly CatalogIssue[];
}

/** `etalase-select`: the buyer opened a product. */
export interface EtalaseSelectDetail {
  readonly product: Product;
}

/** How the buyer chose to order or share. */
export type OrderChannel =
  | 'whatsapp'
  | 'tokopedia'
  | 'shopee'
  | 'lazada'
  | 'bukalapak'
  | 'blibli'
  | 'tiktok'
  | 'share'
  | 'copy-link';

/** `etalase-order`: the buyer followed an order, marketplace or share button. */
export interface EtalaseOrderDetail {
  readonly channel: OrderChannel;
  readonly product: Product;
}

/** Every event the storefront fires, by name. */
export interface EtalaseEventMap {
  'etalase-ready': CustomEvent<EtalaseReadyDetail>;
  'etalase-error': CustomEvent<EtalaseErrorDetail>;
  'etalase-select': CustomEvent<EtalaseSelectDetail>;
  'etalase-order': CustomEvent<EtalaseOrderDetail>;
}

/** Dispatches one of the storefront's events: bubbling and composed, so hosts can listen on document. */
export function emit<K extends keyof EtalaseEventMap>(
  target: EventTarget,
  name: K,
  detail: EtalaseEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
