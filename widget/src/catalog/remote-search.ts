// The page side of the search index a large catalog gets in a Worker (see SearchIndex),
// loaded only when a catalog grows that large.
import type { Product, Seller } from '@etalase/catalog';
import { isSearchReply, searchable } from './search-protocol.js';
import type { SearchReply, SearchRequest } from './search-protocol.js';
import { startBundledWorker } from '../shared/bundle-url.js';
import { BATCH } from '../shared/screenful.js';
import { afterPaint, whenIdle } from '../shared/when-idle.js';

type SearchAnswer = Extract<SearchReply, { type: 'index-answer' }>;

/** Products copied to the Worker in one task: a few milliseconds of the page's time. */
const POST_STEP = 2000;

/**
 * Matches the Worker ranks at once, before it ranks the rest: the grid's first screen of an
 * answer. Ranking 100,000 matches of a first letter costs most of a search.
 */
const FIRST = BATCH;

/**
 * Products at most that the quick path reads to answer the same text again once pages
 * have come (see {@link RemoteSearch.search}): a page or two, a few milliseconds.
 */
const REUSE_TAIL = 2000;

/**
 * How long a Worker that owes a reply (a search's answer, or how many products it holds
 * after products were sent) may stay silent before it is taken for dead: a Worker that
 * crashed or was killed for memory may end without an `error` event, and a search waiting
 * for it would wait forever. It answers between slices of indexing of a few milliseconds
 * and ranks a screenful first, so a second is a lot; starting (its script fetched over a
 * slow network) takes longer. Falling back, the page builds the index itself.
 */
const SILENCE_MS = 15_000;

/** What the Worker tells its {@link SearchIndex}. */
export interface RemoteHost {
  /** The Worker's index holds the first `count` products sent. */
  held(count: number): void;
  /** The Worker failed (could not load, died, hit a bug): index on the main thread. */
  failed(): void;
}

/** The whole order of an answer given with its first screen ranked only. */
interface Owed {
  readonly id: number;
  readonly text: string;
  readonly done: Promise<void>;
  readonly resolve: () => void;
}

/**
 * A search index in a Worker: products go to it page after page, a few thousand per task
 * while the page is idle (reading the next page comes first), and each search is a round
 * trip answered with ordinals, so the page's share of a keystroke is mapping those to
 * products. The Worker answers with the first screenful ranked and every other match
 * after it, then with the whole order (see {@link ordering}).
 */
export class RemoteSearch {
  /** How many of the products sent the Worker's index holds. */
  held = 0;
  private readonly waiting = new Map<
    number,
    { text: string; resolve: (answer: SearchAnswer | undefined) => void }
  >();
  private owed: Owed | undefined;
  /** The last answer the Worker gave in its whole order. */
  private known: { text: string; answer: SearchAnswer } | undefined;
  /** The text of the last answer {@link search} gave with its first screen ranked only. */
  private given: string | undefined;
  private queue: { products: readonly Product[]; sellers: readonly Seller[] }[] = [];
  private pumping = false;
  private nextId = 1;
  private dead = false;
  /** How many products were sent to the Worker (see {@link held}). */
  private sent = 0;
  /** Fails the Worker if it stays silent while it owes a reply (see {@link SILENCE_MS}). */
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Tests shorten {@link SILENCE_MS}. */
  static silenceMs = SILENCE_MS;

