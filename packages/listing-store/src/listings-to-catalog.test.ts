import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Listing, parseCatalog } from '@etalase/catalog';
import type { Seller } from '@etalase/catalog';
import { listingsToCatalog } from './listings-to-catalog.js';

const seller: Seller = {
  id: 'dapur-bu-sri',
  name: 'Dapur Bu Sri',
  region: { code: '33.75', name: 'Kota Pekalongan' },
  whatsapp: '6281234567890',
};

function listing(input: Record<string, unknown>): Listing {
  return Listing.parse({ title: 'Produk', price: 10000, ...input });
}

describe('listingsToCatalog', () => {
  it('makes a catalog parseCatalog reads with no issue, keeping what a storefront shows', () => {
    const listings = [
      listing({
        id: 'keripik-tempe',
        title: 'Keripik Tempe Sagu 250 g',
        description: 'Renyah, tanpa pengawet.',
        price: 15000,
        stock: 40,
        brand: 'Dapur Bu Sri',
        category: 'Makanan & Minuman > Camilan > Keripik',
        images: ['photo:aaaa-1', 'https://umkm.example/kt.jpg', 'photo:not-exported'],
        variants: [
          { name: 'Original', price: 15000 },
          { name: 'Pedas', price: 17000 },
        ],
        bindings: {
          tokopedia: { productId: '1', url: 'https://www.tokopedia.com/busri/kt', state: 'synced' },
          shopee: { productId: '2' },
        },
        updatedAt: '2026-12-01T10:00:00+07:00',
      }),
      listing({
        id: 'batik',
        title: 'Kain Batik Tulis',
        category: 'Fashion Wanita > Kain',
        updatedAt: '2026-12-03T10:00:00+07:00',
      }),
    ];
    const catalog = listingsToCatalog(listings, seller, {
      photoUrl: (key) => (key === 'photo:aaaa-1' ? 'foto/aaaa-1.jpg' : undefined),
    });
    const parsed = parseCatalog(JSON.parse(JSON.stringify(catalog)));
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(parsed.catalog, catalog);
    const [keripik, batik] = catalog.products;
    assert.deepEqual(
      {
        category: keripik?.category,
        price: keripik?.price,
        images: keripik?.images.map((i) => i.src),
        links: keripik?.links,
        tags: keripik?.tags,
        stock: keripik?.stock,
        sellerId: keripik?.sellerId,
      },
      {
        category: 'kuliner',
        price: { min: 15000, max: 17000 },
        images: ['foto/aaaa-1.jpg', 'https://umkm.example/kt.jpg'],
        links: { tokopedia: 'https://www.tokopedia.com/busri/kt' },
        tags: ['Dapur Bu Sri'],
        stock: 40,
        sellerId: 'dapur-bu-sri',
      },
    );
    assert.equal(batik?.category, 'fashion');
    assert.equal(batik?.price, 10000);
    assert.equal(catalog.title, 'Dapur Bu Sri');
    assert.equal(catalog.updatedAt, '2026-12-03T10:00:00+07:00');
    assert.deepEqual(catalog.sellers, [seller]);
  });

  it('leaves stored photos out when there is no URL for them', () => {
    const catalog = listingsToCatalog([listing({ id: 'a', images: ['photo:x'] })], seller);
    assert.deepEqual(catalog.products[0]?.images, []);
  });

  it('never publishes an unsafe photo URL a caller hands back', () => {
    const catalog = listingsToCatalog([listing({ id: 'a', images: ['photo:x'] })], seller, {
      photoUrl: () => 'javascript:alert(1)',
    });
    assert.deepEqual(catalog.products[0]?.images, []);
  });

  it('shortens a title and description longer than a catalog allows, and keeps the first of two equal ids', () => {
    const long = listing({
      id: 'a',
      title: 'Batik '.repeat(42).trim(),
      description: 'x'.repeat(6000),
    });
    const catalog = listingsToCatalog([long, listing({ id: 'a', title: 'Kedua' })], seller);
    assert.equal(catalog.products.length, 1);
    assert.equal(catalog.products[0]?.name.length, 200);
    assert.ok(catalog.products[0]?.name.endsWith('…'));
    assert.equal(catalog.products[0]?.description.length, 5000);
    assert.deepEqual(parseCatalog(catalog).issues, []);
  });

  it('throws for a seller that is not valid: a bug in the caller', () => {
    assert.throws(() => listingsToCatalog([], { ...seller, id: 'has spaces' }), /sellers\.0\.id/);
  });
});
