// The storefront's catalog Worker: fetches and reads catalogs (zod validation, CSV) and
// keeps the search index, so none of that work, which takes hundreds of milliseconds for
// 10,000 products, runs on the page's main thread. Built as `etalase-catalog-worker.js`,
// beside the embed bundle.
import { isCatalogRequest } from './catalog-protocol.js';
import type { CatalogReply, CatalogRequest } from './catalog-protocol.js';
import { CatalogIndex, fetchCatalog, readCatalogData } from './read-catalog.js';

const index = new CatalogIndex();
/** The newest request that starts the index over; older ones must not overwrite it. */
let latest = 0;

function reply(message: CatalogReply): void {
  postMessage(message);
}

async function handle(message: CatalogRequest): Promise<void> {
  switch (message.type) {
    case 'fetch': {
      if (message.mode === 'replace') latest = message.id;
      const result = await fetchCatalog(message.url);
      if ('kind' in result) {
        reply({ type: 'failed', id: message.id, failure: result });
        return;
      }
      if (message.mode === 'add') index.add(result);
      else if (message.id === latest) index.replace(result);
      reply({ type: 'page', id: message.id, page: result });
      return;
    }
    case 'read': {
      latest = message.id;
      const page = readCatalogData(message.data);
      index.replace(page);
      reply({ type: 'page', id: message.id, page });
      return;
    }
    case 'adopt':
      index.replace(message.page);
      return;
    case 'search':
      reply({ type: 'ids', id: message.id, ids: index.search(message.text) });
      return;
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isCatalogRequest(message)) {
    const id = (message as { id?: unknown } | null)?.id;
    reply({ type: 'error', id: typeof id === 'number' ? id : -1, message: 'unknown message' });
    return;
  }
  handle(message).catch((error: unknown) => {
    // A bug, not bad input (bad input is returned as issues): say so instead of hanging.
    const id = 'id' in message ? message.id : -1;
    reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  });
});
