import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type * as SearchChunk from './product-search-chunk.js';
import type { RemoteSearch } from './remote-search.js';
import { afterPaint, cancelIdle, whenIdle } from '../shared/when-idle.js';

type LoadSearchModule = () => Promise<typeof SearchChunk>;

let searchModule: Promise<typeof SearchChunk> | undefined;
function loadSearchModule(): Promise<typeof SearchChunk> {
  searchModule ??= import('./product-search-chunk.js').catch((error: unknown) => {
    // Not loaded (offline, a chunk gone after a deploy): the next catalog tries again.
    searchModule = undefined;
    throw error;
  });
  return searchModule;
}

/** Products indexed in one step; well under a millisecond on a mid-range phone. */
const SLICE = 25;

/**
 * Time one idle callback spends building at most while the buyer types (searched within
 * {@link TYPING_MS}), and otherwise. The browser cannot tell an idle callback that a
 * keystroke is waiting, so this is how long a keystroke may wait for it.
 */
const TYPING_BUDGET_MS = 3;
const IDLE_BUDGET_MS = 12;
const TYPING_MS = 2000;

/** Products whose quick-path text is prepared in one step. */
const HAYSTACK_STEP = 500;

/** Left to index at most this many products, a search finishes the index (a few ms). */
const FINISH_AT_ONCE = 150;

/**
 * Left to index at most this many products, a query the quick path finds nothing for (a
 * typo, a spelling variant) finishes the index at once: a few hundred milliseconds, once,
 * for a catalog of ten thousand. Beyond it, the answer is empty until the index is built
 * (then asked for again, see {@link SearchIndex.whenComplete}): finishing 100,000 products
 * at once would freeze the page for seconds.
 */
const FINISH_ON_NOTHING_FOUND = 12_000;

/**
 * The index answers for the products it holds, while it builds, once it holds this many.
 * Before, the quick path answers for all: over 10,000 products it takes a few milliseconds,
 * and an answer split where the index ends changes at every keystroke as the index grows
 * (measured: 7-15% more DOM changes over the search bench's keystrokes).
 */
const SPLIT_AT = 20_000;

/**
 * How long a Worker's index outlives the storefront leaving the page (see
 * {@link SearchIndex.pause}). Moving the element (into a tab or a dialog; a framework
 * re-parenting it) takes it off the page and back: in the same task when moved at once
 * (`append`), within a frame or a few when a framework takes it out and puts it back in
 * steps, or after a short transition. A second covers those, so a move keeps the index
 * (seconds of building for a large catalog); an element really removed keeps its Worker
 * that much longer.
 */
export const KEEP_REMOTE_MS = 1000;

/** Recent answers of the quick search kept, for backspacing. */
const RECENT = 64;

/** Keeps `value` under `key`, forgetting the oldest entry beyond {@link RECENT}. */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= RECENT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** A quick-path answer over the products from ordinal `from` on, with their ordinals. */
interface QuickAnswer {
  readonly products: readonly Product[];
  readonly ordinals: Int32Array;
  readonly from: number;
}

/**
 * The storefront's full-text index, on the main thread so each keystroke is answered within
 * the frame (a Worker round trip measured slower than the search itself), up to
 * {@link SPLIT_AT} products; from there on in a Worker where one can start (see
 * {@link startRemote}), answering with product ordinals, the page scanning by substring only
 * the products the Worker does not hold yet. Building it for
 * 10,000 products takes hundreds of milliseconds, so it is built in small slices while the
 * browser is idle, page after page as a catalog's pages arrive. Until it is complete, a
 * search takes a quick path: every word of the query as a substring of a product's name,
 * tags, category or description (name matches first), narrowed from the previous answer
 * while the buyer types on. Once the index holds many products (see {@link SPLIT_AT}), it
 * answers for those, and the quick path only for the rest (the tail not yet indexed): a
 * keystroke on 100,000 products loaded page by page then scans the text of the last pages,
 * not of all of them. Only a query neither finds anything for (a typo, a variant
 * spelling) finishes the index at once, when little is left to index.
 */
