import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG_VERSION } from './catalog.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';
import { chooseSeparator } from './sniff-csv.js';

const HEADER = 'nama,harga,penjual\n';

/** The one fatal issue a refused input gives, with the empty catalog beside it. */
function refusal(input: unknown, maxLength?: number) {
  const { catalog, issues } = parseCatalogCsv(input as string, { maxLength });
  assert.deepEqual(catalog, { version: CATALOG_VERSION, title: '', sellers: [], products: [] });
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]!.path, []);
  assert.equal(issues[0]!.severity, 'fatal');
  return issues[0]!;
}

const BINARY = {
  id: 'Berkas ini bukan teks CSV (mungkin berkas Excel atau ZIP). Simpan sebagai "CSV UTF-8" lalu coba lagi.',
  en: 'This file is not CSV text (perhaps an Excel or ZIP file). Save it as "CSV UTF-8" and try again.',
};
const JSON_FILE = {
  id: 'Berkas ini berisi JSON, bukan CSV: muat sebagai katalog JSON.',
  en: 'This file holds JSON, not CSV: load it as a JSON catalog.',
};
const WEB_PAGE = {
  id: 'Ini halaman web (HTML), bukan CSV. Di Google Sheets pilih Bagikan → Publikasikan ke web → format CSV, lalu pakai tautan itu.',
  en: 'This is a web page (HTML), not CSV. In Google Sheets choose Share → Publish to web → CSV format, and use that link.',
};

describe('refusing what is not CSV text', () => {
  it('names the type it got instead of text', () => {
    for (const [input, name] of [
      [null, 'null'],
      [42, 'number'],
      [undefined, 'undefined'],
      [{ rows: [] }, 'object'],
    ] as const) {
      const issue = refusal(input);
      assert.equal(issue.code, 'type');
      assert.deepEqual(issue.message, {
        id: `Isi CSV harus berupa teks, bukan ${name}.`,
        en: `CSV content must be text, not ${name}.`,
      });
    }
  });

  it('gives the size of a file over the limit and the limit in MB, and takes one exactly at it', () => {
    const issue = refusal('x'.repeat(1.5 * 1048576), 1048576);
    assert.equal(issue.code, 'size');
    assert.deepEqual(issue.message, {
      id: 'CSV terlalu besar (1.5 MB; maks. 1.0 MB). Bagi menjadi beberapa berkas.',
      en: 'The CSV is too large (1.5 MB; max. 1.0 MB). Split it into several files.',
    });
    const csv = `${HEADER}Kopi,1000,Toko\n`;
    const { catalog, issues } = parseCatalogCsv(csv, { maxLength: csv.length });
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]?.name, 'Kopi');
  });

  it('calls a file of only a BOM, spaces and line breaks empty', () => {
    for (const input of ['', '\uFEFF', '  \n\t\r\n']) {
      assert.deepEqual(refusal(input).message, {
        id: 'Berkas CSV kosong.',
        en: 'The CSV file is empty.',
      });
    }
  });

  it('recognises a spreadsheet saved as .xlsx (a ZIP) even without a NUL byte in the sample', () => {
    const issue = refusal('PK\u0003\u0004xl/workbook.xml');
    assert.equal(issue.code, 'csv.binary');
    assert.deepEqual(issue.message, BINARY);
  });

  it('refuses text with a NUL byte near the start, but not one far into a long file', () => {
    assert.equal(refusal(`${HEADER}Kopi\u0000,1000,Toko\n`).code, 'csv.binary');
    const far = `nama,deskripsi,harga,penjual\nKopi,${'enak '.repeat(900)}\u0000,1000,Toko\n`;
    const { catalog } = parseCatalogCsv(far);
    assert.equal(catalog.products[0]?.name, 'Kopi');
  });

  it('tolerates a few mis-decoded characters but refuses text that is mostly them', () => {
    const few = `${HEADER}Kopi ${'\uFFFD'.repeat(16)},1000,Toko\n`;
    assert.equal(parseCatalogCsv(few).catalog.products.length, 1);
    const many = `${HEADER}Kopi ${'\uFFFD'.repeat(17)},1000,Toko\n`;
    assert.deepEqual(refusal(many).message, BINARY);
  });

  it('sends JSON to the JSON reader, after a BOM or blank lines too', () => {
    for (const input of ['{"version":1}', '\uFEFF{"version":1}', '\n  [{"nama":"Kopi"}]']) {
      const issue = refusal(input);
      assert.equal(issue.code, 'csv.json');
      assert.deepEqual(issue.message, JSON_FILE);
    }
  });

  it('recognises a web page however its first tag is written', () => {
    for (const input of [
      '<!DOCTYPE html><html></html>',
      '<!doctype html>',
      '<HTML lang="id">',
      '<head><title>Sheet</title></head>',
      '<body>Sheet</body>',
      '<?xml version="1.0"?><feed/>',
      '\uFEFF\n<html>',
    ]) {
      const issue = refusal(input);
      assert.equal(issue.code, 'csv.html', input);
      assert.deepEqual(issue.message, WEB_PAGE);
    }
  });

  it('reads a CSV whose cells hold tags, brackets or braces further down', () => {
    const csv = `${HEADER}<body> scrub,1000,Toko\n{Paket} [Hemat],2000,Toko\n`;
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['<body> scrub', '{Paket} [Hemat]'],
    );
  });
});

describe('chooseSeparator', () => {
  it('picks the separator that splits the header into catalog columns', () => {
    assert.equal(chooseSeparator('nama,harga,penjual\nKopi,1000,Toko\n'), ',');
    assert.equal(chooseSeparator('nama;harga;penjual\nKopi;Rp 1.000,00;Toko\n'), ';');
    assert.equal(chooseSeparator('nama\tharga\tpenjual\nKopi\t1000\tToko\n'), '\t');
  });

  it('prefers a complete header over one that names more columns but lacks a required one', () => {
    // Split by ",", the header names four columns but no name, price or seller; split by ";"
    // it names those three.
    const text =
      'deskripsi,satuan,kategori,foto,stok;nama;harga;penjual\nx,y,z,w,1;Kopi;1000;Toko\n';
    assert.equal(chooseSeparator(text), ';');
  });

  it('keeps the separator that finds the header over one that only splits it into more cells', () => {
    const text =
      'nama,harga,penjual,Keterangan (pisahkan dengan ; misal: pedas; manis; asin; gurih)\nKopi,1000,Toko,pahit\n';
    assert.equal(chooseSeparator(text), ',');
  });

  it('looks for the header below a title row in each separator', () => {
    const text = 'Daftar produk; Desember 2026\n\nNama;Harga;Penjual\nKopi;1000;Toko\n';
    assert.equal(chooseSeparator(text), ';');
  });

  it('when no separator finds a header, takes the one that splits the first row widest', () => {
    assert.equal(chooseSeparator('a;b;c;d\n1;2;3;4\n'), ';');
    assert.equal(chooseSeparator('a\tb\tc\n1\t2\t3\n'), '\t');
    assert.equal(chooseSeparator('a,b;c\n'), ',');
  });
});
