import { openDB } from 'idb';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { Listing, MARKETPLACES, MarketplaceBinding } from '@etalase/catalog';
import type { Catalog, Marketplace, Seller } from '@etalase/catalog';
import { bindingState } from './binding-state.js';
import { decodeBackup, encodeBackup } from './backup-format.js';
import { ALL_STORES, DB_VERSION, DEFAULT_DB_NAME } from './db-schema.js';
import type {
  BindingRecord,
  ListingRecord,
  ListingStoreSchema,
  PhotoRecord,
  RevisionRecord,
} from './db-schema.js';
import { listingIssues } from './listing-issues.js';
import { createListingSearch } from './listing-search.js';
import type { ListingSearch, ListingSearchOptions } from './listing-search.js';
import { listingsToCatalog } from './listings-to-catalog.js';
import type { ListingsToCatalogOptions } from './listings-to-catalog.js';
import { migrate } from './migrations.js';
import { photoFileName } from './photo-file-name.js';
import {
  STORE_CLOSED,
  conflict,
  failure,
  notFound,
  readFailure,
  writeFailure,
} from './store-result.js';
import type { StoreFailure, StoreIssue, StoreResult } from './store-result.js';
import type { Binding, BindingState, ListingInput, StoredListing } from './stored-listing.js';

/** Options for {@link openListingStore}. */
export interface OpenListingStoreOptions {
  /** IndexedDB database name. Default `'etalase-listings'`. */
  readonly name?: string;
  /** Earlier versions kept per listing; older ones are dropped. Default 20. */
  readonly maxRevisions?: number;
  /** The clock for `createdAt`, `updatedAt` and `lastSyncedAt`. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/** What changed, as told to {@link ListingStore.onChange} listeners. */
export interface ListingChange {
  /** The listings that were written or deleted; `'all'` after a restore. */
  readonly ids: readonly string[] | 'all';
  /** `'local'` when this store instance wrote it; `'remote'` for another tab, panel or instance. */
  readonly origin: 'local' | 'remote';
  /**
   * `true` once: this store was closed because another tab upgraded the database (a newer
   * Etalase) or the browser dropped the connection. Ask the seller to reload the page
   * (`STORE_CLOSED.issues[0].message` says so); nothing was lost.
   */
  readonly closed?: true;
}

/** The fields a patch may change: everything but `id` and `bindings` (see {@link ListingStore.setBinding}). */
export type ListingPatch = Partial<Omit<ListingInput, 'id' | 'bindings'>>;

/** Guards a save against edits made meanwhile elsewhere. */
export interface WriteOptions {
  /**
   * The revision the caller's edit started from. When the stored listing has moved on, the
   * save fails with `reason: 'conflict'` and the current listing. Left out, the patch is
   * applied to whatever is stored now (the replaced version still goes to the history).
   */
  readonly expectedRevision?: number;
}

/** One row of {@link ListingStore.bulkUpdate}. */
export interface PriceStockChange extends WriteOptions {
  readonly id: string;
  readonly price?: number;
  readonly stock?: number;
}

/** A product as read from the seller's product list on a marketplace (`readProductList`). */
export interface MarketplaceRow {
  /** The marketplace's own product id. */
  readonly externalId: string;
  readonly title?: string;
  readonly price?: number;
  readonly stock?: number;
  readonly url?: string;
}

/** What {@link ListingStore.syncProductList} found. */
export interface ProductListSync {
  /** Rows (by index) matched to a listing, and how the marketplace compares with it now. */
  readonly matched: readonly {
    readonly row: number;
    readonly listingId: string;
    readonly state: BindingState;
  }[];
  /** Rows (by index) that no listing is bound to: products to import or to bind by hand. */
  readonly unmatched: readonly number[];
  /** Rows left out because a value was not valid, with the row index in `path`. */
  readonly skipped: readonly StoreIssue[];
}

/** What {@link ListingStore.exportCatalog} returns: the catalog and the photo files it refers to. */
export interface CatalogExport {
  readonly catalog: Catalog;
  /** Each photo's path relative to the catalog file (as the catalog writes it) and its bytes. */
  readonly photos: readonly { readonly path: string; readonly blob: Blob }[];
}

/** What {@link ListingStore.restoreBackup} restored. */
export interface RestoreReport {
  readonly listings: number;
  readonly photos: number;
  readonly bindings: number;
  readonly revisions: number;
  /** Entries left out with `skipInvalid`, each with its path in the backup and why. */
  readonly skipped: readonly StoreIssue[];
  /** When the backup was made. */
  readonly backupCreatedAt: string;
}

/** An earlier version of a listing, from {@link ListingStore.listRevisions}. */
export interface ListingRevision {
  readonly revision: number;
  /** When a later save replaced it. */
  readonly replacedAt: string;
  /** Without bindings: they are not versioned. */
  readonly listing: Omit<StoredListing, 'bindings'>;
}

/**
 * Test seam: lets a test make a write fail half-way through its transaction, the way a full
 * disk does. Internal, not exported from the package.
 */
export interface WriteFaults {
  beforePut?(store: StoreNames<ListingStoreSchema>, value: unknown): void;
}

type Stores = StoreNames<ListingStoreSchema>;
type WriteTx = IDBPTransaction<ListingStoreSchema, Stores[], 'readwrite'>;
type ReadTx = IDBPTransaction<ListingStoreSchema, Stores[], 'readonly' | 'readwrite'>;
type ChangeMessage = { readonly ids: readonly string[] | 'all' };

const PHOTO_KEY_PREFIX = 'photo:';
/** Far above any marketplace's photo limit (Tokopedia and Shopee take 10 MB at most). */
const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
const DEFAULT_MAX_REVISIONS = 20;

/** Whether an entry of `Listing.images` is a photo stored here rather than a URL. */
export function isPhotoKey(image: string): boolean {
  return image.startsWith(PHOTO_KEY_PREFIX);
}

/**
 * Opens (creating or upgrading as needed) the seller's listing store. Rejects only when
 * IndexedDB itself is unavailable or the database is newer than this code; everything else
 * reports failures as data.
 */
export function openListingStore(options: OpenListingStoreOptions = {}): Promise<ListingStore> {
  return openListingStoreWith(options, {});
}

/** {@link openListingStore} with write faults injected. Internal, for tests. */
export async function openListingStoreWith(
  options: OpenListingStoreOptions,
  faults: WriteFaults,
): Promise<ListingStore> {
  const name = options.name ?? DEFAULT_DB_NAME;
  // The store does not exist yet while the database opens; `blocking` fires later.
  const opened: { store?: ListingStore } = {};
  const db = await openDB<ListingStoreSchema>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      const untypedDb = database as unknown as IDBPDatabase<unknown>;
      const untypedTx = transaction as unknown as IDBPTransaction<
        unknown,
        string[],
        'versionchange'
      >;
      // A failed step must not commit half a migration: abort, and the old data stays.
      migrate(untypedDb, untypedTx, oldVersion).catch(() => transaction.abort());
    },
    // Another tab wants a newer version: step aside so its upgrade is not blocked.
    blocking() {
      opened.store?.shutDown();
    },
    // The browser dropped the connection (storage cleared, disk error).
    terminated() {
      opened.store?.shutDown();
    },
  });
  opened.store = new ListingStore(db, name, options, faults);
  return opened.store;
}

