import { expect } from '@esm-bundle/chai';
import { deleteDB, openDB } from 'idb';
import { parseCatalog } from '@etalase/catalog';
import { DB_VERSION } from './db-schema.js';
import { openListingStore, openListingStoreWith } from './listing-store.js';
import type { ListingChange, ListingStore, WriteFaults } from './listing-store.js';
import type { ListingInput, StoredListing } from './stored-listing.js';
import type { StoreResult } from './store-result.js';

let counter = 0;
const opened: { store: ListingStore; name: string }[] = [];

async function freshStore(
  faults: WriteFaults = {},
  name = `listing-store-test-${Date.now()}-${counter++}`,
): Promise<ListingStore> {
  const store = await openListingStoreWith({ name }, faults);
  opened.push({ store, name });
  return store;
}

afterEach(async () => {
  for (const { store, name } of opened.splice(0)) {
    store.close();
    await deleteDB(name);
  }
});

function keripik(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    id: 'keripik-tempe',
    title: 'Keripik Tempe Sagu 250 g',
    description: 'Renyah, tanpa pengawet.',
    price: 15000,
    stock: 40,
    sku: 'KT-250',
    brand: 'Dapur Bu Sri',
    category: 'Makanan & Minuman > Camilan > Keripik',
    ...overrides,
  };
}

