// The Worker side of the storefront's search index for large catalogs (see
// search-protocol.ts): part of the catalog Worker's file, in a Worker of its own.
import { createProductSearch, rankedOf } from '@etalase/catalog';
import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type { SearchReply, SearchRequest } from './search-protocol.js';

type Reply = (message: SearchReply, transfer?: Transferable[]) => void;

/** Products indexed in one step; a slice takes steps until {@link SLICE_MS} have passed. */
const STEP = 25;

/**
 * Time spent indexing before the Worker looks at its messages again: a search waits at
 * most this long (on a machine busy reading pages, a fixed count of products took 10-20 ms).
 */
const SLICE_MS = 4;

let index: ProductSearch | undefined;
/** How many products were sent: the next one's ordinal. */
let sent = 0;
/** Products sent but not indexed yet, in order. */
const queue: { products: Product[]; sellers: readonly Seller[] }[] = [];
/** How many of the first queued batch's products are indexed already. */
let done = 0;
/** A search answered with its first screen ranked, whose whole order is still owed. */
let owed: Extract<SearchRequest, { type: 'index-search' }> | undefined;
/**
 * Lets waiting messages in between two tasks (the rest of an answer, a slice of indexing),
 * so a search is answered before either.
 */
let turns: MessageChannel | undefined;
let turnDue = false;

/** Answers one {@link SearchRequest}. */
export function answerSearchRequest(request: SearchRequest, reply: Reply): void {
  if (request.type === 'index-add') {
    // Each product's id becomes its ordinal: the page matches answers by ordinal, and a
    // repeated id (within a page) must not replace the product the page counted before.
    const products = request.products.map((p) => ({ ...p, id: String(sent++) }));
    queue.push({ products, sellers: request.sellers });
    nextTurn(reply);
    return;
  }
  try {
    const first = request.first;
    // For what the index holds now; the page searches the rest by substring.
    const ordinals = index ? index.searchOrdinals(request.text, first) : new Int32Array(0);
    const ranked = rankedOf(ordinals.length, first);
    owed = ranked < ordinals.length ? request : undefined;
    reply(
      { type: 'index-answer', id: request.id, held: index?.products.length ?? 0, ranked, ordinals },
      [ordinals.buffer],
    );
    if (owed) nextTurn(reply);
  } catch (error) {
    fail(error, reply);
  }
}

function nextTurn(reply: Reply): void {
  if (turnDue) return;
  if (!turns) {
    turns = new MessageChannel();
    turns.port1.onmessage = () => {
      turnDue = false;
      takeTurn(reply);
    };
  }
  turnDue = true;
  turns.port2.postMessage(0);
}

/**
 * The whole order of the last answer if it is still owed (a newer search replaced it
 * otherwise), else a slice of indexing; then the next turn if work is left.
 */
function takeTurn(reply: Reply): void {
  try {
    if (owed) {
      const { id, text } = owed;
      owed = undefined;
      const ordinals = index!.searchOrdinals(text);
      const held = index!.products.length;
      reply({ type: 'index-answer', id, held, ranked: ordinals.length, ordinals }, [
        ordinals.buffer,
      ]);
    } else if (queue.length) {
      indexSlice();
      reply({ type: 'index-held', held: index!.products.length });
    }
  } catch (error) {
    queue.length = 0;
    fail(error, reply);
    return;
  }
  if (owed || queue.length) nextTurn(reply);
}

/** Indexes what was sent, in order, for {@link SLICE_MS}. */
function indexSlice(): void {
  const start = performance.now();
  do {
    const next = queue[0]!;
    const products = next.products.slice(done, done + STEP);
    // A batch's sellers come with its first step.
    const sellers = done ? [] : next.sellers;
    if (index) index.add(products, sellers);
    else index = createProductSearch({ products, sellers });
    done += products.length;
    if (done >= next.products.length) {
      queue.shift();
      done = 0;
    }
  } while (queue.length && performance.now() - start < SLICE_MS);
}

function fail(error: unknown, reply: Reply): void {
  reply({ type: 'index-error', message: error instanceof Error ? error.message : String(error) });
}
