import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalogCsv } from './parse-catalog-csv.js';

const SPELLINGS = {
  nama: 'nama = nama, nama_produk, name, product, produk, product_name, nama_barang',
  harga: 'harga = harga, price',
  penjual: 'penjual = penjual, nama_toko, toko, seller, shop, nama_penjual, seller_name, shop_name',
};

/** The message of the one fatal "missing column" issue a CSV gives. */
function missingColumns(csv: string) {
  const { catalog, issues } = parseCatalogCsv(csv);
  assert.equal(catalog.products.length, 0);
  assert.deepEqual(
    issues.map((i) => [i.path, i.code, i.severity]),
    [[[], 'csv.header.missing', 'fatal']],
  );
  return issues[0]!.message;
}

describe('finding the header row', () => {
  it('finds the header below up to nine notes, however many blank lines sit between them', () => {
    const notes = Array.from({ length: 9 }, (_, i) => `Catatan ${i + 1}\n\n`).join('');
    const { catalog, issues } = parseCatalogCsv(`${notes}nama,harga,penjual\nKopi,1000,Toko\n`);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi'],
    );
    assert.deepEqual(issues, [
      {
        path: ['rows', 19],
        code: 'csv.header.offset',
        severity: 'warning',
        message: {
          id: 'Judul kolom ada di baris 19; 9 baris di atasnya dilewati.',
          en: 'The column headers are on row 19; 9 rows above were skipped.',
        },
      },
    ]);
  });

  it('does not look for the header below ten rows of other text', () => {
    const notes = Array.from({ length: 10 }, (_, i) => `Catatan ${i + 1}\n`).join('');
    const message = missingColumns(`${notes}nama,harga,penjual\nKopi,1000,Toko\n`);
    assert.match(message.id, /^Tidak ada judul kolom katalog di baris-baris teratas CSV\. /);
    assert.match(message.en, /^No row at the top of the CSV is a catalog header\. /);
  });

  it('says "1 row" for a single title row above the header', () => {
    const { issues } = parseCatalogCsv(
      'Daftar Produk UMKM;;\nnama;harga;penjual\nKopi;1000;Toko\n',
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [
        [
          ['rows', 2],
          {
            id: 'Judul kolom ada di baris 2; 1 baris di atasnya dilewati.',
            en: 'The column headers are on row 2; 1 row above was skipped.',
          },
        ],
      ],
    );
  });

  it('takes the first complete header and reads a header repeated further down as a row', () => {
    const csv = 'nama,harga,penjual\nKopi,1000,Toko\nnama,harga,penjual,satuan\nTeh,2000,Toko,kg\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi', 'Teh'],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [
        [['rows', 3], 'csv.cells.extra'],
        [['rows', 3, 'harga'], 'invalid'],
        [['rows', 4], 'csv.cells.extra'],
      ],
    );
  });
});

describe('a header without every required column', () => {
  it('names the one missing column, its English name and its spellings', () => {
    assert.deepEqual(missingColumns('nama,penjual,satuan\nKopi,Toko,kg\n'), {
      id: `Kolom wajib tidak ditemukan: harga. Tulis judul kolom di baris pertama; ejaan yang diterima: ${SPELLINGS.harga}.`,
      en: `Required column missing: harga (price). Put the column headers in the first row; accepted spellings: ${SPELLINGS.harga}.`,
    });
  });

  it('says no top row is a header when none names a catalog column', () => {
    const all = `${SPELLINGS.nama}; ${SPELLINGS.harga}; ${SPELLINGS.penjual}`;
    assert.deepEqual(missingColumns('Merek,Warna\nKopi,hitam\n'), {
      id: `Tidak ada judul kolom katalog di baris-baris teratas CSV. Kolom wajib tidak ditemukan: nama, harga, penjual. Tulis judul kolom di baris pertama; ejaan yang diterima: ${all}.`,
      en: `No row at the top of the CSV is a catalog header. Required columns missing: nama, harga, penjual (name, price, seller). Put the column headers in the first row; accepted spellings: ${all}.`,
    });
  });

  it('judges by the row that names the most columns, below a title too', () => {
    const message = missingColumns('Daftar Produk\nnama,penjual,satuan\nKopi,Toko,kg\n');
    assert.match(message.en, /^Required column missing: harga \(price\)\./);
  });

  it('of two rows naming as many columns, judges by the first', () => {
    const message = missingColumns('nama,deskripsi\npenjual,satuan\nKopi,enak\n');
    assert.match(message.en, /^Required columns missing: harga, penjual \(price, seller\)\./);
  });
});

