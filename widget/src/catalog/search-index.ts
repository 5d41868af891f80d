import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type * as SearchChunk from './product-search-chunk.js';
import { afterPaint, cancelIdle, whenIdle } from '../shared/when-idle.js';

let searchModule: Promise<typeof SearchChunk> | undefined;
function loadSearchModule(): Promise<typeof SearchChunk> {
  searchModule ??= import('./product-search-chunk.js');
  return searchModule;
}

/** Products indexed per slice of idle time; about 5 ms of work on a mid-range phone. */
const SLICE = 150;

/**
 * The storefront's full-text index, on the main thread so each keystroke is answered within
 * the frame (a Worker round trip measured slower than the search itself). Building it for
 * 10,000 products takes hundreds of milliseconds, so it is built in small slices while the
 * browser is idle; a search that comes first finishes the rest at once.
 */
export class SearchIndex {
  private index: ProductSearch | undefined;
  private queue: { products: readonly Product[]; sellers: readonly Seller[] }[] = [];
  private task: number | undefined;
  private generation = 0;
  private started = false;
  private waitingForPaint = false;

  clear(): void {
    this.generation++;
    this.index = undefined;
    this.queue = [];
    if (this.task !== undefined) cancelIdle(this.task);
    this.task = undefined;
    this.started = false;
  }

  add(products: readonly Product[], sellers: readonly Seller[]): void {
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
  async search(text: string): Promise<Product[]> {
    const generation = this.generation;
    const { createProductSearch } = await loadSearchModule();
    if (generation !== this.generation) return [];
    while (this.queue.length) this.step(createProductSearch);
    return this.index ? this.index.search(text).map((hit) => hit.product) : [];
  }

  private step(create: typeof SearchChunk.createProductSearch): void {
    const next = this.queue.shift();
    if (!next) return;
    if (this.index) this.index.add(next.products, next.sellers);
    else this.index = create(next);
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
        this.step(createProductSearch);
        if (this.queue.length) this.schedule();
      });
    }, 5000);
  }
}
