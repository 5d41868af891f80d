// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from './catalog.js';
import type { CatalogIssue } from './catalog-issue.js';
import { CATEGORIES } from './category.js';
import { parseCatalog } from './parse-catalog.js';

type Json = Record<string, unknown>;

function seller(i: number, overrides: Json = {}): Json {
  return { id: `s${i}`, name: `UMKM Sekar ${i}`, whatsapp: '6281234567890', ...overrides };
}

function product(i: number, overrides: Json = {}): Json {
  return {
    id: `p${i}`,
    name: `Produk ${i}`,
    description: 'Dibuat di Surakarta.',
    category: CATEGORIES[i % CATEGORIES.length],
    price: 10_000 + i * 500,
    images: [{ src: `https://umkm.example/foto/${i}.jpg`, alt: `Foto produk ${i}` }],
    sellerId: `s${i % 4}`,
    madeLocally: true,
    tags: ['lokal'],
    ...overrides,
  };
}

/** A catalog with four sellers (s0–s3) and the given products. */
function catalogOf(products: unknown[], extra: Json = {}): Json {
  return {
    version: 1,
    title: 'Etalase Solo',
    sellers: [0, 1, 2, 3].map((i) => seller(i)),
    products,
    ...extra,
  };
}

/** A catalog of `count` valid products built by the factory above. */
function catalogWith(count: number): Json & { products: Json[] } {
  const products = Array.from({ length: count }, (_, i) => product(i));
  return { ...catalogOf(products), products };
}