describe('columns the reader does not use', () => {
  it('lists unknown columns once, each cut to 40 characters', () => {
    const csv =
      'nama,harga,penjual,Catatan penting untuk petugas dinas koperasi dan UMKM\nKopi,1000,Toko,x\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 1);
    assert.deepEqual(issues, [
      {
        path: ['rows', 1],
        code: 'csv.header.unknown',
        severity: 'warning',
        message: {
          id: 'Kolom yang tidak dikenal diabaikan: “Catatan penting untuk petugas dinas kope”.',
          en: 'Unknown column ignored: “Catatan penting untuk petugas dinas kope”.',
        },
      },
    ]);
  });

  it('shows the first 20 unknown columns and an ellipsis for the rest', () => {
    const names = Array.from({ length: 21 }, (_, i) => `Kolom${i + 1}`);
    const { issues } = parseCatalogCsv(`nama,harga,penjual,${names.join(',')}\nKopi,1000,Toko\n`);
    const shown = names
      .slice(0, 20)
      .map((n) => `“${n}”`)
      .join(', ');
    assert.deepEqual(issues[0]?.message, {
      id: `Kolom yang tidak dikenal diabaikan: ${shown}, ….`,
      en: `Unknown columns ignored: ${shown}, ….`,
    });
    const twenty = parseCatalogCsv(
      `nama,harga,penjual,${names.slice(0, 20).join(',')}\nKopi,1000,Toko\n`,
    );
    assert.equal(twenty.issues[0]?.message.en, `Unknown columns ignored: ${shown}.`);
  });

  it('names an untitled column by its number only when a row has data in it', () => {
    const quiet = parseCatalogCsv('nama,harga,penjual,,\nKopi,1000,Toko, ,\n');
    assert.deepEqual(quiet.issues, []);
    const { catalog, issues } = parseCatalogCsv(
      'nama,harga,penjual,,\nTeh,2000,Toko,,\nKopi,1000,Toko,,lebih\n',
    );
    assert.equal(catalog.products.length, 2);
    assert.deepEqual(
      issues.map((i) => [i.path, i.message.id]),
      [[['rows', 1], 'Kolom yang tidak dikenal diabaikan: #5.']],
    );
  });

  it('warns about two columns that mean the same, at the second one, but not about photo or tag columns', () => {
    const csv =
      'nama,harga,penjual,Foto 1,Foto 2,tag,label,No WA,WhatsApp,Harga (Rp)\n' +
      'Kopi,,Toko,https://a.id/1.jpg,https://a.id/2.jpg,kopi,arabika,,0812-1111-2222,25.000\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    const [product] = catalog.products;
    assert.equal(product?.price, 25000);
    assert.deepEqual(
      product?.images.map((i) => i.src),
      ['https://a.id/1.jpg', 'https://a.id/2.jpg'],
    );
    assert.deepEqual(product?.tags, ['kopi', 'arabika']);
    assert.equal(catalog.sellers[0]?.whatsapp, '6281211112222');
    assert.deepEqual(issues, [
      {
        path: ['rows', 1, 'Harga (Rp)'],
        code: 'csv.header.duplicate',
        severity: 'warning',
        message: {
          id: 'Kolom “harga”, “Harga (Rp)” sama-sama berarti “harga”; di tiap baris dipakai yang pertama terisi.',
          en: 'Columns “harga”, “Harga (Rp)” all mean “price”; on each row the first one filled in is used.',
        },
      },
      {
        path: ['rows', 1, 'WhatsApp'],
        code: 'csv.header.duplicate',
        severity: 'warning',
        message: {
          id: 'Kolom “No WA”, “WhatsApp” sama-sama berarti “whatsapp”; di tiap baris dipakai yang pertama terisi.',
          en: 'Columns “No WA”, “WhatsApp” all mean “whatsapp”; on each row the first one filled in is used.',
        },
      },
    ]);
  });
});