/**
 * The seller's listings on this device: listings validated with the `Listing` schema,
 * photos as Blobs, marketplace bindings and a bounded revision history, in IndexedDB.
 *
 * Every write is one IndexedDB transaction: it happens completely or not at all. Writes
 * return a {@link StoreResult}; expected failures (invalid input, a conflicting edit, a full
 * disk) come back as data with a message in Bahasa Indonesia and English.
 */
export class ListingStore {
  readonly #db: IDBPDatabase<ListingStoreSchema>;
  readonly #maxRevisions: number;
  readonly #now: () => Date;
  readonly #faults: WriteFaults;
  readonly #channel: BroadcastChannel | undefined;
  readonly #listeners = new Set<(change: ListingChange) => void>();
  #closed = false;
  #search: Promise<ListingSearch<StoredListing>> | undefined;

  /** Use {@link openListingStore}. */
  constructor(
    db: IDBPDatabase<ListingStoreSchema>,
    name: string,
    options: OpenListingStoreOptions,
    faults: WriteFaults,
  ) {
    this.#db = db;
    this.#maxRevisions = Math.max(0, options.maxRevisions ?? DEFAULT_MAX_REVISIONS);
    this.#now = options.now ?? (() => new Date());
    this.#faults = faults;
    if (typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(`etalase-listing-store:${name}`);
      this.#channel.onmessage = (event: MessageEvent<unknown>) => {
        // Only this origin can post here, but a message from another version of the code
        // may have another shape: ignore what is not a change notice.
        const ids = (event.data as Partial<ChangeMessage> | null)?.ids;
        if (ids === 'all' || (Array.isArray(ids) && ids.every((id) => typeof id === 'string'))) {
          this.#changed(ids, 'remote');
        }
      };
    }
  }

  /**
   * Closes the connection and stops change notifications. Later writes fail with
   * `'closed'`; later reads reject with the browser's `InvalidStateError`.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#channel?.close();
    this.#db.close();
  }

  /**
   * Closes because another tab opened a newer version or the browser dropped the
   * connection, and tells the listeners (`closed: true`) so the page can ask for a reload.
   * Internal.
   */
  shutDown(): void {
    if (this.#closed) return;
    this.close();
    for (const listener of this.#listeners)
      listener({ ids: 'all', origin: 'remote', closed: true });
  }

  /**
   * Calls `listener` after every committed change, made here (`origin: 'local'`) or by another
   * store on the same database in any tab or panel of this origin (`'remote'`, through a
   * BroadcastChannel). Returns the function that removes the listener.
   */
  onChange(listener: (change: ListingChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- reading -------------------------------------------------------------------------

  /** The listing with its bindings, or `undefined` when there is none with that id. */
  async getListing(id: string): Promise<StoredListing | undefined> {
    const tx = this.#db.transaction(['listings', 'bindings'], 'readonly');
    const listing = await this.#read(tx, id);
    await tx.done;
    return listing;
  }

  /** Every listing with its bindings, ordered by id. */
  async listListings(): Promise<StoredListing[]> {
    const tx = this.#db.transaction(['listings', 'bindings'], 'readonly');
    const [records, bindings] = await Promise.all([
      tx.objectStore('listings').getAll(),
      tx.objectStore('bindings').getAll(),
    ]);
    await tx.done;
    const byListing = new Map<string, BindingRecord[]>();
    for (const binding of bindings) {
      const list = byListing.get(binding.listingId) ?? [];
      list.push(binding);
      byListing.set(binding.listingId, list);
    }
    return records.map((record) => withBindings(record, byListing.get(record.id) ?? []));
  }

  /**
   * Listings matching what the seller typed in title, SKU, brand, variants, category path
   * or description, best first, with Indonesian-aware folding (`kripik` finds "Keripik"),
   * typo tolerance and the last word read as a prefix. An empty query lists everything.
   * The index is built on first use and rebuilt after any change (here or in another tab).
   */
  async searchListings(
    query: string,
    options: ListingSearchOptions = {},
  ): Promise<StoredListing[]> {
    this.#search ??= this.listListings().then(
      (all) => createListingSearch(all),
      (error: unknown) => {
        this.#search = undefined;
        throw error;
      },
    );
    return (await this.#search).search(query, options);
  }

  /**
   * Earlier versions of a listing, newest first (at most `maxRevisions`). To bring one back,
   * save its fields as a patch: `updateListing(id, revision.listing, { expectedRevision })`
   * (the version it replaces goes to the history in turn).
   */
  async listRevisions(id: string): Promise<ListingRevision[]> {
    const records = await this.#db.getAll(
      'revisions',
      IDBKeyRange.bound([id, -Infinity], [id, Infinity]),
    );
    return records.reverse().map(({ revision, replacedAt, listing }) => ({
      revision,
      replacedAt,
      listing,
    }));
  }

  /** A stored photo with its type, or `undefined` when the key is unknown. */
  async getPhoto(key: string): Promise<Blob | undefined> {
    return (await this.#db.get('photos', key))?.blob;
  }

  // ---- writing listings ----------------------------------------------------------------

  /**
   * Saves a new listing. `id` is generated when left out; `createdAt` and `updatedAt` are
   * set; `bindings` in the input are stored as the listing's bindings. `photos` are stored in
   * the same transaction and their keys put first in `images`, in order, before any URLs the
   * input has. Fails with `'exists'` when the id is taken.
   */
  async createListing(
    input: ListingInput,
    options: { readonly photos?: readonly Blob[] } = {},
  ): Promise<StoreResult<StoredListing>> {
    const tooBig = photoTooBig(options.photos ?? []);
    if (tooBig) return tooBig;
    const now = this.#timestamp();
    const photos = (options.photos ?? []).map((blob) => this.#photoRecord(blob, now));
    const candidate = {
      createdAt: now,
      ...input,
      id: input.id ?? crypto.randomUUID(),
      images: [...photos.map((p) => p.key), ...(input.images ?? [])],
      updatedAt: now,
    };
    const parsed = validate(candidate);
    if (!parsed.success) return parsed;
    const { bindings, ...listing } = parsed.data;
    return this.#write(
      ['listings', 'bindings', 'revisions', 'photos'],
      [listing.id],
      async (tx) => {
        if ((await tx.objectStore('listings').getKey(listing.id)) !== undefined) {
          return failure('exists', {
            id: `Sudah ada produk dengan ID "${listing.id}".`,
            en: `A listing with ID "${listing.id}" already exists.`,
          });
        }
        for (const photo of photos) await this.#put(tx, 'photos', photo);
        for (const [marketplace, binding] of bindingEntries(bindings)) {
          await this.#put(tx, 'bindings', {
            ...binding,
            state: binding.state ?? bindingState(listing, binding),
            listingId: listing.id,
            marketplace,
          });
        }
        return this.#saveListing(tx, { ...listing, revision: 1 }, undefined);
      },
    );
  }

  /**
   * Changes some fields of a listing (`updatedAt` is set). With `expectedRevision`, fails
   * with `'conflict'` and the current listing when another writer saved first. The replaced
   * version goes to the history. A binding whose last-seen title, price or stock no longer
   * matches turns to `drift`. A patch that changes nothing saves nothing (same revision).
   */
  async updateListing(
    id: string,
    patch: ListingPatch,
    options: WriteOptions = {},
  ): Promise<StoreResult<StoredListing>> {
    return this.#write(['listings', 'bindings', 'revisions', 'photos'], [id], async (tx) =>
      this.#update(tx, id, patch, options.expectedRevision, []),
    );
  }

  /**
   * Sets the price and/or stock of many listings in one transaction: all are saved or none
   * (the first invalid row, conflict or missing id fails the whole batch, and its issues
   * carry the row's index in `path`).
   */
  async bulkUpdate(changes: readonly PriceStockChange[]): Promise<StoreResult<StoredListing[]>> {
    const ids = changes.map((change) => change.id);
    return this.#write(['listings', 'bindings', 'revisions', 'photos'], ids, async (tx) => {
      const saved: StoredListing[] = [];
      for (const [index, change] of changes.entries()) {
        const patch: ListingPatch = {
          ...(change.price === undefined ? {} : { price: change.price }),
          ...(change.stock === undefined ? {} : { stock: change.stock }),
        };
        const result = await this.#update(tx, change.id, patch, change.expectedRevision, [index]);
        if (!isStoredListing(result)) return result;
        saved.push(result);
      }
      return saved;
    });
  }

  /**
   * Deletes a listing, its bindings, its history and the photos that no other listing (nor
   * another listing's history) uses. With `expectedRevision`, fails with `'conflict'` when
   * the listing changed since.
   */
  async deleteListing(id: string, options: WriteOptions = {}): Promise<StoreResult<void>> {
    return this.#write(['listings', 'bindings', 'revisions', 'photos'], [id], async (tx) => {
      const record = await tx.objectStore('listings').get(id);
      if (!record) return notFound(id);
      if (options.expectedRevision !== undefined && options.expectedRevision !== record.revision) {
        return conflict(await this.#read(tx, id).then((l) => l!), options.expectedRevision);
      }
      const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      const history = await tx.objectStore('revisions').getAll(range);
      await tx.objectStore('listings').delete(id);
      await tx.objectStore('revisions').delete(range);
      for (const key of await tx.objectStore('bindings').index('by-listing').getAllKeys(id)) {
        await tx.objectStore('bindings').delete(key);
      }
      const photos = new Set(
        [record, ...history.map((r) => r.listing)].flatMap((l) => l.images).filter(isPhotoKey),
      );
      for (const key of photos) {
        const inListings = await tx.objectStore('listings').index('by-image').count(key);
        const inHistory = await tx.objectStore('revisions').index('by-image').count(key);
        if (inListings === 0 && inHistory === 0) await tx.objectStore('photos').delete(key);
      }
      return undefined;
    });
  }

  // ---- photos and bindings -------------------------------------------------------------

  /**
   * Stores a photo and returns its key (`photo:…`), to put in a listing's `images`. A photo
   * no listing refers to is removed by {@link prunePhotos}; prefer `createListing`'s `photos`
   * option, which stores photos and listing together.
   */
  async addPhoto(blob: Blob): Promise<StoreResult<string>> {
    const tooBig = photoTooBig([blob]);
    if (tooBig) return tooBig;
    const record = this.#photoRecord(blob, this.#timestamp());
    return this.#write(['photos'], [], async (tx) => {
      await this.#put(tx, 'photos', record);
      return record.key;
    });
  }

  /** Removes photos that no listing and no kept revision refers to. Returns how many. */
  async prunePhotos(): Promise<StoreResult<number>> {
    return this.#write(['listings', 'revisions', 'photos'], [], async (tx) => {
      let removed = 0;
      for (const key of await tx.objectStore('photos').getAllKeys()) {
        const inListings = await tx.objectStore('listings').index('by-image').count(key);
        const inHistory = await tx.objectStore('revisions').index('by-image').count(key);
        if (inListings === 0 && inHistory === 0) {
          await tx.objectStore('photos').delete(key);
          removed++;
        }
      }
      return removed;
    });
  }

  /**
   * Records where a listing lives on a marketplace and what was last seen there (e.g. a row
   * from the seller's product list). `lastSyncedAt` defaults to now; `state` defaults to the
   * comparison of the seen title, price and stock with the listing (`synced`, `drift` or
   * `unknown`). Replaces the marketplace's previous binding; does not change the listing's
   * revision.
   */
  async setBinding(
    listingId: string,
    marketplace: Marketplace,
    binding: Binding,
  ): Promise<StoreResult<StoredListing>> {
    const parsed = MarketplaceBinding.safeParse(
      { lastSyncedAt: this.#timestamp(), ...binding },
      { reportInput: true },
    );
    if (!parsed.success) {
      return invalid(listingIssues(parsed.error.issues, ['bindings', marketplace]));
    }
    if (!(MARKETPLACES as readonly string[]).includes(marketplace)) {
      return invalid([
        {
          path: ['bindings', marketplace],
          code: 'unknown-marketplace',
          message: {
            id: `Marketplace tidak dikenal: ${marketplace}.`,
            en: `Unknown marketplace: ${marketplace}.`,
          },
        },
      ]);
    }
    const seen = jsonCopy(parsed.data);
    return this.#write(['listings', 'bindings'], [listingId], async (tx) => {
      const record = await tx.objectStore('listings').get(listingId);
      if (!record) return notFound(listingId);
      await this.#put(tx, 'bindings', {
        ...seen,
        state: seen.state ?? bindingState(record, seen),
        listingId,
        marketplace,
      });
      return (await this.#read(tx, listingId))!;
    });
  }

  /** The listing bound to a marketplace's product id, or `undefined`. */
  async findListingByProduct(
    marketplace: Marketplace,
    productId: string,
  ): Promise<StoredListing | undefined> {
    const tx = this.#db.transaction(['listings', 'bindings'], 'readonly');
    const binding = await tx
      .objectStore('bindings')
      .index('by-product')
      .get([marketplace, productId]);
    const listing = binding ? await this.#read(tx, binding.listingId) : undefined;
    await tx.done;
    return listing;
  }

  /**
   * Records what a seller's product list on a marketplace shows now (rows from
   * `readProductList`), in one transaction: each row is matched to the listing bound to its
   * `externalId` (or, failing that, its URL), the binding's last-seen title, price and stock
   * are replaced by the row's, and its state says whether the marketplace still matches the
   * listing. Rows no listing is bound to are returned as `unmatched`; a row with a value that
   * is not valid (a negative price) is left out and reported in `skipped`. Listings' revisions
   * do not change.
   */
  async syncProductList(
    marketplace: Marketplace,
    rows: readonly MarketplaceRow[],
  ): Promise<StoreResult<ProductListSync>> {
    const now = this.#timestamp();
    const skipped: StoreIssue[] = [];
    const seen: (MarketplaceBinding | undefined)[] = rows.map((row, index) => {
      const parsed = MarketplaceBinding.safeParse(
        {
          productId: row.externalId,
          url: row.url,
          title: row.title,
          price: row.price,
          stock: row.stock,
          lastSyncedAt: now,
        },
        { reportInput: true },
      );
      if (parsed.success) return jsonCopy(parsed.data);
      skipped.push(...listingIssues(parsed.error.issues, ['rows', index]));
      return undefined;
    });
    // Filled in by the transaction; #write reads it only after the commit, to notify.
    const touched: string[] = [];
    return this.#write(['listings', 'bindings'], touched, async (tx) => {
      const bindings = tx.objectStore('bindings');
      const byUrl = new Map<string, BindingRecord>();
      for (const binding of await bindings.getAll()) {
        if (binding.marketplace === marketplace && binding.url) byUrl.set(binding.url, binding);
      }
      const matched: ProductListSync['matched'][number][] = [];
      const unmatched: number[] = [];
      for (const [row, values] of seen.entries()) {
        if (!values) continue;
        const existing =
          (await bindings.index('by-product').get([marketplace, values.productId ?? ''])) ??
          (values.url === undefined ? undefined : byUrl.get(values.url));
        const listing = existing && (await tx.objectStore('listings').get(existing.listingId));
        if (!existing || !listing) {
          unmatched.push(row);
          continue;
        }
        const state = bindingState(listing, values);
        await this.#put(tx, 'bindings', {
          url: existing.url,
          ...values,
          state,
          listingId: existing.listingId,
          marketplace,
        });
        matched.push({ row, listingId: existing.listingId, state });
        touched.push(existing.listingId);
      }
      return { matched, unmatched, skipped };
    });
  }

  /** Forgets a listing's binding on one marketplace. */
  async removeBinding(
    listingId: string,
    marketplace: Marketplace,
  ): Promise<StoreResult<StoredListing>> {
    return this.#write(['listings', 'bindings'], [listingId], async (tx) => {
      if ((await tx.objectStore('listings').getKey(listingId)) === undefined) {
        return notFound(listingId);
      }
      await tx.objectStore('bindings').delete([listingId, marketplace]);
      return (await this.#read(tx, listingId))!;
    });
  }

  // ---- publishing -----------------------------------------------------------------------

  /**
   * Every listing as a storefront catalog ({@link listingsToCatalog}) plus the photo files to
   * publish beside it: each stored photo a listing uses becomes `<photoDirectory><uuid>.<ext>`
   * and the catalog refers to it by that relative URL. Upload the catalog JSON and the photo
   * files to one folder of any static host. Photos of a type a storefront cannot show are
   * left out.
   */
  async exportCatalog(
    seller: Seller,
    options: Omit<ListingsToCatalogOptions, 'photoUrl'> & { readonly photoDirectory?: string } = {},
  ): Promise<StoreResult<CatalogExport>> {
    if (this.#closed) return STORE_CLOSED;
    const directory = options.photoDirectory ?? 'foto/';
    const listings = await this.listListings();
    const keys = new Set(listings.flatMap((l) => l.images).filter(isPhotoKey));
    const photos = new Map<string, { path: string; blob: Blob }>();
    for (const key of keys) {
      const blob = await this.getPhoto(key);
      const name = blob && photoFileName(key, blob.type);
      if (blob && name) photos.set(key, { path: `${directory}${name}`, blob });
    }
    const catalog = listingsToCatalog(listings, seller, {
      ...options,
      photoUrl: (key) => photos.get(key)?.path,
    });
    return { success: true, data: { catalog, photos: [...photos.values()] } };
  }

  // ---- backup ---------------------------------------------------------------------------

  /**
   * Everything in the store (listings, bindings, history, photos) as one file, read in one
   * transaction so it is a consistent snapshot. See `backup-format.ts` for the layout; save
   * it with a name ending in `.etalase`.
   */
  async exportBackup(): Promise<StoreResult<Blob>> {
    if (this.#closed) return STORE_CLOSED;
    try {
      const tx = this.#db.transaction([...ALL_STORES], 'readonly');
      const [listings, bindings, revisions, photos] = await Promise.all([
        tx.objectStore('listings').getAll(),
        tx.objectStore('bindings').getAll(),
        tx.objectStore('revisions').getAll(),
        tx.objectStore('photos').getAll(),
      ]);
      await tx.done;
      const file = await encodeBackup(
        { listings, bindings, revisions, photos },
        { createdAt: this.#timestamp(), dbVersion: DB_VERSION },
      );
      return { success: true, data: file };
    } catch (error) {
      const reported = readFailure(error);
      if (reported) return reported;
      throw error;
    }
  }

  /**
   * Replaces everything in the store with a backup from {@link exportBackup}. The whole file
   * is checked first; when an entry is bad (a listing that fails the schema, a damaged
   * photo) nothing is written and every bad entry is reported, unless `skipInvalid` is set:
   * then the good entries are restored and the report lists what was left out. The write is
   * one transaction: a failure half-way (a full disk) leaves the store as it was.
   */
  async restoreBackup(
    file: Blob,
    options: { readonly skipInvalid?: boolean } = {},
  ): Promise<StoreResult<RestoreReport>> {
    const decoded = await decodeBackup(file);
    if (!decoded.success) return decoded;
    const { contents, issues } = decoded;
    if (issues.length > 0 && !options.skipInvalid) return invalid(issues);
    return this.#write([...ALL_STORES], 'all', async (tx) => {
      await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
      for (const photo of contents.photos) await this.#put(tx, 'photos', photo);
      for (const listing of contents.listings) await this.#put(tx, 'listings', listing);
      for (const binding of contents.bindings) await this.#put(tx, 'bindings', binding);
      for (const revision of contents.revisions) await this.#put(tx, 'revisions', revision);
      return {
        listings: contents.listings.length,
        photos: contents.photos.length,
        bindings: contents.bindings.length,
        revisions: contents.revisions.length,
        skipped: issues,
        backupCreatedAt: decoded.createdAt,
      } satisfies RestoreReport;
    });
  }

  // ---- internals -----------------------------------------------------------------------

  /**
   * Runs `body` in one read-write transaction over `stores` and commits it, or aborts it
   * when `body` returns a failure or anything throws: then nothing of it is written. Errors
   * from IndexedDB (a full disk, a closed connection) become failures; other errors are bugs
   * and are rethrown after the abort.
   */
  async #write<T>(
    stores: Stores[],
    changed: readonly string[] | 'all',
    body: (tx: WriteTx) => Promise<T | StoreFailure>,
  ): Promise<StoreResult<T>> {
    if (this.#closed) return STORE_CLOSED;
    let tx: WriteTx | undefined;
    try {
      tx = this.#db.transaction(stores, 'readwrite');
      const result = await body(tx);
      if (isFailure(result)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return result;
      }
      await tx.done;
      this.#changed(changed, 'local');
      this.#channel?.postMessage({ ids: changed } satisfies ChangeMessage);
      return { success: true, data: result };
    } catch (error) {
      if (tx) {
        try {
          tx.abort();
        } catch {
          // Already aborted by IndexedDB itself (the usual case for a failed request).
        }
        await tx.done.catch(() => undefined);
      }
      const reported = writeFailure(error);
      if (reported) return reported;
      throw error;
    }
  }

  async #put<N extends Stores>(
    tx: WriteTx,
    store: N,
    value: ListingStoreSchema[N]['value'],
  ): Promise<void> {
    this.#faults.beforePut?.(store, value);
    await tx.objectStore(store).put(value);
  }

  async #update(
    tx: WriteTx,
    id: string,
    patch: ListingPatch,
    expectedRevision: number | undefined,
    pathPrefix: readonly (string | number)[],
  ): Promise<StoredListing | StoreFailure> {
    const previous = await tx.objectStore('listings').get(id);
    if (!previous) return withPath(notFound(id), pathPrefix);
    if (expectedRevision !== undefined && expectedRevision !== previous.revision) {
      return withPath(conflict((await this.#read(tx, id))!, expectedRevision), pathPrefix);
    }
    const { revision, ...fields } = previous;
    const parsed = validate({
      ...fields,
      ...patch,
      id,
      bindings: {},
      updatedAt: this.#timestamp(),
    });
    if (!parsed.success) return withPath(parsed, pathPrefix);
    const listing = withoutBindings(parsed.data);
    // Saving what is already stored (an autosave, a bulk update to the same price) would
    // only push real versions out of the bounded history.
    if (sameContent({ ...listing, updatedAt: undefined }, { ...fields, updatedAt: undefined })) {
      return (await this.#read(tx, id))!;
    }
    const saved = await this.#saveListing(tx, { ...listing, revision: revision + 1 }, previous);
    return isFailure(saved) ? withPath(saved, pathPrefix) : saved;
  }

  /** Writes a listing, keeps the replaced version, and re-checks its bindings' states. */
  async #saveListing(
    tx: WriteTx,
    next: ListingRecord,
    previous: ListingRecord | undefined,
  ): Promise<StoredListing | StoreFailure> {
    const missing = await this.#missingPhotos(tx, next.images);
    if (missing.length > 0) return invalid(missing);
    if (previous) {
      await this.#put(tx, 'revisions', {
        listingId: previous.id,
        revision: previous.revision,
        replacedAt: next.updatedAt ?? this.#timestamp(),
        listing: previous,
      } satisfies RevisionRecord);
      const oldest = previous.revision - this.#maxRevisions;
      if (oldest >= 0) {
        await tx
          .objectStore('revisions')
          .delete(IDBKeyRange.bound([next.id, -Infinity], [next.id, oldest]));
      }
    }
    await this.#put(tx, 'listings', next);
    const bindings = await tx.objectStore('bindings').index('by-listing').getAll(next.id);
    for (const binding of bindings) {
      const state = bindingState(next, binding);
      if (state !== (binding.state ?? 'unknown')) {
        await this.#put(tx, 'bindings', { ...binding, state });
      }
    }
    return withBindings(next, await tx.objectStore('bindings').index('by-listing').getAll(next.id));
  }

  /** An issue for each photo key in `images` that is not in the photo store. */
  async #missingPhotos(tx: WriteTx, images: readonly string[]): Promise<StoreIssue[]> {
    const issues: StoreIssue[] = [];
    for (const [index, image] of images.entries()) {
      if (!isPhotoKey(image)) continue;
      if ((await tx.objectStore('photos').getKey(image)) !== undefined) continue;
      issues.push({
        path: ['images', index],
        code: 'photo-missing',
        message: {
          id: `Foto ke-${index + 1} tidak ada lagi di penyimpanan; tambahkan fotonya lagi.`,
          en: `Photo ${index + 1} is no longer in storage; add the photo again.`,
        },
      });
    }
    return issues;
  }

  async #read(tx: ReadTx, id: string): Promise<StoredListing | undefined> {
    const record = await tx.objectStore('listings').get(id);
    if (!record) return undefined;
    const bindings = await tx.objectStore('bindings').index('by-listing').getAll(id);
    return withBindings(record, bindings);
  }

  #photoRecord(blob: Blob, addedAt: string): PhotoRecord {
    return { key: `${PHOTO_KEY_PREFIX}${crypto.randomUUID()}`, blob, addedAt };
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  #changed(ids: readonly string[] | 'all', origin: ListingChange['origin']): void {
    this.#search = undefined;
    for (const listener of this.#listeners) listener({ ids, origin });
  }
}

