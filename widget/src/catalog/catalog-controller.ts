import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogIssue, CatalogPreview, LocalizedText } from '@etalase/catalog';
import { readCachedCatalog, writeCachedCatalog } from './catalog-cache.js';
import type { CachedCatalog } from './catalog-cache.js';
import { CatalogReaders } from './catalog-backend.js';
import { CatalogLoadError, StaticCatalogSource } from './catalog-source.js';
import type { CatalogPage } from './catalog-source.js';
import { emit } from '../shared/events.js';
import { measureScreenful } from '../shared/screenful.js';
import { afterPaint, whenIdle } from '../shared/when-idle.js';

/** Where the shown data stands against the network. */
export interface StaleState {
  readonly savedAt: number;
  /** `refreshing`: a fresh copy is on its way; `offline`/`failed`: this is all there is. */
  readonly reason: 'refreshing' | 'offline' | 'failed';
}

type Host = ReactiveControllerHost & HTMLElement;

function loadIssue(error: CatalogLoadError): CatalogIssue {
  const message: LocalizedText =
    error.kind === 'http'
      ? {
          id: `Katalog tidak bisa dimuat (HTTP ${error.status}). Periksa alamat katalog.`,
          en: `The catalog could not be loaded (HTTP ${error.status}). Check the catalog address.`,
        }
      : {
          id: 'Katalog tidak bisa dimuat: tidak ada sambungan ke server.',
          en: 'The catalog could not be loaded: no connection to the server.',
        };
  return { path: [], code: `load.${error.kind}`, severity: 'fatal', message };
}

/**
 * Loads a storefront's catalog: shows the last good copy from IndexedDB at once, then
 * refreshes it from the network (stale-while-revalidate), and loads further pages on demand.
 * Fires `etalase-ready` and `etalase-error` on the host.
 */
