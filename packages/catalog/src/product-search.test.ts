import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Product } from './product.js';
import { createProductSearch, queryProducts, rankedOf } from './product-search.js';
import type { Seller } from './seller.js';

function product(id: string, name: string, extra: Partial<Product> = {}): Product {
  return {
    id,
    name,
    description: '',
    category: 'kuliner',
    price: 10_000,
    images: [],
    sellerId: 's1',
    madeLocally: false,
    tags: [],
    ...extra,
  };
}

function names(hits: readonly { readonly product: Product }[]): string[] {
  return hits.map((hit) => hit.product.name);
}

describe('createProductSearch', () => {
  it('finds "Keripik Tempe" for "kripik"', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Keripik Tempe')],
    });
    assert.deepEqual(names(search.search('kripik')), ['Keripik Tempe']);
  });

  it('finds "Sambal Bawang" for "sambel"', () => {
    const search = createProductSearch({
      products: [product('1', 'Sambal Bawang'), product('2', 'Bawang Goreng')],
    });
    assert.deepEqual(names(search.search('sambel')), ['Sambal Bawang']);
    assert.deepEqual(names(search.search('sambel bawang')), ['Sambal Bawang']);
  });

  it('finds "Batik Tulis Lasem" for "batik-tulis" and "batik tulis"', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Batik Cap Pekalongan', { category: 'fashion' }),
        product('2', 'Batik Tulis Lasem', { category: 'fashion' }),
      ],
    });
    assert.deepEqual(names(search.search('batik-tulis')), ['Batik Tulis Lasem']);
    assert.deepEqual(names(search.search('batik tulis')), ['Batik Tulis Lasem']);
  });

  it('finds a product from the start of a word while the shopper types', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Keripik Tempe')],
    });
    assert.deepEqual(names(search.search('kerip')), ['Keripik Tempe']);
    assert.deepEqual(names(search.search('keripik te')), ['Keripik Tempe']);
  });

  it('ranks words that start with a half-typed word above typos of it', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Keris Jawa', { category: 'kerajinan' }),
        product('2', 'Keripik Tempe'),
      ],
    });
    assert.deepEqual(names(search.search('kerip')), ['Keripik Tempe', 'Keris Jawa']);
  });

  it('finds a product from the start of a variant spelling ("kri" on the way to "kripik")', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Keripik Tempe')],
    });
    assert.deepEqual(names(search.search('kri')), ['Keripik Tempe']);
  });

  it('reads a word followed by a space as finished', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopiah Hitam', { category: 'fashion' }), product('2', 'Kopi Gayo')],
    });
    assert.deepEqual(names(search.search('kopi')), ['Kopi Gayo', 'Kopiah Hitam']);
    assert.deepEqual(names(search.search('kopi ')), ['Kopi Gayo']);
  });

  it('tolerates a one-letter typo ("keripik tmpe")', () => {
    const search = createProductSearch({
      products: [product('1', 'Keripik Singkong'), product('2', 'Keripik Tempe')],
    });
    assert.deepEqual(names(search.search('keripik tmpe')), ['Keripik Tempe']);
    assert.deepEqual(names(search.search('kripik tmpe')), ['Keripik Tempe']);
  });

  it('does not guess typos in words shorter than four letters', () => {
    const search = createProductSearch({
      products: [product('1', 'Tas Rotan', { category: 'kerajinan' }), product('2', 'Teh Hijau')],
    });
    assert.deepEqual(search.search('tes '), []);
    assert.deepEqual(search.search('tes', { prefix: false }), []);
  });

  it('does not guess typos when asked not to', () => {
    const search = createProductSearch({ products: [product('1', 'Keripik Tempe')] });
    assert.deepEqual(names(search.search('tmpe ')), ['Keripik Tempe']);
    assert.deepEqual(search.search('tmpe ', { fuzzy: false }), []);
  });

  it('folds accents and old spellings in products and queries alike', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Saté Maranggi'),
        product('2', 'Bakpia Djokdja'),
        product('3', 'Teh'),
      ],
    });
    assert.deepEqual(names(search.search('SATE')), ['Saté Maranggi']);
    assert.deepEqual(names(search.search('bakpia jogja')), ['Bakpia Djokdja']);
    assert.deepEqual(names(search.search('yogyakarta')), ['Bakpia Djokdja']);
  });

  it('ranks a name match above a product that only mentions the word in its description', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Madu Hutan', {
          description: 'Madu hutan asli. Enak dengan keripik, keripik apa saja, keripik pisang.',
        }),
        product('2', 'Keripik Pisang', {
          description: 'Pisang kepok diiris tipis lalu digoreng. Renyah dan manis, tanpa pengawet.',
        }),
      ],
    });
    assert.deepEqual(names(search.search('keripik')), ['Keripik Pisang', 'Madu Hutan']);
  });

  it('ranks a product named for the word above one that only has it as a tag, even with a long name', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Kue Putu Isi Gula Merah', { tags: ['pandan', 'jajanan pasar'] }),
        product('2', 'Beras Pandan Wangi Cianjur Kemasan 5 kg', { category: 'pertanian' }),
      ],
    });
    assert.deepEqual(names(search.search('pandan')), [
      'Beras Pandan Wangi Cianjur Kemasan 5 kg',
      'Kue Putu Isi Gula Merah',
    ]);
  });

  it('ranks a short name with the word above a long bundle name that also has it', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Paket Hampers Lebaran Kue Kering Kopi Sirup dan Kurma Ajwa'),
        product('2', 'Kopi Gayo'),
      ],
    });
    assert.deepEqual(names(search.search('kopi ')), [
      'Kopi Gayo',
      'Paket Hampers Lebaran Kue Kering Kopi Sirup dan Kurma Ajwa',
    ]);
  });

  it('tolerates two typos in a word of eight letters or more, but not in a shorter one', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Kain Sasirangan Banjar', { category: 'fashion' }),
        product('2', 'Selendang Songket Minang', { category: 'fashion' }),
      ],
    });
    // "sasirngn": two letters missing from "sasirangan".
    assert.deepEqual(names(search.search('sasirngn ')), ['Kain Sasirangan Banjar']);
    // "sangkit": seven letters, two letters off "songket".
    assert.deepEqual(search.search('sangkit '), []);
    assert.deepEqual(names(search.search('sngket ')), ['Selendang Songket Minang']);
  });

  it('lists the shorter completion of a half-typed word first ("kop": Kopi before Kopiah)', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopiah Hitam', { category: 'fashion' }), product('2', 'Kopi Gayo')],
    });
    assert.deepEqual(names(search.search('kop')), ['Kopi Gayo', 'Kopiah Hitam']);
  });

  it('scores an exact word the same whether or not the shopper is still typing it', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Kopiah Hitam', { category: 'fashion' })],
    });
    const typing = search.search('kopi').find((hit) => hit.product.id === '1')!;
    const finished = search.search('kopi ').find((hit) => hit.product.id === '1')!;
    assert.ok(typing.score > 0);
    assert.equal(typing.score, finished.score);
  });

  it('reads only the last word as half-typed', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopiah Gayo', { category: 'fashion' }), product('2', 'Kopi Gayo')],
    });
    assert.deepEqual(names(search.search('kopi gayo')), ['Kopi Gayo']);
    const more = createProductSearch({
      products: [
        product('1', 'Kopi Gayo'),
        product('2', 'Keripik Singkong'),
        product('3', 'Keripik Tempe'),
      ],
    });
    assert.deepEqual(names(more.search('keripik te')), ['Keripik Tempe']);
  });

  it('starts guessing variant spellings from three letters, and only the ones that fit', () => {
    const search = createProductSearch({
      products: [product('1', 'Sambal Bawang'), product('2', 'Keripik Tempe')],
    });
    assert.deepEqual(search.search('kr'), []);
    assert.deepEqual(names(search.search('kri')), ['Keripik Tempe']);
  });

  it('ranks the closer of two typo matches first', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Kain Sasiringan', { category: 'fashion' }),
        product('2', 'Kain Sasirangan', { category: 'fashion' }),
      ],
    });
    // One letter off "sasirangan", two off "sasiringan".
    assert.deepEqual(names(search.search('sasirangn ')), ['Kain Sasirangan', 'Kain Sasiringan']);
  });

  it('does not guess typos in numbers ("2024" is not "2025")', () => {
    const search = createProductSearch({ products: [product('1', 'Kalender Batik 2025')] });
    assert.deepEqual(search.search('2024 '), []);
    assert.deepEqual(names(search.search('2025 ')), ['Kalender Batik 2025']);
  });

  it('when no product has every word, lists first the one matching the rarer word', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Keripik Singkong'),
        product('2', 'Keripik Tempe'),
        product('3', 'Keripik Tales'),
        product('4', 'Pisang Goreng'),
      ],
    });
    assert.equal(names(search.search('keripik pisang '))[0], 'Pisang Goreng');
  });

  it('when no product has every word, lists first the one matching more of them', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Sambal'),
        product('2', 'Keripik Singkong Sambal Balado Khas Padang Kemasan Besar'),
      ],
    });
    assert.deepEqual(names(search.search('keripik sambal durian ')), [
      'Keripik Singkong Sambal Balado Khas Padang Kemasan Besar',
      'Sambal',
    ]);
  });

  it('reads only the first 256 characters and the first 12 words of a query', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Kopi Gayo'),
        product(
          '2',
          'Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas Duabelas',
        ),
        product('3', 'Dodol Durian'),
      ],
    });
    assert.deepEqual(search.search(`${'x'.repeat(300)} kopi`), []);
    assert.deepEqual(
      names(
        search.search(
          'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas duabelas durian ',
        ),
      ),
      ['Satu Dua Tiga Empat Lima Enam Tujuh Delapan Sembilan Sepuluh Sebelas Duabelas'],
    );
  });

  it('searches every tag of a product', () => {
    const search = createProductSearch({
      products: [product('1', 'Kain Ikat', { category: 'fashion', tags: ['wastra', 'tenun'] })],
    });
    assert.deepEqual(names(search.search('tenun ')), ['Kain Ikat']);
    assert.deepEqual(names(search.search('wastra ')), ['Kain Ikat']);
  });

  it('has no sellers when the catalog names none', () => {
    assert.equal(createProductSearch({ products: [product('1', 'Kopi')] }).sellersById.size, 0);
  });

  it('searches sellers by their new name and region once a later page changes them', () => {
    const search = createProductSearch({
      sellers: [{ id: 's1', name: 'Dapur Bu Siti' }],
      products: [product('1', 'Gudeg Kaleng'), product('2', 'Bakpia Kacang Hijau')],
    });
    search.add([], [{ id: 's1', name: 'Dapur Bu Siti' }]);
    assert.deepEqual(names(search.search('siti')), ['Gudeg Kaleng', 'Bakpia Kacang Hijau']);
    search.add([], [{ id: 's1', name: 'Omah Gudeg', region: { code: '34.71', name: 'Jogja' } }]);
    assert.deepEqual(search.search('siti '), []);
    assert.deepEqual(names(search.search('omah')), ['Gudeg Kaleng', 'Bakpia Kacang Hijau']);
    assert.deepEqual(names(search.search('yogyakarta')), ['Gudeg Kaleng', 'Bakpia Kacang Hijau']);
    search.add([], [{ id: 's1', name: 'Omah Gudeg', region: { code: '33.72', name: 'Solo' } }]);
    assert.deepEqual(search.search('yogyakarta '), []);
    assert.deepEqual(names(search.search('surakarta')), ['Gudeg Kaleng', 'Bakpia Kacang Hijau']);
  });

  it('moves a product re-added under another seller to that seller', () => {
    const search = createProductSearch({
      sellers: [
        { id: 's1', name: 'Dapur Bu Siti' },
        { id: 's2', name: 'Toko Pak Budi' },
      ],
      products: [product('1', 'Gudeg Kaleng')],
    });
    search.add([product('1', 'Gudeg Kaleng', { sellerId: 's2' })]);
    assert.deepEqual(names(search.search('budi')), ['Gudeg Kaleng']);
    assert.deepEqual(search.search('siti '), []);
    search.add([], [{ id: 's2', name: 'Toko Pak Harjo' }]);
    assert.deepEqual(names(search.search('harjo')), ['Gudeg Kaleng']);
  });

  it('never returns a replaced product, even when no product has every word', () => {
    const search = createProductSearch({ products: [product('1', 'Kopi Gayo')] });
    search.add([product('1', 'Kopi Toraja')]);
    assert.deepEqual(search.search('gayo durian '), []);
  });

  it('searches tags, category labels, seller names and regions', () => {
    const sellers: Seller[] = [
      { id: 's1', name: 'Dapur Bu Siti', region: { code: '34.71', name: 'Kota Yogyakarta' } },
      { id: 's2', name: 'UD Lestari' },
    ];
    const search = createProductSearch({
      sellers,
      products: [
        product('1', 'Gudeg Kaleng', { sellerId: 's1' }),
        product('2', 'Tenun Ikat', {
          category: 'fashion',
          sellerId: 's2',
          tags: ['wastra'],
          origin: { code: '53.11', name: 'Kabupaten Sumba Timur' },
        }),
      ],
    });
    assert.deepEqual(names(search.search('wastra')), ['Tenun Ikat']);
    assert.deepEqual(names(search.search('fesyen')), ['Tenun Ikat']);
    assert.deepEqual(names(search.search('fashion')), ['Tenun Ikat']);
    assert.deepEqual(names(search.search('bu siti')), ['Gudeg Kaleng']);
    assert.deepEqual(names(search.search('jogja')), ['Gudeg Kaleng']);
    assert.deepEqual(names(search.search('sumba timur')), ['Tenun Ikat']);
    assert.deepEqual(names(search.search('nusa tenggara timur')), ['Tenun Ikat']);
  });

  it('does not match every product on "kabupaten" or "kota"', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Batik Tulis Lasem', { origin: { code: '33.17', name: 'Kabupaten Rembang' } }),
        product('2', 'Lumpia', { origin: { code: '33.74', name: 'Kota Semarang' } }),
      ],
    });
    assert.deepEqual(search.search('kabupaten '), []);
    assert.deepEqual(search.search('kota '), []);
    assert.deepEqual(names(search.search('rembang')), ['Batik Tulis Lasem']);
  });

  it('requires every word, and falls back to any word when no product has them all', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Keripik Singkong'),
        product('2', 'Keripik Tempe'),
        product('3', 'Dodol Durian'),
      ],
    });
    assert.deepEqual(names(search.search('keripik singkong')), ['Keripik Singkong']);
    assert.deepEqual(names(search.search('keripik durian')).sort(), [
      'Dodol Durian',
      'Keripik Singkong',
      'Keripik Tempe',
    ]);
  });

  it('keeps catalog order for equal matches and honours the limit', () => {
    const search = createProductSearch({
      products: [product('a', 'Kopi Gayo'), product('b', 'Kopi Gayo'), product('c', 'Kopi Gayo')],
    });
    assert.deepEqual(
      search.search('kopi gayo').map((hit) => hit.product.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      search.search('kopi', { limit: 2 }).map((hit) => hit.product.id),
      ['a', 'b'],
    );
    assert.deepEqual(
      search.search('', { limit: 1 }).map((hit) => hit.product.id),
      ['a'],
    );
    assert.equal(search.search('kopi', { limit: NaN }).length, 3);
    search.add([product('a', 'Kopi Gayo')]);
    assert.deepEqual(
      search.search('kopi gayo').map((hit) => hit.product.id),
      ['a', 'b', 'c'],
    );
  });

  it('adds up the scores of every word of a query', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Batik Cap Pekalongan', { description: 'Bukan batik tulis.' }),
        product('2', 'Batik Tulis Lasem'),
      ],
    });
    assert.deepEqual(names(search.search('batik tulis')), [
      'Batik Tulis Lasem',
      'Batik Cap Pekalongan',
    ]);
    const [best, other] = search.search('batik tulis');
    assert.ok(best!.score > search.search('batik')[0]!.score);
    assert.ok(other!.score > 0);
  });

  it('ranks thousands of matches by score, equal scores in catalog order', () => {
    // Every name holds "kopi"; longer names score lower, and each length comes 250 times.
    const lengths = ['Kopi', 'Kopi Gayo', 'Kopi Gayo Arabika', 'Kopi Gayo Arabika Sangrai'];
    const products = Array.from({ length: 1000 }, (_, i) =>
      product(String(i), lengths[(i * 7) % 4]!),
    );
    const search = createProductSearch({ products });
    const hits = search.search('kop');
    assert.equal(hits.length, 1000);
    for (let i = 1; i < hits.length; i++) {
      const [before, after] = [hits[i - 1]!, hits[i]!];
      assert.ok(before.score >= after.score, `${i}: ${before.score} < ${after.score}`);
      if (before.score === after.score)
        assert.ok(Number(before.product.id) < Number(after.product.id), String(i));
    }
    assert.deepEqual(
      hits.slice(0, 3).map((hit) => hit.product.name),
      ['Kopi', 'Kopi', 'Kopi'],
    );
    assert.equal(hits.at(-1)!.product.name, 'Kopi Gayo Arabika Sangrai');
  });

  it('gives the products of a search without scores, in the same order and limit', () => {
    const search = createProductSearch({
      products: [
        product('1', 'Kopi Gayo Arabika Sangrai'),
        product('2', 'Teh Hijau'),
        product('3', 'Kopi'),
        product('4', 'Bubuk Kopi Gayo'),
      ],
    });
    for (const [query, options] of [
      ['kop', {}],
      ['kopi gayo', {}],
      ['kopi gayo', { limit: 1 }],
      ['teh kopi', {}],
      ['kopii', { fuzzy: false }],
      ['', { limit: 3 }],
    ] as const) {
      assert.deepEqual(
        search.searchProducts(query, options),
        search.search(query, options).map((hit) => hit.product),
        query,
      );
    }
    assert.deepEqual(
      search.searchProducts('kop').map((p) => p.id),
      ['3', '4', '1'],
    );
  });

  it('returns every product in catalog order for an empty query or one that folds to nothing', () => {
    const products = [product('1', 'Kopi Gayo'), product('2', 'Keripik Tempe')];
    const search = createProductSearch({ products });
    for (const query of ['', '   ', '!!!', '🍜🔥']) {
      const hits = search.search(query);
      assert.deepEqual(names(hits), ['Kopi Gayo', 'Keripik Tempe'], JSON.stringify(query));
      assert.ok(hits.every((hit) => hit.score === 0));
    }
  });

  it('answers strange input sensibly instead of throwing', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Teh Hijau')],
    });
    const everything = ['Kopi Gayo', 'Teh Hijau'];
    const cases: [unknown, string[]][] = [
      // Regex syntax is text, not a pattern: nothing is named like it, everything is kept.
      ['(.*+?[\\^$|{}])', everything],
      ['x'.repeat(10_000), []],
      // Only the first 256 characters are read: still "kopi".
      ['kopi '.repeat(2_000), ['Kopi Gayo']],
      ['🇮🇩'.repeat(3_000), everything],
      ['\uD800\uDFFF\uD800', everything],
      ['\u0000\u202E', everything],
      ['ᬓᭀᬧᬶ', []],
      ['kopi\u0000', ['Kopi Gayo']],
      [undefined, everything],
      [42, everything],
    ];
    for (const [input, expected] of cases) {
      assert.deepEqual(names(search.search(input as string)), expected, String(input).slice(0, 20));
    }
  });

  it('makes products added later searchable', () => {
    const search = createProductSearch({ products: [product('1', 'Kopi Gayo')] });
    assert.deepEqual(search.search('ikan asin'), []);
    search.add([product('2', 'Ikan Asin Jambal Roti', { sellerId: 's9' })]);
    assert.deepEqual(names(search.search('ikan asin')), ['Ikan Asin Jambal Roti']);
    assert.deepEqual(names(search.search('')), ['Kopi Gayo', 'Ikan Asin Jambal Roti']);
    search.add([], [{ id: 's9', name: 'Nelayan Juwana' }]);
    assert.deepEqual(names(search.search('juwana')), ['Ikan Asin Jambal Roti']);
  });

  it('replaces a product added again under the same id, in its place', () => {
    const search = createProductSearch({
      products: [product('1', 'Kopi Gayo'), product('2', 'Teh Hijau')],
    });
    search.add([product('1', 'Kopi Toraja')]);
    assert.deepEqual(search.search('gayo'), []);
    assert.deepEqual(names(search.search('kopi')), ['Kopi Toraja']);
    assert.deepEqual(names(search.search('')), ['Kopi Toraja', 'Teh Hijau']);
  });
});