type Validated = { readonly success: true; readonly data: Listing } | StoreFailure;

/**
 * Validates with the `Listing` schema and returns a plain JSON copy (no `undefined` keys),
 * so what is stored, backed up and restored compares equal.
 */
function validate(candidate: unknown): Validated {
  const parsed = Listing.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return invalid(listingIssues(parsed.error.issues));
  return { success: true, data: jsonCopy(parsed.data) };
}

function photoTooBig(photos: readonly Blob[]): StoreFailure | undefined {
  const index = photos.findIndex((photo) => photo.size > MAX_PHOTO_BYTES);
  if (index < 0) return undefined;
  const mb = (photos[index]!.size / 1024 / 1024).toFixed(1);
  return failure(
    'invalid',
    {
      id: `Foto ke-${index + 1} terlalu besar (${mb} MB, maks. 25 MB). Perkecil fotonya dulu.`,
      en: `Photo ${index + 1} is too large (${mb} MB, max. 25 MB). Make it smaller first.`,
    },
    { path: ['photos', index] },
  );
}

function invalid(issues: readonly StoreIssue[]): StoreFailure {
  return { success: false, reason: 'invalid', issues };
}

/** Whether two JSON-like values are equal, whatever the order of their keys. */
function sameContent(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withPath(result: StoreFailure, prefix: readonly (string | number)[]): StoreFailure {
  if (prefix.length === 0) return result;
  return { ...result, issues: result.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })) };
}

