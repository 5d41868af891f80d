// The catalog Worker's page side, loaded only when a large CSV catalog needs it.
import { isCatalogReply } from './catalog-protocol.js';
import type { CatalogRequest } from './catalog-protocol.js';
import { LocalCatalogBackend } from './catalog-backend.js';
import type { CatalogBackend } from './catalog-backend.js';
import type { CatalogPage } from './read-catalog.js';
import { startBundledWorker } from '../shared/bundle-url.js';

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
