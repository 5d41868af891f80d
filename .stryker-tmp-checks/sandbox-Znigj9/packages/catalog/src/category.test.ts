// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORIES, CATEGORY_LABELS, toCategory } from './category.js';

describe('CATEGORIES', () => {
  it('lists the six categories in storefront order, each with both labels', () => {
    assert.deepEqual(CATEGORIES, [
      'fashion',
      'kuliner',
      'kerajinan',
      'pertanian',
      'perikanan',
      'lainnya',
    ]);
    for (const category of CATEGORIES) {
      assert.ok(CATEGORY_LABELS[category].id, category);
      assert.ok(CATEGORY_LABELS[category].en, category);
    }
  });
});

describe('toCategory', () => {
  it('reads each category by its own name, in any case and with spaces around', () => {
    for (const category of CATEGORIES) {
      assert.equal(toCategory(category), category);
      assert.equal(toCategory(` ${category.toUpperCase()} `), category);
    }
  });

  it('reads the labels a storefront shows, in both languages', () => {
    for (const category of CATEGORIES) {
      assert.equal(
        toCategory(CATEGORY_LABELS[category].id),
        category,
        CATEGORY_LABELS[category].id,
      );
      assert.equal(
        toCategory(CATEGORY_LABELS[category].en),
        category,
        CATEGORY_LABELS[category].en,
      );
    }
  });

  it('reads the synonyms sellers and regional offices write', () => {
    const cases: [string, string][] = [
      ['Makanan', 'kuliner'],
      ['minuman', 'kuliner'],
      ['Makanan & Minuman', 'kuliner'],
      ['Makanan dan Minuman', 'kuliner'],
      ['makanan/minuman', 'kuliner'],
      ['Makanan-Minuman', 'kuliner'],
      ['Olahan Pangan', 'kuliner'],
      ['food', 'kuliner'],
      ['Food and drink', 'kuliner'],
      ['Fesyen', 'fashion'],
      ['Pakaian', 'fashion'],
      ['Busana', 'fashion'],
      ['clothing', 'fashion'],
      ['Kriya', 'kerajinan'],
      ['Kerajinan Tangan', 'kerajinan'],
      ['handicraft', 'kerajinan'],
      ['Hasil Tani', 'pertanian'],
      ['Perkebunan', 'pertanian'],
      ['agriculture', 'pertanian'],
      ['Ikan', 'perikanan'],
      ['Hasil Laut', 'perikanan'],
      ['seafood', 'perikanan'],
      ['Lain-lain', 'lainnya'],
      ['others', 'lainnya'],
    ];
    for (const [word, category] of cases) assert.equal(toCategory(word), category, word);
  });

  it('returns undefined for words it does not know', () => {
    for (const word of [
      'Sembako',
      'elektronik',
      '',
      '   ',
      'makanan minuman ringan',
      'x'.repeat(500),
    ]) {
      assert.equal(toCategory(word), undefined, word.slice(0, 30));
    }
  });

  it('returns undefined for Object.prototype member names', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      assert.equal(toCategory(word), undefined, word);
    }
  });
});
