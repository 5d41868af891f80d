import { expect } from '@esm-bundle/chai';
import { deleteDB, openDB } from 'idb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { DB_VERSION } from './db-schema.js';
import { openListingStore } from './listing-store.js';
import type { ListingStore } from './listing-store.js';
import { STEPS, migrate } from './migrations.js';

let counter = 0;

/** A database exactly as version `version` of this code left it, holding `records`. */
async function databaseAt(
  version: number,
  records: Readonly<Record<string, readonly unknown[]>>,
): Promise<string> {
  const name = `listing-store-migration-${Date.now()}-${counter++}`;
  const db = await openDB(name, version, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      void migrate(
        database as IDBPDatabase<unknown>,
        transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        oldVersion,
        version,
      );
    },
  });
  const stores = Object.keys(records);
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) {
    for (const record of records[store]!) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
  return name;
}

/** Builds a database as `version` left it, opens it with the current code, runs `check`. */
async function openedFrom(
  version: number,
  records: Readonly<Record<string, readonly unknown[]>>,
  check: (store: ListingStore) => Promise<void>,
): Promise<void> {
  const name = await databaseAt(version, records);
  const store = await openListingStore({ name });
  try {
    await check(store);
  } finally {
    store.close();
    await deleteDB(name);
  }
}

const photoBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);

/** What version 1 wrote: bindings inside the listing, no revision. */
const V1_RECORDS = {
  listings: [
    {
      id: 'keripik-tempe',
      title: 'Keripik Tempe Sagu 250 g',
      description: 'Renyah.',
      price: 15000,
      stock: 40,
      condition: 'new',
      images: ['photo:1b7c0d8e-0000-4000-8000-000000000001', 'https://umkm.example/kt.jpg'],
      variants: [{ name: 'Pedas', options: { rasa: 'Pedas' }, price: 16000 }],
      bindings: {
        tokopedia: {
          productId: '123',
          url: 'https://www.tokopedia.com/busri/kt',
          price: 15000,
          stock: 40,
          lastSyncedAt: '2026-11-01T08:00:00+07:00',
        },
        shopee: { productId: '9' },
      },
      createdAt: '2026-10-01T08:00:00+07:00',
      updatedAt: '2026-11-01T08:00:00+07:00',
    },
    {
      id: 'gula-aren',
      title: 'Gula Aren Cetak',
      description: '',
      price: 25000,
      stock: 0,
      condition: 'new',
      images: [],
      variants: [],
      bindings: {},
    },
  ],
  photos: [
    {
      key: 'photo:1b7c0d8e-0000-4000-8000-000000000001',
      blob: new Blob([photoBytes], { type: 'image/jpeg' }),
      addedAt: '2026-10-01T08:00:00.000Z',
    },
  ],
};

/** What version 2 wrote: bindings and history in their own stores. */
const V2_RECORDS = {
  listings: [
    {
      id: 'gula-aren',
      title: 'Gula Aren Cetak',
      description: '',
      price: 25000,
      stock: 0,
      condition: 'new',
      images: ['photo:1b7c0d8e-0000-4000-8000-000000000001'],
      variants: [],
      revision: 4,
    },
  ],
  bindings: [
    {
      listingId: 'gula-aren',
      marketplace: 'lazada',
      productId: 'LZ-7',
      price: 25000,
      state: 'synced',
    },
  ],
  revisions: [
    {
      listingId: 'gula-aren',
      revision: 3,
      replacedAt: '2026-11-02T08:00:00.000Z',
      listing: { ...V1_RECORDS.listings[1]!, price: 24000, revision: 3 },
    },
  ],
  photos: V1_RECORDS.photos,
};

/** A database as each earlier version wrote it; a new version must add its own here. */
const FIXTURES: Readonly<Record<number, Readonly<Record<string, readonly unknown[]>>>> = {
  1: V1_RECORDS,
  2: V2_RECORDS,
};

