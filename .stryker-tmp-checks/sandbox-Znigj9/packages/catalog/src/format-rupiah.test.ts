// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPrice, formatRupiah, maxPrice, minPrice } from './format-rupiah.js';

describe('formatRupiah', () => {
  it('writes whole rupiah with dots between thousands and no space after Rp', () => {
    assert.equal(formatRupiah(25_000), 'Rp25.000');
    assert.equal(formatRupiah(1_250_000), 'Rp1.250.000');
    assert.equal(formatRupiah(1_000), 'Rp1.000');
  });

  it('writes zero and amounts under a thousand without a separator', () => {
    assert.equal(formatRupiah(0), 'Rp0');
    assert.equal(formatRupiah(5), 'Rp5');
    assert.equal(formatRupiah(999), 'Rp999');
  });

  it('writes large amounts in full, never in exponent form', () => {
    assert.equal(formatRupiah(1_000_000_000_000), 'Rp1.000.000.000.000');
    assert.equal(formatRupiah(Number.MAX_SAFE_INTEGER), 'Rp9.007.199.254.740.991');
    assert.equal(formatRupiah(1e21), 'Rp1.000.000.000.000.000.000.000');
  });

  it('rounds fractions to the nearest whole rupiah', () => {
    assert.equal(formatRupiah(25_000.5), 'Rp25.001');
    assert.equal(formatRupiah(24_999.4), 'Rp24.999');
    assert.equal(formatRupiah(0.4), 'Rp0');
    assert.equal(formatRupiah(1_249_999.6), 'Rp1.250.000');
  });

  it('puts the minus sign before Rp for negatives, and never prints -Rp0', () => {
    assert.equal(formatRupiah(-5_000), '-Rp5.000');
    assert.equal(formatRupiah(-1_250_000), '-Rp1.250.000');
    assert.equal(formatRupiah(-0.4), 'Rp0');
    assert.equal(formatRupiah(-0), 'Rp0');
  });

  it('prints a dash for amounts that are not numbers', () => {
    assert.equal(formatRupiah(Number.NaN), 'Rp–');
    assert.equal(formatRupiah(Number.POSITIVE_INFINITY), 'Rp–');
    assert.equal(formatRupiah(Number.NEGATIVE_INFINITY), 'Rp–');
  });

  it('uses only ASCII digits, dots and the letters Rp (no locale spaces)', () => {
    for (const amount of [0, 7, 25_000, 987_654_321, -42_000]) {
      assert.match(formatRupiah(amount), /^-?Rp\d{1,3}(\.\d{3})*$/);
    }
  });
});

describe('formatPrice', () => {
  it('formats a single price like formatRupiah', () => {
    assert.equal(formatPrice(25_000), 'Rp25.000');
  });

  it('formats a range with an en dash and no spaces', () => {
    assert.equal(formatPrice({ min: 25_000, max: 40_000 }), 'Rp25.000–Rp40.000');
  });

  it('formats a range whose ends are equal as one price', () => {
    assert.equal(formatPrice({ min: 30_000, max: 30_000 }), 'Rp30.000');
  });
});

describe('minPrice and maxPrice', () => {
  it('return the price itself for a single price', () => {
    assert.equal(minPrice(25_000), 25_000);
    assert.equal(maxPrice(25_000), 25_000);
  });

  it('return the ends of a range', () => {
    assert.equal(minPrice({ min: 10_000, max: 20_000 }), 10_000);
    assert.equal(maxPrice({ min: 10_000, max: 20_000 }), 20_000);
  });
});
