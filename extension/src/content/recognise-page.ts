import { detectMarketplacePage } from '@etalase/marketplaces';
import type { PageContext } from '../features/feature.js';

/** Which marketplace page this is, by the URL patterns of the field maps. */
export function recognisePage(url: URL): PageContext {
  const match = detectMarketplacePage(url.href);
  return { url, marketplace: match?.marketplace, kind: match?.page };
}