/** A deterministic pseudo-random generator (mulberry32), so junk is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK_ALPHABET = [...'abcXYZ019 .,;:-_/\\"\'{}[]<>&#?%+=\t\n€é\u0000\u200b\ud83d\ude00'].map(
  (c) => c.charCodeAt(0),
);

/** Random characters, lone surrogate halves included. */
function junkText(random: () => number, length: number): string {
  const chunks: string[] = [];
  for (let done = 0; done < length; done += 8_192) {
    const codes = Array.from(
      { length: Math.min(8_192, length - done) },
      () => JUNK_ALPHABET[Math.floor(random() * JUNK_ALPHABET.length)]!,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function issueAt(
  issues: readonly CatalogIssue[],
  path: readonly (string | number)[],
): CatalogIssue {
  const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  assert.ok(
    issue,
    `no issue at ${JSON.stringify(path)}; got ${JSON.stringify(issues.map((i) => i.path))}`,
  );
  return issue;
}

function assertFatal(result: ReturnType<typeof parseCatalog>, code: string): CatalogIssue {
  assert.equal(result.issues.length, 1, JSON.stringify(result.issues));
  const [issue] = result.issues;
  assert.ok(issue);
  assert.equal(issue.severity, 'fatal');
  assert.equal(issue.code, code);
  assert.deepEqual(issue.path, []);
  assert.deepEqual(result.catalog, { version: 1, title: '', sellers: [], products: [] });
  return issue;
}

describe('parseCatalog', () => {
  it('keeps 117 of 120 products and reports the 3 broken ones with their paths', () => {
    const input = catalogWith(120);
    input.products[7] = product(7, { price: -5_000 });
    input.products[42] = product(42, { sellerId: 'tidak-ada' });
    input.products[99] = product(99, { id: 'p3' });

    const { catalog, issues } = parseCatalog(input);

    assert.equal(catalog.products.length, 117);
    const expectedIds = Array.from({ length: 120 }, (_, i) => `p${i}`).filter(
      (_, i) => ![7, 42, 99].includes(i),
    );
    assert.deepEqual(
      catalog.products.map((p) => p.id),
      expectedIds,
    );
    assert.equal(catalog.products.find((p) => p.id === 'p3')?.name, 'Produk 3');
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.severity]),
      [
        [['products', 7, 'price'], 'negative', 'error'],
        [['products', 42, 'sellerId'], 'seller.unknown', 'error'],
        [['products', 99, 'id'], 'id.duplicate', 'error'],
      ],
    );
  });

  it('words each problem in Bahasa Indonesia and English, naming the product', () => {
    const input = catalogWith(120);
    input.products[7] = product(7, { price: -5_000 });
    input.products[42] = product(42, { sellerId: 'tidak-ada' });
    input.products[99] = product(99, { id: 'p3' });

    const { issues } = parseCatalog(input);

    const [price, seller, duplicate] = issues;
    assert.ok(price && seller && duplicate);
    assert.equal(
      price.message.id,
      'Produk ke-8 “Produk 7”: Harga tidak boleh negatif. Produk ini dilewati.',
    );
    assert.equal(
      price.message.en,
      'Product 8 “Produk 7”: Price cannot be negative. This product was skipped.',
    );
    assert.equal(
      seller.message.id,
      'Produk ke-43 “Produk 42”: penjual "tidak-ada" tidak ada di daftar penjual; produk ini dilewati.',
    );
    assert.equal(
      seller.message.en,
      'Product 43 “Produk 42”: seller "tidak-ada" is not in the sellers list; this product was skipped.',
    );
    assert.equal(
      duplicate.message.id,
      'Produk ke-100 “Produk 99”: ID "p3" sudah dipakai produk lain; produk ini dilewati.',
    );
    assert.equal(
      duplicate.message.en,
      'Product 100 “Produk 99”: ID "p3" is already used by another product; this product was skipped.',
    );
  });

  it('reads the same catalog from JSON text, with a byte order mark', () => {
    const input = catalogWith(120);
    input.products[7] = product(7, { price: -5_000 });
    const fromText = parseCatalog(`\uFEFF${JSON.stringify(input, null, 2)}`);
    assert.equal(fromText.catalog.products.length, 119);
    assert.deepEqual(fromText, parseCatalog(input));
  });

  it('returns a catalog the Catalog schema accepts, and leaves its input unchanged', () => {
    const input = catalogWith(12);
    input.products[2] = product(2, {
      price: 'Rp25.000',
      images: ['javascript:alert(1)'],
      origin: '3372',
    });
    const before = structuredClone(input);
    const { catalog } = parseCatalog(input);
    assert.equal(Catalog.safeParse(catalog).success, true);
    assert.deepEqual(input, before);
  });

  describe('text that is not a catalog', () => {
    it('reports text that is not JSON as one fatal issue, without throwing', () => {
      const issue = assertFatal(parseCatalog('ini bukan katalog'), 'json.syntax');
      assert.match(issue.message.id, /^Katalog bukan JSON yang sah/);
      assert.match(issue.message.en, /^The catalog is not valid JSON/);
    });

    it('says where the JSON breaks, by line and column', () => {
      const text = '{"version": 1,\n "products": [\n  {"id": "p1",}\n]}';
      const issue = assertFatal(parseCatalog(text), 'json.syntax');
      assert.equal(issue.message.id, 'Katalog bukan JSON yang sah (baris 3, kolom 15).');
      assert.equal(issue.message.en, 'The catalog is not valid JSON (line 3, column 15).');
    });

    it('suggests loading text that looks like CSV as CSV', () => {
      const issue = assertFatal(
        parseCatalog('nama,harga,kategori\nKeripik,25000,kuliner\n'),
        'json.syntax',
      );
      assert.match(issue.message.id, /Sepertinya ini CSV/);
      assert.match(issue.message.en, /looks like CSV/);
    });

    it('reports empty text as an empty file', () => {
      for (const text of ['', '  \n\t ']) {
        const issue = assertFatal(parseCatalog(text), 'empty');
        assert.equal(issue.message.id, 'Berkas katalog kosong.');
        assert.equal(issue.message.en, 'The catalog file is empty.');
      }
    });

    it('refuses text longer than maxLength before parsing it', () => {
      const issue = assertFatal(
        parseCatalog(JSON.stringify(catalogWith(50)), { maxLength: 1_000 }),
        'size',
      );
      assert.match(issue.message.id, /terlalu besar/);
      assert.match(issue.message.en, /too large/);
    });
  });

  describe('JSON of the wrong shape', () => {
    it('says what it got instead of a catalog object', () => {
      const cases: [unknown, string, string][] = [
        ['[]', 'daftar', 'a list'],
        [[{ products: [] }], 'daftar', 'a list'],
        ['42', 'angka', 'a number'],
        [42, 'angka', 'a number'],
        ['null', 'null', 'null'],
        [null, 'null', 'null'],
        ['"katalog"', 'teks', 'text'],
        ['true', 'nilai benar/salah', 'true or false'],
        [undefined, 'undefined', 'undefined'],
      ];
      for (const [input, id, en] of cases) {
        const issue = assertFatal(parseCatalog(input), 'shape');
        assert.equal(
          issue.message.id,
          `Katalog harus berupa objek dengan "products" dan "sellers", bukan ${id}.`,
        );
        assert.equal(
          issue.message.en,
          `A catalog must be an object with "products" and "sellers", not ${en}.`,
        );
      }
    });

    it('reports an object without a products list', () => {
      for (const input of [
        '{}',
        { version: 1, sellers: [] },
        { version: 1, products: {} },
        { products: 'p1' },
      ]) {
        const issue = assertFatal(parseCatalog(input), 'products.missing');
        assert.equal(issue.message.id, 'Katalog tidak memiliki daftar "products".');
        assert.equal(issue.message.en, 'The catalog has no "products" list.');
      }
    });

    it('refuses a format version it does not support', () => {
      for (const version of [2, 0, '1', null]) {
        const issue = assertFatal(parseCatalog(catalogOf([product(1)], { version })), 'version');
        assert.match(
          issue.message.id,
          new RegExp(`Versi format katalog ${JSON.stringify(version)} tidak didukung`),
        );
        assert.match(
          issue.message.en,
          new RegExp(`version ${JSON.stringify(version)} is not supported`),
        );
      }
    });

    it('reads a catalog without a version as version 1, with a warning', () => {
      const { catalog, issues } = parseCatalog(catalogOf([product(1)], { version: undefined }));
      assert.equal(catalog.products.length, 1);
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [[['version'], 'version.missing', 'warning']],
      );
    });

    it('reports a sellers value that is not a list, and skips the products that need it', () => {
      const { catalog, issues } = parseCatalog({
        version: 1,
        sellers: { s1: 'Bu Sri' },
        products: [product(1)],
      });
      assert.deepEqual(catalog.products, []);
      assert.equal(issueAt(issues, ['sellers']).code, 'type.array');
      assert.equal(issueAt(issues, ['products', 0, 'sellerId']).code, 'seller.unknown');
    });

    it('reads a catalog without sellers as having none', () => {
      const { catalog, issues } = parseCatalog({ version: 1, products: [] });
      assert.deepEqual(catalog, { version: 1, title: '', sellers: [], products: [] });
      assert.deepEqual(issues, []);
    });
  });

  describe('megabytes of junk', () => {
    it('reports 5 MB of random characters as one fatal issue', () => {
      const random = seededRandom(1);
      const junk = junkText(random, 5 * 1024 * 1024);
      for (const text of [junk, `{"version":1,"products":[${junk}`]) {
        const result = parseCatalog(text);
        assertFatal(result, 'json.syntax');
      }
    });

    it('reads 5 MB of garbage products without throwing, keeps the valid ones and caps the issues', () => {
      const random = seededRandom(2);
      const products: unknown[] = [];
      const valid: string[] = [];
      let size = 0;
      for (let i = 0; size < 5 * 1024 * 1024; i++) {
        let item: unknown;
        switch (i % 7) {
          case 0:
            item = product(i);
            valid.push(`p${i}`);
            break;
          case 1:
            item = [junkText(random, 40), i, null];
            break;
          case 2:
            item = {
              [junkText(random, 8)]: junkText(random, 200),
              nested: { deeper: [junkText(random, 50)] },
            };
            break;
          case 3:
            item = product(i, {
              price: `1${' '.repeat(1_000)}x`,
              name: junkText(random, 300),
              category: junkText(random, 20),
            });
            break;
          case 4:
            item = product(i, {
              id: junkText(random, 100),
              links: { tokopedia: `https://${'a'.repeat(20_000)} ` },
              origin: junkText(random, 30),
            });
            break;
          case 5:
            item = product(i, {
              images: [junkText(random, 3_000), { src: `javascript:${junkText(random, 100)}` }],
              tags: junkText(random, 500),
              stock: `${' '.repeat(3_000)}1x`,
              updatedAt: junkText(random, 40),
              price: { min: junkText(random, 30), max: -1 },
            });
            break;
          default:
            item = junkText(random, 100);
        }
        products.push(item);
        size += JSON.stringify(item).length;
      }
      const text = JSON.stringify(catalogOf(products));
      assert.ok(text.length >= 5 * 1024 * 1024);

      const started = performance.now();
      const { catalog, issues } = parseCatalog(text, { maxIssues: 200 });
      const ms = performance.now() - started;

      // A generous ceiling: it catches super-linear regexes on junk (minutes), not slow machines.
      assert.ok(ms < 30_000, `took ${ms.toFixed(0)} ms`);
      assert.deepEqual(
        catalog.products.map((p) => p.id),
        valid,
      );
      assert.equal(issues.length, 201);
      const summary = issues[200];
      assert.ok(summary);
      assert.equal(summary.code, 'issues.truncated');
      assert.equal(summary.severity, 'warning');
      assert.match(summary.message.id, /^…dan \d+ masalah lain yang tidak ditampilkan\.$/);
      assert.match(summary.message.en, /^…and \d+ more problems not shown\.$/);
      assert.ok(issues.slice(0, 200).every((i) => i.path[0] === 'products'));
    });

    it('keeps maxIssues detailed issues and counts the rest in one summary', () => {
      const input = catalogWith(10);
      input.products = input.products.map((p) => ({ ...p, price: -1 }));
      const { issues } = parseCatalog(input, { maxIssues: 3 });
      assert.deepEqual(
        issues.map((i) => i.path),
        [['products', 0, 'price'], ['products', 1, 'price'], ['products', 2, 'price'], []],
      );
      assert.deepEqual(issues[3]?.message, {
        id: '…dan 7 masalah lain yang tidak ditampilkan.',
        en: '…and 7 more problems not shown.',
      });
    });

    it('keeps at most 500 detailed issues by default', () => {
      const input = catalogWith(600);
      input.products = input.products.map((p) => ({ ...p, category: 'Sembako' }));
      const { issues } = parseCatalog(input);
      assert.equal(issues.length, 501);
      assert.equal(issues[500]?.message.en, '…and 100 more problems not shown.');
    });

    it('reports each item that is not an object, and reads the rest', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([null, 'p1', 42, [product(3)], product(4)]),
      );
      assert.deepEqual(
        catalog.products.map((p) => p.id),
        ['p4'],
      );
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [0, 1, 2, 3].map((i) => [['products', i], 'type.object', 'error']),
      );
      assert.equal(issues[0]?.message.id, 'Produk ke-1: bukan objek; dilewati.');
      assert.equal(issues[0]?.message.en, 'Product 1: is not an object; skipped.');
    });
  });

  describe('unsafe and malformed fields', () => {
    it('drops only the bad part of a photo: one of its sizes, or its description', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([
          product(1, {
            images: [
              {
                src: 'foto/1.jpg',
                alt: 42,
                sources: [
                  { src: 'javascript:alert(1)', width: 400 },
                  { src: 'foto/1-400.jpg', width: 400 },
                ],
              },
            ],
          }),
        ]),
      );
      assert.deepEqual(catalog.products[0]?.images, [
        { src: 'foto/1.jpg', sources: [{ src: 'foto/1-400.jpg', width: 400 }] },
      ]);
      assert.deepEqual(
        issues.map((i) => [i.path, i.severity]),
        [
          [['products', 0, 'images', 0, 'alt'], 'warning'],
          [['products', 0, 'images', 0, 'sources', 0, 'src'], 'warning'],
        ],
      );
    });

    it('keeps a product with a javascript: image, dropping the image with a warning', () => {
      const safe = { src: 'https://umkm.example/foto/aman.jpg' };
      const { catalog, issues } = parseCatalog(
        catalogOf([
          product(1, { images: [{ src: 'javascript:alert(1)' }, safe, ' JaVaScRiPt:alert(2)'] }),
        ]),
      );
      assert.equal(catalog.products.length, 1);
      assert.deepEqual(catalog.products[0]?.images, [safe]);
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [
          [['products', 0, 'images', 0, 'src'], 'url.unsafe', 'warning'],
          [['products', 0, 'images', 2, 'src'], 'url.unsafe', 'warning'],
        ],
      );
      assert.equal(
        issues[0]?.message.id,
        'Produk ke-1 “Produk 1”: Alamat foto: hanya alamat http(s) atau alamat relatif yang diterima. Bagian ini diabaikan.',
      );
      assert.equal(
        issues[0]?.message.en,
        'Product 1 “Produk 1”: Photo URL: only http(s) or relative URLs are accepted. This part was ignored.',
      );
    });

    it('drops only the marketplace link that is not a full http(s) address, with one warning', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([
          product(1, {
            links: { tokopedia: 'javascript:alert(1)', shopee: 'https://shopee.co.id/sekar' },
          }),
        ]),
      );
      assert.deepEqual(catalog.products[0]?.links, { shopee: 'https://shopee.co.id/sekar' });
      assert.deepEqual(
        issues.map((i) => [i.path, i.severity]),
        [[['products', 0, 'links', 'tokopedia'], 'warning']],
      );
      assert.match(issues[0]?.message.en ?? '', /Tokopedia link: must be a full address/);
    });

    it('keeps a product whose origin is an unknown region, without the origin', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([product(1, { origin: '99.99' }), product(2, { origin: 'Solo' })]),
      );
      assert.deepEqual(
        catalog.products.map((p) => [p.id, p.origin]),
        [
          ['p1', undefined],
          ['p2', undefined],
        ],
      );
      assert.ok(issues.every((i) => i.severity === 'warning'));
      assert.deepEqual(
        issues.map((i) => i.path),
        [
          ['products', 0, 'origin', 'name'],
          ['products', 1, 'origin', 'code'],
          ['products', 1, 'origin', 'name'],
        ],
      );
      assert.match(
        issues[0]?.message.en ?? '',
        /Region name is required\. This part was ignored\.$/,
      );
    });

    it('drops optional fields of the wrong type with a warning that names the expected type', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([
          product(1, {
            madeLocally: 'mungkin',
            stock: '1,5',
            description: 5,
            updatedAt: 'kemarin',
            unit: 'x'.repeat(41),
          }),
        ]),
      );
      const kept = catalog.products[0];
      assert.ok(kept);
      assert.equal(kept.madeLocally, false);
      assert.equal(kept.description, '');
      assert.equal('stock' in kept || 'updatedAt' in kept || 'unit' in kept, false);
      assert.deepEqual(
        issues.map((i) => [i.path.at(-1), i.code, i.severity]),
        [
          ['description', 'type.string', 'warning'],
          ['unit', 'too-long', 'warning'],
          ['madeLocally', 'type.boolean', 'warning'],
          ['stock', 'type.number', 'warning'],
          ['updatedAt', 'date.format', 'warning'],
        ],
      );
      assert.match(
        issueAt(issues, ['products', 0, 'madeLocally']).message.id,
        /Produk lokal harus berupa ya\/tidak/,
      );
    });

    it('leaves out a product whose essential field is missing, saying it is required', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([product(1, { name: undefined, price: null }), product(2)]),
      );
      assert.deepEqual(
        catalog.products.map((p) => p.id),
        ['p2'],
      );
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [
          [['products', 0, 'name'], 'required', 'error'],
          [['products', 0, 'price'], 'required', 'error'],
        ],
      );
      assert.equal(issues[0]?.message.id, 'Produk ke-1: Nama wajib diisi. Produk ini dilewati.');
    });

    it('reports a price range whose highest price is below its lowest', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([product(1, { price: '40.000 - 25.000' })]),
      );
      assert.deepEqual(catalog.products, []);
      assert.deepEqual(
        issues.map((i) => [i.path, i.code]),
        [[['products', 0, 'price', 'max'], 'price.range']],
      );
    });
  });

  describe('lenient values', () => {
    it('normalises price, category, madeLocally, origin and tags as people write them', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([
          product(1, {
            price: 'Rp25.000',
            category: 'Makanan',
            madeLocally: 'ya',
            origin: '3372',
            tags: 'a, b',
          }),
          product(2, {
            price: '25rb s/d 40rb',
            category: 'Kerajinan Tangan',
            madeLocally: 'tidak',
            origin: 3372,
          }),
        ]),
      );
      assert.deepEqual(issues, []);
      const [first, second] = catalog.products;
      assert.ok(first && second);
      assert.equal(first.price, 25_000);
      assert.equal(first.category, 'kuliner');
      assert.equal(first.madeLocally, true);
      assert.deepEqual(first.origin, { code: '33.72', name: 'Kota Surakarta' });
      assert.deepEqual(first.tags, ['a', 'b']);
      assert.deepEqual(second.price, { min: 25_000, max: 40_000 });
      assert.equal(second.category, 'kerajinan');
      assert.equal(second.madeLocally, false);
      assert.deepEqual(second.origin, { code: '33.72', name: 'Kota Surakarta' });
    });

    it('fills in the defaults of fields left out', () => {
      const { catalog } = parseCatalog(
        catalogOf([
          { id: 'p1', name: 'Gethuk', price: 5_000, category: 'kuliner', sellerId: 's1' },
        ]),
      );
      assert.deepEqual(catalog.products[0], {
        id: 'p1',
        name: 'Gethuk',
        description: '',
        category: 'kuliner',
        price: 5_000,
        images: [],
        sellerId: 's1',
        madeLocally: false,
        tags: [],
      });
    });
  });

  describe('sellers', () => {
    it('keeps a seller with an unparseable WhatsApp number, without the number, and warns', () => {
      const input = catalogOf([product(1)], {
        sellers: [seller(1, { whatsapp: 'nomor saya' }), seller(2, { whatsapp: '0812-3456-7890' })],
      });
      const { catalog, issues } = parseCatalog(input);
      assert.deepEqual(catalog.sellers, [
        { id: 's1', name: 'UMKM Sekar 1' },
        { id: 's2', name: 'UMKM Sekar 2', whatsapp: '6281234567890' },
      ]);
      assert.equal(catalog.products.length, 1);
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [[['sellers', 0, 'whatsapp'], 'whatsapp.format', 'warning']],
      );
      assert.equal(
        issues[0]?.message.id,
        'Penjual ke-1 “UMKM Sekar 1”: Nomor WhatsApp tidak dikenali; tulis seperti 0812-3456-7890. Bagian ini diabaikan.',
      );
      assert.equal(
        issues[0]?.message.en,
        'Seller 1 “UMKM Sekar 1”: WhatsApp number is not recognised; write it like 0812-3456-7890. This part was ignored.',
      );
    });

    it('leaves out a seller whose id repeats, and one without a name', () => {
      const input = catalogOf([], {
        sellers: [seller(1), seller(1, { name: 'Kembar' }), seller(2, { name: '  ' }), seller(3)],
      });
      const { catalog, issues } = parseCatalog(input);
      assert.deepEqual(
        catalog.sellers.map((s) => [s.id, s.name]),
        [
          ['s1', 'UMKM Sekar 1'],
          ['s3', 'UMKM Sekar 3'],
        ],
      );
      assert.deepEqual(
        issues.map((i) => [i.path, i.code, i.severity]),
        [
          [['sellers', 1, 'id'], 'id.duplicate', 'error'],
          [['sellers', 2, 'name'], 'required', 'error'],
        ],
      );
    });

    it('normalises the seller region and drops an unknown one with a warning', () => {
      const input = catalogOf([], {
        sellers: [seller(1, { region: '3372' }), seller(2, { region: { code: '99.99' } })],
      });
      const { catalog, issues } = parseCatalog(input);
      assert.deepEqual(catalog.sellers[0]?.region, { code: '33.72', name: 'Kota Surakarta' });
      assert.equal(catalog.sellers[1]?.region, undefined);
      assert.deepEqual(
        issues.map((i) => [i.path, i.severity]),
        [[['sellers', 1, 'region', 'name'], 'warning']],
      );
    });

    it('drops a website that is not a full http(s) address, even a very long one', () => {
      const input = catalogOf([], {
        sellers: [seller(1, { website: `https://${'a'.repeat(100_000)} ` })],
      });
      const started = performance.now();
      const { catalog, issues } = parseCatalog(input);
      const ms = performance.now() - started;
      // A quadratic pattern took about 10 s here.
      assert.ok(ms < 1_000, `took ${ms.toFixed(0)} ms`);
      assert.deepEqual(catalog.sellers, [
        { id: 's1', name: 'UMKM Sekar 1', whatsapp: '6281234567890' },
      ]);
      assert.deepEqual(
        issues.map((i) => [i.path, i.severity]),
        [[['sellers', 0, 'website'], 'warning']],
      );
    });
  });

  describe('catalog fields', () => {
    it('reads title, description, region, updatedAt and next', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([], {
          title: 'Produk Lokal Surakarta',
          description: 'Katalog UMKM',
          region: '3372',
          updatedAt: '2026-11-28T10:00:00+07:00',
          next: 'katalog-2.json',
        }),
      );
      assert.deepEqual(issues, []);
      assert.equal(catalog.title, 'Produk Lokal Surakarta');
      assert.equal(catalog.description, 'Katalog UMKM');
      assert.deepEqual(catalog.region, { code: '33.72', name: 'Kota Surakarta' });
      assert.equal(catalog.updatedAt, '2026-11-28T10:00:00+07:00');
      assert.equal(catalog.next, 'katalog-2.json');
    });

    it('drops catalog fields that are not valid, with a warning each', () => {
      const { catalog, issues } = parseCatalog(
        catalogOf([product(1)], {
          title: 5,
          region: 'Solo',
          updatedAt: 'kemarin',
          next: 'javascript:alert(1)',
        }),
      );
      assert.equal(catalog.title, '');
      assert.equal('region' in catalog || 'updatedAt' in catalog || 'next' in catalog, false);
      assert.equal(catalog.products.length, 1);
      assert.deepEqual(
        issues.map((i) => [i.path[0], i.severity]),
        [
          ['title', 'warning'],
          ['region', 'warning'],
          ['updatedAt', 'warning'],
          ['next', 'warning'],
        ],
      );
      assert.equal(
        issueAt(issues, ['title']).message.en,
        'Title must be text. This part was ignored.',
      );
    });
  });

  describe('text that looks like HTML', () => {
    it('keeps it verbatim as text, for the renderer to show as text', () => {
      const xss = '<img src=x onerror=alert(1)>';
      const script = '</script><script>alert(1)</script>';
      const { catalog, issues } = parseCatalog(
        catalogOf(
          [product(1, { name: xss, description: script, unit: '<b>kg</b>', tags: [xss] })],
          {
            title: xss,
            sellers: [seller(1, { name: script })],
          },
        ),
      );
      assert.deepEqual(issues, []);
      const kept = catalog.products[0];
      assert.ok(kept);
      assert.equal(kept.name, xss);
      assert.equal(kept.description, script);
      assert.equal(kept.unit, '<b>kg</b>');
      assert.deepEqual(kept.tags, [xss]);
      assert.equal(catalog.title, xss);
      assert.equal(catalog.sellers[0]?.name, script);
    });

    it('quotes such a name in messages as plain text, unchanged', () => {
      const xss = '<img src=x onerror=alert(1)>';
      const { issues } = parseCatalog(catalogOf([product(1, { name: xss, price: -1 })]));
      assert.equal(
        issues[0]?.message.en,
        `Product 1 “${xss}”: Price cannot be negative. This product was skipped.`,
      );
    });
  });
});
