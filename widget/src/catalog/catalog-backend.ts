import { isCatalogReply } from './catalog-protocol.js';
import type { CatalogRequest } from './catalog-protocol.js';
import type { CatalogPage } from './read-catalog.js';
import type * as ReadCatalog from './read-catalog.js';
import { startBundledWorker } from '../shared/bundle-url.js';

/** Where catalog data is read (validated): a Worker, or the page's main thread. */
export interface CatalogBackend {
  /**
   * Reads catalog data: an object, or JSON or CSV text (`url` and `contentType` help tell
   * CSV from JSON). Problems in the data come back as issues.
   */
  read(data: unknown, url?: string, contentType?: string): Promise<CatalogPage>;
  /** Stops the worker, if any. */
  close(): void;
}

let readModule: Promise<typeof ReadCatalog> | undefined;
/** Loads the reader (zod, regions, CSV) into the page; also used to warm it up early. */
export function loadReadModule(): Promise<typeof ReadCatalog> {
  if (!readModule) {
    // zod keeps its settings and schema registry in page-wide globals. Those ours creates
    // (where the page had none) are removed again: our copy keeps its own references, and
    // the storefront adds no globals to the host page beyond Lit's own.
    const zodGlobals = ['__zod_globalConfig', '__zod_globalRegistry'].filter(
      (key) => !(key in globalThis),
    );
    readModule = import('./read-catalog.js').then((module) => {
      for (const key of zodGlobals) delete (globalThis as Record<string, unknown>)[key];
      return module;
    });
  }
  return readModule;
}

/** Reads on the page's main thread, loading that code on first use. */
export class LocalCatalogBackend implements CatalogBackend {
  async read(data: unknown, url?: string, contentType?: string): Promise<CatalogPage> {
    return (await loadReadModule()).readCatalogData(data, url, contentType);
  }

  close(): void {
    // Nothing to stop.
  }
}

type Pending = { request: CatalogRequest; resolve: (page: CatalogPage) => void };

/**
 * Reads in a module Worker, so validating thousands of products never blocks the page. If
 * the worker fails to start, dies, or hits a bug, the main thread answers instead.
 */
export class WorkerCatalogBackend implements CatalogBackend {
  private readonly pending = new Map<number, Pending>();
  private local: LocalCatalogBackend | undefined;
  private nextId = 1;

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isCatalogReply(reply)) return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.type === 'page') waiting.resolve(JSON.parse(reply.json) as CatalogPage);
      else void this.runLocally(waiting); // the worker hit a bug on this request
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.takeOver();
    });
  }

  read(data: unknown, url?: string, contentType?: string): Promise<CatalogPage> {
    const request: CatalogRequest = { type: 'read', id: this.nextId++, data, url, contentType };
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
        // Data a worker cannot receive (inline data holding functions): read it here.
        this.pending.delete(request.id);
        void this.runLocally(waiting);
      }
    });
  }

  close(): void {
    this.worker.terminate();
    this.pending.clear();
  }

  private takeOver(): void {
    this.worker.terminate();
    this.local ??= new LocalCatalogBackend();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) void this.runLocally(w);
  }

  private async runLocally({ request, resolve }: Pending): Promise<void> {
    const local = (this.local ??= new LocalCatalogBackend());
    resolve(await local.read(request.data, request.url, request.contentType));
  }
}

/**
 * Catalogs up to this size (about 1,000 products) are read on the main thread: it takes
 * a few tens of milliseconds there, less than starting a Worker. Larger ones go to a Worker.
 */
export const WORKER_THRESHOLD = 512 * 1024;

/**
 * A Worker backend when the bundle is served from the page's origin, else the main thread.
 * From TypeScript source (dev server, tests) the worker is the source file; from the build
 * it is `etalase-catalog-worker.js` beside the bundle.
 */
export function createWorkerBackend(): CatalogBackend {
  const worker = startBundledWorker(
    'etalase-catalog-worker.js',
    '../catalog/catalog-worker.ts',
    'etalase-catalog',
  );
  return worker ? new WorkerCatalogBackend(worker) : new LocalCatalogBackend();
}

/**
 * Picks where to read each catalog by its size: the main thread for small ones, one Worker
 * (started on first need, kept for later pages) for large ones.
 */
export class CatalogReaders {
  private readonly local: CatalogBackend = new LocalCatalogBackend();
  private worker: CatalogBackend | undefined;

  /** The reader for data of about `size` characters. */
  for(size: number): CatalogBackend {
    if (size < WORKER_THRESHOLD) return this.local;
    this.worker ??= createWorkerBackend();
    return this.worker;
  }

  close(): void {
    this.worker?.close();
    this.worker = undefined;
  }
}
