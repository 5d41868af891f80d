import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BACKUP_MAGIC, decodeBackup, encodeBackup } from './backup-format.js';
import type { BackupContents } from './backup-format.js';

const contents: BackupContents = {
  listings: [
    {
      id: 'gula-aren',
      title: 'Gula Aren Cetak',
      description: '',
      price: 25000,
      stock: 0,
      condition: 'new',
      images: ['photo:p1'],
      variants: [],
      revision: 3,
    },
  ],
  bindings: [{ listingId: 'gula-aren', marketplace: 'shopee', productId: '9', state: 'unknown' }],
  revisions: [],
  photos: [
    {
      key: 'photo:p1',
      blob: new Blob([new Uint8Array([0, 255, 10, 13, 0x80])], { type: 'image/png' }),
      addedAt: '2026-12-01T00:00:00.000Z',
    },
  ],
};

describe('backup format', () => {
  it('reads back what it wrote, photo bytes and type included', async () => {
    const file = await encodeBackup(contents, {
      createdAt: '2026-12-06T00:00:00.000Z',
      dbVersion: 2,
    });
    assert.equal(await file.slice(0, BACKUP_MAGIC.length).text(), BACKUP_MAGIC);
    const decoded = await decodeBackup(file);
    assert.equal(decoded.success, true);
    if (!decoded.success) return;
    assert.deepEqual(decoded.issues, []);
    assert.deepEqual(decoded.contents.listings, contents.listings);
    assert.deepEqual(decoded.contents.bindings, contents.bindings);
    const photo = decoded.contents.photos[0]!;
    assert.equal(photo.blob.type, 'image/png');
    assert.deepEqual([...new Uint8Array(await photo.blob.arrayBuffer())], [0, 255, 10, 13, 0x80]);
  });

  it('leaves out a binding whose listing is missing and a photo whose bytes changed', async () => {
    const file = await encodeBackup(
      { ...contents, bindings: [{ listingId: 'ghost', marketplace: 'shopee' }] },
      { createdAt: '2026-12-06T00:00:00.000Z', dbVersion: 2 },
    );
    const bytes = new Uint8Array(await file.arrayBuffer());
    bytes[bytes.length - 1] = 0x81;
    const decoded = await decodeBackup(new Blob([bytes]));
    assert.equal(decoded.success, true);
    if (!decoded.success) return;
    assert.deepEqual(
      decoded.issues.map((i) => [i.path.join('.'), i.code]),
      [
        ['bindings.0.listingId', 'orphan'],
        ['photos.0', 'photo-damaged'],
      ],
    );
    assert.equal(decoded.contents.listings.length, 1);
  });

  it('refuses a file from a newer format with a message saying to update', async () => {
    const file = await encodeBackup(contents, { createdAt: 'x', dbVersion: 2 });
    const text = await file.text();
    const newer = text.replace('"formatVersion":1', '"formatVersion":9');
    const decoded = await decodeBackup(new Blob([newer]));
    assert.equal(decoded.success, false);
    if (decoded.success) return;
    assert.equal(decoded.issues[0]?.code, 'backup.newer');
    assert.match(decoded.issues[0]?.message.en ?? '', /Update Etalase/);
  });
});