export class SearchIndex {
  private index: ProductSearch | undefined;
  private queue: { products: readonly Product[]; sellers: readonly Seller[] }[] = [];
  private task: number | undefined;
  private generation = 0;
  private started = false;
  private paused = false;
  private waitingForPaint = false;
  private readonly all: Product[] = [];
  /** How many of {@link all}, from the start, the index holds. */
  private indexed = 0;
  /**
   * The quick path's lower-cased text by ordinal, kept for products not indexed yet only;
   * filled ahead while idle up to {@link prepared}, and dropped once a product is indexed.
   */
  private haystacks: (string | undefined)[] = [];
  private names: (string | undefined)[] = [];
  private prepared = 0;
  /** Recent answers of the quick path, with the catalog ordinals they hold, ascending. */
  private recent = new Map<string, QuickAnswer>();
  /** When the buyer last searched: building yields more often while they type. */
  private searchedAt = -Infinity;
  /** Recent answers of the index, for backspacing; emptied when the index grows. */
  private answers = new Map<string, readonly Product[]>();
  /** Callers of {@link whenComplete} waiting for the index. */
  private waiting: (() => void)[] = [];
  /** Every {@link add}, in order: what a Worker's index is sent, or rebuilt from. */
  private log: [products: readonly Product[], sellers: readonly Seller[]][] = [];
  /** Whether the index is built in a Worker (else here); decided by the first {@link add}. */
  private worker: boolean | undefined;
  /** The index in a Worker, once it has started (see {@link startRemote}). */
  private remote: RemoteSearch | undefined;
  /** A Worker is starting (see {@link startRemote}). */
  private starting = false;
  /** Bumped when the catalog is cleared: a Worker started for the one before is not kept. */
  private catalogs = 0;
  /** Terminates the Worker's index unless the storefront is back on the page (see pause). */
  private closing: ReturnType<typeof setTimeout> | undefined;
  /**
   * The search engine could not be loaded here: the quick path's answers are final (no
   * typo tolerance, no ranking), instead of a search failing or waiting forever.
   */
  private unavailable = false;

  /** `load`: where the search engine comes from (a test's stand-in). */
  constructor(private readonly load: LoadSearchModule = loadSearchModule) {}

  clear(): void {
    this.generation++;
    this.catalogs++;
    clearTimeout(this.closing);
    this.index = undefined;
    this.all.length = 0;
    this.indexed = 0;
    this.haystacks = [];
    this.names = [];
    this.prepared = 0;
    this.recent.clear();
    this.answers.clear();
    this.queue = [];
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
    this.started = false;
    // A wait for the paint asked before is dropped with the rest: the next add asks again.
    this.waitingForPaint = false;
    this.remote?.close();
    this.remote = undefined;
    this.starting = false;
    this.worker = undefined;
    this.log = [];
    this.unavailable = false;
  }

  /**
   * Indexes a page of the catalog after those added before; `more`: the page links a next
   * one. The first page decides where the index is built, once: in a Worker if it links a
   * next page (a catalog split into pages, as a province-sized one is, can grow to any
   * size) or holds {@link SPLIT_AT} products itself; else here (the whole catalog is in
   * that page, and small enough). So nothing built here is thrown away when a Worker takes
   * over, as when the choice waited for the catalog to grow.
   */
  add(products: readonly Product[], sellers: readonly Seller[], more = false): void {
    this.all.push(...products);
    this.log.push([products, sellers]);
    this.recent.clear();
    this.answers.clear();
    if (this.worker === undefined) {
      this.worker = more || this.all.length >= SPLIT_AT;
      // Not while the storefront is off the page: resume starts it.
      if (this.worker && !this.paused) this.startRemote();
    }
    if (this.remote) this.remote.add(products, sellers);
    else if (!this.worker) this.enqueue(products, sellers);
    // Else the Worker is starting: it is sent the log (see startRemote).
  }

  private enqueue(products: readonly Product[], sellers: readonly Seller[]): void {
    for (let i = 0; i < Math.max(products.length, 1); i += SLICE)
      this.queue.push({ products: products.slice(i, i + SLICE), sellers: i ? [] : sellers });
    this.schedule();
  }

  /**
   * A large catalog is indexed in a Worker, where one can start (not from a bundle served
   * from another origin): the page's idle time, which pages read back to back leave little
   * of, no longer limits how much of the catalog the index holds. Until it has started, the
   * quick path answers; if it cannot start or fails, the index is built here.
   */
  private startRemote(): void {
    const catalogs = this.catalogs;
    this.starting = true;
    void import('./remote-search.js')
      // A Worker closed (another catalog, or failed) tells nothing more.
      .then(({ startRemoteSearch }) =>
        startRemoteSearch(
          (count) => this.held(count),
          () => this.fallBack(),
        ),
      )
      .catch(() => undefined) // the chunk did not load: indexed here
      .then((remote) => {
        // Another catalog meanwhile: this Worker is not needed.
        if (catalogs !== this.catalogs) return remote?.close();
        this.starting = false;
        if (!(this.remote = remote)) return this.fallBack();
        for (const [products, sellers] of this.log) remote.add(products, sellers);
        // The storefront left the page meanwhile: kept only if it comes back (see pause).
        if (this.paused) this.closeLater();
      });
  }

