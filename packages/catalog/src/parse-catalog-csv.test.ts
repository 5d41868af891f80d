import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalogCsv } from './parse-catalog-csv.js';

describe('parseCatalogCsv', () => {
  it('reads a ;-separated CSV with a BOM, CRLF, Indonesian headers and a multi-line quoted description', () => {
    const csv =
      '\uFEFFNama Produk;Deskripsi;Harga;Satuan;Kategori;Nama Toko;No WA;Kode Wilayah;Produk Lokal\r\n' +
      'Keripik Tempe;"Renyah; gurih.\r\nTanpa pengawet, ""asli"".";Rp 25.000,00;250 g;Makanan;Bu Sri;0812-3456-7890;3372;ya\r\n' +
      'Batik Tulis;Motif parang;Rp250.000 - Rp400.000;lembar;Fesyen;Bu Sri;0812-3456-7890;33.72;tidak\r\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(catalog.sellers, [
      {
        id: 'bu-sri',
        name: 'Bu Sri',
        whatsapp: '6281234567890',
        region: { code: '33.72', name: 'Kota Surakarta' },
      },
    ]);
    assert.deepEqual(catalog.products, [
      {
        id: 'keripik-tempe',
        name: 'Keripik Tempe',
        description: 'Renyah; gurih.\nTanpa pengawet, "asli".',
        category: 'kuliner',
        price: 25000,
        unit: '250 g',
        images: [],
        sellerId: 'bu-sri',
        origin: { code: '33.72', name: 'Kota Surakarta' },
        madeLocally: true,
        tags: [],
      },
      {
        id: 'batik-tulis',
        name: 'Batik Tulis',
        description: 'Motif parang',
        category: 'fashion',
        price: { min: 250000, max: 400000 },
        unit: 'lembar',
        images: [],
        sellerId: 'bu-sri',
        origin: { code: '33.72', name: 'Kota Surakarta' },
        madeLocally: false,
        tags: [],
      },
    ]);
  });

  it('reads English headers in any case, spacing and order', () => {
    const csv =
      'SELLER,Region-Code,made_locally,Tags,Stock,Updated At,Product,PRICE,Category,Unit,SKU\n' +
      'Kopi Gayo Coop,11.17,yes,"kopi, #arabika",1.200,2026-11-28,Arabica Gayo,95000,Food,per 250 g,KG-250\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    const [product] = catalog.products;
    assert.equal(product?.id, 'KG-250');
    assert.equal(product?.name, 'Arabica Gayo');
    assert.equal(product?.price, 95000);
    assert.equal(product?.category, 'kuliner');
    assert.equal(product?.unit, 'per 250 g');
    assert.equal(product?.madeLocally, true);
    assert.deepEqual(product?.tags, ['kopi', 'arabika']);
    assert.equal(product?.stock, 1200);
    assert.equal(product?.updatedAt, '2026-11-28');
    assert.equal(product?.origin?.code, '11.17');
    assert.equal(catalog.sellers[0]?.name, 'Kopi Gayo Coop');
  });

  it('reads the WhatsApp column named like the other seller columns (whatsapp_penjual)', () => {
    for (const header of ['whatsapp_penjual', 'WA Penjual', 'seller_whatsapp']) {
      const { catalog, issues } = parseCatalogCsv(
        `nama,harga,penjual,wilayah_penjual,${header}\nKopi,25000,Bu Sri,33.72,0812-3456-7890\n`,
      );
      assert.deepEqual(issues, [], header);
      assert.equal(catalog.sellers[0]!.whatsapp, '6281234567890', header);
    }
  });

  it('detects a tab separator', () => {
    const csv = 'nama\tharga\tpenjual\nGula Aren\t18000\tPak Udin\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]?.name, 'Gula Aren');
    assert.equal(catalog.products[0]?.price, 18000);
  });

  it('reads prices as people write them', () => {
    const csv =
      'nama;harga;penjual\n' +
      'A;Rp25.000;Toko\n' +
      'B;25.000;Toko\n' +
      'C;25000;Toko\n' +
      'D;Rp 25.000,00;Toko\n' +
      'E;Rp25.000 - Rp40.000;Toko\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => p.price),
      [25000, 25000, 25000, 25000, { min: 25000, max: 40000 }],
    );
  });

  it('skips blank lines and trailing empty columns but counts blank lines as rows', () => {
    const csv =
      'nama,harga,penjual,,\n' +
      '\n' +
      'Sambal Roa,35000,Dapur Manado,,\n' +
      ',,,,\n' +
      'Sambal Bawang,,Dapur Manado,,\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Sambal Roa'],
    );
    assert.equal(issues.length, 1);
    assert.deepEqual(issues[0]?.path, ['rows', 5, 'harga']);
  });

  it('explains a price it cannot use in the words of a spreadsheet', () => {
    const csv = 'nama,harga,penjual\nA,sekitar 25rb,T\nB,-5000,T\nC,Rp40.000 - Rp25.000,T\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 0);
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [
        [['rows', 2, 'harga'], 'invalid'],
        [['rows', 3, 'harga'], 'invalid'],
        [['rows', 4, 'harga'], 'price.range'],
      ],
    );
    assert.match(
      issues[0]!.message.id,
      /^Baris 2 “A”: harga “sekitar 25rb” tidak terbaca; tulis seperti/,
    );
    assert.match(issues[1]!.message.en, /^Row 3 “B”: the price cannot be negative/);
    assert.match(issues[2]!.message.en, /highest price cannot be below the lowest/);
  });

  it('warns when two columns mean the same and uses the first one filled in', () => {
    const csv = 'nama,Nama Produk,harga,penjual\n,Kopi Gayo,1000,T\nTeh,Teh Tubruk,1000,T\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi Gayo', 'Teh'],
    );
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['csv.header.duplicate', ['rows', 1, 'Nama Produk']]],
    );
  });

  it('gives one fatal issue naming harga and its spellings when the price column is missing', () => {
    const csv = 'nama,penjual,kategori\nKeripik,Bu Sri,kuliner\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.severity, 'fatal');
    assert.equal(issues[0]?.code, 'csv.header.missing');
    for (const text of [issues[0]!.message.id, issues[0]!.message.en]) {
      assert.match(text, /harga/);
      assert.match(text, /price/);
      assert.doesNotMatch(text, /penjual =/);
    }
  });

  it('names every missing required column in one issue', () => {
    const { issues } = parseCatalogCsv('deskripsi,kategori\nEnak,kuliner\n');
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.severity, 'fatal');
    for (const column of ['nama', 'harga', 'penjual']) {
      assert.match(issues[0]!.message.id, new RegExp(column));
      assert.match(issues[0]!.message.en, new RegExp(column));
    }
  });

  it('warns once about unknown columns and keeps reading', () => {
    const csv = 'nama,harga,penjual,Catatan,Warna\nKain Tenun,450000,Ina Tenun,laris,merah\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 1);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.severity, 'warning');
    assert.equal(issues[0]?.code, 'csv.header.unknown');
    assert.match(issues[0]!.message.id, /Catatan.*Warna/);
    assert.match(issues[0]!.message.en, /Catatan.*Warna/);
  });

  it('keeps 8 of 10 rows and reports the 2 broken ones with their row and header', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `Produk ${i + 1},${(i + 1) * 1000},Toko A`);
    rows[3] = 'Produk 4,gratis,Toko A';
    rows[6] = 'Produk 7,7000,';
    const { catalog, issues } = parseCatalogCsv(`Nama,Harga,Penjual\n${rows.join('\n')}\n`);
    assert.equal(catalog.products.length, 8);
    assert.ok(!catalog.products.some((p) => p.name === 'Produk 4' || p.name === 'Produk 7'));
    assert.deepEqual(
      issues.map((i) => [i.severity, i.path]),
      [
        ['error', ['rows', 5, 'Harga']],
        ['error', ['rows', 8, 'Penjual']],
      ],
    );
    assert.match(issues[0]!.message.id, /^Baris 5 “Produk 4”: harga “gratis”/);
    assert.match(issues[0]!.message.en, /^Row 5 “Produk 4”: price “gratis”/);
    assert.match(issues[1]!.message.id, /^Baris 8\b/);
    assert.match(issues[1]!.message.en, /^Row 8\b/);
  });

  it('counts a row with a multi-line cell as one spreadsheet row', () => {
    const csv = 'nama,deskripsi,harga,penjual\nA,"satu\ndua\ntiga",1000,T\nB,,mahal,T\n';
    const { issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues[0]?.path, ['rows', 3, 'harga']);
  });

  it('derives one seller from rows with the same name and WhatsApp, ignoring case and spaces', () => {
    const csv =
      'nama,harga,penjual,whatsapp\n' +
      'A,1000,Batik  Bu Sri,0812-3456-7890\n' +
      'B,1000,batik bu sri ,+62 812 3456 7890\n' +
      'C,1000,Batik Bu Sri,\n' +
      'D,1000,Batik Bu Sri,0813-1111-2222\n' +
      'E,1000,Batik Bu Sri!,0812-3456-7890\n';
    const { catalog } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.sellers.map((s) => [s.id, s.name, s.whatsapp]),
      [
        ['batik-bu-sri', 'Batik  Bu Sri', '6281234567890'],
        ['batik-bu-sri-2', 'Batik Bu Sri', '6281311112222'],
        ['batik-bu-sri-3', 'Batik Bu Sri!', '6281234567890'],
      ],
    );
    assert.deepEqual(
      catalog.products.map((p) => p.sellerId),
      ['batik-bu-sri', 'batik-bu-sri', 'batik-bu-sri', 'batik-bu-sri-2', 'batik-bu-sri-3'],
    );
  });

  it('takes product ids from the id column, else unique ASCII slugs of the name', () => {
    const csv =
      'kode,nama,harga,penjual\n' +
      'SKU-1,Kue Lapis,1000,Toko Ñam\n' +
      ',Kue Lapis,1000,Toko Ñam\n' +
      ',Kue Lapis,1000,Toko Ñam\n' +
      ',Crème Brûlée,1000,Toko Ñam\n' +
      'kue-lapis,Lapis Legit,1000,Toko Ñam\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => p.id),
      ['SKU-1', 'kue-lapis-2', 'kue-lapis-3', 'creme-brulee', 'kue-lapis'],
    );
    assert.equal(catalog.sellers[0]?.id, 'toko-nam');
  });

  it('turns an id with spaces into a slug and warns', () => {
    const { catalog, issues } = parseCatalogCsv('id,nama,harga,penjual\nBRG 001,Kopi,1000,T\n');
    assert.equal(catalog.products[0]?.id, 'brg-001');
    assert.equal(issues[0]?.code, 'id.changed');
    assert.deepEqual(issues[0]?.path, ['rows', 2, 'id']);
  });

  it('takes the origin and the seller region from the region column', () => {
    const csv =
      'nama,harga,penjual,wilayah\n' +
      'Garam,5000,Petambak Madura,35.28\n' +
      'Ikan Asap,20000,Petambak Madura,3529\n' +
      'Kerupuk,9000,Dapur Klaten,33.1\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => p.origin?.code),
      ['35.28', '35.29', '33.10'],
    );
    assert.deepEqual(
      catalog.sellers.map((s) => s.region?.code),
      ['35.28', '33.10'],
    );
  });

  it('ignores an unknown region code with a warning and keeps the product', () => {
    const { catalog, issues } = parseCatalogCsv('nama,harga,penjual,wilayah\nGaram,5000,T,99.99\n');
    assert.equal(catalog.products.length, 1);
    assert.equal(catalog.products[0]?.origin, undefined);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.code, 'region.unknown');
    assert.deepEqual(issues[0]?.path, ['rows', 2, 'wilayah']);
  });

  it('reads several photos separated by spaces, | and line breaks, and numbered photo columns', () => {
    const csv =
      'nama,harga,penjual,foto,Foto 2\n' +
      'Tas Rotan,150000,Rotan Cirebon,"https://a.id/1.jpg | https://a.id/2.jpg\nhttps://a.id/3.jpg https://a.id/4.jpg",https://a.id/5.jpg\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products[0]?.images.map((i) => i.src),
      [1, 2, 3, 4, 5].map((n) => `https://a.id/${n}.jpg`),
    );
  });

  it('drops an unsafe photo URL with a warning on its row', () => {
    const csv = 'nama,harga,penjual,gambar\nTas,1000,T,javascript:alert(1) https://a.id/1.jpg\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products[0]?.images.map((i) => i.src),
      ['https://a.id/1.jpg'],
    );
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.severity, 'warning');
    assert.deepEqual(issues[0]?.path, ['rows', 2, 'gambar']);
  });

  it('reads marketplace columns as links to the product', () => {
    const csv =
      'nama,harga,penjual,tokopedia,shopee,tiktok_shop\n' +
      'Kopi,1000,T,https://www.tokopedia.com/t/kopi,https://shopee.co.id/kopi,https://shop.tiktok.com/kopi\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(catalog.products[0]?.links, {
      tokopedia: 'https://www.tokopedia.com/t/kopi',
      shopee: 'https://shopee.co.id/kopi',
      tiktok: 'https://shop.tiktok.com/kopi',
    });
    assert.equal(catalog.sellers[0]?.shops, undefined);
  });

  it('files an empty category under lainnya and an unknown one with a warning', () => {
    const csv = 'nama,harga,penjual,kategori\nA,1000,T,\nB,1000,T,Makanan Ringan\nC,1000,T,Kriya\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.category),
      ['lainnya', 'lainnya', 'kerajinan'],
    );
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['category.unknown', ['rows', 3, 'kategori']]],
    );
  });

  it('skips a title row above the header with a warning', () => {
    const csv =
      'Daftar Produk UMKM Kota Surakarta 2026,,\n\nnama,harga,penjual\nSerabi,3000,Notosuman\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products[0]?.name, 'Serabi');
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['csv.header.offset', ['rows', 3]]],
    );
  });

  it('reports an unclosed quote on its row and still reads the rows below it', () => {
    const csv = 'nama,harga,penjual\nA,1000,T\n"B,2000,T\nC,3000,T\n"D,4000,T\nE,5000,T';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['A', '"B', 'C', '"D', 'E'],
    );
    assert.deepEqual(
      issues.filter((i) => i.code === 'csv.quotes').map((i) => i.path),
      [
        ['rows', 3],
        ['rows', 5],
      ],
    );
    const quote = issues.find((i) => i.code === 'csv.quotes');
    assert.deepEqual(quote?.path, ['rows', 3]);
  });

  it('warns about cells beyond the headed columns', () => {
    const { catalog, issues } = parseCatalogCsv('nama,harga,penjual\nKain, tenun,1000,T\n');
    assert.equal(catalog.products.length, 0);
    assert.ok(issues.some((i) => i.code === 'csv.cells.extra' && i.path[1] === 2));
  });

  it('removes the apostrophe that guards formula-like text and keeps numbers typed as text', () => {
    const csv = "nama,harga,penjual,whatsapp,deskripsi\n'=Kopi,'25000,T,'081234567890,'- pedas\n";
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]?.name, '=Kopi');
    assert.equal(catalog.products[0]?.price, 25000);
    assert.equal(catalog.products[0]?.description, '- pedas');
    assert.equal(catalog.sellers[0]?.whatsapp, '6281234567890');
  });

  it('leaves out a seller whose rows were all left out', () => {
    const csv = 'nama,harga,penjual\nA,1000,Toko Satu\nB,murah,Toko Dua\n';
    const { catalog } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.sellers.map((s) => s.id),
      ['toko-satu'],
    );
  });

  it('points products at the row where their seller was refused', () => {
    const longName = 'Toko '.repeat(30);
    const csv = `nama,harga,penjual\nA,1000,${longName}\nB,2000,${longName}\n`;
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products.length, 0);
    assert.deepEqual(
      issues.map((i) => i.path),
      [
        ['rows', 2, 'penjual'],
        ['rows', 2, 'penjual'],
        ['rows', 3, 'penjual'],
      ],
    );
    assert.match(issues[2]!.message.id, /^Baris 3 “B”: .*lihat baris 2/);
    assert.match(issues[2]!.message.en, /^Row 3 “B”: .*see row 2/);
  });

  it('stops at maxIssues and says how many more there were', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `P${i},mahal,T`).join('\n');
    const { issues } = parseCatalogCsv(`nama,harga,penjual\n${rows}\n`, { maxIssues: 10 });
    assert.equal(issues.length, 11);
    assert.equal(issues[10]?.code, 'issues.truncated');
    assert.match(issues[10]!.message.en, /20 more/);
    assert.deepEqual(issues[0]?.path, ['rows', 2, 'harga']);
  });

  it('gives a localised fatal issue for input that is not a catalog CSV, and never throws', () => {
    const cases: [unknown, string][] = [
      ['', 'empty'],
      ['\uFEFF \r\n\r\n', 'empty'],
      ['{"version":1,"products":[]}', 'csv.json'],
      ['[{"nama":"Kopi"}]', 'csv.json'],
      ['<!DOCTYPE html><html><body>Sheet</body></html>', 'csv.html'],
      ['PK\u0003\u0004\u0014\u0000\u0006\u0000', 'csv.binary'],
      ['nama,harga,penjual\r\n', 'csv.rows.none'],
      ['nama;harga;penjual\n;;\n\n', 'csv.rows.none'],
      ['hello world', 'csv.header.missing'],
      [42, 'type'],
      [null, 'type'],
    ];
    for (const [input, code] of cases) {
      const { catalog, issues } = parseCatalogCsv(input as string);
      assert.equal(catalog.products.length, 0, code);
      assert.equal(issues.length, 1, code);
      assert.equal(issues[0]?.severity, 'fatal', code);
      assert.equal(issues[0]?.code, code);
      assert.ok(issues[0]!.message.id.length > 10 && issues[0]!.message.en.length > 10, code);
      assert.notEqual(issues[0]!.message.id, issues[0]!.message.en, code);
    }
  });

  it('refuses text over maxLength before parsing it', () => {
    const { issues } = parseCatalogCsv('nama,harga,penjual\nA,1,T\n', { maxLength: 10 });
    assert.equal(issues[0]?.code, 'size');
    assert.equal(issues[0]?.severity, 'fatal');
  });

  it('refuses megabytes of junk with one fatal issue', () => {
    // 64 KB of pseudo-random separators, quotes, line breaks and letters, repeated to 2 MB
    // (a 2-million-step generator would be most of this file's run time).
    let seed = 7;
    const alphabet = 'ab,;\t"\n 0=';
    let chunk = '';
    for (let i = 0; i < 65_536; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chunk += alphabet[seed % alphabet.length];
    }
    const junk = chunk.repeat(31).slice(0, 2_000_000);
    assert.equal(junk.length, 2_000_000);
    const { catalog, issues } = parseCatalogCsv(junk);
    assert.equal(catalog.products.length, 0);
    assert.deepEqual(
      issues.map((i) => [i.severity, i.code]),
      [['fatal', 'csv.header.missing']],
    );
  });
});

