import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type * as SearchChunk from './product-search-chunk.js';
import { afterPaint, cancelIdle, whenIdle } from '../shared/when-idle.js';

let searchModule: Promise<typeof SearchChunk> | undefined;
function loadSearchModule(): Promise<typeof SearchChunk> {
  searchModule ??= import('./product-search-chunk.js');
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

/** Recent answers of the quick search kept, for backspacing. */
const RECENT = 64;

/**
 * The storefront's full-text index, on the main thread so each keystroke is answered within
 * the frame (a Worker round trip measured slower than the search itself). Building it for
 * 10,000 products takes hundreds of milliseconds, so it is built in small slices while the
 * browser is idle. Until it is nearly complete, searches take a quick path instead: every
 * word of the query as a substring of a product's name, tags, category or description
 * (name matches first), narrowed from the previous answer while the buyer types on. Only
 * a query the quick path finds nothing for (a typo, a variant spelling) finishes the index
 * at once.
 */
export class SearchIndex {
  private index: ProductSearch | undefined;
  private queue: { products: readonly Product[]; sellers: readonly Seller[] }[] = [];
  private task: number | undefined;
  private generation = 0;
  private started = false;
  private waitingForPaint = false;
  private readonly all: Product[] = [];
  private haystacks: string[] = [];
  private names: string[] = [];
  /** Recent answers of the quick path, with the catalog ordinals they hold, ascending. */
  private recent = new Map<string, { products: readonly Product[]; ordinals: Int32Array }>();
  /** When the buyer last searched: building yields more often while they type. */
  private searchedAt = -Infinity;
  /** Recent answers of the index, for backspacing; emptied when products are added. */
  private answers = new Map<string, readonly Product[]>();
  /** Callers of {@link whenComplete} waiting for the index. */
  private waiting: (() => void)[] = [];

  clear(): void {
    this.generation++;
    this.index = undefined;
    this.all.length = 0;
    this.haystacks = [];
    this.names = [];
    this.recent.clear();
    this.answers.clear();
    this.queue = [];
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
    this.started = false;
  }

  add(products: readonly Product[], sellers: readonly Seller[]): void {
    this.all.push(...products);
    this.recent.clear();
    this.answers.clear();
    for (let i = 0; i < Math.max(products.length, 1); i += SLICE) {
      this.queue.push({ products: products.slice(i, i + SLICE), sellers: i === 0 ? sellers : [] });
    }
    this.schedule();
  }

  /** Stops building while idle (the storefront left the page); a search still finishes it. */
  pause(): void {
    this.generation++;
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
    this.waitingForPaint = false;
    this.started = false;
  }

  /** Goes on building while idle, after {@link pause}. */
  resume(): void {
    if (this.queue.length) this.schedule();
  }

  /** Products matching the text, best first. */
  async search(text: string): Promise<readonly Product[]> {
    this.searchedAt = performance.now();
    if (!this.complete) {
      const pending = this.queue.reduce((n, slice) => n + slice.products.length, 0);
      if (pending > FINISH_AT_ONCE) {
        const quick = this.quickSearch(text);
        if (quick.length) return quick;
        // Nothing as typed: a spelling variant or a typo, which only the index finds.
      }
      const generation = this.generation;
      const { createProductSearch } = await loadSearchModule();
      if (generation !== this.generation) return [];
      while (this.queue.length) this.step(createProductSearch);
    }
    if (!this.index) return [];
    let answer = this.answers.get(text);
    if (!answer) {
      answer = this.index.searchProducts(text);
      if (this.answers.size >= RECENT) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(text, answer);
    }
    return answer;
  }

  /** Whether searches use the full index (typo tolerance, ranking) yet. */
  get complete(): boolean {
    return this.queue.length === 0 && this.index !== undefined;
  }

  /**
   * Resolves once searches use the full index, so an answer the quick path gave can be
   * replaced by the index's (the two differ: substrings against words, typos, ranking).
   */
  whenComplete(): Promise<void> {
    if (this.complete) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The quick path: substrings of lower-cased text, name matches first. */
  quickSearch(text: string): readonly Product[] {
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) return this.all;
    const known = this.recent.get(key);
    if (known) return known.products;
    const words = key.split(' ');
    // Typing on: the answer is within the answer to what was typed before.
    let from: Int32Array | undefined;
    for (let cut = key.length - 1; cut > 0 && !from; cut--)
      from = this.recent.get(key.slice(0, cut))?.ordinals;
    this.fillHaystacks();
    const { all, haystacks, names } = this;
    const count = from ? from.length : all.length;
    const ordinals = new Int32Array(count);
    let found = 0;
    const inName: Product[] = [];
    const elsewhere: Product[] = [];
    next: for (let k = 0; k < count; k++) {
      const i = from ? from[k]! : k;
      const hay = haystacks[i]!;
      for (const w of words) if (!hay.includes(w)) continue next;
      ordinals[found++] = i;
      const name = names[i]!;
      (words.every((w) => name.includes(w)) ? inName : elsewhere).push(all[i]!);
    }
    const products = inName.length ? inName.concat(elsewhere) : elsewhere;
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(key, { products, ordinals: ordinals.slice(0, found) });
    return products;
  }

  private fillHaystacks(upTo = this.all.length): void {
    for (let i = this.haystacks.length; i < Math.min(upTo, this.all.length); i++) {
      const p = this.all[i]!;
      this.names.push(p.name.toLowerCase());
      this.haystacks.push(
        `${p.name} ${p.tags.join(' ')} ${p.category} ${p.description}`.toLowerCase(),
      );
    }
  }

  private step(create: typeof SearchChunk.createProductSearch): void {
    const next = this.queue.shift();
    if (!next) return;
    if (this.index) this.index.add(next.products, next.sellers);
    else this.index = create(next);
    if (this.complete && this.waiting.length) {
      const waiting = this.waiting;
      this.waiting = [];
      // After the search that finished the index has answered, not within it.
      queueMicrotask(() => waiting.forEach((resolve) => resolve()));
    }
  }

  /**
   * Building while idle, a few milliseconds at a time: first the quick path's text, which
   * answers keystrokes until the index is complete, then the index.
   */
  private build(create: typeof SearchChunk.createProductSearch): void {
    const start = performance.now();
    const budget = start - this.searchedAt < TYPING_MS ? TYPING_BUDGET_MS : IDLE_BUDGET_MS;
    do {
      if (this.haystacks.length < this.all.length)
        this.fillHaystacks(this.haystacks.length + HAYSTACK_STEP);
      else this.step(create);
    } while (this.queue.length && performance.now() - start < budget);
  }

  private schedule(): void {
    if (this.task !== undefined || this.waitingForPaint) return;
    const generation = this.generation;
    if (!this.started) {
      // Not before the first grid is painted: the buyer is waiting for that.
      this.started = true;
      this.waitingForPaint = true;
      afterPaint(() => {
        this.waitingForPaint = false;
        if (generation === this.generation) this.schedule();
      });
      return;
    }
    this.task = whenIdle(() => {
      this.task = undefined;
      void loadSearchModule().then(({ createProductSearch }) => {
        if (generation !== this.generation) return;
        this.build(createProductSearch);
        if (this.queue.length) this.schedule();
      });
    }, 5000);
  }
}