export class CatalogController implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  source: StaticCatalogSource | undefined;
  /** Problems of the shown data (all pages). */
  issues: CatalogIssue[] = [];
  stale: StaleState | undefined;
  loadingMore = false;
  /**
   * The first products, checked by the preview reader, while the whole catalog is read
   * (status `loading`), and until the host has rendered its first results for the whole
   * catalog (so its cards stay in place meanwhile); undefined after that, or when there is
   * nothing to preview.
   */
  preview: CatalogPreview | undefined;
  /** Bumped whenever the shown products change, so the host can re-run its query. */
  revision = 0;
  private abort: AbortController | undefined;
  private readers: CatalogReaders | undefined;
  private readyPending: { fromCache: boolean } | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.source?.resume();
  }

  hostDisconnected(): void {
    this.source?.pause();
    // The catalog being read is let go only if the storefront is not back on the page in
    // a second: moved (into a tab or a dialog, a framework re-parenting it), it is still
    // wanted, and a read cut off then left "Memuat katalog…" for good. The same grace as
    // the search index's Worker's (KEEP_REMOTE_MS in search-index.ts).
    setTimeout(() => {
      if (this.host.isConnected) return;
      this.abort?.abort();
      this.readers?.close();
      this.readers = undefined;
    }, 1000);
  }

  /** Where this storefront reads catalogs; a Worker, if one is needed, is kept for later pages. */
  private get readerBackend(): CatalogReaders {
    this.readers ??= new CatalogReaders();
    return this.readers;
  }

  /**
   * Loads from a URL (JSON or CSV). The saved copy is looked up meanwhile (opening
   * IndexedDB takes a while on a fresh visit): shown if it comes before the first fresh
   * cards, and kept for when the network fails.
   */
  async loadUrl(src: string): Promise<void> {
    const url = new URL(src, document.baseURI).href;
    const signal = this.restart();
    const source = new StaticCatalogSource({ url }, this.readerBackend);
    this.source = source;
    let previewed = false;
    let cacheShown = false;
    const loading = source.load(signal, (preview) => {
      if (cacheShown) return;
      previewed = true;
      this.showPreview(preview, signal);
    });
    const cached = readCachedCatalog(url).then((entry) => {
      // Not over fresh cards, nor over the fresh catalog once read (load has accepted it).
      if (entry && !signal.aborted && !previewed && !source.catalog) {
        cacheShown = true;
        this.showCached(entry);
      }
      return entry;
    });
    try {
      const page = await loading;
      if (signal.aborted) return;
      this.stale = undefined;
      this.show(page, false);
      if (!page.issues.some((i) => i.severity === 'fatal')) {
        const entry = { url, savedAt: Date.now(), catalog: page.catalog, issues: page.issues };
        // IndexedDB copies the whole catalog on the main thread: not while the buyer waits
        // for the grid (tens of milliseconds for thousands of products).
        whenIdle(() => void writeCachedCatalog(entry));
      }
    } catch (error) {
      if (!(error instanceof CatalogLoadError)) throw error; // a bug, not bad input
      if (signal.aborted || error.kind === 'aborted') return;
      const entry = await cached;
      if (signal.aborted) return;
      if (entry) {
        // Show the cached copy (if the first fresh cards came before it), and say from when.
        if (!cacheShown) this.showCached(entry);
        this.stale = { savedAt: entry.savedAt, reason: navigator.onLine ? 'failed' : 'offline' };
        this.host.requestUpdate();
        return;
      }
      this.fail(loadIssue(error));
    }
  }

  /** Shows the saved copy of the catalog while a fresh one is on its way. */
  private showCached(entry: CachedCatalog): void {
    const page = { catalog: entry.catalog, issues: [...entry.issues] };
    this.source?.adopt(page, entry.url);
    this.stale = { savedAt: entry.savedAt, reason: 'refreshing' };
    this.show(page, true);
  }

  /** Shows inline data (the `catalog` property). */
  loadData(data: unknown): void {
    const signal = this.restart();
    const source = new StaticCatalogSource({ data }, this.readerBackend);
    this.source = source;
    // A newer `catalog` (or `src`) wins even when this one, read elsewhere, answers later.
    void source
      .load(undefined, (preview) => this.showPreview(preview, signal))
      .then((page) => {
        if (!signal.aborted) this.show(page, false);
      });
  }

  /** Loads the next page of a catalog split into pages. */
  async more(): Promise<void> {
    const source = this.source;
    if (!source?.hasMore || this.loadingMore || this.status !== 'ready') return;
    this.loadingMore = true;
    this.host.requestUpdate();
    const signal = this.abort?.signal;
    try {
      const page = await source.page(signal);
      if (source !== this.source || !page) return;
      // A retry that worked clears the note about the failed attempt.
      this.issues = [...this.issues.filter((i) => !i.code.startsWith('load.')), ...page.issues];
      this.revision++;
      if (page.issues.length) emit(this.host, 'etalase-error', { issues: page.issues });
    } catch (error) {
      if (!(error instanceof CatalogLoadError)) throw error;
      if (error.kind !== 'aborted') {
        // The pages already shown stay: this is an error, not a fatal one.
        const issue: CatalogIssue = { ...loadIssue(error), severity: 'error' };
        this.issues = [...this.issues, issue];
        emit(this.host, 'etalase-error', { issues: [issue] });
      }
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /**
   * Fires `etalase-ready` once the host has shown the data that {@link show} accepted
   * (the host calls this after rendering its first results for it).
   */
  announceReady(): void {
    const pending = this.readyPending;
    if (!pending) return;
    this.readyPending = undefined;
    this.preview = undefined;
    performance.mark('etalase:grid-rendered');
    emit(this.host, 'etalase-ready', {
      count: this.source?.catalog?.products.length ?? 0,
      ...pending,
    });
  }

  private showPreview(preview: CatalogPreview, signal: AbortSignal): void {
    if (signal.aborted) return;
    performance.mark('etalase:preview');
    // The first frame builds only the cards that fill the screen (measured on the grey
    // cards shown while loading), the rest of the preview once that frame is painted.
    const screen = measureScreenful(this.host.shadowRoot ?? this.host);
    if (screen >= preview.products.length) {
      this.preview = preview;
    } else {
      const first = { ...preview, products: preview.products.slice(0, screen) };
      this.preview = first;
      afterPaint(() => {
        if (signal.aborted || this.preview !== first) return;
        this.preview = preview;
        this.host.requestUpdate();
      });
    }
    this.host.requestUpdate();
  }

  private restart(): AbortSignal {
    this.abort?.abort();
    // The catalog shown is replaced: its search index (a Worker's, for a large one) goes.
    this.source?.close();
    this.abort = new AbortController();
    this.status = 'loading';
    this.preview = undefined;
    this.issues = [];
    this.stale = undefined;
    this.host.requestUpdate();
    return this.abort.signal;
  }

  private show(page: CatalogPage, fromCache: boolean): void {
    // User Timing marks, for hosts (and bench/) to see where the time goes.
    performance.mark('etalase:catalog-read');
    const fatal = page.issues.find((i) => i.severity === 'fatal');
    if (fatal) {
      this.fail(...page.issues);
      return;
    }
    this.status = 'ready';
    this.issues = [...page.issues];
    this.revision++;
    this.readyPending = { fromCache };
    this.host.requestUpdate();
    if (page.issues.length && !fromCache) emit(this.host, 'etalase-error', { issues: page.issues });
  }

  private fail(...issues: CatalogIssue[]): void {
    this.status = 'error';
    this.preview = undefined;
    this.issues = issues;
    this.revision++;
    this.host.requestUpdate();
    emit(this.host, 'etalase-error', { issues });
  }
}
