import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectCurrency, parsePriceText, parseStructuredPrice } from './parse-price.js';

describe('parsePriceText', () => {
  it('reads the notations the issue lists, with their currency', () => {
    const cases: [string, number, string | undefined][] = [
      ['Rp25.000', 25_000, 'IDR'],
      ['Rp 1.299.000', 1_299_000, 'IDR'],
      ['25rb', 25_000, 'IDR'],
      ['1,5 jt', 1_500_000, 'IDR'],
      ['1,299.00', 1299, undefined],
      ['€119,01', 119.01, 'EUR'],
      ['119,-', 119, undefined],
      ['$1,299', 1299, 'USD'],
    ];
    for (const [text, amount, currency] of cases) {
      const parsed = parsePriceText(text);
      assert.equal(parsed?.amount, amount, text);
      assert.equal(parsed?.currency, currency, text);
    }
  });

  it('reads grouping by spaces, apostrophes and both marks', () => {
    assert.equal(parsePriceText('44 890 тг.')?.amount, 44_890);
    assert.equal(parsePriceText('44 890 тг.')?.currency, 'KZT');
    assert.equal(parsePriceText('1 299,50 €')?.amount, 1299.5);
    assert.equal(parsePriceText("CHF 1'299.50")?.amount, 1299.5);
    assert.equal(parsePriceText('1.299.000,00')?.amount, 1_299_000);
    assert.equal(parsePriceText('4386,00 €')?.amount, 4386);
  });

  it('takes a lone mark before three digits as grouping, except in three-decimal currencies', () => {
    assert.equal(parsePriceText('Rp25.000')?.amount, 25_000);
    assert.equal(parsePriceText('$3.499', { currency: 'ARS' })?.amount, 3499);
    assert.equal(parsePriceText('1.250 KWD')?.amount, 1.25);
  });

  it('reads a code or symbol glued to the number', () => {
    assert.deepEqual(parsePriceText('EUR15.99'), { amount: 15.99, currency: 'EUR' });
    assert.deepEqual(parsePriceText('R$ 1.759,99'), { amount: 1759.99, currency: 'BRL' });
    assert.deepEqual(parsePriceText('270,00 Kn'), { amount: 270, currency: 'HRK' });
  });

  it('resolves a bare dollar sign with the page currency', () => {
    assert.equal(parsePriceText('$24.990', { currency: 'CLP' })?.currency, 'CLP');
    assert.equal(parsePriceText('$24.990', { currency: 'CLP' })?.amount, 24_990);
    assert.equal(parsePriceText('$5')?.currency, 'USD');
  });

  it('falls back to the page currency when the text names none', () => {
    assert.deepEqual(parsePriceText('25.000', { currency: 'IDR' }), {
      amount: 25_000,
      currency: 'IDR',
    });
    assert.deepEqual(parsePriceText('99'), { amount: 99 });
  });

  it('picks the number written beside the currency', () => {
    assert.equal(parsePriceText('最低價$99元起/包')?.amount, 99);
    assert.equal(parsePriceText('2 for €15,00')?.amount, 15);
  });

  it('reads a range as its low end', () => {
    assert.deepEqual(parsePriceText('352,00 – 376,45 €'), { amount: 352, currency: 'EUR' });
    assert.equal(parsePriceText('Rp 40.000 - Rp 25.000')?.amount, 25_000);
  });

  it('returns undefined for text without an amount or too long to be one price', () => {
    assert.equal(parsePriceText(''), undefined);
    assert.equal(parsePriceText('Harga hubungi penjual'), undefined);
    assert.equal(parsePriceText(`Rp ${'9'.repeat(200)}`), undefined);
  });

  it('stays fast on hostile text', () => {
    const start = performance.now();
    parsePriceText(`1${' '.repeat(10_000)}x`);
    parsePriceText('1.'.repeat(50));
    assert.ok(performance.now() - start < 100);
  });
});

describe('parseStructuredPrice', () => {
  it('reads schema.org decimals with a dot as decimals', () => {
    assert.equal(parseStructuredPrice('23.450'), 23.45);
    assert.equal(parseStructuredPrice('2449.00'), 2449);
  });

  it('still reads the notations shops put there anyway', () => {
    assert.equal(parseStructuredPrice('1.299,00', 'EUR'), 1299);
    assert.equal(parseStructuredPrice('Rp 25.000'), 25_000);
  });
});

describe('detectCurrency', () => {
  it('prefers a written code over a symbol and knows longer symbols first', () => {
    assert.equal(detectCurrency('US$ 12'), 'USD');
    assert.equal(detectCurrency('NT$120'), 'TWD');
    assert.equal(detectCurrency('R$ 10'), 'BRL');
    assert.equal(detectCurrency('12 PLN'), 'PLN');
    assert.equal(detectCurrency('Rs 635,000', 'PKR'), 'PKR');
    assert.equal(detectCurrency('no price here'), undefined);
  });
});