describe('parseCatalogCsv limits and wording', () => {
  const rows = (n: number, row: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => row(i)).join('\n');
  const summary = (csv: string) =>
    parseCatalogCsv(csv, { maxIssues: 10 }).issues.map((i) =>
      i.code === 'issues.truncated' ? i.message.en : `${i.path[1]}:${i.code}`,
    );

  it('counts the issues left out past maxIssues, from the CSV checks and the catalog checks alike', () => {
    const regions = rows(12, (i) => `P${i},1000,T,99.99`);
    const prices = rows(12, (i) => `Q${i},mahal,T,`);
    assert.deepEqual(summary(`nama,harga,penjual,wilayah\n${regions}\n`), [
      ...rows(10, (i) => `${i + 2}:region.unknown`).split('\n'),
      '…and 2 more problems not shown.',
    ]);
    assert.deepEqual(summary(`nama,harga,penjual,wilayah\n${regions}\n${prices}\n`), [
      ...rows(10, (i) => `${i + 2}:region.unknown`).split('\n'),
      '…and 14 more problems not shown.',
    ]);
    const few = `nama,harga,penjual,wilayah\n${rows(6, (i) => `P${i},1000,T,99.99`)}\n${rows(6, (i) => `Q${i},mahal,T,`)}\n`;
    assert.deepEqual(summary(few), [
      ...rows(6, (i) => `${i + 2}:region.unknown`).split('\n'),
      ...rows(4, (i) => `${i + 8}:invalid`).split('\n'),
      '…and 2 more problems not shown.',
    ]);
    const truncated = parseCatalogCsv(few, { maxIssues: 10 }).issues.at(-1);
    assert.deepEqual(truncated, {
      path: [],
      code: 'issues.truncated',
      severity: 'warning',
      message: {
        id: '…dan 2 masalah lain yang tidak ditampilkan.',
        en: '…and 2 more problems not shown.',
      },
    });
  });

  it('says a file with a header and no product rows has no products yet', () => {
    const { catalog, issues } = parseCatalogCsv('\uFEFFnama;harga;penjual\r\n;;\r\n\r\n');
    assert.deepEqual(catalog.products, []);
    assert.deepEqual(issues, [
      {
        path: [],
        code: 'csv.rows.none',
        severity: 'fatal',
        message: {
          id: 'CSV hanya berisi judul kolom; belum ada baris produk.',
          en: 'The CSV has only a header row; there are no product rows yet.',
        },
      },
    ]);
  });

  it('names a column in issue paths without the spaces around its header', () => {
    const { issues } = parseCatalogCsv(' Nama , Harga ,Penjual \nKopi,mahal,Toko\n');
    assert.deepEqual(
      issues.map((i) => i.path),
      [['rows', 2, 'Harga']],
    );
  });
});

