// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePrice, parseRupiah } from './parse-rupiah.js';

/** Milliseconds `run` takes. A guard against super-linear regexes, with a wide margin. */
function elapsed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('parseRupiah', () => {
  it('reads every form its documentation lists', () => {
    const cases: [string, number][] = [
      ['Rp25.000', 25_000],
      ['Rp 25.000,00', 25_000],
      ['25.000', 25_000],
      ['25000', 25_000],
      ['IDR 25,000', 25_000],
      ['25rb', 25_000],
      ['1,5 jt', 1_500_000],
    ];
    for (const [text, amount] of cases) assert.equal(parseRupiah(text), amount, text);
  });

  it('reads the prefixes and suffixes sellers write around an amount', () => {
    const cases: [string, number][] = [
      ['Rp. 25.000', 25_000],
      ['rp25000', 25_000],
      ['idr 25.000', 25_000],
      ['Rp25.000,-', 25_000],
      ['25.000,-', 25_000],
      ['  Rp  25.000  ', 25_000],
      ['Rp0', 0],
      ['0', 0],
    ];
    for (const [text, amount] of cases) assert.equal(parseRupiah(text), amount, text);
  });

  it('reads Indonesian and English thousands grouping, with or without cents', () => {
    const cases: [string, number][] = [
      ['1.250.000', 1_250_000],
      ['1.250.000,00', 1_250_000],
      ['1,250,000', 1_250_000],
      ['1,250,000.00', 1_250_000],
      ['25000,00', 25_000],
    ];
    for (const [text, amount] of cases) assert.equal(parseRupiah(text), amount, text);
  });

  it('reads ribu, rb, k, juta and jt, with decimals only when multiplied', () => {
    const cases: [string, number][] = [
      ['25 ribu', 25_000],
      ['25RB', 25_000],
      ['100k', 100_000],
      ['2.5k', 2_500],
      ['1 juta', 1_000_000],
      ['1.5jt', 1_500_000],
      ['2,25 juta', 2_250_000],
    ];
    for (const [text, amount] of cases) assert.equal(parseRupiah(text), amount, text);
  });

  it('rounds cents to whole rupiah', () => {
    assert.equal(parseRupiah('Rp 1.000.000,50'), 1_000_001);
    assert.equal(parseRupiah('Rp 1.000.000,49'), 1_000_000);
  });

  it('refuses text that is not an amount, or is ambiguous', () => {
    for (const text of [
      '25.5',
      '25,5',
      'abc',
      '',
      '   ',
      '1.2.3',
      '1,2,3',
      '25.00.000',
      '-25000',
      'Rp',
      'gratis',
      '25 ribu rupiah',
      '25000 IDR',
      'Rp25.000 x',
    ]) {
      assert.equal(parseRupiah(text), undefined, JSON.stringify(text));
    }
  });

  it('refuses amounts too large to be exact integers', () => {
    assert.equal(parseRupiah('25.000.000.000.000.000.000'), undefined);
    assert.equal(parseRupiah('99999999999999999999'), undefined);
  });

  it('returns at once on long runs of whitespace in junk text', () => {
    // A pattern with adjacent `\s*` took seconds on these (cubic and quadratic backtracking).
    const ms = elapsed(() => {
      assert.equal(parseRupiah(`1${' '.repeat(2_000)}x`), undefined);
      assert.equal(parseRupiah(`${' '.repeat(30_000)}x`), undefined);
    });
    assert.ok(ms < 200, `took ${ms.toFixed(0)} ms`);
  });
});

describe('parsePrice', () => {
  it('reads a single amount like parseRupiah', () => {
    assert.equal(parsePrice('Rp25.000'), 25_000);
    assert.equal(parsePrice('25rb'), 25_000);
  });

  it('reads every range form its documentation lists', () => {
    const range = { min: 25_000, max: 40_000 };
    assert.deepEqual(parsePrice('Rp25.000 - Rp40.000'), range);
    assert.deepEqual(parsePrice('25.000–40.000'), range);
    assert.deepEqual(parsePrice('25rb s/d 40rb'), range);
  });

  it('reads ranges written with a hyphen, an em dash, "sampai" or "to"', () => {
    const range = { min: 25_000, max: 40_000 };
    assert.deepEqual(parsePrice('Rp25.000-Rp40.000'), range);
    assert.deepEqual(parsePrice('25000-40000'), range);
    assert.deepEqual(parsePrice('Rp25.000 — Rp40.000'), range);
    assert.deepEqual(parsePrice('25rb sampai 40rb'), range);
    assert.deepEqual(parsePrice('25rb to 40rb'), range);
  });

  it('reads a range whose ends are equal as one price', () => {
    assert.equal(parsePrice('25.000 - 25.000'), 25_000);
  });

  it('refuses text that is not a price or a range of two prices', () => {
    for (const text of [
      '25.5',
      'abc',
      '',
      '1.2.3',
      'a - b',
      '25rb - ',
      '1 - 2 - 3',
      'Rp25.000 - gratis',
    ]) {
      assert.equal(parsePrice(text), undefined, JSON.stringify(text));
    }
  });

  it('returns at once on long runs of whitespace in junk text', () => {
    // Splitting on `\s*(…)\s*` took seconds on this (quadratic backtracking).
    const ms = elapsed(() => assert.equal(parsePrice(`${' '.repeat(30_000)}x`), undefined));
    assert.ok(ms < 200, `took ${ms.toFixed(0)} ms`);
  });
});