describe('listing store migrations', () => {
  it('has one step per version and a fixture database for every earlier version', () => {
    expect(STEPS).to.have.length(DB_VERSION);
    for (let version = 1; version < DB_VERSION; version++) {
      expect(FIXTURES[version], `fixture for version ${version}`).to.not.equal(undefined);
    }
  });

  it('opens every earlier version with the current code and keeps its record counts', async () => {
    for (let version = 1; version < DB_VERSION; version++) {
      const fixture = FIXTURES[version]!;
      await openedFrom(version, fixture, async (store) => {
        const listings = await store.listListings();
        expect(listings, `version ${version}`).to.have.length(fixture.listings?.length ?? 0);
        for (const photo of (fixture.photos ?? []) as { key: string; blob: Blob }[]) {
          const stored = await store.getPhoto(photo.key);
          expect(stored?.size, `photo ${photo.key} from version ${version}`).to.equal(
            photo.blob.size,
          );
        }
      });
    }
  });

  it('keeps every listing, binding and photo of a version 1 database', async () => {
    await openedFrom(1, V1_RECORDS, async (store) => {
      const listings = await store.listListings();
      expect(listings.map((l) => l.id)).to.deep.equal(['gula-aren', 'keripik-tempe']);
      const [v1Keripik, v1Gula] = V1_RECORDS.listings;
      const keripik = listings[1]!;
      expect(keripik).to.deep.equal({ ...v1Keripik, revision: 1 });
      expect(listings[0]).to.deep.equal({ ...v1Gula, revision: 1 });
      expect(keripik.bindings.tokopedia?.productId).to.equal('123');
      const photo = await store.getPhoto('photo:1b7c0d8e-0000-4000-8000-000000000001');
      expect(photo?.type).to.equal('image/jpeg');
      expect([...new Uint8Array(await photo!.arrayBuffer())]).to.deep.equal([...photoBytes]);
      // And the migrated listing is a normal one: it saves with a revision check.
      const saved = await store.updateListing(
        'keripik-tempe',
        { stock: 39 },
        { expectedRevision: 1 },
      );
      expect(saved.success && saved.data.revision).to.equal(2);
      expect(saved.success && saved.data.bindings.tokopedia?.state).to.equal('drift');
    });
  });

  it('keeps every listing, binding, revision and photo of a version 2 database', async () => {
    await openedFrom(2, V2_RECORDS, async (store) => {
      const [gula] = await store.listListings();
      expect(gula?.revision).to.equal(4);
      expect(gula?.bindings).to.deep.equal({
        lazada: { productId: 'LZ-7', price: 25000, state: 'synced' },
      });
      expect((await store.findListingByProduct('lazada', 'LZ-7'))?.id).to.equal('gula-aren');
      const history = await store.listRevisions('gula-aren');
      expect(history.map((r) => [r.revision, r.listing.price])).to.deep.equal([[3, 24000]]);
      expect((await store.getPhoto(V2_RECORDS.photos[0]!.key))?.size).to.equal(photoBytes.length);
    });
  });

  it('keeps a binding of a marketplace it does not know inside the stored record', async () => {
    const listing = { ...V1_RECORDS.listings[1]!, bindings: { amazon: { productId: 'B0' } } };
    const name = await databaseAt(1, { listings: [listing] });
    const store = await openListingStore({ name });
    store.close();
    const db = await openDB(name, DB_VERSION);
    try {
      const record = (await db.get('listings', 'gula-aren')) as Record<string, unknown>;
      expect(record.bindings).to.deep.equal({ amazon: { productId: 'B0' } });
      expect(await db.count('bindings')).to.equal(0);
    } finally {
      db.close();
      await deleteDB(name);
    }
  });

  it('creates an empty current database from nothing', async () => {
    const name = `listing-store-migration-empty-${counter++}`;
    const store = await openListingStore({ name });
    try {
      expect(await store.listListings()).to.deep.equal([]);
    } finally {
      store.close();
    }
    const db = await openDB(name);
    expect(db.version).to.equal(DB_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal([
      'bindings',
      'listings',
      'photos',
      'revisions',
    ]);
    db.close();
    await deleteDB(name);
  });

  it('leaves a database newer than this code untouched and rejects', async () => {
    const name = `listing-store-migration-newer-${counter++}`;
    const db = await openDB(name, DB_VERSION + 1, {
      upgrade(database) {
        database.createObjectStore('listings', { keyPath: 'id' });
      },
    });
    db.close();
    let error: unknown;
    try {
      (await openListingStore({ name })).close();
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('VersionError');
    await deleteDB(name);
  });
});
