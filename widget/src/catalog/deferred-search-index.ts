// The search index's code (search-index.ts: the quick path, the Worker hand-over, the
// building schedule) is not needed for the first cards, so it is not in the first file the
// page fetches: it loads with the first products given to the index, which the storefront
// gives once a catalog page is read whole (after the preview's cards are painted).
import type { Product, Seller } from '@etalase/catalog';
import type { SearchIndex } from './search-index.js';

type Added = [products: readonly Product[], sellers: readonly Seller[], more: boolean];

/** A {@link SearchIndex} whose code loads on first use; the same methods, the same answers. */
export class DeferredSearchIndex {
  private index: SearchIndex | undefined;
  private loading: Promise<SearchIndex> | undefined;
  /** What was added before the code came, in order (cleared by {@link clear}). */
  private readonly added: Added[] = [];
  private paused = false;

  /** Loads the index's code once; a failed load (offline) is tried again on the next use. */
  private load(): Promise<SearchIndex> {
    this.loading ??= import('./search-index.js').then(
      ({ SearchIndex }) => {
        const index = new SearchIndex();
        if (this.paused) index.pause();
        for (const args of this.added.splice(0)) index.add(...args);
        this.index = index;
        return index;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** See {@link SearchIndex.add}; starts loading the index's code. */
  add(products: readonly Product[], sellers: readonly Seller[], more = false): void {
    if (this.index) {
      this.index.add(products, sellers, more);
      return;
    }
    this.added.push([products, sellers, more]);
    // A failed load is reported by the search that needs it.
    this.load().catch(() => undefined);
  }

  /** See {@link SearchIndex.pending}: all that was added, while the code is on its way. */
  get pending(): number {
    return this.index?.pending ?? this.added.reduce((sum, [products]) => sum + products.length, 0);
  }

  /** See {@link SearchIndex.clear}. */
  clear(): void {
    if (this.index) this.index.clear();
    else this.added.length = 0;
  }

  /** See {@link SearchIndex.pause}. */
  pause(): void {
    this.paused = true;
    this.index?.pause();
  }

  /** See {@link SearchIndex.resume}. */
  resume(): void {
    this.paused = false;
    this.index?.resume();
  }

  /** See {@link SearchIndex.search}: once the code is here, in the same task (microtasks). */
  async search(text: string): Promise<readonly Product[]> {
    return (this.index ?? (await this.load())).search(text);
  }

  /** See {@link SearchIndex.settled}; not final while the code is still on its way. */
  settled(text: string): Promise<void> | undefined {
    if (this.index) return this.index.settled(text);
    // Failed to load: the search that needs it says so; nothing is waited for here.
    return this.load().then(
      (index) => index.settled(text),
      () => undefined,
    );
  }
}
