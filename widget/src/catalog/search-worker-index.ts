// The Worker side of the storefront's search index for large catalogs (see
// search-protocol.ts): part of the catalog Worker's file, in a Worker of its own.
import { createProductSearch } from '@etalase/catalog';
import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type { SearchReply, SearchRequest } from './search-protocol.js';

type Reply = (message: SearchReply, transfer?: Transferable[]) => void;

/** Products indexed between two looks at the messages waiting (a few milliseconds). */
const SLICE = 200;

let index: ProductSearch | undefined;
/** Each product's ordinal: its place in the order the page sent them. */
const ordinals = new Map<Product, number>();
/** Products sent but not indexed yet, in order. */
const queue: { products: readonly Product[]; sellers: readonly Seller[] }[] = [];
/** How many of the first queued batch's products are indexed already. */
let done = 0;
/** Yields between slices so a search waiting is answered before the rest is indexed. */
let yielding: MessageChannel | undefined;
/** Whether a slice is due (indexing goes on until the queue is empty). */
let busy = false;

/** Answers one {@link SearchRequest}. */
export function answerSearchRequest(request: SearchRequest, reply: Reply): void {
  if (request.type === 'index-add') {
    queue.push(request);
    if (!yielding) {
      yielding = new MessageChannel();
      yielding.port1.onmessage = () => indexSome(reply);
    }
    if (!busy) indexSome(reply);
    return;
  }
  try {
    // For what the index holds now; the page searches the rest by substring.
    const found = index ? index.searchProducts(request.text) : [];
    const answer = new Int32Array(found.length);
    for (let k = 0; k < found.length; k++) answer[k] = ordinals.get(found[k]!)!;
    reply({ type: 'index-answer', id: request.id, held: ordinals.size, ordinals: answer }, [
      answer.buffer,
    ]);
  } catch (error) {
    fail(error, reply);
  }
}

/** Indexes the next slice of what was sent, then lets waiting messages in. */
function indexSome(reply: Reply): void {
  const next = queue[0];
  busy = next !== undefined;
  if (!next) return;
  try {
    const products = next.products.slice(done, done + SLICE);
    // A batch's sellers come with its first slice.
    const sellers = done ? [] : next.sellers;
    if (index) index.add(products, sellers);
    else index = createProductSearch({ products, sellers });
    for (const p of products) ordinals.set(p, ordinals.size);
    done += products.length;
    if (done >= next.products.length) {
      queue.shift();
      done = 0;
    }
    reply({ type: 'index-held', held: ordinals.size });
  } catch (error) {
    busy = false;
    fail(error, reply);
    return;
  }
  yielding!.port2.postMessage(0);
}

function fail(error: unknown, reply: Reply): void {
  reply({ type: 'index-error', message: error instanceof Error ? error.message : String(error) });
}
