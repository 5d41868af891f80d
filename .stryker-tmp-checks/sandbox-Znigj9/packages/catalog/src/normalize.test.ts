// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isRecord,
  normalizeBoolean,
  normalizeProduct,
  normalizeRegion,
  normalizeSeller,
} from './normalize.js';

function rawProduct(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p1',
    name: 'Keripik Tempe',
    price: 25_000,
    category: 'kuliner',
    sellerId: 's1',
    ...overrides,
  };
}

/** normalizeProduct's result as a record, failing the test when it is not one. */
function product(overrides: Record<string, unknown>): Record<string, unknown> {
  const out = normalizeProduct(rawProduct(overrides));
  assert.ok(isRecord(out));
  return out;
}

function seller(raw: Record<string, unknown>): Record<string, unknown> {
  const out = normalizeSeller({ id: 's1', name: 'Bu Sri', ...raw });
  assert.ok(isRecord(out));
  return out;
}

describe('isRecord', () => {
  it('is true only for plain objects', () => {
    assert.equal(isRecord({}), true);
    assert.equal(isRecord({ a: 1 }), true);
    for (const value of [null, undefined, [], [1], 'x', 1, true])
      assert.equal(isRecord(value), false);
  });
});

describe('normalizeRegion', () => {
  it('turns a dotted or undotted code into the code and official name', () => {
    const surakarta = { code: '33.72', name: 'Kota Surakarta' };
    assert.deepEqual(normalizeRegion('33.72'), surakarta);
    assert.deepEqual(normalizeRegion('3372'), surakarta);
    assert.deepEqual(normalizeRegion(' 3372 '), surakarta);
    assert.deepEqual(normalizeRegion({ code: '3372' }), surakarta);
  });

  it('reads a whole number as a spreadsheet writes a code', () => {
    assert.deepEqual(normalizeRegion(3372), { code: '33.72', name: 'Kota Surakarta' });
    assert.deepEqual(normalizeRegion(33), { code: '33', name: 'Jawa Tengah' });
  });

  it('leaves a fractional number alone, since 33.10 has already lost its 0', () => {
    assert.equal(normalizeRegion(33.1), 33.1);
  });

  it('keeps a name the catalog gives for a known code', () => {
    assert.deepEqual(normalizeRegion({ code: '33.72', name: ' Solo ' }), {
      code: '33.72',
      name: 'Solo',
    });
    assert.deepEqual(normalizeRegion({ code: '33.72', name: '  ' }), {
      code: '33.72',
      name: 'Kota Surakarta',
    });
  });

  it('passes an unknown code on for the schema to report', () => {
    assert.deepEqual(normalizeRegion('99.99'), { code: '99.99' });
    const given = { code: '99.99', name: 'Kota Baru' };
    assert.equal(normalizeRegion(given), given);
  });

  it('leaves values without a code as they are', () => {
    for (const value of [null, true, ['33'], { name: 'Solo' }])
      assert.equal(normalizeRegion(value), value);
  });
});

describe('normalizeBoolean', () => {
  it('reads yes in Bahasa Indonesia and English', () => {
    for (const value of [
      'ya',
      'Ya',
      ' YA ',
      'y',
      'iya',
      'yes',
      'true',
      '1',
      'benar',
      'lokal',
      '✓',
      'v',
      'x',
      1,
    ]) {
      assert.equal(normalizeBoolean(value), true, String(value));
    }
  });

  it('reads no in Bahasa Indonesia and English, and an empty cell', () => {
    for (const value of [
      'tidak',
      'Tidak',
      'tdk',
      't',
      'no',
      'n',
      'false',
      '0',
      '',
      '-',
      'bukan',
      0,
    ]) {
      assert.equal(normalizeBoolean(value), false, String(value));
    }
  });

  it('leaves booleans and anything else as they are', () => {
    for (const value of [true, false, 'mungkin', 2, null, undefined]) {
      assert.equal(normalizeBoolean(value), value, String(value));
    }
  });
});

