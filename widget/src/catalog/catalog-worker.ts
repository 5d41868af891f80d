// The storefront's catalog Worker: reads (validates) large catalogs, which takes hundreds
// of milliseconds for 10,000 products, off the page's main thread; a second instance holds
// the search index of a catalog of 20,000 products or more (search-worker-index.ts). Built
// as `etalase-catalog-worker.js`, beside the embed bundle.
import { isCatalogRequest } from './catalog-protocol.js';
import type { CatalogReply } from './catalog-protocol.js';
import { readCatalogData } from './read-catalog.js';
import { isSearchRequest } from './search-protocol.js';
import { answerSearchRequest } from './search-worker-index.js';

function reply(message: CatalogReply): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isSearchRequest(message)) {
    // A large catalog's search index (the storefront starts a second Worker for it).
    answerSearchRequest(message, (answer, transfer = []) => postMessage(answer, { transfer }));
    return;
  }
  if (!isCatalogRequest(message)) {
    const id = (message as { id?: unknown } | null)?.id;
    reply({ type: 'error', id: typeof id === 'number' ? id : -1, message: 'unknown message' });
    return;
  }
  try {
    const page = readCatalogData(message.data, message.url, message.contentType);
    reply({ type: 'page', id: message.id, json: JSON.stringify(page) });
  } catch (error) {
    // A bug, not bad input (bad input comes back as issues): say so instead of hanging.
    reply({
      type: 'error',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
