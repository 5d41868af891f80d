import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Product } from '@etalase/catalog';
import type { CatalogController } from '../catalog/catalog-controller.js';
import type { StorefrontQuery } from '../catalog/catalog-source.js';
import { BATCH, measureScreenful } from '../shared/screenful.js';
import { afterPaint, whenIdle } from '../shared/when-idle.js';
import { activeProduceFilters } from './produce-query.js';

/** Everything shown: no text, no filter, best first. */
export const NO_QUERY: StorefrontQuery = { text: '', sort: 'relevance', madeLocallyOnly: false };

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The buyer's query (search text, filters, order) and its results, and how far down the
 * results the grid goes (paging as the buyer scrolls, then loading the catalog's next page).
 * Re-runs the query when the query or the loaded products change; late answers to older
 * queries are dropped.
 */
export class QueryController implements ReactiveController {
  query: StorefrontQuery = NO_QUERY;
  results: readonly Product[] = [];
  /** How many results the grid shows once complete. */
  visible = BATCH;
  /**
   * The products the grid shows, in order. Cards are reused by position (see
   * `EtalaseStorefront`), so a new answer costs the cards whose product changed. After the
   * buyer changes the query, only the cards that fill the screen show the new answer at
   * first; the cards below the screen keep their old products (not rendered: they are off
   * screen, see `content-visibility` in the styles) until that frame is painted, and then
   * the rest of {@link visible} follows. A keystroke so updates a dozen cards, not four dozen,
   * before the buyer sees its answer. While cards below the screen are out of date,
   * {@link stale} is true (the grid says `aria-busy`).
   */
  gridProducts: readonly Product[] = [];
  /** Whether cards below the screen still show an earlier answer (see {@link gridProducts}). */
  stale = false;
  /** Whether results reflect the current catalog (false while the first query runs). */
  searched = false;
  /**
   * Whether the answer is empty only so far: the search index, still building, may find
   * what the quick path did not (a typo). The storefront says it is still searching.
   */
  searching = false;
  /**
   * Whether this update shows a new answer to the buyer's query for the first time. A card
   * whose product changed then shows its name and price in this frame and its photo in the
   * next: an update follows once this frame is painted. A new <img> (its src set, the old
   * one removed) and its paint were about half of a keystroke's work on 10,000 products.
   */
  fresh = false;
  /** The products the grid showed before this update, slot by slot. */
  before: readonly Product[] = [];
  /**
   * Whether the last query could not be answered (the search's code did not load: offline,
   * or a deploy replaced it). The cards stay as they were; the buyer is told, and the next
   * keystroke tries again.
   */
  failed = false;
  private seq = 0;
  private pending: Promise<void> | undefined;
  private lastRevision = -1;
  private changed = false;
  private observer: IntersectionObserver | undefined;
  private observed: Element | undefined;
  /** While the grid shows only its first screen of a new answer: how many cards that is. */
  private screenful: number | undefined;
  /** How many cards filled the screen when last measured. */
  private lastScreenful: number | undefined;

  constructor(
    private readonly host: Host,
    private readonly loader: CatalogController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        // Not while the grid shows its first screen only: the rest of it comes first.
        if (this.screenful === undefined && entries.some((e) => e.isIntersecting)) this.showMore();
      },
      { rootMargin: '600px 0px' },
    );
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  hostUpdate(): void {
    if (this.loader.revision !== this.lastRevision) {
      this.lastRevision = this.loader.revision;
      this.run(false);
    } else if (this.changed) {
      this.run(true);
    }
    this.changed = false;
    this.composeGrid();
  }

  hostUpdated(): void {
    if (this.fresh) afterPaint(() => this.host.requestUpdate());
    this.fresh = false;
    // The "show more" row: more results come when it nears the viewport.
    const sentinel = this.host.renderRoot.querySelector('.sentinel') ?? undefined;
    if (sentinel === this.observed) return;
    this.observer?.disconnect();
    this.observed = sentinel;
    if (sentinel) this.observer?.observe(sentinel);
  }

  /** Changes part of the query; the results follow in the next update. */
  set(patch: Partial<StorefrontQuery>): void {
    const next = { ...this.query, ...patch };
    const keys = Object.keys(next) as (keyof StorefrontQuery)[];
    if (keys.every((k) => next[k] === this.query[k])) return;
    this.query = next;
    this.changed = true;
    this.host.requestUpdate();
  }

  /** Back to everything, best first. */
  clear(): void {
    this.set({
      text: '',
      category: undefined,
      regionCode: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      madeLocallyOnly: false,
      produce: undefined,
      sort: 'relevance',
    });
  }

  /** How many filters (not the text, not the order) narrow the results. */
  get activeFilters(): number {
    const q = this.query;
    return (
      [q.category, q.regionCode, q.minPrice, q.maxPrice].filter((v) => v !== undefined).length +
      (q.madeLocallyOnly ? 1 : 0) +
      activeProduceFilters(q.produce)
    );
  }

  /** Whether there is more to show below the grid (in the results or in later pages). */
  get hasMore(): boolean {
    return this.visible < this.results.length || Boolean(this.loader.source?.hasMore);
  }

  /** Shows the next batch of results, or loads the catalog's next page. */
  showMore(): void {
    this.screenful = undefined;
    if (this.visible < this.results.length) {
      this.visible += BATCH;
      this.host.requestUpdate();
    } else if (this.loader.source?.hasMore) {
      void this.loader.more();
    }
  }

  /** Waits for a running query; true if there was one (the host then renders again). */
  async settle(): Promise<boolean> {
    const pending = this.pending;
    if (!pending) return false;
    await pending;
    if (pending === this.pending) this.pending = undefined;
    return true;
  }

  private run(resetScroll: boolean): void {
    const source = this.loader.source;
    if (!source || this.loader.status !== 'ready') {
      this.results = [];
      this.searched = false;
      this.searching = false;
      return;
    }
    if (resetScroll) this.visible = BATCH;
    const seq = ++this.seq;
    // The static source answers within the same task (microtasks), before the next frame.
    this.pending = source.search(this.query).then(
      (products) => {
        if (seq !== this.seq || source !== this.loader.source) return;
        this.failed = false;
        // A new answer to the buyer's query fills the screen first; a new catalog page keeps
        // the cards it shows (the preview's stay in place) and renders at once.
        this.screenful = resetScroll ? (this.lastScreenful ??= this.measureScreenful()) : undefined;
        this.fresh = resetScroll;
        // Answered by the quick path while the index builds: asked again once it is built,
        // so the answer left on screen is the index's (typos, spelling variants, ranking).
        const settled = source.searchSettled?.(this.query);
        this.results = products;
        this.searched = true;
        this.searching = !products.length && !!settled;
        this.host.requestUpdate();
        void settled?.then(() => {
          const current = seq === this.seq && source === this.loader.source;
          if (current && this.loader.status === 'ready') this.run(false);
        });
        void this.host.updateComplete.then(() => {
          this.loader.announceReady();
          // Once the first screen is painted, and not before the buyer's next keystroke.
          if (this.screenful !== undefined) afterPaint(() => whenIdle(() => this.fillIn(seq), 200));
        });
      },
      () => {
        if (seq !== this.seq || source !== this.loader.source) return;
        this.failed = true;
        // The earlier answer stays, final: not "still searching" beside the failure note.
        this.searching = false;
        this.host.requestUpdate();
      },
    );
  }

  /**
   * What the grid shows (see {@link gridProducts}): the first screen of the answer, then,
   * while {@link screenful} is set, the cards it showed before below that.
   */
  private composeGrid(): void {
    const { results, visible, screenful } = this;
    const fresh = results.slice(0, Math.min(visible, screenful ?? visible));
    const keep = Math.min(visible, results.length, this.gridProducts.length);
    const before = (this.before = this.gridProducts);
    this.stale = false;
    if (screenful !== undefined && keep > fresh.length) {
      const tail = before.slice(fresh.length, keep);
      // Cards below the screen that already show the right product are not stale.
      this.stale = tail.some((product, i) => product !== results[fresh.length + i]);
      this.gridProducts = fresh.concat(tail);
    } else {
      this.gridProducts = fresh;
    }
    // Nothing left to fill in: the grid already shows the whole answer as far as it goes.
    if (!this.stale && this.gridProducts.length >= Math.min(visible, results.length))
      this.screenful = undefined;
  }

  /** The rest of the grid, after its first screen was painted. */
  private fillIn(seq: number): void {
    if (seq !== this.seq || this.screenful === undefined) return;
    // Measured here, where the page was just painted and nothing has moved since: reading
    // sizes on a keystroke would lay out the page once more before its results are shown.
    this.lastScreenful = this.measureScreenful();
    this.screenful = undefined;
    // Watched afresh once the rest is in: if the "show more" row is still near the screen,
    // the next batch comes as it would have.
    this.observed = undefined;
    this.host.requestUpdate();
  }

  /** How many cards fill the screen from the top of the grid (see measureScreenful). */
  private measureScreenful(): number {
    return measureScreenful(this.host.renderRoot);
  }
}
