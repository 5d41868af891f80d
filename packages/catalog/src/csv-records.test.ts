import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRecords } from './csv-records.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';

const STRAY_QUOTE = {
  id: 'tanda kutip (") di tengah sel tidak sesuai aturan CSV; tulis "" untuk tanda kutip di dalam teks.',
  en: 'a quote (") inside a cell breaks the CSV rules; write "" for a quote inside text.',
};

describe('splitting the text into rows and cells', () => {
  it('skips a row of spaces but still counts it as a spreadsheet row', () => {
    const { catalog, issues } = parseCatalogCsv(
      'nama,harga,penjual\n  , ,\t\nKopi,1000,Toko\nTeh,x,Toko\n',
    );
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi'],
    );
    assert.deepEqual(
      issues.map((i) => i.path),
      [['rows', 4, 'harga']],
    );
  });

  it('reads a row shorter than the header as having empty cells at the end', () => {
    const csv = 'nama,harga,penjual,deskripsi,satuan\nKopi,1000,Toko\nTeh,2000\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.description, p.unit]),
      [['Kopi', '', undefined]],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [[['rows', 3, 'penjual'], 'required']],
    );
  });

  it('keeps cells as text: leading zeros, long numbers and "true" stay as written', () => {
    const csv = 'kode,nama,harga,penjual,whatsapp,deskripsi\n007,true,1000,Toko,081234567890,1e3\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => [p.id, p.name, p.description]),
      [['007', 'true', '1e3']],
    );
    assert.equal(catalog.sellers[0]?.whatsapp, '6281234567890');
  });

  it('reads a line ending inside a quoted cell as part of the cell, in CR-only files too', () => {
    const csv =
      'nama\rdeskripsi\rharga\rpenjual'.replaceAll('\r', ',') +
      '\rKopi,"Arabika\rGayo",1000,Toko\rTeh,,x,Toko\r';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products[0]?.description, 'Arabika\nGayo');
    assert.deepEqual(
      issues.map((i) => i.path),
      [['rows', 3, 'harga']],
    );
  });

  it('removes the guard apostrophe the writer puts before formula-like text, and spaces around it', () => {
    const csv =
      "nama,harga,penjual,deskripsi\n '=Kopi ,1000,Toko,'+62 asli\n'Teh,2000,Toko,'\t sambal\n";
    const { catalog } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.description]),
      [
        ['=Kopi', '+62 asli'],
        ["'Teh", 'sambal'],
      ],
    );
  });
});

describe('quotes that break the CSV rules', () => {
  it('warns once on the row of a stray quote and keeps reading the rows below', () => {
    const csv =
      'nama,harga,penjual\nKopi,1000,Toko\n"Teh" Melati" dan "Teh" Hijau",2000,Toko\nGula,3000,Toko\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi', 'Teh" Melati" dan "Teh" Hijau', 'Gula'],
    );
    assert.deepEqual(issues, [
      {
        path: ['rows', 3],
        code: 'csv.quotes',
        severity: 'warning',
        message: { id: `Baris 3: ${STRAY_QUOTE.id}`, en: `Row 3: ${STRAY_QUOTE.en}` },
      },
    ]);
  });

  it('says when a quote is never closed, on the row where it opens, and keeps the rows below', () => {
    const { catalog, issues } = parseCatalogCsv(
      'nama,harga,penjual\nA,1000,T\n"B,2000,T\nC,3000,T\n',
    );
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.price]),
      [
        ['A', 1000],
        ['"B', 2000],
        ['C', 3000],
      ],
    );
    const quote = issues.filter((i) => i.code === 'csv.quotes');
    assert.deepEqual(quote, [
      {
        path: ['rows', 3],
        code: 'csv.quotes',
        severity: 'warning',
        message: {
          id: 'Baris 3: tanda kutip (") tidak ditutup. Tanda kutip itu dibaca sebagai huruf biasa; periksa isi baris ini.',
          en: 'Row 3: a quote (") is never closed. It was read as an ordinary character; check this row.',
        },
      },
    ]);
  });

  it('warns about a stray quote in the header row itself', () => {
    const csv = 'nama,harga,penjual,"Catatan" (isi bebas)"\nKopi,1000,Toko,x\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products[0]?.name, 'Kopi');
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.message.en]),
      [
        [['rows', 1], 'csv.header.unknown', 'Unknown column ignored: “Catatan" (isi bebas)”.'],
        [['rows', 1], 'csv.quotes', `Row 1: ${STRAY_QUOTE.en}`],
      ],
    );
  });

  it('does not warn about a stray quote in a title row above the header', () => {
    const csv = '"Daftar Produk" Desember "2026"\nnama,harga,penjual\nKopi,1000,Toko\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products[0]?.name, 'Kopi');
    assert.deepEqual(
      issues.map((i) => i.code),
      ['csv.header.offset'],
    );
  });

  it('takes a quote inside unquoted text (5" display) as part of the text', () => {
    const { catalog, issues } = parseCatalogCsv('nama,harga,penjual\nTablet 5" layar,1000,Toko\n');
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]?.name, 'Tablet 5" layar');
  });
});

