import { expect } from '@esm-bundle/chai';
import type { ReactiveController } from 'lit';
import { PhotoQueue } from './photo-queue.js';
import { baseName, downloadName } from './photo-downloads.js';
import { listingPlace } from './coach-photo.js';
import { until } from '../shared/storefront-fixture.js';

/** A stand-in for the element: counts the renders the queue asks for. */
function fakeHost() {
  const element = document.createElement('div');
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host = Object.assign(element, {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  });
  return { host, controllers, updates: () => updates };
}

const file = (name: string) => new File(['not a photo'], name, { type: 'image/jpeg' });

describe('PhotoQueue', () => {
  it('replaces its state on every change (never edits it in place) and asks for a render', async () => {
    const { host, updates } = fakeHost();
    const queue = new PhotoQueue(
      host,
      () => 'shopee',
      () => '',
    );
    const empty = queue.state;
    queue.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    const added = queue.state;
    expect(empty.photos).to.deep.equal([]);
    expect(added).to.not.equal(empty);
    expect(added.photos.map((p) => p.name)).to.deep.equal(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(queue.selected?.name).to.equal('a.jpg');
    expect(updates()).to.be.greaterThan(0);

    const [a, b, c] = added.photos;
    queue.makeMain(c!.key);
    expect(queue.photos.map((p) => p.name)).to.deep.equal(['c.jpg', 'a.jpg', 'b.jpg']);
    expect(added.photos.map((p) => p.name)).to.deep.equal(['a.jpg', 'b.jpg', 'c.jpg']);

    queue.select(a!.key);
    queue.remove(a!.key);
    // The photo after the removed one is selected.
    expect(queue.selected?.name).to.equal('b.jpg');
    expect(queue.photos.map((p) => p.name)).to.deep.equal(['c.jpg', 'b.jpg']);

    // Files that are no photos end as errors, each a new object, with a message.
    await until(() => queue.photos.every((p) => p.status === 'error'), 20_000);
    expect(queue.photos[0]!.error!.en.length).to.be.greaterThan(0);
    expect(b!.status).to.equal('waiting');
    queue.engine?.close();
  });
});

describe('photo downloads', () => {
  it('names a fixed photo by its name, marketplace and place in the listing', () => {
    expect(baseName('Foto Kopi.JPG')).to.equal('foto-kopi');
    expect(baseName('💥.png')).to.equal('foto');
    const photo = {
      key: 1,
      file: new Blob(),
      name: 'Kopi Gayo.jpg',
      url: '',
      status: 'done' as const,
      preset: 'tokopedia' as const,
    };
    const other = { ...photo, key: 2, name: 'lain.jpg' };
    expect(downloadName(photo, [other, photo], 'shopee')).to.equal('kopi-gayo-tokopedia-2.jpg');
    // A file that is not a photo takes no place: the photo after it is the main one.
    const broken = { ...photo, key: 3, name: 'rusak.jpg', status: 'error' as const };
    expect(downloadName(photo, [broken, photo], 'shopee')).to.equal('kopi-gayo-tokopedia-1.jpg');
    expect(listingPlace(broken, [broken, photo])).to.equal(undefined);
    expect(listingPlace(other, [broken, photo, other])).to.equal(2);
  });
});
