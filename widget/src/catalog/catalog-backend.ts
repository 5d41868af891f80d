import type { CatalogPage } from './read-catalog.js';
import type * as ReadCatalog from './read-catalog.js';
import type * as JsonSteps from './json-steps-chunk.js';
import { SLICE_MS } from '../shared/when-idle.js';

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

let jsonModule: Promise<typeof JsonSteps> | undefined;
/** Loads the sliced JSON parser (a small chunk); also used to warm it up early. */
export function loadJsonParser(): Promise<typeof JsonSteps> {
  jsonModule ??= import('./json-steps-chunk.js');
  return jsonModule;
}

/**
 * Starts loading the JSON parser and the reader, for a catalog whose first cards are on
 * screen while the rest downloads. A failure to load shows where they are used.
 */
export function warmReaders(): void {
  loadJsonParser().catch(() => undefined);
  loadReadModule().catch(() => undefined);
}

/** Products validated between looks at the clock: a millisecond or two of work on a phone. */
const PRODUCTS_PER_STEP = 5;

/** Products whose photo URLs are resolved between looks at the clock. */
const URLS_PER_STEP = 20;

/** Lets the page handle input and paint before the next slice of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls `step` until it returns true, in slices of about 8 ms with the page's turn between. */
async function inSlices(step: () => boolean): Promise<void> {
  for (;;) {
    const start = performance.now();
    do {
      if (step()) return;
    } while (performance.now() - start < SLICE_MS);
    await yieldToPage();
  }
}

/**
 * Catalog JSON text parsed on the main thread in slices of about 8 ms: what `JSON.parse`
 * gives (a leading byte order mark ignored), without one long task for a large catalog.
 * Rejects with JSON.parse's `SyntaxError` for broken JSON.
 */
export async function parseJsonInSlices(text: string): Promise<unknown> {
  const { parseJsonInSteps } = await loadJsonParser();
  const parsing = parseJsonInSteps(text);
  await inSlices(() => parsing.step());
  return parsing.finish();
}

/**
 * Reads (validates) parsed catalog data on the main thread in slices of about 8 ms, so the
 * page stays responsive however large the catalog is: no size makes it block, and no size
 * moves it elsewhere. The same result as `readCatalogData` (relative URLs resolved against
 * `url`, when there is one).
 */
export async function readInSlices(data: unknown, url = ''): Promise<CatalogPage> {
  const { parseCatalogInSteps, resolveCatalogUrls, resolveProductUrls } = await loadReadModule();
  // Evaluating the reader's code (zod's schemas) was work enough for one task.
  await yieldToPage();
  const reading = parseCatalogInSteps(data);
  await inSlices(() => reading.step(PRODUCTS_PER_STEP));
  const page = reading.finish();
  if (!url) return page;
  // As readCatalogData: a catalog's relative URLs are relative to the catalog's own URL;
  // the products' photos (thousands of URLs to parse) a slice at a time.
  const { products } = page.catalog;
  const resolved: (typeof products)[number][] = [];
  await inSlices(() => {
    const slice = products.slice(resolved.length, resolved.length + URLS_PER_STEP);
    for (const product of resolveProductUrls(slice, url)) resolved.push(product);
    return resolved.length === products.length;
  });
  const catalog = resolveCatalogUrls({ ...page.catalog, products: [] }, url);
  return { ...page, catalog: { ...catalog, products: resolved } };
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

/**
 * CSV catalogs up to this size (about 1,000 products) are read on the main thread: it takes
 * a few tens of milliseconds there, less than starting a Worker. Larger ones go to a Worker,
 * since the CSV parser works in one piece. (JSON is read in slices; see readInSlices.)
 */
export const WORKER_THRESHOLD = 512 * 1024;

/**
 * The Worker backend, loaded (with the Worker's protocol and start-up code) the first time a
 * large CSV catalog needs it: most storefronts never do, so it stays out of the embed.
 */
export class LazyWorkerBackend implements CatalogBackend {
  private backend: Promise<CatalogBackend> | undefined;
  private closed = false;

  /** The backend, started on first use: a Worker, or the main thread where none can start. */
  started(): Promise<CatalogBackend> {
    this.backend ??= import('./worker-backend.js').then(({ createWorkerBackend }) => {
      const backend = createWorkerBackend();
      if (this.closed) backend.close();
      return backend;
    });
    return this.backend;
  }

  async read(data: unknown, url?: string, contentType?: string): Promise<CatalogPage> {
    return (await this.started()).read(data, url, contentType);
  }

  close(): void {
    this.closed = true;
    void this.backend?.then((backend) => backend.close());
  }
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
    this.worker ??= new LazyWorkerBackend();
    return this.worker;
  }

  close(): void {
    this.worker?.close();
    this.worker = undefined;
  }
}