function ok<T>(result: StoreResult<T>): T {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

describe('ListingStore', () => {
  it('creates, reads, lists and deletes a listing, with revision 1 and timestamps', async () => {
    const store = await freshStore();
    const created = ok(await store.createListing(keripik()));
    expect(created.revision).to.equal(1);
    expect(created.createdAt).to.be.a('string');
    expect(await store.getListing('keripik-tempe')).to.deep.equal(created);
    ok(await store.createListing(keripik({ id: 'sambal', title: 'Sambal Bawang' })));
    expect((await store.listListings()).map((l) => l.id)).to.deep.equal([
      'keripik-tempe',
      'sambal',
    ]);
    ok(await store.deleteListing('keripik-tempe'));
    expect(await store.getListing('keripik-tempe')).to.equal(undefined);
    const again = await store.deleteListing('keripik-tempe');
    expect(again.success === false && again.reason).to.equal('not-found');
  });

  it('generates an id when none is given', async () => {
    const store = await freshStore();
    const created = ok(await store.createListing(keripik({ id: undefined })));
    expect(created.id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('refuses an invalid listing with localised issues and writes nothing', async () => {
    const store = await freshStore();
    const result = await store.createListing(keripik({ title: '', price: -5 }));
    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(result.reason).to.equal('invalid');
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).to.include.members(['title', 'price']);
    const price = result.issues.find((i) => i.path[0] === 'price')!;
    expect(price.message.id).to.equal('Harga tidak boleh negatif.');
    expect(price.message.en).to.equal('Price cannot be negative.');
    expect(await store.listListings()).to.deep.equal([]);
  });

  it('refuses a second listing with the same id', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    const result = await store.createListing(keripik({ title: 'Lain' }));
    expect(result.success === false && result.reason).to.equal('exists');
    expect((await store.getListing('keripik-tempe'))?.title).to.equal('Keripik Tempe Sagu 250 g');
  });

  it('updates a listing, raises its revision and keeps the previous version in the history', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    const updated = ok(
      await store.updateListing('keripik-tempe', { price: 17000 }, { expectedRevision: 1 }),
    );
    expect(updated.revision).to.equal(2);
    expect(updated.price).to.equal(17000);
    expect(updated.sku).to.equal('KT-250');
    const history = await store.listRevisions('keripik-tempe');
    expect(history.map((r) => [r.revision, r.listing.price])).to.deep.equal([[1, 15000]]);
    const broughtBack = ok(
      await store.updateListing('keripik-tempe', history[0]!.listing, { expectedRevision: 2 }),
    );
    expect([broughtBack.price, broughtBack.revision]).to.deep.equal([15000, 3]);
    expect((await store.listRevisions('keripik-tempe')).map((r) => r.listing.price)).to.deep.equal([
      17000, 15000,
    ]);
  });

  it('saves nothing, and keeps the revision, when a patch changes nothing', async () => {
    const store = await freshStore();
    const created = ok(await store.createListing(keripik()));
    const same = ok(await store.updateListing('keripik-tempe', { price: 15000, sku: 'KT-250' }));
    expect(same).to.deep.equal(created);
    expect(await store.listRevisions('keripik-tempe')).to.deep.equal([]);
  });

  it('validates a patch against the whole listing and leaves the listing as it was', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    const result = await store.updateListing('keripik-tempe', { stock: 1.5 });
    expect(result.success === false && result.issues[0]?.path).to.deep.equal(['stock']);
    expect((await store.getListing('keripik-tempe'))?.revision).to.equal(1);
    expect(await store.listRevisions('keripik-tempe')).to.deep.equal([]);
  });

  it('keeps at most maxRevisions earlier versions, the newest ones', async () => {
    const name = `listing-store-test-revisions-${counter++}`;
    const store = await openListingStore({ name, maxRevisions: 3 });
    opened.push({ store, name });
    ok(await store.createListing(keripik()));
    for (let stock = 1; stock <= 6; stock++)
      ok(await store.updateListing('keripik-tempe', { stock }));
    const history = await store.listRevisions('keripik-tempe');
    expect(history.map((r) => r.revision)).to.deep.equal([6, 5, 4]);
    expect(history.map((r) => r.listing.stock)).to.deep.equal([5, 4, 3]);
  });

  it('stores photos as Blobs in the same transaction as the listing, main photo first', async () => {
    const store = await freshStore();
    const main = new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3])], { type: 'image/jpeg' });
    const side = new Blob([new Uint8Array([0x89, 0x50, 9])], { type: 'image/png' });
    const created = ok(
      await store.createListing(keripik({ images: ['https://umkm.example/kt.jpg'] }), {
        photos: [main, side],
      }),
    );
    expect(created.images).to.have.length(3);
    expect(created.images[2]).to.equal('https://umkm.example/kt.jpg');
    const first = await store.getPhoto(created.images[0]!);
    expect(first?.type).to.equal('image/jpeg');
    expect(await bytesOf(first!)).to.deep.equal([0xff, 0xd8, 1, 2, 3]);
    expect((await store.getPhoto(created.images[1]!))?.type).to.equal('image/png');
  });

  it('refuses a photo key that is not stored, and a photo over 25 MB', async () => {
    const store = await freshStore();
    const missing = await store.createListing(keripik({ images: ['photo:gone'] }));
    expect(missing.success === false && missing.issues[0]?.path).to.deep.equal(['images', 0]);
    expect(missing.success === false && missing.issues[0]?.code).to.equal('photo-missing');
    const huge = new Blob([new Uint8Array(26 * 1024 * 1024)], { type: 'image/jpeg' });
    const tooBig = await store.createListing(keripik(), { photos: [huge] });
    expect(tooBig.success === false && tooBig.issues[0]?.message.id).to.contain('terlalu besar');
    expect(await store.listListings()).to.deep.equal([]);
  });

  it('deletes the photos only the deleted listing used, and keeps shared ones', async () => {
    const store = await freshStore();
    const shared = ok(await store.addPhoto(new Blob(['shared'], { type: 'image/jpeg' })));
    const own = ok(await store.addPhoto(new Blob(['own'], { type: 'image/jpeg' })));
    ok(await store.createListing(keripik({ images: [own, shared] })));
    ok(await store.createListing(keripik({ id: 'sambal', title: 'Sambal', images: [shared] })));
    ok(await store.deleteListing('keripik-tempe'));
    expect(await store.getPhoto(own)).to.equal(undefined);
    expect(await store.getPhoto(shared)).to.be.instanceOf(Blob);
  });

  it('prunes photos no listing or kept revision refers to', async () => {
    const store = await freshStore();
    const orphan = ok(await store.addPhoto(new Blob(['x'], { type: 'image/jpeg' })));
    const old = ok(await store.addPhoto(new Blob(['old'], { type: 'image/jpeg' })));
    ok(await store.createListing(keripik({ images: [old] })));
    ok(await store.updateListing('keripik-tempe', { images: [] }));
    expect(ok(await store.prunePhotos())).to.equal(1);
    expect(await store.getPhoto(orphan)).to.equal(undefined);
    expect(await store.getPhoto(old), 'still in the history').to.be.instanceOf(Blob);
  });

  it('keeps bindings per marketplace and tells synced from drift', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    const bound = ok(
      await store.setBinding('keripik-tempe', 'tokopedia', {
        productId: '998877',
        url: 'https://www.tokopedia.com/busri/keripik-tempe',
        title: 'Keripik  Tempe Sagu 250 g',
        price: 15000,
        stock: 40,
      }),
    );
    expect(bound.bindings.tokopedia?.state).to.equal('synced');
    expect(bound.bindings.tokopedia?.lastSyncedAt).to.be.a('string');
    expect(bound.revision, 'a sync does not bump the revision').to.equal(1);
    const shopee = ok(
      await store.setBinding('keripik-tempe', 'shopee', { productId: '1', price: 14000 }),
    );
    expect(shopee.bindings.shopee?.state).to.equal('drift');
    const repriced = ok(await store.updateListing('keripik-tempe', { price: 14000 }));
    expect(repriced.bindings.tokopedia?.state).to.equal('drift');
    expect(repriced.bindings.shopee?.state).to.equal('synced');
    const removed = ok(await store.removeBinding('keripik-tempe', 'shopee'));
    expect(Object.keys(removed.bindings)).to.deep.equal(['tokopedia']);
  });

  it('records a marketplace product list: matches rows by product id or URL, reports the rest', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    ok(
      await store.createListing(
        keripik({ id: 'sambal', title: 'Sambal Bawang', price: 20000, stock: 5 }),
      ),
    );
    ok(await store.setBinding('keripik-tempe', 'shopee', { productId: 'S-1' }));
    ok(await store.setBinding('sambal', 'shopee', { url: 'https://shopee.co.id/sambal-i.1.2' }));
    const sync = ok(
      await store.syncProductList('shopee', [
        { externalId: 'S-1', title: 'Keripik Tempe Sagu 250 g', price: 15000, stock: 40 },
        { externalId: 'S-2', url: 'https://shopee.co.id/sambal-i.1.2', price: 21000, stock: 5 },
        { externalId: 'S-3', title: 'Kopi', price: 30000 },
        { externalId: 'S-4', price: -1 },
      ]),
    );
    expect(sync.matched).to.deep.equal([
      { row: 0, listingId: 'keripik-tempe', state: 'synced' },
      { row: 1, listingId: 'sambal', state: 'drift' },
    ]);
    expect(sync.unmatched).to.deep.equal([2]);
    expect(sync.skipped.map((i) => i.path.join('.'))).to.deep.equal(['rows.3.price']);
    const sambal = (await store.findListingByProduct('shopee', 'S-2'))!;
    expect(sambal.id, 'bound by URL, now also by product id').to.equal('sambal');
    expect(sambal.bindings.shopee?.price).to.equal(21000);
    expect(sambal.revision).to.equal(1);
    expect(await store.findListingByProduct('tokopedia', 'S-2')).to.equal(undefined);
  });

  it('stores bindings given on create and refuses a bad binding URL', async () => {
    const store = await freshStore();
    const created = ok(
      await store.createListing(
        keripik({
          bindings: { lazada: { productId: 'LZ1', url: 'https://www.lazada.co.id/p/1' } },
        }),
      ),
    );
    expect(created.bindings.lazada?.productId).to.equal('LZ1');
    expect(created.bindings.lazada?.state).to.equal('unknown');
    const bad = await store.setBinding('keripik-tempe', 'lazada', { url: 'javascript:alert(1)' });
    expect(bad.success === false && bad.issues[0]?.path).to.deep.equal([
      'bindings',
      'lazada',
      'url',
    ]);
  });

  it('searches title, SKU, brand and description with Indonesian spelling variants', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    ok(
      await store.createListing({
        id: 'sambal',
        title: 'Sambal Bawang Pedas',
        price: 20000,
        sku: 'SB-01',
        description: 'Dibuat dari cabai rawit Djogja.',
      }),
    );
    ok(
      await store.createListing({
        id: 'batik',
        title: 'Kain Batik Tulis',
        price: 350000,
        brand: 'Griya Pekalongan',
      }),
    );
    const ids = async (q: string) => (await store.searchListings(q)).map((l) => l.id);
    expect(await ids('kripik')).to.deep.equal(['keripik-tempe']);
    expect(await ids('sambel')).to.deep.equal(['sambal']);
    expect(await ids('KT-250')).to.deep.equal(['keripik-tempe']);
    expect(await ids('pekalongan')).to.deep.equal(['batik']);
    expect(await ids('jogja')).to.deep.equal(['sambal']);
    expect(await ids('bu sri')).to.deep.equal(['keripik-tempe']);
    expect(await ids('')).to.have.length(3);
    ok(await store.updateListing('batik', { title: 'Kain Batik Cap' }));
    expect(await ids('cap'), 'the index follows edits').to.deep.equal(['batik']);
  });

  it('updates price and stock of many listings at once, all or nothing', async () => {
    const store = await freshStore();
    ok(await store.createListing(keripik()));
    ok(await store.createListing(keripik({ id: 'sambal', title: 'Sambal' })));
    const saved = ok(
      await store.bulkUpdate([
        { id: 'keripik-tempe', price: 16000 },
        { id: 'sambal', stock: 3, expectedRevision: 1 },
      ]),
    );
    expect(saved.map((l) => [l.id, l.price, l.stock, l.revision])).to.deep.equal([
      ['keripik-tempe', 16000, 40, 2],
      ['sambal', 15000, 3, 2],
    ]);
    const failed = await store.bulkUpdate([
      { id: 'keripik-tempe', price: 1 },
      { id: 'sambal', stock: -1 },
    ]);
    expect(failed.success === false && failed.issues[0]?.path).to.deep.equal([1, 'stock']);
    expect((await store.getListing('keripik-tempe'))?.price, 'row 0 rolled back').to.equal(16000);
  });
});