function isFailure(value: unknown): value is StoreFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { success?: unknown }).success === false &&
    'reason' in value
  );
}

function isStoredListing(value: StoredListing | StoreFailure): value is StoredListing {
  return !isFailure(value);
}

function bindingEntries(bindings: Listing['bindings']): [Marketplace, Binding][] {
  return MARKETPLACES.flatMap((m) => {
    const binding = bindings[m];
    return binding ? [[m, binding] as [Marketplace, Binding]] : [];
  });
}

/** A listing's fields without `bindings`, which live in their own store. */
function withoutBindings<T extends { bindings?: unknown }>(listing: T): Omit<T, 'bindings'> {
  const fields: Partial<T> = { ...listing };
  delete fields.bindings;
  return fields as Omit<T, 'bindings'>;
}

/** A stored record with its bindings merged in as `Listing.bindings`. */
function withBindings(record: ListingRecord, bindings: readonly BindingRecord[]): StoredListing {
  // A v1 record may keep bindings of a marketplace this version does not know; they stay in
  // the database but are not part of the listing.
  const fields = withoutBindings(record as ListingRecord & { bindings?: unknown });
  const merged: Listing['bindings'] = {};
  for (const binding of bindings) {
    const { marketplace } = binding;
    const seen: Partial<BindingRecord> = { ...binding };
    delete seen.listingId;
    delete seen.marketplace;
    merged[marketplace] = seen;
  }
  return { ...fields, bindings: merged };
}
