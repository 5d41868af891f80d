import { isCatalogReply } from './catalog-protocol.js';
import type { CatalogReply, CatalogRequest } from './catalog-protocol.js';
import type { CatalogPage, LoadFailure } from './read-catalog.js';
import type * as ReadCatalog from './read-catalog.js';
import { trustedTypesBlocked, workerScriptUrl } from './trusted-types.js';

/** Where catalogs are read and searched: a Worker, or the page's main thread. */
export interface CatalogBackend {
  /** Fetches and reads a catalog file; `replace` starts the index over, `add` extends it. */
  fetch(url: string, mode: 'replace' | 'add'): Promise<CatalogPage | LoadFailure>;
  /** Reads inline data (object, JSON or CSV text), starting the index over. */
  read(data: unknown): Promise<CatalogPage>;
  /** Indexes a page already read (the offline cache), starting the index over. */
  adopt(page: CatalogPage): void;
  /** The ids of products matching the text, best first. */
  search(text: string): Promise<readonly string[]>;
  /** Stops the worker, if any. The backend is not used again. */
  close(): void;
}

let readModule: Promise<typeof ReadCatalog> | undefined;
function loadReadModule(): Promise<typeof ReadCatalog> {
  readModule ??= import('./read-catalog.js');
  return readModule;
}

/**
 * Reads and searches on the page's main thread, loading that code on first use. The
 * fallback where a Worker cannot start: a bundle served from another origin (workers must
 * be same-origin), a CSP without room for workers, or a worker that failed.
 */
export class LocalCatalogBackend implements CatalogBackend {
  private index: ReadCatalog.CatalogIndex | undefined;
  private latest = 0;

  async fetch(url: string, mode: 'replace' | 'add'): Promise<CatalogPage | LoadFailure> {
    const ticket = mode === 'replace' ? ++this.latest : this.latest;
    const read = await loadReadModule();
    const result = await read.fetchCatalog(url);
    if ('kind' in result) return result;
    const index = (this.index ??= new read.CatalogIndex());
    if (mode === 'add') index.add(result);
    else if (ticket === this.latest) index.replace(result);
    return result;
  }

  async read(data: unknown): Promise<CatalogPage> {
    ++this.latest;
    const read = await loadReadModule();
    const page = read.readCatalogData(data);
    (this.index ??= new read.CatalogIndex()).replace(page);
    return page;
  }

  adopt(page: CatalogPage): void {
    ++this.latest;
    void loadReadModule().then((read) => (this.index ??= new read.CatalogIndex()).replace(page));
  }

  /** Adds a page read elsewhere (used when taking over from a failed worker). */
  addPage(page: CatalogPage): void {
    void loadReadModule().then((read) => (this.index ??= new read.CatalogIndex()).add(page));
  }

  async search(text: string): Promise<readonly string[]> {
    await loadReadModule();
    return this.index?.search(text) ?? [];
  }

  close(): void {
    this.index = undefined;
  }
}

type Pending = { request: CatalogRequest; resolve: (reply: CatalogReply) => void };

/**
 * Reads and searches in a module Worker, so neither blocks the page. If the worker fails to
 * start or dies, a {@link LocalCatalogBackend} takes over with every page read so far and
 * answers the requests still waiting.
 */