describe('ListingStore.exportCatalog', () => {
  it('publishes listings as a catalog with the photo files beside it', async () => {
    const store = await freshStore();
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 7])], { type: 'image/jpeg' });
    const pdf = new Blob(['%PDF'], { type: 'application/pdf' });
    const created = ok(await store.createListing(keripik(), { photos: [jpeg, pdf] }));
    const seller = { id: 'dapur-bu-sri', name: 'Dapur Bu Sri' };
    const { catalog, photos } = ok(await store.exportCatalog(seller));
    const uuid = created.images[0]!.slice('photo:'.length);
    expect(catalog.products[0]?.images).to.deep.equal([{ src: `foto/${uuid}.jpg` }]);
    expect(photos.map((p) => p.path)).to.deep.equal([`foto/${uuid}.jpg`]);
    expect(await bytesOf(photos[0]!.blob)).to.deep.equal([0xff, 0xd8, 0xff, 7]);
    expect(parseCatalog(JSON.parse(JSON.stringify(catalog))).issues).to.deep.equal([]);
  });
});

describe('ListingStore between two tabs', () => {
  it('tells the second writer of the same revision that it conflicts, with the current listing', async () => {
    const name = `listing-store-test-tabs-${counter++}`;
    const tabA = await freshStore({}, name);
    const tabB = await openListingStore({ name });
    opened.push({ store: tabB, name });
    ok(await tabA.createListing(keripik()));
    const seenByA = (await tabA.getListing('keripik-tempe'))!;
    const seenByB = (await tabB.getListing('keripik-tempe'))!;
    ok(
      await tabA.updateListing(
        'keripik-tempe',
        { price: 16000 },
        { expectedRevision: seenByA.revision },
      ),
    );
    const second = await tabB.updateListing(
      'keripik-tempe',
      { title: 'Keripik Tempe Pedas' },
      { expectedRevision: seenByB.revision },
    );
    expect(second.success).to.equal(false);
    if (second.success) return;
    expect(second.reason).to.equal('conflict');
    expect(second.current?.price).to.equal(16000);
    expect(second.current?.revision).to.equal(2);
    expect(second.issues[0]?.message.id).to.contain('sudah diubah');
    const stored = (await tabA.getListing('keripik-tempe')) as StoredListing;
    expect([stored.title, stored.price]).to.deep.equal(['Keripik Tempe Sagu 250 g', 16000]);
    const retried = ok(
      await tabB.updateListing(
        'keripik-tempe',
        { title: 'Keripik Tempe Pedas' },
        { expectedRevision: 2 },
      ),
    );
    expect([retried.title, retried.price, retried.revision]).to.deep.equal([
      'Keripik Tempe Pedas',
      16000,
      3,
    ]);
  });

  it('notifies the other store of a change through a BroadcastChannel', async () => {
    const name = `listing-store-test-channel-${counter++}`;
    const tabA = await freshStore({}, name);
    const tabB = await openListingStore({ name });
    opened.push({ store: tabB, name });
    const heardByB = new Promise((resolve) => tabB.onChange(resolve));
    const heardByA: unknown[] = [];
    tabA.onChange((change) => heardByA.push(change));
    ok(await tabA.createListing(keripik()));
    expect(await heardByB).to.deep.equal({ ids: ['keripik-tempe'], origin: 'remote' });
    expect(heardByA).to.deep.equal([{ ids: ['keripik-tempe'], origin: 'local' }]);
    expect((await tabB.searchListings('keripik')).map((l) => l.id)).to.deep.equal([
      'keripik-tempe',
    ]);
  });
});

