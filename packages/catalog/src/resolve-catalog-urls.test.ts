import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalog } from './parse-catalog.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';
import { resolveCatalogUrls, resolveProductUrls } from './resolve-catalog-urls.js';

const CATALOG_URL = 'https://toko.example/data/katalog.json';

function catalogWithImages() {
  return parseCatalog({
    version: 1,
    sellers: [{ id: 'bu-sri', name: 'Bu Sri', logo: 'logo/bu-sri.png' }],
    products: [
      {
        id: 'kopi',
        name: 'Kopi Gayo',
        category: 'kuliner',
        price: 50_000,
        sellerId: 'bu-sri',
        images: [
          {
            src: 'img/kopi.jpg',
            sources: [
              { src: 'img/kopi-400.jpg', width: 400 },
              { src: '/foto/kopi-1600.jpg', width: 1600 },
            ],
          },
          { src: 'https://cdn.example/kopi-2.jpg' },
          { src: '../bersama/kopi-3.jpg' },
        ],
      },
    ],
    next: 'katalog-2.json',
  }).catalog;
}

describe('resolveCatalogUrls', () => {
  it("resolves a JSON catalog's photos, other sizes, logos and next page against the catalog's URL", () => {
    const resolved = resolveCatalogUrls(catalogWithImages(), CATALOG_URL);
    const [first, second, third] = resolved.products[0]!.images;
    assert.equal(first!.src, 'https://toko.example/data/img/kopi.jpg');
    assert.deepEqual(
      first!.sources!.map((s) => s.src),
      ['https://toko.example/data/img/kopi-400.jpg', 'https://toko.example/foto/kopi-1600.jpg'],
    );
    assert.equal(second!.src, 'https://cdn.example/kopi-2.jpg');
    assert.equal(third!.src, 'https://toko.example/bersama/kopi-3.jpg');
    assert.equal(resolved.sellers[0]!.logo, 'https://toko.example/data/logo/bu-sri.png');
    assert.equal(resolved.next, 'https://toko.example/data/katalog-2.json');
  });

  it("resolves a CSV catalog's photos the same way", () => {
    const { catalog } = parseCatalogCsv(
      'nama,harga,penjual,foto\nGula Aren,25000,Bu Sri,img/gula.jpg\n',
    );
    const resolved = resolveCatalogUrls(catalog, 'https://docs.example/sheet/katalog.csv');
    assert.equal(resolved.products[0]!.images[0]!.src, 'https://docs.example/sheet/img/gula.jpg');
  });

  it('leaves the catalog as it is without an http(s) catalog URL (an inline catalog)', () => {
    const catalog = catalogWithImages();
    for (const base of ['', 'katalog.json', 'file:///home/toko/katalog.json', 'blob:x']) {
      assert.equal(resolveCatalogUrls(catalog, base), catalog, base);
    }
  });

  it('does not change the catalog it is given', () => {
    const catalog = catalogWithImages();
    resolveCatalogUrls(catalog, CATALOG_URL);
    assert.equal(catalog.products[0]!.images[0]!.src, 'img/kopi.jpg');
  });

  it('resolves products a slice at a time exactly as the whole catalog', () => {
    const catalog = catalogWithImages();
    const many = [0, 1, 2].map((i) => ({ ...catalog.products[0]!, id: `kopi-${i}` }));
    const whole = resolveCatalogUrls({ ...catalog, products: many }, CATALOG_URL).products;
    const sliced = [
      ...resolveProductUrls(many.slice(0, 2), CATALOG_URL),
      ...resolveProductUrls(many.slice(2), CATALOG_URL),
    ];
    assert.deepEqual(sliced, whole);
    assert.equal(sliced[0]!.images[0]!.src, 'https://toko.example/data/img/kopi.jpg');
    assert.equal(resolveProductUrls(many, 'katalog.json'), many);
  });
});