describe('cells beyond the headed columns', () => {
  it('counts them per row and names the separator that probably split the text', () => {
    const csv = 'nama,harga,penjual\nKain, tenun,1000,T\n"Kain, batik",2000,T,x, ,y\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kain, batik'],
    );
    const extra = issues.filter((i) => i.code === 'csv.cells.extra');
    assert.deepEqual(
      extra.map((i) => [i.path, i.severity, i.message]),
      [
        [
          ['rows', 2],
          'warning',
          {
            id: 'Baris 2: ada 1 sel di luar kolom berjudul dan diabaikan. Mungkin ada "," dalam teks yang tidak diapit tanda kutip.',
            en: 'Row 2: 1 cell beyond the headed columns was ignored. Perhaps a text holds "," without quotes around it.',
          },
        ],
        [
          ['rows', 3],
          'warning',
          {
            id: 'Baris 3: ada 2 sel di luar kolom berjudul dan diabaikan. Mungkin ada "," dalam teks yang tidak diapit tanda kutip.',
            en: 'Row 3: 2 cells beyond the headed columns were ignored. Perhaps a text holds "," without quotes around it.',
          },
        ],
      ],
    );
  });

  it('names ";" and tab in files split by them', () => {
    const semicolon = parseCatalogCsv('nama;harga;penjual\nKain;1000;T;x\n').issues;
    assert.deepEqual(
      semicolon.map((i) => i.message.en),
      [
        'Row 2: 1 cell beyond the headed columns was ignored. Perhaps a text holds ";" without quotes around it.',
      ],
    );
    const tab = parseCatalogCsv('nama\tharga\tpenjual\nKain\t1000\tT\tx\n').issues;
    assert.deepEqual(
      tab.map((i) => i.message),
      [
        {
          id: 'Baris 2: ada 1 sel di luar kolom berjudul dan diabaikan. Mungkin ada tab dalam teks yang tidak diapit tanda kutip.',
          en: 'Row 2: 1 cell beyond the headed columns was ignored. Perhaps a text holds a tab without quotes around it.',
        },
      ],
    );
  });
});

describe('parseRecords after a quote that is never closed', () => {
  it('reads the quote as a character on its line and goes on from the next line', () => {
    const { data, errors } = parseRecords('a,b\n"multi\nline",2\n"x,1\ny,3\nz,4', ',');
    assert.deepEqual(data, [
      ['a', 'b'],
      ['multi\nline', '2'],
      ['"x', '1'],
      ['y', '3'],
      ['z', '4'],
    ]);
    assert.deepEqual(
      errors.map((e) => [e.code, e.row]),
      [['MissingQuotes', 2]],
    );
  });

  it('keeps a quote opened on the last line, and the row limit of a preview', () => {
    assert.deepEqual(parseRecords('a,b\nc,"d', ',').data, [
      ['a', 'b'],
      ['c', '"d'],
    ]);
    assert.deepEqual(parseRecords('a,b\n"c,1\nd,2\ne,3\n', ',', 3).data, [
      ['a', 'b'],
      ['"c', '1'],
      ['d', '2'],
    ]);
  });
});
