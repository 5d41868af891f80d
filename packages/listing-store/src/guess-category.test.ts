import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guessCategory } from './guess-category.js';

describe('guessCategory', () => {
  it('reads marketplace category paths from the top down', () => {
    const cases: [string, string][] = [
      ['Makanan & Minuman > Camilan > Keripik', 'kuliner'],
      ['Fashion Muslim > Hijab > Pashmina', 'fashion'],
      ['Rumah Tangga > Dekorasi > Anyaman', 'kerajinan'],
      ['Kerajinan Tangan', 'kerajinan'],
      ['Makanan & Minuman / Bahan Pokok / Beras', 'kuliner'],
      ['Pertanian > Benih', 'pertanian'],
      ['Hasil Laut › Udang Beku', 'perikanan'],
      ['Lain-lain > Kopi Bubuk', 'kuliner'],
    ];
    for (const [category, expected] of cases) {
      assert.equal(guessCategory({ category, title: 'Produk' }), expected, category);
    }
  });

  it('falls back to the title, then to lainnya', () => {
    assert.equal(guessCategory({ title: 'Kripik Singkong Balado' }), 'kuliner');
    assert.equal(guessCategory({ category: 'Elektronik > Kabel', title: 'Kabel USB' }), 'lainnya');
  });
});
