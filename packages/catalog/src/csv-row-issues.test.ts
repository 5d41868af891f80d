import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CatalogIssue } from './catalog-issue.js';
import type { CsvField } from './csv-columns.js';
import { rowOf, toRowIssue } from './csv-row-issues.js';
import type { RowMapping } from './csv-row-issues.js';
import type { Source } from './csv-rows-to-catalog.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';

/** Each issue as [path, code, severity]. */
function placed(csv: string) {
  return parseCatalogCsv(csv).issues.map((i) => [i.path, i.code, i.severity]);
}

describe('product issues at their row and column', () => {
  it('places each field’s issue under the column header as the file writes it', () => {
    const csv =
      'Nama Barang,HARGA,Toko,Satuan,Keterangan,Gambar,Lokal,Label,Stock,Tanggal,Shopee\n' +
      `Kopi,1000,Toko,${'x'.repeat(41)},${'d'.repeat(5001)},javascript:alert(1),mungkin,${'t'.repeat(41)},-3,kemarin,shopee.co.id/kopi\n` +
      `${'N'.repeat(201)},1000,Toko,,,,,,,,\n`;
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.unit, p.description, p.images, p.tags, p.stock]),
      [['Kopi', undefined, '', [], [], undefined]],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.severity]),
      [
        [['rows', 2, 'Keterangan'], 'too-long', 'warning'],
        [['rows', 2, 'Satuan'], 'too-long', 'warning'],
        [['rows', 2, 'Gambar'], 'url.unsafe', 'warning'],
        [['rows', 2, 'Lokal'], 'type.boolean', 'warning'],
        [['rows', 2, 'Shopee'], 'url.http', 'warning'],
        [['rows', 2, 'Label'], 'too-long', 'warning'],
        [['rows', 2, 'Stock'], 'negative', 'warning'],
        [['rows', 2, 'Tanggal'], 'date.format', 'warning'],
        [['rows', 3, 'Nama Barang'], 'too-long', 'error'],
      ],
    );
    assert.deepEqual(issues[1]!.message, {
      id: 'Baris 2 “Kopi”: Satuan terlalu panjang (maks. 40 karakter). Bagian ini diabaikan.',
      en: 'Row 2 “Kopi”: Unit is too long (max. 40 characters). This part was ignored.',
    });
    assert.equal(
      issues[8]!.message.en,
      `Row 3 “${'N'.repeat(60)}”: Name is too long (max. 200 characters). This product was skipped.`,
    );
  });

  it('names the row alone when the product has no name', () => {
    const { issues } = parseCatalogCsv('nama,harga,penjual\n,1000,Toko\n');
    assert.deepEqual(issues, [
      {
        path: ['rows', 2, 'nama'],
        code: 'required',
        severity: 'error',
        message: {
          id: 'Baris 2: Nama tidak boleh kosong. Produk ini dilewati.',
          en: 'Row 2: Name cannot be empty. This product was skipped.',
        },
      },
    ]);
  });

  it('places a missing seller at the seller column', () => {
    const { issues } = parseCatalogCsv('nama,harga,Nama Toko\nKopi,1000,\n');
    assert.deepEqual(issues, [
      {
        path: ['rows', 2, 'Nama Toko'],
        code: 'required',
        severity: 'error',
        message: {
          id: 'Baris 2 “Kopi”: Penjual wajib diisi. Produk ini dilewati.',
          en: 'Row 2 “Kopi”: Seller is required. This product was skipped.',
        },
      },
    ]);
  });
});