  /**
   * The Worker cannot start (nothing was built here meanwhile: nothing is lost), or failed
   * (its index goes with it): the index is built here from the first product, the quick
   * path answering meanwhile.
   */
  private fallBack(): void {
    this.remote = undefined;
    this.worker = false;
    // The quick path's text of products the Worker held was dropped: it is made again as
    // needed (nothing was prepared ahead meanwhile: that is part of building here).
    this.indexed = 0;
    for (const [products, sellers] of this.log) this.enqueue(products, sellers);
  }

  /**
   * The index holds the first `count` products: the quick path no longer reads their text,
   * which goes.
   */
  private held(count: number): void {
    for (let i = this.indexed; i < count; i++) {
      this.haystacks[i] = undefined;
      this.names[i] = undefined;
    }
    this.indexed = count;
    this.answers.clear();
    if (this.complete && this.waiting.length) {
      const waiting = this.waiting;
      this.waiting = [];
      // After the search that finished the index has answered, not within it.
      queueMicrotask(() => waiting.forEach((resolve) => resolve()));
    }
  }

  /**
   * Stops building while idle (the storefront left the page) until {@link resume}, also
   * when products are added meanwhile; a search still finishes it. A Worker's index is
   * terminated unless {@link resume} comes within {@link KEEP_REMOTE_MS} (the element was
   * moved, not removed): a Worker lives on after its page element is gone, with its index,
   * and keeps the element's catalog alive through its listeners. The quick path answers
   * from then until {@link resume} builds it again.
   */
  pause(): void {
    this.generation++;
    this.paused = true;
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
    this.waitingForPaint = false;
    this.started = false;
    if (this.remote) this.closeLater();
  }

  /** See {@link pause}. */
  private closeLater(): void {
    const remote = this.remote;
    clearTimeout(this.closing);
    this.closing = setTimeout(() => {
      if (!this.paused || this.remote !== remote) return;
      remote?.close();
      this.remote = undefined;
      this.indexed = 0;
    }, KEEP_REMOTE_MS);
  }

  /** Goes on building while idle, after {@link pause}. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    clearTimeout(this.closing);
    if (this.worker && !this.remote && !this.starting) this.startRemote();
    if (this.queue.length) this.schedule();
  }

  /** Products matching the text, best first. */
  async search(text: string): Promise<readonly Product[]> {
    this.searchedAt = performance.now();
    if (this.remote) {
      const answer = await this.remote.search(text, this.all, SPLIT_AT, (from) =>
        this.quickSearch(text, from),
      );
      return answer ?? this.search(text); // undefined: the Worker failed
    }
    if (!this.complete) {
      // A Worker starting holds nothing yet: the quick path answers, the index never here.
      const here = !this.worker;
      const pending = this.pending;
      if (!here || pending > FINISH_AT_ONCE) {
        const answer = this.partialSearch(text);
        if (answer.length || !here || pending > FINISH_ON_NOTHING_FOUND) return answer;
        // Nothing as typed: a spelling variant or a typo, which only the index finds.
      }
      const generation = this.generation;
      const engine = this.unavailable ? undefined : await this.load().catch(() => undefined);
      if (generation !== this.generation) return [];
      if (!engine) {
        this.giveUp();
        return this.partialSearch(text);
      }
      while (this.queue.length) this.step(engine.createProductSearch);
    }
    return this.indexAnswer(text);
  }

  /** How many products the index does not hold yet: the quick path's share of a search. */
  get pending(): number {
    return this.all.length - this.indexed;
  }

  /** Whether searches use the full index (typo tolerance, ranking) yet. */
  get complete(): boolean {
    // In a Worker, the index holds what it told (see held).
    if (this.worker) return this.remote !== undefined && this.indexed === this.all.length;
    return this.queue.length === 0 && this.index !== undefined;
  }

  /**
   * While the answer to `text` is not final (the index is not complete, or the Worker has
   * ranked only its first screen: see {@link RemoteSearch.ordering}), resolves when it may
   * have changed, so it can be asked for again; else undefined.
   */
  settled(text: string): Promise<void> | undefined {
    if (this.complete) return this.remote?.ordering(text);
    return this.unavailable && !this.worker ? undefined : this.whenComplete();
  }

