import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalogCsv } from './parse-catalog-csv.js';
import { repairRegionCode, unquoteNumber } from './csv-table.js';

describe('cells as a spreadsheet exports them', () => {
  it('drops the apostrophe that keeps a number as text, only before a digit or +', () => {
    const csv =
      "kode,nama,harga,penjual,whatsapp,stok\n'007,Kopi,'25000,Toko,'+62 812-1111-2222,'12\n";
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    const [product] = catalog.products;
    assert.deepEqual([product?.id, product?.price, product?.stock], ['007', 25000, 12]);
    assert.equal(catalog.sellers[0]?.whatsapp, '6281211112222');
    assert.equal(unquoteNumber("'0812"), '0812');
    assert.equal(unquoteNumber("'+62"), '+62');
    assert.equal(unquoteNumber("'Kopi"), "'Kopi");
    assert.equal(unquoteNumber("12'5"), "12'5");
  });

  it('puts back the zero a spreadsheet took from a kabupaten/kota code', () => {
    const csv =
      'nama,harga,penjual,wilayah\n' +
      'A,1000,Toko,33.1\n' +
      'B,1000,Toko,"33,1"\n' +
      'C,1000,Toko,"33,72"\n' +
      "D,1000,Toko,'3372\n" +
      'E,1000,Toko,33.10\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => p.origin?.code),
      ['33.10', '33.10', '33.72', '33.72', '33.10'],
    );
  });

  it('repairs only a two-digit province with a one- or two-digit kabupaten', () => {
    assert.equal(repairRegionCode('33.1'), '33.10');
    assert.equal(repairRegionCode('33,1'), '33.10');
    assert.equal(repairRegionCode('33,72'), '33.72');
    assert.equal(repairRegionCode("'33.1"), '33.10');
    for (const other of ['3,1', '133,1', '33,723', '33.72', '133.1', '33.1.2', 'x33.1', '33.1x']) {
      assert.equal(repairRegionCode(other), other, other);
    }
  });

  it('reports a code that cannot be repaired as written', () => {
    const csv = 'nama,harga,penjual,wilayah\nA,1000,Toko,"3,1"\nB,1000,Toko,133.1\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 2);
    assert.deepEqual(
      issues.map((i) => [i.path, i.message.en]),
      [
        [
          ['rows', 2, 'wilayah'],
          'Row 2: region code “3,1” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.',
        ],
        [
          ['rows', 3, 'wilayah'],
          'Row 3: region code “133.1” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.',
        ],
      ],
    );
  });
});

describe('columns that mean the same', () => {
  it('takes each row’s first filled-in cell among them, trimmed', () => {
    const csv =
      'nama,Nama Produk,harga,Harga (Rp),penjual\n' +
      ',  Kopi Gayo ,,25.000,Toko\n' +
      'Teh,Teh Tubruk,1000,2000,Toko\n' +
      ' , Gula , , 3000 ,Toko\n';
    const { catalog } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.price]),
      [
        ['Kopi Gayo', 25000],
        ['Teh', 1000],
        ['Gula', 3000],
      ],
    );
  });

  it('places an issue at the column it came from, as its header is written', () => {
    const csv = 'Nama,Price,harga,penjual\nKopi,mahal,,Toko\n';
    const { issues } = parseCatalogCsv(csv);
    const price = issues.find((i) => i.code === 'invalid');
    assert.deepEqual(price?.path, ['rows', 2, 'Price']);
  });

  it('places it at the second of two such columns when the value was read from there', () => {
    const csv =
      'Nama,Price,harga,kategori,Category,penjual,wilayah,region\n' +
      'Kopi,,mahal,,perkakas,Toko,,99.99\n' +
      'Teh,murah,,otomotif,,Toko,77.77,\n';
    const { issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      issues
        .filter((i) => i.path[1] !== 1)
        .map((i) => [i.code, i.path])
        .sort((a, b) => String(a).localeCompare(String(b))),
      [
        ['category.unknown', ['rows', 2, 'Category']],
        ['category.unknown', ['rows', 3, 'kategori']],
        ['invalid', ['rows', 2, 'harga']],
        ['invalid', ['rows', 3, 'Price']],
        ['region.unknown', ['rows', 2, 'region']],
        ['region.unknown', ['rows', 3, 'wilayah']],
      ],
    );
  });
});