describe('prices in the words of a spreadsheet', () => {
  it('quotes an unreadable price, cut to 40 characters, with examples', () => {
    const written = 'harganya sekitar dua puluh lima ribu rupiah saja ya kak';
    const { issues } = parseCatalogCsv(`nama,harga,penjual\nKopi,${written},Toko\n`);
    assert.deepEqual(issues, [
      {
        path: ['rows', 2, 'harga'],
        code: 'invalid',
        severity: 'error',
        message: {
          id: 'Baris 2 “Kopi”: harga “harganya sekitar dua puluh lima ribu rup” tidak terbaca; tulis seperti 25000, Rp25.000 atau Rp25.000 - Rp40.000. Produk ini dilewati.',
          en: 'Row 2 “Kopi”: price “harganya sekitar dua puluh lima ribu rup” cannot be read; write it like 25000, Rp25.000 or Rp25.000 - Rp40.000. This product was skipped.',
        },
      },
    ]);
  });

  it('says a negative price cannot be negative, in both languages', () => {
    const { issues } = parseCatalogCsv('nama,harga,penjual\nKopi,-Rp5.000,Toko\nTeh,- 2000,Toko\n');
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [
        [
          ['rows', 2, 'harga'],
          {
            id: 'Baris 2 “Kopi”: harga tidak boleh negatif. Produk ini dilewati.',
            en: 'Row 2 “Kopi”: the price cannot be negative. This product was skipped.',
          },
        ],
        [
          ['rows', 3, 'harga'],
          {
            id: 'Baris 3 “Teh”: harga tidak boleh negatif. Produk ini dilewati.',
            en: 'Row 3 “Teh”: the price cannot be negative. This product was skipped.',
          },
        ],
      ],
    );
  });

  it('calls only a minus before a number negative, however the number is written', () => {
    const prices = ['-', '-5000', '-Rp. 5.000', '-RP5.000', '-rp 5', '-x5', 'Rp5.000 diskon -10%'];
    const csv = `nama,harga,penjual\n${prices.map((p, i) => `P${i},${p},Toko`).join('\n')}\n`;
    const negative = 'the price cannot be negative';
    assert.deepEqual(
      parseCatalogCsv(csv).issues.map((i) => i.message.en.includes(negative)),
      [false, true, true, true, true, false, false],
    );
  });

  it('keeps the reader’s own words for an empty price and a reversed range', () => {
    const { issues } = parseCatalogCsv(
      'nama,harga,penjual\nKopi,,Toko\nTeh,Rp40.000 - Rp25.000,Toko\n',
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.message.en]),
      [
        [
          ['rows', 2, 'harga'],
          'required',
          'Row 2 “Kopi”: Price is required. This product was skipped.',
        ],
        [
          ['rows', 3, 'harga'],
          'price.range',
          'Row 3 “Teh”: The highest price cannot be below the lowest price. This product was skipped.',
        ],
      ],
    );
  });
});

describe('seller issues at the row the value came from', () => {
  it('names the later row a seller detail was taken from, and its column', () => {
    const csv =
      'nama,harga,penjual,whatsapp,situs_web,logo,toko_shopee,deskripsi_penjual\n' +
      'Kopi,1000,Toko,,,,,\n' +
      'Teh,2000,Toko,12,kopi.id,javascript:x,ftp://shopee,\n' +
      `Gula,1000,Pasar,0812-1111-2222,https://pasar.id,,,${'x'.repeat(2001)}\n`;
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 3);
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.severity]),
      [
        [['rows', 3, 'whatsapp'], 'whatsapp.format', 'warning'],
        [['rows', 3, 'toko_shopee'], 'url.http', 'warning'],
        [['rows', 3, 'situs_web'], 'url.http', 'warning'],
        [['rows', 3, 'logo'], 'url.unsafe', 'warning'],
        [['rows', 4, 'deskripsi_penjual'], 'too-long', 'warning'],
      ],
    );
    assert.deepEqual(issues[0]!.message, {
      id: 'Baris 3, penjual “Toko”: Nomor WhatsApp tidak dikenali; tulis seperti 0812-3456-7890. Bagian ini diabaikan.',
      en: 'Row 3, seller “Toko”: WhatsApp number is not recognised; write it like 0812-3456-7890. This part was ignored.',
    });
    assert.deepEqual(issues[4]!.message, {
      id: 'Baris 4, penjual “Pasar”: Deskripsi terlalu panjang (maks. 2000 karakter). Bagian ini diabaikan.',
      en: 'Row 4, seller “Pasar”: Description is too long (max. 2000 characters). This part was ignored.',
    });
  });

  it('places a seller without a name at its first row’s seller column', () => {
    const csv = 'nama,harga,penjual,id_penjual\nKopi,1000,,T1\n';
    const { issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, [
      {
        path: ['rows', 2, 'penjual'],
        code: 'required',
        severity: 'error',
        message: {
          id: 'Baris 2, penjual: Nama tidak boleh kosong. Penjual ini dilewati.',
          en: 'Row 2, seller: Name cannot be empty. This seller was skipped.',
        },
      },
      {
        path: ['rows', 2, 'penjual'],
        code: 'seller.unknown',
        severity: 'error',
        message: {
          id: 'Baris 2 “Kopi”: data penjual tidak sah (lihat baris 2); produk ini dilewati.',
          en: "Row 2 “Kopi”: the seller's details are not valid (see row 2); this product was skipped.",
        },
      },
    ]);
  });

  it('points the products of a seller with a bad id at the seller’s row, not at their own seller cell', () => {
    const csv =
      'nama,harga,penjual,id_penjual\nKopi,1000,Toko,TOKO 1\nTeh,1000,Toko,TOKO 1\nGula,1000,Toko Lain,\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.name, p.sellerId]),
      [['Gula', 'toko-lain']],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.message.en]),
      [
        [
          ['rows', 2, 'id_penjual'],
          'id.format',
          'Row 2, seller “Toko”: ID may only hold letters, digits, dots, underscores and hyphens (max. 80). This seller was skipped.',
        ],
        [
          ['rows', 2, 'penjual'],
          'id.format',
          "Row 2 “Kopi”: the seller's details are not valid (see row 2); this product was skipped.",
        ],
        [
          ['rows', 3, 'penjual'],
          'id.format',
          "Row 3 “Teh”: the seller's details are not valid (see row 2); this product was skipped.",
        ],
      ],
    );
  });
});