describe('parseCatalogCsv defaults', () => {
  it('refuses a file over 50 MB and keeps 500 issues unless told otherwise', () => {
    const huge = parseCatalogCsv('x'.repeat(50 * 1024 * 1024 + 1)).issues;
    assert.deepEqual(
      huge.map((i) => [i.code, i.message.en]),
      [['size', 'The CSV is too large (50.0 MB; max. 50.0 MB). Split it into several files.']],
    );
    const rows = Array.from({ length: 520 }, (_, i) => `P${i},mahal,Toko`).join('\n');
    const { issues } = parseCatalogCsv(`nama,harga,penjual\n${rows}\n`);
    assert.equal(issues.length, 501);
    assert.equal(issues[500]?.message.en, '…and 20 more problems not shown.');
  });

  it('looks for the header in the first 256 KB only, so a huge first cell is refused', () => {
    const csv = `"${'Catatan panjang. '.repeat(16_000)}"\nnama,harga,penjual\nKopi,1000,Toko\n`;
    const { issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      issues.map((i) => [i.code, i.severity]),
      [['csv.header.missing', 'fatal']],
    );
    const small = parseCatalogCsv(
      `"${'Catatan. '.repeat(100)}"\nnama,harga,penjual\nKopi,1000,Toko\n`,
    );
    assert.equal(small.catalog.products[0]?.name, 'Kopi');
  });

  it('leaves the BOM of an Excel "CSV UTF-8" file out of the first header', () => {
    const { issues } = parseCatalogCsv('\uFEFFNama,Harga,Penjual\r\n,1000,Toko\r\n');
    assert.deepEqual(
      issues.map((i) => i.path),
      [['rows', 2, 'Nama']],
    );
    const inside = parseCatalogCsv('nama,harga,penjual\nKopi\uFEFFGayo,1000,Toko\n');
    assert.equal(inside.catalog.products[0]?.name, 'Kopi\uFEFFGayo');
  });
});
