import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatSeason } from './format-season.js';
import { parseIndonesianDate } from './parse-indonesian-date.js';
import { parsePriceTiers, parseQuantity } from './parse-price-tiers.js';
import { parseSeason } from './parse-season.js';

describe('parseIndonesianDate', () => {
  it('reads the ways Indonesian spreadsheets write 12 March 2026, day first', () => {
    for (const text of [
      '12/03/2026',
      '12-03-2026',
      '12.03.2026',
      '12/3/26',
      '12 Maret 2026',
      '12 Mar 2026',
      '12 march 2026',
      '2026-03-12',
      ' 2026-3-12 ',
    ]) {
      assert.equal(parseIndonesianDate(text), '2026-03-12', text);
    }
  });

  it('reads Indonesian month spellings', () => {
    assert.equal(parseIndonesianDate('1 Agustus 2026'), '2026-08-01');
    assert.equal(parseIndonesianDate('1 Agt 2026'), '2026-08-01');
    assert.equal(parseIndonesianDate('17 Okt 2026'), '2026-10-17');
    assert.equal(parseIndonesianDate('3 Nopember 2026'), '2026-11-03');
    assert.equal(parseIndonesianDate('25 Des 2026'), '2026-12-25');
  });

  it('keeps a date-time with its offset as written', () => {
    assert.equal(parseIndonesianDate('2026-03-12T05:00:00+08:00'), '2026-03-12T05:00:00+08:00');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2026',
      '12/13/2026',
      '0/1/2026',
      'kemarin',
      '12 Bulan 2026',
      '2026',
      '',
      '1'.repeat(50),
    ]) {
      assert.equal(parseIndonesianDate(text), undefined, text);
    }
    assert.equal(parseIndonesianDate('29/02/2028'), '2028-02-29');
  });
});

describe('parseSeason', () => {
  it('reads ranges of month names, abbreviations and numbers', () => {
    assert.deepEqual(parseSeason('Okt-Des'), [10, 11, 12]);
    assert.deepEqual(parseSeason('Oktober–Desember'), [10, 11, 12]);
    assert.deepEqual(parseSeason('10-12'), [10, 11, 12]);
    assert.deepEqual(parseSeason('Oktober s/d Desember'), [10, 11, 12]);
  });

  it('wraps a range across the new year and reads lists', () => {
    assert.deepEqual(parseSeason('Nov - Feb'), [1, 2, 11, 12]);
    assert.deepEqual(parseSeason('Jan, Mar, Mei'), [1, 3, 5]);
    assert.deepEqual(parseSeason('Jan-Feb dan Jul-Agu'), [1, 2, 7, 8]);
    assert.equal(parseSeason('sepanjang tahun')?.length, 12);
  });

  it('refuses anything that is not a month', () => {
    for (const text of ['Okt-Bla', '13', '0-3', 'musim hujan', '', 'Jan-Feb-Mar']) {
      assert.equal(parseSeason(text), undefined, text);
    }
  });
});

describe('formatSeason', () => {
  it('writes months as short ranges that parseSeason reads back', () => {
    const cases: [number[], string][] = [
      [[10, 11, 12], 'Okt-Des'],
      [[1, 2, 11, 12], 'Nov-Feb'],
      [[1, 3, 4], 'Jan, Mar-Apr'],
      [[5], 'Mei'],
    ];
    for (const [months, text] of cases) {
      assert.equal(formatSeason(months), text);
      assert.deepEqual(
        parseSeason(text),
        [...months].sort((a, b) => a - b),
      );
    }
    assert.equal(formatSeason([10, 11, 12], 'en', '–'), 'Oct–Dec');
    assert.equal(formatSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'sepanjang tahun');
  });
});

describe('parseQuantity', () => {
  it('reads a number with an optional unit and a decimal comma or point', () => {
    assert.equal(parseQuantity('5'), 5);
    assert.equal(parseQuantity('5 kg'), 5);
    assert.equal(parseQuantity('0,5 kg'), 0.5);
    assert.equal(parseQuantity('2.5'), 2.5);
    assert.equal(parseQuantity('≥ 50 kg'), 50);
    assert.equal(parseQuantity('10 ekor'), 10);
  });

  it('refuses words, zero and negatives', () => {
    for (const text of ['lima', '0', '-2', 'kg 5', ''])
      assert.equal(parseQuantity(text), undefined, text);
  });
});

describe('parsePriceTiers', () => {
  it('reads "10 kg: Rp20.000; 50 kg: Rp18.000" into tiers by quantity', () => {
    assert.deepEqual(parsePriceTiers('50 kg: Rp18.000; 10 kg: Rp20.000'), [
      { minQuantity: 10, price: 20_000 },
      { minQuantity: 50, price: 18_000 },
    ]);
    assert.deepEqual(parsePriceTiers('10 = 20000\n100 = 17.500'), [
      { minQuantity: 10, price: 20_000 },
      { minQuantity: 100, price: 17_500 },
    ]);
    assert.deepEqual(parsePriceTiers('10 kg: Rp20.000/kg'), [{ minQuantity: 10, price: 20_000 }]);
    assert.deepEqual(parsePriceTiers(''), []);
  });

  it('refuses the whole cell when one tier cannot be read', () => {
    assert.equal(parsePriceTiers('10 kg Rp20.000'), undefined);
    assert.equal(parsePriceTiers('10 kg: Rp20.000; banyak: murah'), undefined);
  });
});