  /**
   * The search engine did not load: building stops, and whoever waits for the index asks
   * again and gets the quick path's answer as final (see {@link settled}).
   */
  private giveUp(): void {
    this.unavailable = true;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  /**
   * Resolves once searches use the full index, so an answer the quick path gave can be
   * replaced by the index's (the two differ: substrings against words, typos, ranking).
   */
  whenComplete(): Promise<void> {
    // At once where the search engine did not load: nothing more will come.
    if (this.complete || (this.unavailable && !this.worker)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The index's answer over the products it holds. */
  private indexAnswer(text: string): readonly Product[] {
    if (!this.index) return [];
    let answer = this.answers.get(text);
    if (!answer) {
      answer = this.index.searchProducts(text);
      remember(this.answers, text, answer);
    }
    return answer;
  }

  /**
   * While the index builds: once it holds {@link SPLIT_AT} products, its answer over them,
   * then the quick path's over the rest; before, the quick path's over everything.
   */
  private partialSearch(text: string): readonly Product[] {
    const from = this.indexed < SPLIT_AT ? 0 : this.indexed;
    const head = from ? this.indexAnswer(text) : [];
    const tail = this.quickSearch(text, from);
    return head.length === 0 ? tail : tail.length === 0 ? head : head.concat(tail);
  }

  /**
   * The quick path: substrings of lower-cased text, name matches first, over the products
   * from ordinal `from` on (by default all of them).
   */
  quickSearch(text: string, from = 0): readonly Product[] {
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) return from ? this.all.slice(from) : this.all;
    const known = this.recent.get(key);
    if (known?.from === from) return known.products;
    const words = key.split(' ');
    // Typing on: the answer is within the answer to what was typed before (or to the same
    // text, asked when more of the catalog was left to the quick path).
    let within: QuickAnswer | undefined;
    for (let cut = key.length; cut > 0 && !within; cut--) {
      const earlier = this.recent.get(key.slice(0, cut));
      if (earlier && earlier.from <= from) within = earlier;
    }
    const { all, names } = this;
    const count = within ? within.ordinals.length : all.length - from;
    const ordinals = new Int32Array(count);
    let found = 0;
    const inName: Product[] = [];
    const elsewhere: Product[] = [];
    next: for (let k = 0; k < count; k++) {
      const i = within ? within.ordinals[k]! : from + k;
      if (i < from) continue;
      const hay = this.haystacks[i] ?? this.prepare(i);
      for (const w of words) if (!hay.includes(w)) continue next;
      ordinals[found++] = i;
      const name = names[i] ?? all[i]!.name.toLowerCase();
      (words.every((w) => name.includes(w)) ? inName : elsewhere).push(all[i]!);
    }
    const products = inName.length ? inName.concat(elsewhere) : elsewhere;
    remember(this.recent, key, { products, ordinals: ordinals.slice(0, found), from });
    return products;
  }

  /** The quick path's text of a product; kept while the product is not indexed. */
  private prepare(i: number): string {
    const p = this.all[i]!;
    const hay = `${p.name} ${p.tags.join(' ')} ${p.category} ${p.description}`.toLowerCase();
    if (i >= this.indexed) {
      this.haystacks[i] = hay;
      this.names[i] = p.name.toLowerCase();
    }
    return hay;
  }

  /** Prepares the quick path's text of up to `count` products not indexed yet. */
  private prepareAhead(count: number): void {
    const start = Math.max(this.prepared, this.indexed);
    const end = Math.min(this.all.length, start + count);
    for (let i = start; i < end; i++) if (this.haystacks[i] === undefined) this.prepare(i);
    this.prepared = end;
  }

  private step(create: typeof SearchChunk.createProductSearch): void {
    const next = this.queue.shift();
    if (!next) return;
    if (this.index) this.index.add(next.products, next.sellers);
    else this.index = create(next);
    this.held(this.indexed + next.products.length);
  }

  /**
   * Building while idle, a few milliseconds at a time: first the quick path's text, which
   * answers keystrokes until the index is complete, then the index.
   */
  private build(create: typeof SearchChunk.createProductSearch): void {
    const start = performance.now();
    const budget = start - this.searchedAt < TYPING_MS ? TYPING_BUDGET_MS : IDLE_BUDGET_MS;
    do {
      if (Math.max(this.prepared, this.indexed) < this.all.length) this.prepareAhead(HAYSTACK_STEP);
      else this.step(create);
    } while (this.queue.length && performance.now() - start < budget);
  }

  private schedule(): void {
    if (this.task !== undefined || this.waitingForPaint || this.paused || this.unavailable) return;
    const generation = this.generation;
    if (!this.started) {
      // Not before the first grid is painted: the buyer is waiting for that.
      this.started = true;
      this.waitingForPaint = true;
      afterPaint(() => {
        // A catalog cleared meanwhile has asked for a paint of its own: this one leaves its
        // flag alone.
        if (generation !== this.generation) return;
        this.waitingForPaint = false;
        this.schedule();
      });
      return;
    }
    this.task = whenIdle(
      () =>
        void this.load().then(
          ({ createProductSearch }) => {
            if (generation !== this.generation) return;
            // Only now: products added meanwhile must not start a second round of building.
            this.task = undefined;
            this.build(createProductSearch);
            if (this.queue.length) this.schedule();
          },
          () => {
            if (generation !== this.generation) return;
            this.task = undefined;
            this.giveUp();
          },
        ),
      5000,
    );
  }
}