describe('ProductSearch.searchOrdinals', () => {
  /** 400 products whose names hold "kopi" in many ways, so scores spread and tie. */
  const products = Array.from({ length: 400 }, (_, i) =>
    product(
      `p${i}`,
      `${['Kopi', 'Kopiah', 'Teh', 'Kopi Kopi'][i % 4]} ${'Gayo '.repeat(i % 7)}${i}`,
      {
        description: i % 3 ? 'kopi sangrai' : '',
      },
    ),
  );
  const search = createProductSearch({ products });
  const ordinalsOf = (list: readonly Product[]) => list.map((p) => products.indexOf(p));

  it('gives the ordinals of searchProducts, in its order', () => {
    for (const query of ['k', 'kopi', 'kopi gayo', 'zzz', ''])
      assert.deepEqual(
        [...search.searchOrdinals(query)],
        ordinalsOf(search.searchProducts(query)),
        query,
      );
  });

  it('ranks the first few only when asked, with every match after them', () => {
    for (const query of ['k', 'ko', 'kopi', 'gayo']) {
      const all = ordinalsOf(search.searchProducts(query));
      for (const first of [1, 12, 48]) {
        const ordinals = [...search.searchOrdinals(query, first)];
        assert.deepEqual(ordinals.slice(0, first), all.slice(0, first), `${query} ${first}`);
        assert.deepEqual(
          [...ordinals].sort((a, b) => a - b),
          [...all].sort((a, b) => a - b),
        );
      }
    }
  });

  it('gives in order as many as rankedOf says: all of them when they are few', () => {
    for (const query of ['k', 'ko', 'kopi', 'gayo', 'teh 1'])
      for (const first of [1, 12, 48, 200]) {
        const all = ordinalsOf(search.searchProducts(query));
        const inOrder = rankedOf(all.length, first);
        assert.ok(inOrder === all.length || inOrder === first, `${query} ${first}`);
        assert.deepEqual(
          [...search.searchOrdinals(query, first)].slice(0, inOrder),
          all.slice(0, inOrder),
          `${query} ${first}`,
        );
      }
    assert.equal(rankedOf(100, 48), 100);
    assert.equal(rankedOf(1000, 48), 48);
    assert.equal(rankedOf(1000), 1000);
  });
});

describe('queryProducts', () => {
  it('searches, filters with the sellers of the index, and sorts', () => {
    const search = createProductSearch({
      sellers: [{ id: 's1', name: 'Dapur Rembang', region: { code: '33.17', name: 'Rembang' } }],
      products: [
        product('1', 'Kerupuk Udang', { price: 30_000, sellerId: 's1' }),
        product('2', 'Kerupuk Ikan', { price: 20_000, sellerId: 's1' }),
        product('3', 'Kerupuk Kulit', {
          price: 10_000,
          origin: { code: '35.78', name: 'Surabaya' },
        }),
        product('4', 'Kopi Gayo', { price: 5_000, sellerId: 's1' }),
      ],
    });
    const found = queryProducts(search, {
      query: 'krupuk',
      filters: { regionCode: '33' },
      sort: 'price-asc',
    });
    assert.deepEqual(
      found.map((p) => p.name),
      ['Kerupuk Ikan', 'Kerupuk Udang'],
    );
    assert.equal(queryProducts(search).length, 4);
  });
});
