import type { Catalog, CatalogIssue } from '@etalase/catalog';

/**
 * The shape of the entries this version writes. An entry of another format (an older
 * storefront's, whose photo URLs were still relative to the catalog) is dropped, not shown.
 * Raise it whenever what is stored changes meaning.
 */
export const CACHE_FORMAT = 2;

/** The last good copy of a catalog, kept so a storefront shows at once and works offline. */
export interface CachedCatalog {
  /** {@link CACHE_FORMAT} when written. */
  readonly format: number;
  /** Absolute URL of the catalog's first page. */
  readonly url: string;
  /** When it was fetched (ms since epoch). */
  readonly savedAt: number;
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

const DB_NAME = 'etalase-storefront';
const DB_VERSION = 1;
const STORE = 'catalogs';

/** A request's result, or its error as a rejection. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

let db: Promise<IDBDatabase | undefined> | undefined;

// The plain IndexedDB API rather than idb: one store, four calls, and the cache is read
// before the first cards, so its code is part of the storefront's first download.
function open(): Promise<IDBDatabase | undefined> {
  db ??= (async () => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => {
      // Each version is one step that keeps every record.
      if (event.oldVersion < 1) request.result.createObjectStore(STORE, { keyPath: 'url' });
    };
    return settled(request);
  })().catch(() => undefined); // Private mode or blocked storage: run without a cache.
  return db;
}

/** Runs `action` on the store in a transaction; resolves with its result once committed. */
async function withStore<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  const database = await open();
  if (!database) return undefined;
  const transaction = database.transaction(STORE, mode);
  const committed = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
  });
  const [result] = await Promise.all([settled(action(transaction.objectStore(STORE))), committed]);
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a stored entry is one this version wrote for `url`, in the shape the storefront
 * reads. It checks every product's and seller's fields that rendering relies on, with
 * `typeof` only (no schema, no parsing): a few milliseconds for thousands of products.
 */
export function isUsableCacheEntry(entry: unknown, url: string): entry is CachedCatalog {
  if (!isRecord(entry) || entry.format !== CACHE_FORMAT || entry.url !== url) return false;
  if (typeof entry.savedAt !== 'number' || !Number.isFinite(entry.savedAt)) return false;
  const { catalog, issues } = entry;
  if (!isRecord(catalog) || !Array.isArray(issues)) return false;
  const { products, sellers } = catalog;
  if (!Array.isArray(products) || !Array.isArray(sellers)) return false;
  return (
    products.every(
      (p: unknown) =>
        isRecord(p) &&
        typeof p.id === 'string' &&
        typeof p.name === 'string' &&
        typeof p.sellerId === 'string' &&
        typeof p.category === 'string' &&
        (typeof p.price === 'number' || isRecord(p.price)) &&
        Array.isArray(p.images) &&
        Array.isArray(p.tags),
    ) &&
    sellers.every(
      (s: unknown) => isRecord(s) && typeof s.id === 'string' && typeof s.name === 'string',
    )
  );
}

/**
 * Whether the cache's database may hold something, asked without creating it: on a first
 * visit, creating it (its store, the upgrade's commit) took 10–15 ms of the main thread
 * just before the first cards were painted. Where the browser cannot list its databases,
 * it is opened to look.
 */
async function mayHoldEntries(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
}

/**
 * The cached copy of the catalog at `url`, if there is a usable one; an entry this version
 * cannot use (another format, or damaged) is deleted. Never throws: no cache is not an error.
 */
export async function readCachedCatalog(url: string): Promise<CachedCatalog | undefined> {
  try {
    // A first visit has none; the database is created when the catalog is first saved.
    if (!(await mayHoldEntries())) return undefined;
    const entry: unknown = await withStore('readonly', (store) => store.get(url));
    if (entry === undefined || isUsableCacheEntry(entry, url)) return entry;
    await withStore('readwrite', (store) => store.delete(url));
    return undefined;
  } catch {
    return undefined;
  }
}

/** Saves a good copy. Failing to save (quota, private mode) only means no offline copy. */
export async function writeCachedCatalog(entry: Omit<CachedCatalog, 'format'>): Promise<boolean> {
  try {
    const saved = await withStore('readwrite', (store) =>
      store.put({ ...entry, format: CACHE_FORMAT }),
    );
    return saved !== undefined;
  } catch {
    return false;
  }
}

/** Removes every cached catalog (tests, and a host page that wants a clean start). */
export async function clearCatalogCache(): Promise<void> {
  try {
    await withStore('readwrite', (store) => store.clear());
  } catch {
    // Nothing cached, nothing to clear.
  }
}