export class WorkerCatalogBackend implements CatalogBackend {
  private readonly pending = new Map<number, Pending>();
  /** The pages the index holds, in order, to hand over to the main thread if needed. */
  private pages: CatalogPage[] = [];
  private local: LocalCatalogBackend | undefined;
  private nextId = 1;

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isCatalogReply(reply)) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.type === 'error') {
        // The worker hit a bug on this request; answer it here instead.
        void this.takeOver().then(() => this.runLocally(waiting));
        return;
      }
      waiting.resolve(reply);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      void this.takeOver();
    });
  }

  async fetch(url: string, mode: 'replace' | 'add'): Promise<CatalogPage | LoadFailure> {
    const reply = await this.request({ type: 'fetch', id: this.nextId++, url, mode });
    if (reply.type === 'failed') return reply.failure;
    if (reply.type !== 'page') throw new Error(`unexpected reply ${reply.type}`);
    this.pages = mode === 'replace' ? [reply.page] : [...this.pages, reply.page];
    return reply.page;
  }

  async read(data: unknown): Promise<CatalogPage> {
    const reply = await this.request({ type: 'read', id: this.nextId++, data });
    if (reply.type !== 'page') throw new Error(`unexpected reply ${reply.type}`);
    this.pages = [reply.page];
    return reply.page;
  }

  adopt(page: CatalogPage): void {
    this.pages = [page];
    if (this.local) this.local.adopt(page);
    else this.worker.postMessage({ type: 'adopt', page } satisfies CatalogRequest);
  }

  async search(text: string): Promise<readonly string[]> {
    const reply = await this.request({ type: 'search', id: this.nextId++, text });
    return reply.type === 'ids' ? reply.ids : [];
  }

  close(): void {
    this.worker.terminate();
    this.local?.close();
    this.pending.clear();
  }

  private request(request: CatalogRequest & { id: number }): Promise<CatalogReply> {
    return new Promise((resolve) => {
      const waiting = { request, resolve };
      if (this.local) {
        void this.runLocally(waiting);
        return;
      }
      this.pending.set(request.id, waiting);
      try {
        this.worker.postMessage(request);
      } catch {
        // Data a worker cannot receive (a catalog object with functions): do it here.
        this.pending.delete(request.id);
        void this.takeOver().then(() => this.runLocally(waiting));
      }
    });
  }

  private async takeOver(): Promise<void> {
    if (this.local) return;
    this.worker.terminate();
    const local = new LocalCatalogBackend();
    this.local = local;
    const [first, ...rest] = this.pages;
    if (first) local.adopt(first);
    for (const page of rest) local.addPage(page);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    await Promise.all(waiting.map((w) => this.runLocally(w)));
  }

  private async runLocally({ request, resolve }: Pending): Promise<void> {
    const local = this.local!;
    switch (request.type) {
      case 'fetch': {
        const result = await local.fetch(request.url, request.mode);
        resolve(
          'kind' in result
            ? { type: 'failed', id: request.id, failure: result }
            : { type: 'page', id: request.id, page: result },
        );
        return;
      }
      case 'read':
        resolve({ type: 'page', id: request.id, page: await local.read(request.data) });
        return;
      case 'search':
        resolve({ type: 'ids', id: request.id, ids: await local.search(request.text) });
        return;
      case 'adopt':
        local.adopt(request.page);
        return;
    }
  }
}

/**
 * This module's URL: `import.meta.url` in the ES build; in the classic-script build, where
 * bundlers leave it empty, the script's own `src`, read while the script first runs.
 */
const moduleUrl: string | undefined =
  import.meta.url ||
  (typeof document === 'undefined'
    ? undefined
    : (document.currentScript as HTMLScriptElement | null)?.src);

let override: (() => CatalogBackend) | undefined;

/** For tests: make every new storefront use this backend (undefined restores the default). */
export function useCatalogBackend(factory: (() => CatalogBackend) | undefined): void {
  override = factory;
}

/**
 * The best backend this page allows: a Worker when the bundle is served from the page's
 * origin, else the main thread. From TypeScript source (dev server, tests) the worker is the
 * source file; from the build it is `etalase-catalog-worker.js` beside the bundle.
 */
export function createCatalogBackend(): CatalogBackend {
  if (override) return override();
  if (typeof Worker !== 'function' || !moduleUrl) return new LocalCatalogBackend();
  try {
    const fromSource = new URL(moduleUrl).pathname.endsWith('.ts');
    // A variable, not a literal, so bundlers leave the URL to be resolved at run time.
    const file = fromSource ? 'catalog-worker.ts' : 'etalase-catalog-worker.js';
    const url = new URL(file, moduleUrl);
    if (url.origin !== location.origin || trustedTypesBlocked()) return new LocalCatalogBackend();
    const worker = new Worker(workerScriptUrl(url), { type: 'module', name: 'etalase-catalog' });
    return new WorkerCatalogBackend(worker);
  } catch {
    return new LocalCatalogBackend(); // a CSP without room for workers, or an old browser
  }
}