  constructor(
    private readonly worker: Worker,
    private readonly host: RemoteHost,
  ) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isSearchReply(reply) || this.dead) return;
      if (reply.type === 'index-held') host.held((this.held = reply.held));
      else if (reply.type === 'index-error') this.fail();
      else this.answered(reply);
      this.watch();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail();
    });
  }

  /** Sends products to be indexed after those sent before, a few thousand per task. */
  add(products: readonly Product[], sellers: readonly Seller[]): void {
    for (let i = 0; i < Math.max(products.length, 1); i += POST_STEP)
      this.queue.push({ products: products.slice(i, i + POST_STEP), sellers: i ? [] : sellers });
    if (!this.pumping) {
      this.pumping = true;
      this.pumpWhenIdle();
    }
  }

  /**
   * Products matching `text`, best first, once the Worker's index holds `split` of `all`
   * (the catalog, in the order sent) or all of it: its answer for what it holds, then
   * `quick`'s (the quick path's) for the products from there on; before, `quick`'s for
   * all. Empty when a later search was asked before the Worker answered (this answer is
   * stale); undefined when the Worker failed.
   */
  async search(
    text: string,
    all: readonly Product[],
    split: number,
    quick: (from: number) => readonly Product[],
  ): Promise<readonly Product[] | undefined> {
    if (this.held < split && this.held < all.length) return quick(0);
    const known = this.known?.text === text ? this.known.answer : undefined;
    // The same text again once a page has come (the storefront re-runs its query): the last
    // answer and the quick path over what came since, without waiting for the Worker, while
    // that is little. The index's answer over everything comes once it is built (see
    // SearchIndex.settled).
    const reuse =
      known &&
      (known.held === this.held ||
        (this.held < all.length && all.length - known.held <= REUSE_TAIL));
    const answer = reuse ? known : await this.ask(text);
    if (!answer) return this.dead ? undefined : [];
    this.given = answer.ranked < answer.ordinals.length ? text : undefined;
    // A loop: Array.from with a map over 100,000 ordinals measured several times slower.
    const { ordinals } = answer;
    const head = new Array<Product>(ordinals.length);
    for (let k = 0; k < ordinals.length; k++) head[k] = all[ordinals[k]!]!;
    if (answer.held === all.length) return head;
    const tail = quick(answer.held);
    return head.length === 0 ? tail : tail.length === 0 ? head : head.concat(tail);
  }

  /**
   * While the last answer to `text` has only its first screen ranked (the rest of it in no
   * particular order), resolves once the Worker has sent its whole order, which
   * {@link search} then gives, and the page is idle (at once if it came already); else
   * undefined.
   */
  ordering(text: string): Promise<void> | undefined {
    if (this.owed?.text === text) return this.owed.done;
    // Asked for after the whole order came and was let go (the caller was slow: a filter's
    // code loading, a busy page): it is here, so the answer given is not final either.
    return this.given === text && this.known?.text === text ? Promise.resolve() : undefined;
  }

  private answered(reply: SearchAnswer): void {
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    const whole = reply.ranked === reply.ordinals.length;
    if (waiter) {
      // An older query's answer, come after a newer key, finds nobody waiting (see ask).
      if (whole) this.known = { text: waiter.text, answer: reply };
      else {
        let resolve!: () => void;
        const done = new Promise<void>((r) => (resolve = r));
        this.owed = { id: reply.id, text: waiter.text, done, resolve };
      }
      waiter.resolve(reply);
    } else if (whole && this.owed?.id === reply.id) {
      const owed = this.owed;
      this.known = { text: owed.text, answer: reply };
      // The screen shows the same first cards in either order: the answer is asked for
      // again (and the grid rendered) after the frame that shows them, not within it.
      afterPaint(() =>
        whenIdle(() => {
          if (this.owed === owed) this.settle();
        }, 200),
      );
    }
  }

  /** Lets whoever waits for the whole order of the last answer go on (see ordering). */
  private settle(): void {
    this.owed?.resolve();
    this.owed = undefined;
  }

  private ask(text: string): Promise<SearchAnswer | undefined> {
    if (this.dead) return Promise.resolve(undefined);
    const id = this.nextId++;
    // An older query still waiting is stale: it answers empty (the storefront drops it).
    for (const { resolve } of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
    this.settle();
    return new Promise((resolve) => {
      this.waiting.set(id, { text, resolve });
      this.post({ type: 'index-search', id, text, first: FIRST });
    });
  }

  close(): void {
    this.dead = true;
    clearTimeout(this.watchdog);
    this.worker.terminate();
    this.queue = [];
    for (const { resolve } of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
    this.settle();
  }

  /** Reading and showing the next page come first: a copy costs the page milliseconds. */
  private pumpWhenIdle(): void {
    whenIdle(() => this.pump(), 100);
  }

  private pump(): void {
    const next = this.queue.shift();
    this.pumping = next !== undefined;
    if (!next || this.dead) return;
    this.post({
      type: 'index-add',
      products: next.products.map(searchable),
      sellers: next.sellers,
    });
    this.pumpWhenIdle();
  }

  private post(request: SearchRequest): void {
    try {
      this.worker.postMessage(request);
      if (request.type === 'index-add') this.sent += request.products.length;
      this.watch();
    } catch {
      this.fail(); // a product the Worker cannot receive
    }
  }

  /**
   * Restarts the watchdog while the Worker owes a reply: an answer to a search, the whole
   * order of the last one (see {@link ordering}), or word of products sent.
   */
  private watch(): void {
    clearTimeout(this.watchdog);
    const owes =
      this.waiting.size ||
      (this.owed && this.known?.answer.id !== this.owed.id) ||
      this.held < this.sent;
    if (this.dead || !owes) return;
    const limit = RemoteSearch.silenceMs;
    const start = performance.now();
    this.watchdog = setTimeout(() => {
      // Late: the page itself was busy or frozen, the Worker's replies maybe still queued.
      if (performance.now() - start > limit * 1.5) this.watch();
      else this.fail();
    }, limit);
  }

  private fail(): void {
    if (this.dead) return;
    this.close();
    this.host.failed();
  }
}

/**
 * A search index in a Worker when the bundle is served from the page's origin (the
 * catalog Worker's file, a second instance), else undefined: the page indexes itself.
 */
export function startRemoteSearch(
  held: RemoteHost['held'],
  failed: RemoteHost['failed'],
): RemoteSearch | undefined {
  const worker = startBundledWorker(
    'etalase-catalog-worker.js',
    '../catalog/catalog-worker.ts',
    'etalase-search',
  );
  return worker && new RemoteSearch(worker, { held, failed });
}
