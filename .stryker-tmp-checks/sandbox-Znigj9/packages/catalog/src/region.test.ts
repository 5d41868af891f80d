// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  KABUPATEN_KOTA,
  PROVINCES,
  REGION_CODE_PATTERN,
  findRegion,
  kabupatenKotaOf,
  normalizeRegionCode,
} from './region.js';

describe('PROVINCES and KABUPATEN_KOTA', () => {
  it('list the 38 provinces and 514 kabupaten/kota of Indonesia', () => {
    assert.equal(PROVINCES.length, 38);
    assert.equal(KABUPATEN_KOTA.length, 514);
  });

  it('hold codes of the right form and level, in code order, each once', () => {
    for (const p of PROVINCES) {
      assert.match(p.code, /^\d{2}$/);
      assert.equal(p.level, 'provinsi');
      assert.equal(p.provinceCode, p.code);
    }
    for (const k of KABUPATEN_KOTA) {
      assert.match(k.code, /^\d{2}\.\d{2}$/);
      assert.equal(k.level, 'kabupaten-kota');
      assert.equal(k.provinceCode, k.code.slice(0, 2));
      assert.match(k.name, /^(Kabupaten|Kota) /);
    }
    for (const list of [PROVINCES, KABUPATEN_KOTA]) {
      const codes = list.map((r) => r.code);
      assert.deepEqual(codes, [...codes].sort());
      assert.equal(new Set(codes).size, codes.length);
    }
  });

  it('place every kabupaten/kota in a listed province, and give every province some', () => {
    const provinceCodes = new Set(PROVINCES.map((p) => p.code));
    for (const k of KABUPATEN_KOTA) assert.ok(provinceCodes.has(k.provinceCode), k.code);
    for (const p of PROVINCES) assert.ok(kabupatenKotaOf(p.code).length > 0, p.name);
  });
});

describe('findRegion', () => {
  it('finds a kabupaten/kota by its dotted code', () => {
    assert.deepEqual(findRegion('33.72'), {
      code: '33.72',
      name: 'Kota Surakarta',
      level: 'kabupaten-kota',
      provinceCode: '33',
    });
  });

  it('finds the same kabupaten/kota by the undotted code spreadsheets hold', () => {
    assert.equal(findRegion('3372')?.name, 'Kota Surakarta');
    assert.equal(findRegion(' 3372 ')?.code, '33.72');
  });

  it('finds a province by its two-digit code', () => {
    assert.equal(findRegion('33')?.name, 'Jawa Tengah');
    assert.equal(findRegion('34')?.name, 'Daerah Istimewa Yogyakarta');
    assert.equal(findRegion('96')?.name, 'Papua Barat Daya');
  });

  it('keeps the leading zero of a kabupaten/kota number', () => {
    assert.equal(findRegion('33.10')?.name, 'Kabupaten Klaten');
    assert.equal(findRegion('33.1'), undefined);
  });

  it('returns undefined for unknown or malformed codes', () => {
    for (const code of ['99', '33.99', '00.00', '', 'Solo', '33.72.01', '337', '33 72']) {
      assert.equal(findRegion(code), undefined, JSON.stringify(code));
    }
  });

  it('does not find Object.prototype members', () => {
    assert.equal(findRegion('constructor'), undefined);
    assert.equal(findRegion('__proto__'), undefined);
  });
});

describe('kabupatenKotaOf', () => {
  it('lists the five kabupaten/kota of DI Yogyakarta', () => {
    assert.deepEqual(
      kabupatenKotaOf('34').map((r) => r.name),
      [
        'Kabupaten Kulon Progo',
        'Kabupaten Bantul',
        'Kabupaten Gunungkidul',
        'Kabupaten Sleman',
        'Kota Yogyakarta',
      ],
    );
  });

  it('lists only kabupaten/kota of the given province', () => {
    const jateng = kabupatenKotaOf('33');
    assert.equal(jateng.length, 35);
    assert.ok(jateng.every((r) => r.provinceCode === '33'));
  });

  it('returns an empty list for an unknown province', () => {
    assert.deepEqual(kabupatenKotaOf('99'), []);
    assert.deepEqual(kabupatenKotaOf('3'), []);
  });
});

describe('normalizeRegionCode', () => {
  it('dots a four-digit code and trims', () => {
    assert.equal(normalizeRegionCode('3372'), '33.72');
    assert.equal(normalizeRegionCode(' 33.72 '), '33.72');
  });

  it('leaves anything else as it is', () => {
    assert.equal(normalizeRegionCode('33'), '33');
    assert.equal(normalizeRegionCode('337201'), '337201');
    assert.equal(normalizeRegionCode('Solo'), 'Solo');
  });
});

describe('REGION_CODE_PATTERN', () => {
  it('matches province and kabupaten/kota codes only', () => {
    for (const code of ['33', '33.72']) assert.match(code, REGION_CODE_PATTERN);
    for (const code of ['3', '3372', '33.7', '33.720', ' 33', '33-72'])
      assert.doesNotMatch(code, REGION_CODE_PATTERN);
  });
});
