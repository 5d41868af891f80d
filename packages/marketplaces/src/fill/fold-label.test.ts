import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelScore } from './classify-form.js';
import { FIELD_KEYWORDS } from './field-keywords.js';
import { attributeWords, foldLabel, textSimilarity, withoutUnits } from './fold-label.js';

describe('foldLabel', () => {
  it('folds case, diacritics, punctuation and required marks', () => {
    assert.equal(foldLabel('  Nama Produk *'), 'nama produk');
    assert.equal(foldLabel('Descripción (wajib)'), 'descripcion');
    assert.equal(foldLabel('Berat (gram) Wajib'), 'berat gram');
    assert.equal(withoutUnits(foldLabel('Berat (gram)')), 'berat');
    assert.equal(withoutUnits('cm'), 'cm');
    assert.equal(attributeWords('productName'), 'product name');
    assert.equal(attributeWords('product[sku_name]'), 'product sku name');
  });
});

describe('textSimilarity', () => {
  it('is 1 for equal text, high for a contained name, low for unrelated names', () => {
    assert.equal(textSimilarity('Keripik', 'keripik'), 1);
    assert.ok(textSimilarity('Keripik & Kerupuk', 'Keripik') > 0.7);
    assert.ok(textSimilarity('Otomotif', 'Keripik') < 0.1);
  });
});

describe('labelScore', () => {
  const score = (label: string, field: keyof typeof FIELD_KEYWORDS) =>
    labelScore(foldLabel(label), FIELD_KEYWORDS[field]);

  it('takes the main price and not its look-alikes', () => {
    assert.ok(score('Harga', 'price') >= 0.9);
    assert.ok(score('Harga Satuan (Rp)', 'price') >= 0.9);
    for (const other of [
      'Harga Coret',
      'Harga grosir',
      'Harga Modal',
      'Harga sebelum diskon',
      'Compare-at price',
      'Ongkos kirim',
    ]) {
      assert.ok(score(other, 'price') < 0.45, other);
    }
  });

  it('takes stock and not minimum order or alerts; a product name and not a shop name', () => {
    assert.ok(score('Stok Produk', 'stock') >= 0.9);
    assert.ok(score('Minimum Pemesanan', 'stock') < 0.45);
    assert.ok(score('Stock alert threshold', 'stock') < 0.45);
    assert.ok(score('SKU (Stock Keeping Unit)', 'stock') < 0.45);
    assert.ok(score('Nama Produk', 'title') >= 0.9);
    assert.ok(score('Nama Toko', 'title') < 0.45);
    assert.ok(score('Cari nama produk', 'title') === 0);
  });

  it('takes one-letter dimension labels only when they stand alone', () => {
    assert.ok(score('P', 'length') >= 0.8);
    assert.ok(score('T (cm)', 'height') >= 0.8);
    assert.ok(score('Tipe produk', 'height') === 0);
  });
});
