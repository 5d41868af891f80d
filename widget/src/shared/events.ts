import type { CatalogIssue, Product } from '@etalase/catalog';
import type { MarketplacePresetId, PhotoReport } from '@etalase/photo-coach';

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

/** `etalase-photo`: a photo was fixed for a marketplace and is ready to use. */
export interface EtalasePhotoDetail {
  /** The marketplace-ready JPEG, with no EXIF (no GPS location). */
  readonly blob: Blob;
  /** The fixed photo's report. */
  readonly report: PhotoReport;
  /** The report of the photo as the seller gave it. */
  readonly before: PhotoReport;
  readonly preset: MarketplacePresetId;
  /** Position in the listing's photos, 0 for the main photo. */
  readonly index: number;
  /** A file name for it, e.g. `kopi-shopee.jpg`. */
  readonly name: string;
  /** The photo as the seller gave it. */
  readonly original: Blob;
}

/** Every event the elements fire, by name. */
export interface EtalaseEventMap {
  'etalase-photo': CustomEvent<EtalasePhotoDetail>;
  'etalase-ready': CustomEvent<EtalaseReadyDetail>;
  'etalase-error': CustomEvent<EtalaseErrorDetail>;
  'etalase-select': CustomEvent<EtalaseSelectDetail>;
  'etalase-order': CustomEvent<EtalaseOrderDetail>;
}

/** Dispatches one of the elements' events: bubbling and composed, so hosts can listen on document. */
export function emit<K extends keyof EtalaseEventMap>(
  target: EventTarget,
  name: K,
  detail: EtalaseEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
