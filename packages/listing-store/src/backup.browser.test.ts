import { expect } from '@esm-bundle/chai';
import { deleteDB } from 'idb';
import { BACKUP_MAGIC } from './backup-format.js';
import { openListingStore, openListingStoreWith } from './listing-store.js';
import type { ListingStore, WriteFaults } from './listing-store.js';
import type { StoreResult } from './store-result.js';

let counter = 0;
const names: string[] = [];

function newName(): string {
  const name = `listing-store-backup-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await deleteDB(name);
});

function ok<T>(result: StoreResult<T>): T {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Pseudo-random bytes, the same every run. */
function noise(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A store with listings, photos of several kinds, bindings and history. */
async function filledStore(name: string): Promise<ListingStore> {
  const store = await openListingStore({ name });
  const everyByte = new Uint8Array(256).map((_, i) => i);
  ok(
    await store.createListing(
      {
        id: 'batik-tulis',
        title: 'Kain Batik Tulis Pekalongan — motif “Jlamprang” 🌺',
        description: 'Pewarna alami.\nUkuran 2 × 1,15 m.',
        price: 850000,
        stock: 3,
        sku: 'BT-JLM-01',
        weightGrams: 400,
        dimensionsCm: { length: 30, width: 25, height: 3 },
        category: 'Fashion > Kain > Batik',
        brand: 'Griya Batik Bu Nur',
        images: ['https://umkm.example/batik.jpg'],
        variants: [{ name: 'Sogan', options: { warna: 'Sogan' }, price: 900000, stock: 1 }],
        bindings: {
          tokopedia: {
            productId: '77',
            url: 'https://www.tokopedia.com/bunur/batik',
            price: 850000,
          },
        },
      },
      {
        photos: [
          new Blob([noise(300_000, 7)], { type: 'image/jpeg' }),
          new Blob([everyByte], { type: 'image/webp' }),
          new Blob([new Uint8Array(0)], { type: '' }),
        ],
      },
    ),
  );
  ok(await store.updateListing('batik-tulis', { stock: 2 }));
  ok(
    await store.setBinding('batik-tulis', 'shopee', {
      productId: 'S1',
      title: 'Batik Tulis',
      stock: 2,
    }),
  );
  ok(await store.createListing({ id: 'gula-aren', title: 'Gula Aren Cetak', price: 25000 }));
  return store;
}

interface Snapshot {
  listings: unknown[];
  revisions: unknown[];
  photos: { key: string; type: string; bytes: number[] }[];
}

async function snapshot(store: ListingStore): Promise<Snapshot> {
  const listings = await store.listListings();
  const revisions = await Promise.all(listings.map((l) => store.listRevisions(l.id)));
  const keys = [
    ...new Set(listings.flatMap((l) => l.images).filter((i) => i.startsWith('photo:'))),
  ];
  const photos = await Promise.all(
    keys.map(async (key) => {
      const blob = (await store.getPhoto(key))!;
      return { key, type: blob.type, bytes: [...(await bytesOf(blob))] };
    }),
  );
  return { listings, revisions, photos };
}

describe('ListingStore backup', () => {
  it('restores listings, bindings, history and every photo byte for byte after a wipe', async () => {
    const name = newName();
    const original = await filledStore(name);
    const before = await snapshot(original);
    const file = ok(await original.exportBackup());
    original.close();
    await deleteDB(name);

    const wiped = await openListingStore({ name });
    expect(await wiped.listListings()).to.deep.equal([]);
    const report = ok(await wiped.restoreBackup(file));
    expect([report.listings, report.photos, report.bindings, report.revisions]).to.deep.equal([
      2, 3, 2, 1,
    ]);
    expect(report.skipped).to.deep.equal([]);
    const after = await snapshot(wiped);
    expect(after.listings).to.deep.equal(before.listings);
    expect(after.revisions).to.deep.equal(before.revisions);
    expect(after.photos.map((p) => [p.key, p.type, p.bytes.length])).to.deep.equal(
      before.photos.map((p) => [p.key, p.type, p.bytes.length]),
    );
    for (const [i, photo] of after.photos.entries()) {
      expect(photo.bytes, photo.key).to.deep.equal(before.photos[i]!.bytes);
    }
    wiped.close();
  });

  it('writes the photos as they are, after a readable header', async () => {
    const name = newName();
    const store = await filledStore(name);
    const file = ok(await store.exportBackup());
    store.close();
    expect(await file.slice(0, BACKUP_MAGIC.length).text()).to.equal(BACKUP_MAGIC);
    // Photos are not base64'd: the file is barely bigger than the photos themselves.
    expect(file.size).to.be.below(300_000 + 256 + 20_000);
  });

  it('replaces what the store held before', async () => {
    const source = await filledStore(newName());
    const file = ok(await source.exportBackup());
    source.close();
    const target = await openListingStore({ name: newName() });
    ok(await target.createListing({ id: 'lama', title: 'Produk lama', price: 1000 }));
    ok(await target.restoreBackup(file));
    expect((await target.listListings()).map((l) => l.id)).to.deep.equal([
      'batik-tulis',
      'gula-aren',
    ]);
    target.close();
  });

  it('refuses a file that is not a backup, and one cut short, without touching the store', async () => {
    const source = await filledStore(newName());
    const file = ok(await source.exportBackup());
    source.close();
    const store = await openListingStore({ name: newName() });
    ok(await store.createListing({ id: 'lama', title: 'Produk lama', price: 1000 }));
    const notBackup = await store.restoreBackup(new Blob(['{"listings": []}']));
    expect(notBackup.success === false && notBackup.issues[0]?.code).to.equal(
      'backup.not-a-backup',
    );
    const cut = await store.restoreBackup(file.slice(0, 200));
    expect(cut.success === false && cut.issues[0]?.code).to.equal('backup.truncated');
    const photoCut = await store.restoreBackup(file.slice(0, file.size - 10));
    expect(photoCut.success === false && photoCut.issues.map((i) => i.code)).to.include(
      'photo-damaged',
    );
    expect((await store.listListings()).map((l) => l.id)).to.deep.equal(['lama']);
    store.close();
  });

  it('reports each bad entry with its path and restores nothing, or the rest with skipInvalid', async () => {
    const source = await filledStore(newName());
    const file = ok(await source.exportBackup());
    source.close();
    // Edit the manifest as a person with a text editor might: a negative price.
    const damaged = await editManifest(file, (json) =>
      json.replace('"price":25000', '"price":-25000'),
    );

    const store = await openListingStore({ name: newName() });
    const strict = await store.restoreBackup(damaged);
    expect(strict.success).to.equal(false);
    if (!strict.success) {
      expect(strict.issues.map((i) => i.path.join('.'))).to.deep.equal(['listings.1.price']);
      expect(strict.issues[0]?.message.id).to.equal('Harga tidak boleh negatif.');
    }
    expect(await store.listListings()).to.deep.equal([]);
    const lenient = ok(await store.restoreBackup(damaged, { skipInvalid: true }));
    expect(lenient.listings).to.equal(1);
    expect(lenient.skipped.map((i) => i.path.join('.'))).to.deep.equal(['listings.1.price']);
    expect((await store.listListings()).map((l) => l.id)).to.deep.equal(['batik-tulis']);
    store.close();
  });

  it('leaves the store as it was when the disk fills up half-way through a restore', async () => {
    const source = await filledStore(newName());
    const file = ok(await source.exportBackup());
    source.close();
    let armed = false;
    let listingPuts = 0;
    const faults: WriteFaults = {
      beforePut(name) {
        // The first listing is written, then the disk is full at the second.
        if (armed && name === 'listings' && ++listingPuts === 2) {
          throw new DOMException('full', 'QuotaExceededError');
        }
      },
    };
    const store = await openListingStoreWith({ name: newName() }, faults);
    ok(await store.createListing({ id: 'lama', title: 'Produk lama', price: 1000 }));
    armed = true;
    const failed = await store.restoreBackup(file);
    expect(failed.success === false && failed.reason).to.equal('quota');
    expect(listingPuts, 'the failure came after a listing was written').to.equal(2);
    const listings = await store.listListings();
    expect(listings.map((l) => [l.id, l.revision])).to.deep.equal([['lama', 1]]);
    expect(ok(await store.prunePhotos()), 'no restored photo is left behind').to.equal(0);
    store.close();
  });
});

/** The same backup with its manifest edited as text (photo bytes untouched). */
async function editManifest(file: Blob, edit: (json: string) => string): Promise<Blob> {
  const headerEnd = BACKUP_MAGIC.length + 17;
  const length = Number(await file.slice(BACKUP_MAGIC.length, headerEnd - 1).text());
  const json = new TextEncoder().encode(
    edit(await file.slice(headerEnd, headerEnd + length).text()),
  );
  return new Blob([
    BACKUP_MAGIC,
    `${String(json.byteLength).padStart(16, '0')}\n`,
    json,
    file.slice(headerEnd + length),
  ]);
}