describe('the order of issues', () => {
  it('lists issues from the top of the sheet down, whichever check found them', () => {
    const csv =
      'nama,harga,penjual,wilayah,Catatan\n' +
      'Kopi,1000,Toko,99.99,\n' +
      'Teh,mahal,Toko,,\n' +
      'Gula,1000,Toko,,\n' +
      '"Garam,1000,Toko,,\n';
    assert.deepEqual(placed(csv), [
      [['rows', 1], 'csv.header.unknown', 'warning'],
      [['rows', 2, 'wilayah'], 'region.unknown', 'warning'],
      [['rows', 3, 'harga'], 'invalid', 'error'],
      [['rows', 5], 'csv.quotes', 'warning'],
    ]);
  });
});

// The catalog reader's issues that parseCatalogCsv cannot produce today, because the CSV
// reader checks those cells itself first (produce columns, region codes, derived ids): if
// that ever changes, the issue must still land on the cell to fix.
describe('toRowIssue on issues the CSV checks catch first today', () => {
  const HEADERS: Partial<Record<CsvField, string>> = {
    name: 'Nama',
    price: 'Harga',
    category: 'Kategori',
    seller: 'Penjual',
    region: 'Wilayah',
    minOrder: 'Min Order',
    priceTiers: 'Harga Grosir',
    harvestedAt: 'Tanggal Panen',
    bestBefore: 'Baik Sebelum',
    season: 'Musim',
    preOrderReadyAt: 'Siap Tanggal',
    preOrderOrderBy: 'Pesan Sebelum',
    preOrderQuota: 'Kuota',
    pickup: 'Ambil Di',
    deliveryAreas: 'Kirim Ke',
    'link.shopee': 'Shopee',
  };
  const mapping = (
    headers: Partial<Record<CsvField, string>>,
    sources: ReadonlyMap<string, Source> = new Map(),
  ): RowMapping => ({
    productRow: (i) => i + 2,
    productLabel: (i) => ({ id: `Baris ${i + 2}`, en: `Row ${i + 2}` }),
    productPrice: () => '',
    productSeller: () => -1,
    sellerSource: (_, key) => sources.get(key),
    sellerFirstRow: () => 4,
    sellerLabel: (_, row) => ({ id: `Baris ${row}, penjual`, en: `Row ${row}, seller` }),
    headerOf: (field) => headers[field],
  });
  const issue = (...path: (string | number)[]): CatalogIssue => ({
    path,
    code: 'invalid',
    severity: 'warning',
    message: { id: 'Baris 4, penjual: salah.', en: 'Row 4, seller: wrong.' },
  });

  it('places every product field at its column', () => {
    const cases: [(string | number)[], string | undefined][] = [
      [['category'], 'Kategori'],
      [['minOrder'], 'Min Order'],
      [['priceTiers', 1, 'price'], 'Harga Grosir'],
      [['harvestedAt'], 'Tanggal Panen'],
      [['bestBefore'], 'Baik Sebelum'],
      [['season', 0], 'Musim'],
      [['preOrder', 'readyAt'], 'Siap Tanggal'],
      [['preOrder', 'orderBy'], 'Pesan Sebelum'],
      [['preOrder', 'quota'], 'Kuota'],
      [['pickup', 0, 'name'], 'Ambil Di'],
      [['deliveryAreas', 3], 'Kirim Ke'],
      [['origin', 'code'], 'Wilayah'],
      [['links', 'shopee'], 'Shopee'],
      [['links', 'toko-sebelah'], undefined],
      [['certifications', 0, 'number'], undefined],
    ];
    for (const [rest, header] of cases) {
      const placed = toRowIssue(issue('products', 1, ...rest), mapping(HEADERS));
      assert.deepEqual(placed.path, header ? ['rows', 3, header] : ['rows', 3], rest.join('.'));
      assert.deepEqual(placed.message, issue().message);
    }
  });

  it('rewords only the price among fields the reader calls invalid', () => {
    const priced = { ...mapping({ ...HEADERS, unit: 'Satuan' }), productPrice: () => 'mahal' };
    const unit = toRowIssue(issue('products', 0, 'unit'), priced);
    assert.deepEqual(unit.path, ['rows', 2, 'Satuan']);
    assert.deepEqual(unit.message, issue().message);
    const price = toRowIssue(issue('products', 0, 'price'), priced);
    assert.match(price.message.en, /^Row 2: price “mahal” cannot be read;/);
  });

  it('places an issue about a derived id at the name it was made from', () => {
    const placed = toRowIssue(issue('products', 0, 'id'), mapping(HEADERS));
    assert.deepEqual(placed.path, ['rows', 2, 'Nama']);
    const noName = toRowIssue(issue('products', 0, 'unit'), mapping(HEADERS));
    assert.deepEqual(noName.path, ['rows', 2]);
  });

  it('places a seller’s id and name at the seller column when they came from no cell', () => {
    const headers = mapping(HEADERS);
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'id'), headers).path, ['rows', 4, 'Penjual']);
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'name'), headers).path, ['rows', 4, 'Penjual']);
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'whatsapp'), headers).path, ['rows', 4]);
    const lostColumn = mapping(HEADERS, new Map([['whatsapp', { row: 4, field: 'whatsapp' }]]));
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'whatsapp'), lostColumn).path, ['rows', 4]);
    const fromIdColumn = mapping(
      { ...HEADERS, sellerId: 'ID Penjual' },
      new Map([['id', { row: 4, field: 'sellerId' }]]),
    );
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'id'), fromIdColumn).path, [
      'rows',
      4,
      'ID Penjual',
    ]);
    const derivedId = mapping(HEADERS, new Map([['id', { row: 4, field: 'sellerId' }]]));
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'id'), derivedId).path, ['rows', 4, 'Penjual']);
    const noSellerColumn = mapping({}, new Map([['id', { row: 4, field: 'sellerId' }]]));
    assert.deepEqual(toRowIssue(issue('sellers', 0, 'id'), noSellerColumn).path, ['rows', 4]);
  });

  it('leaves an issue that is about no product or seller as it is', () => {
    for (const path of [['version'], ['sellers'], ['products', 'x'], ['regions', 0, 'code']]) {
      const unplaced = issue(...path);
      assert.equal(toRowIssue(unplaced, mapping(HEADERS)), unplaced);
    }
  });

  it('sorts an issue that names no row before the rows', () => {
    assert.equal(rowOf(issue('rows', 7, 'Harga')), 7);
    assert.equal(rowOf(issue('rows', 7)), 7);
    assert.equal(rowOf(issue()), 0);
    assert.equal(rowOf(issue('products', 3)), 0);
    assert.equal(rowOf(issue('rows', 'Harga')), 0);
  });
});
