// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldIndonesian, foldWords, respellWords } from './fold-indonesian.js';

describe('foldIndonesian', () => {
  it('lowercases and removes accents', () => {
    assert.equal(foldIndonesian('Saté Ayam ÉNAK Crème'), 'satai ayam enak creme');
  });

  it('folds full-width and ligature forms to plain letters', () => {
    assert.equal(foldIndonesian('ｋｏｐｉ ﬁlter'), 'kopi filter');
  });

  it('reads hyphens, slashes and other punctuation as spaces', () => {
    assert.equal(foldIndonesian('batik-tulis'), 'batik tulis');
    assert.equal(foldIndonesian('  Batik_Tulis/Lasem!! '), 'batik tulis lasem');
  });

  it('drops apostrophes inside words', () => {
    assert.equal(foldIndonesian("Jum'at Berkah"), foldIndonesian('Jumat berkah'));
    assert.equal(foldIndonesian('Ma’ruf'), 'maruf');
  });

  it('folds informal and regional spellings to one form', () => {
    assert.equal(foldIndonesian('Kripik Tempe'), 'keripik tempe');
    assert.equal(foldIndonesian('Sambel Bawang'), 'sambal bawang');
    assert.equal(foldIndonesian('krupuk'), foldIndonesian('kerupuk'));
    assert.equal(foldIndonesian('tempeh'), foldIndonesian('tempe'));
    assert.equal(foldIndonesian('cabe rawit'), foldIndonesian('cabai rawit'));
    assert.equal(foldIndonesian('telor asin'), foldIndonesian('telur asin'));
  });

  it('modernises old spelling', () => {
    assert.equal(foldIndonesian('Djamoe'), 'jamu');
    assert.equal(foldIndonesian('Kecap Tjap Orang'), 'kecap cap orang');
    assert.equal(foldIndonesian('Soerabaja'), 'surabaja');
    assert.equal(foldIndonesian('Achir'), foldIndonesian('akhir'));
    assert.equal(foldIndonesian('Njonja'), 'nyonya');
  });

  it('folds the ways people write Yogyakarta to one word', () => {
    const expected = 'yogyakarta';
    for (const spelling of ['Yogyakarta', 'Jogja', 'Yogya', 'Djokdja', 'Jogjakarta']) {
      assert.equal(foldIndonesian(spelling), expected, spelling);
    }
  });

  it('keeps words that only look like variants', () => {
    assert.equal(foldIndonesian('panjang senja'), 'panjang senja');
    assert.equal(foldIndonesian('the teh lombok'), 'the teh lombok');
  });

  it('shortens runs of one letter', () => {
    assert.equal(foldIndonesian('kopiii enakkk'), 'kopi enak');
    assert.equal(foldIndonesian('Kaasstengel'), foldIndonesian('kastengel'));
  });

  it('reads "oleh2" as "oleh-oleh"', () => {
    assert.equal(foldIndonesian('oleh2 khas'), foldIndonesian('oleh-oleh khas'));
  });

  it('splits numbers from units', () => {
    assert.equal(foldIndonesian('Kopi 250gr'), 'kopi 250 gr');
  });

  it('returns an empty string when nothing searchable is left', () => {
    assert.equal(foldIndonesian(''), '');
    assert.equal(foldIndonesian('🍜🔥 !!! (.*+?)'), '');
  });

  it('never throws on strange input', () => {
    const inputs = [
      '\uD800',
      '\u0000\u200B',
      'a'.repeat(10_000),
      '🇮🇩'.repeat(2_000),
      'ب ت ث',
      '(?<',
    ];
    for (const input of inputs) assert.equal(typeof foldIndonesian(input), 'string');
  });

  it('gives the same words on a second pass over real product names', () => {
    const names = ['Kripik Tempe Djogja', 'Batik Tulis Lasem', 'Sambel Bawang Pedas', 'Oleh2 Solo'];
    for (const name of names)
      assert.equal(foldIndonesian(foldIndonesian(name)), foldIndonesian(name));
  });
});

describe('foldWords', () => {
  it('returns the folded words in order', () => {
    assert.deepEqual(foldWords('Kripik-Tempe, 250gr'), ['keripik', 'tempe', '250', 'gr']);
  });
});

describe('respellWords', () => {
  it('applies every rule except the variant table', () => {
    assert.deepEqual(respellWords('Kripik Djogja Saté'), ['kripik', 'jogja', 'sate']);
  });
});