describe('ListingStore change notices', () => {
  it('ignores a message on its channel that is not a change notice', async () => {
    const name = `listing-store-test-noise-${counter++}`;
    const store = await freshStore({}, name);
    const heard: unknown[] = [];
    const next = new Promise((resolve) =>
      store.onChange((change) => {
        heard.push(change);
        resolve(change);
      }),
    );
    const other = new BroadcastChannel(`etalase-listing-store:${name}`);
    other.postMessage({ ids: [1, 2] });
    other.postMessage('reload');
    other.postMessage({ ids: ['x'] });
    await next;
    other.close();
    expect(heard).to.deep.equal([{ ids: ['x'], origin: 'remote' }]);
  });
});

describe('ListingStore when a write fails half-way', () => {
  it('reports a full disk in both languages and writes none of the transaction', async () => {
    const faults: WriteFaults = {
      beforePut(store) {
        // Photos are written first; the listing put fails as a full disk would.
        if (store === 'listings') throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const store = await freshStore(faults);
    const result = await store.createListing(keripik(), {
      photos: [new Blob(['photo'], { type: 'image/jpeg' })],
    });
    expect(result.success).to.equal(false);
    if (result.success) return;
    expect(result.reason).to.equal('quota');
    expect(result.issues[0]?.message.id).to.contain('Penyimpanan browser penuh');
    expect(result.issues[0]?.message.en).to.contain('Browser storage is full');
    expect(await store.listListings()).to.deep.equal([]);
    expect(ok(await store.prunePhotos()), 'the photo put earlier was rolled back').to.equal(0);
  });

  it('keeps the old listing and history when saving the new version fails', async () => {
    let failListings = false;
    const store = await freshStore({
      beforePut(name) {
        if (failListings && name === 'listings') throw new DOMException('disk', 'UnknownError');
      },
    });
    ok(await store.createListing(keripik()));
    failListings = true;
    const result = await store.updateListing('keripik-tempe', { price: 99000 });
    expect(result.success === false && result.reason).to.equal('write-failed');
    expect((await store.getListing('keripik-tempe'))?.price).to.equal(15000);
    expect(
      await store.listRevisions('keripik-tempe'),
      'the revision put was rolled back',
    ).to.deep.equal([]);
  });

  it('rethrows a programming error after rolling the transaction back', async () => {
    const store = await freshStore({
      beforePut(name) {
        if (name === 'listings') throw new TypeError('bug');
      },
    });
    let thrown: unknown;
    try {
      await store.createListing(keripik(), { photos: [new Blob(['p'], { type: 'image/png' })] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(TypeError);
    expect(ok(await store.prunePhotos())).to.equal(0);
  });

  it('steps aside when another tab opens a newer version, and then reports closed', async () => {
    const name = `listing-store-test-upgrade-${counter++}`;
    const store = await freshStore({}, name);
    ok(await store.createListing(keripik()));
    const heard: ListingChange[] = [];
    store.onChange((change) => heard.push(change));
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version, 'the upgrade was not blocked').to.equal(DB_VERSION + 1);
    newer.close();
    expect(heard).to.deep.equal([{ ids: 'all', origin: 'remote', closed: true }]);
    const result = await store.updateListing('keripik-tempe', { stock: 1 });
    expect(result.success === false && result.reason).to.equal('closed');
    expect(result.success === false && result.issues[0]?.message.en).to.contain('Reload this page');
    let readError: unknown;
    await store.getListing('keripik-tempe').catch((error: unknown) => (readError = error));
    expect((readError as DOMException | undefined)?.name).to.equal('InvalidStateError');
  });

  it('reports a closed store instead of throwing', async () => {
    const store = await freshStore();
    store.close();
    const result = await store.createListing(keripik());
    expect(result.success === false && result.reason).to.equal('closed');
  });
});