describe('normalizeProduct', () => {
  it('reads lenient price, category, madeLocally, origin and tags', () => {
    const out = product({
      price: 'Rp25.000',
      category: 'Makanan',
      madeLocally: 'ya',
      origin: '3372',
      tags: 'a, b',
    });
    assert.equal(out.price, 25_000);
    assert.equal(out.category, 'kuliner');
    assert.equal(out.madeLocally, true);
    assert.deepEqual(out.origin, { code: '33.72', name: 'Kota Surakarta' });
    assert.deepEqual(out.tags, ['a', 'b']);
  });

  it('reads a price range written as text, and the ends of a range object', () => {
    assert.deepEqual(product({ price: 'Rp25.000 - Rp40.000' }).price, { min: 25_000, max: 40_000 });
    assert.deepEqual(product({ price: { min: '10rb', max: 'Rp20.000' } }).price, {
      min: 10_000,
      max: 20_000,
    });
  });

  it('leaves an unreadable price as written, for the schema to report', () => {
    assert.equal(product({ price: 'gratis' }).price, 'gratis');
    assert.deepEqual(product({ price: { min: 'murah', max: 5 } }).price, { min: 'murah', max: 5 });
  });

  it('leaves an unknown category as written', () => {
    assert.equal(product({ category: 'Sembako' }).category, 'Sembako');
  });

  it('splits tags on commas and semicolons, dropping # and empty tags', () => {
    assert.deepEqual(product({ tags: '#batik; tulis ,, Solo,' }).tags, ['batik', 'tulis', 'Solo']);
    assert.deepEqual(product({ tags: ['a', 'b'] }).tags, ['a', 'b']);
  });

  it('turns image URLs written as text into image objects', () => {
    assert.deepEqual(product({ images: ' https://umkm.example/a.jpg ' }).images, [
      { src: 'https://umkm.example/a.jpg' },
    ]);
    assert.deepEqual(product({ images: ['a.jpg', { src: 'b.jpg', alt: 'B' }] }).images, [
      { src: 'a.jpg' },
      { src: 'b.jpg', alt: 'B' },
    ]);
  });

  it('reads stock written with thousands separators and drops an empty stock', () => {
    assert.equal(product({ stock: '1.000' }).stock, 1_000);
    assert.equal(product({ stock: '1 500' }).stock, 1_500);
    assert.equal(product({ stock: ' 12 ' }).stock, 12);
    assert.equal('stock' in product({ stock: '' }), false);
    assert.equal('stock' in product({ stock: null }), false);
    assert.equal(product({ stock: '1,5' }).stock, '1,5');
  });

  it('takes a numeric id as text and trims ids and the name', () => {
    const out = product({ id: 12, sellerId: ' s1 ', name: '  Keripik  ' });
    assert.equal(out.id, '12');
    assert.equal(out.sellerId, 's1');
    assert.equal(out.name, 'Keripik');
  });

  it('reads "seller" as sellerId when sellerId is missing, and drops it', () => {
    const out = product({ sellerId: undefined, seller: 7 });
    assert.equal(out.sellerId, '7');
    assert.equal('seller' in out, false);
    assert.equal(product({ seller: 's2' }).sellerId, 's1');
  });

  it('keeps text that looks like HTML verbatim', () => {
    const name = '<img src=x onerror=alert(1)>';
    assert.equal(product({ name, description: name }).name, name);
  });

  it('does not change its input', () => {
    const raw = rawProduct({
      price: { min: '10rb', max: '20rb' },
      tags: 'a, b',
      images: ['a.jpg'],
      stock: '1.000',
      seller: 's1',
    });
    const before = structuredClone(raw);
    normalizeProduct(raw);
    assert.deepEqual(raw, before);
  });

  it('leaves values that are not objects as they are', () => {
    for (const value of [null, 'p1', 5, [rawProduct()]])
      assert.equal(normalizeProduct(value), value);
  });
});

describe('normalizeSeller', () => {
  it('normalises the WhatsApp number, written as text or as a number', () => {
    assert.equal(seller({ whatsapp: '0812-3456-7890' }).whatsapp, '6281234567890');
    assert.equal(seller({ whatsapp: 6281234567890 }).whatsapp, '6281234567890');
  });

  it('leaves an unparseable WhatsApp number as written, for the schema to report', () => {
    assert.equal(seller({ whatsapp: 'nomor saya' }).whatsapp, 'nomor saya');
  });

  it('drops an empty WhatsApp number', () => {
    assert.equal('whatsapp' in seller({ whatsapp: '  ' }), false);
  });

  it('reads the region code and trims id and name', () => {
    const out = seller({ id: ' s1 ', name: ' Bu Sri ', region: '3372' });
    assert.equal(out.id, 's1');
    assert.equal(out.name, 'Bu Sri');
    assert.deepEqual(out.region, { code: '33.72', name: 'Kota Surakarta' });
  });

  it('does not change its input', () => {
    const raw = { id: 5, name: ' A ', whatsapp: '0812-3456-7890', region: '3372' };
    const before = structuredClone(raw);
    normalizeSeller(raw);
    assert.deepEqual(raw, before);
  });
});
