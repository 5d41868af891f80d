import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { MARKETPLACES } from '@etalase/catalog';
import type { Marketplace } from '@etalase/catalog';

// Each step takes the database from version N-1 to N and keeps every record. Steps work on
// the untyped database: they must read records as an older version wrote them, and the
// schema types describe only the newest version. Never edit a step that has shipped; add a
// new one and raise DB_VERSION.

/** The database and upgrade transaction a migration step works on. */
type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One schema step: version `index + 1`. */
type Step = (db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void;

/**
 * Version 1: listings (keyed by `id`, bindings inside each listing as `Listing.bindings`)
 * and photos (keyed by `key`, `{ key, blob, addedAt }`).
 */
const v1: Step = (db) => {
  db.createObjectStore('listings', { keyPath: 'id' });
  db.createObjectStore('photos', { keyPath: 'key' });
};

/**
 * Version 2: bindings move out of listings into their own store (so a sync can update one
 * marketplace without rewriting the listing, and without a revision conflict with the
 * seller's edit), every listing gets `revision: 1`, history goes to a `revisions` store,
 * and photo keys are indexed so deleting a listing can tell which photos nobody else uses.
 */
const v2: Step = async (db, tx) => {
  const bindings = db.createObjectStore('bindings', { keyPath: ['listingId', 'marketplace'] });
  bindings.createIndex('by-listing', 'listingId');
  const revisions = db.createObjectStore('revisions', { keyPath: ['listingId', 'revision'] });
  revisions.createIndex('by-image', 'listing.images', { multiEntry: true });
  const listings = tx.objectStore('listings');
  listings.createIndex('by-image', 'images', { multiEntry: true });

  for (let cursor = await listings.openCursor(); cursor; cursor = await cursor.continue()) {
    const record: unknown = cursor.value;
    if (!isObject(record) || typeof record.id !== 'string') continue;
    const { bindings: inside, ...rest } = record;
    if (isObject(inside)) {
      for (const marketplace of Object.keys(inside)) {
        const binding = inside[marketplace];
        // A marketplace this version does not know stays in the listing rather than be lost.
        if (!isObject(binding) || !isMarketplace(marketplace)) continue;
        await bindings.put({ ...binding, listingId: record.id, marketplace });
        delete inside[marketplace];
      }
    }
    const kept = isObject(inside) && Object.keys(inside).length > 0 ? { bindings: inside } : {};
    await cursor.update({ ...rest, ...kept, revision: 1 });
  }
};

/**
 * Version 3: bindings are indexed by marketplace and product id, so a row read from a
 * seller's product list on a marketplace finds its listing without a scan. Records are
 * unchanged.
 */
const v3: Step = (_db, tx) => {
  tx.objectStore('bindings').createIndex('by-product', ['marketplace', 'productId']);
};

/** Every step, in order; `STEPS[n]` upgrades from version `n` to `n + 1`. */
export const STEPS: readonly Step[] = [v1, v2, v3];

/**
 * Runs the steps from `oldVersion` up to `targetVersion` in the upgrade transaction. Exported
 * so tests can build a database exactly as an older version left it.
 */
export async function migrate(
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  targetVersion: number = STEPS.length,
): Promise<void> {
  for (let version = oldVersion; version < targetVersion; version++) {
    await STEPS[version]!(db, tx);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMarketplace(name: string): name is Marketplace {
  return (MARKETPLACES as readonly string[]).includes(name);
}
