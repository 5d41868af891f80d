import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Catalog, CatalogIssue } from '@etalase/catalog';

/** The last good copy of a catalog, kept so a storefront shows at once and works offline. */
export interface CachedCatalog {
  /** Absolute URL of the catalog's first page. */
  readonly url: string;
  /** When it was fetched (ms since epoch). */
  readonly savedAt: number;
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

interface CacheSchema extends DBSchema {
  catalogs: { key: string; value: CachedCatalog };
}

const DB_NAME = 'etalase-storefront';
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<CacheSchema> | undefined> | undefined;

function open(): Promise<IDBPDatabase<CacheSchema> | undefined> {
  db ??= openDB<CacheSchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Each version is one step that keeps every record.
      if (oldVersion < 1) database.createObjectStore('catalogs', { keyPath: 'url' });
    },
  }).catch(() => undefined); // Private mode or blocked storage: run without a cache.
  return db;
}

/** The cached copy of the catalog at `url`, if any. Never throws: no cache is not an error. */
export async function readCachedCatalog(url: string): Promise<CachedCatalog | undefined> {
  try {
    return await (await open())?.get('catalogs', url);
  } catch {
    return undefined;
  }
}

/** Saves a good copy. Failing to save (quota, private mode) only means no offline copy. */
export async function writeCachedCatalog(entry: CachedCatalog): Promise<boolean> {
  try {
    const database = await open();
    if (!database) return false;
    await database.put('catalogs', entry);
    return true;
  } catch {
    return false;
  }
}

/** Removes every cached catalog (tests, and a host page that wants a clean start). */
export async function clearCatalogCache(): Promise<void> {
  try {
    await (await open())?.clear('catalogs');
  } catch {
    // Nothing cached, nothing to clear.
  }
}
