import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalogCsv } from './parse-catalog-csv.js';
import { splitImages, splitTags } from './csv-rows-to-catalog.js';

describe('products from rows', () => {
  it('reads every product column of a Google Sheets export', () => {
    const csv =
      'Kode,Nama Produk,Deskripsi,Harga (Rp),Satuan,Kategori,Foto,Penjual,Kode Wilayah,Produk Lokal,Tag,Stok,Diperbarui,Tokopedia,Shopee,Lazada,Bukalapak,Blibli,TikTok Shop\n' +
      'KP-01,Kopi Gayo,Arabika dari Takengon,"95.000",250 g,Makanan,https://a.id/kopi.jpg,Koperasi Gayo,11.17,ya,"kopi; #arabika|gayo",40,2026-11-28,https://tokopedia.com/g/kopi,https://shopee.co.id/kopi,https://lazada.co.id/kopi,https://bukalapak.com/kopi,https://blibli.com/kopi,https://shop.tiktok.com/kopi\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(catalog.products, [
      {
        id: 'KP-01',
        name: 'Kopi Gayo',
        description: 'Arabika dari Takengon',
        category: 'kuliner',
        price: 95000,
        unit: '250 g',
        images: [{ src: 'https://a.id/kopi.jpg' }],
        sellerId: 'koperasi-gayo',
        origin: { code: '11.17', name: 'Kabupaten Bener Meriah' },
        madeLocally: true,
        links: {
          tokopedia: 'https://tokopedia.com/g/kopi',
          shopee: 'https://shopee.co.id/kopi',
          lazada: 'https://lazada.co.id/kopi',
          bukalapak: 'https://bukalapak.com/kopi',
          blibli: 'https://blibli.com/kopi',
          tiktok: 'https://shop.tiktok.com/kopi',
        },
        tags: ['kopi', 'arabika', 'gayo'],
        stock: 40,
        updatedAt: '2026-11-28',
      },
    ]);
  });

  it('leaves out what a row leaves empty', () => {
    const csv =
      'nama,harga,penjual,deskripsi,satuan,produk_lokal,diperbarui,stok,wilayah,foto,tag,shopee\n' +
      'Kopi,1000,Toko,,,,,,,,,\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(catalog.products, [
      {
        id: 'kopi',
        name: 'Kopi',
        description: '',
        category: 'lainnya',
        price: 1000,
        images: [],
        sellerId: 'toko',
        madeLocally: false,
        tags: [],
      },
    ]);
    assert.deepEqual(catalog.sellers, [{ id: 'toko', name: 'Toko' }]);
  });

  it('gives a product whose id and name have no letters or digits the id "produk", and warns about the id', () => {
    const csv = 'kode,nama,harga,penjual\n,???,1000,Toko\n!!!,***,2000,Toko\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => [p.id, p.name]),
      [
        ['produk', '???'],
        ['produk-2', '***'],
      ],
    );
    assert.deepEqual(issues, [
      {
        path: ['rows', 3, 'kode'],
        code: 'id.changed',
        severity: 'warning',
        message: {
          id: 'Baris 3: ID “!!!” memuat karakter yang tidak boleh dipakai; diganti “produk-2”.',
          en: 'Row 3: ID “!!!” holds characters that cannot be used; replaced by “produk-2”.',
        },
      },
    ]);
  });

  it('quotes at most 80 characters of an id it had to replace', () => {
    const written = `KODE ${'1234567890'.repeat(9)}`;
    const { catalog, issues } = parseCatalogCsv(
      `kode,nama,harga,penjual\n${written},Kopi,1000,Toko\n`,
    );
    const id = catalog.products[0]!.id;
    assert.equal(id, `kode-${'1234567890'.repeat(6)}`.slice(0, 60));
    assert.deepEqual(issues[0]?.message, {
      id: `Baris 2: ID “${written.slice(0, 80)}” memuat karakter yang tidak boleh dipakai; diganti “${id}”.`,
      en: `Row 2: ID “${written.slice(0, 80)}” holds characters that cannot be used; replaced by “${id}”.`,
    });
  });

  it('keeps a valid id even when a slug of an earlier row would have taken it', () => {
    const csv =
      'id,nama,harga,penjual\n,Kopi,1000,Toko\nkopi,Kopi Susu,2000,Toko\nBRG 1,Teh,3000,Toko\n';
    const { catalog } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.id),
      ['kopi-2', 'kopi', 'brg-1'],
    );
  });

  it('reports two rows with the same id at the second one', () => {
    const csv = 'kode,nama,harga,penjual\nSKU-1,Kopi,1000,Toko\nSKU-1,Teh,2000,Toko\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      ['Kopi'],
    );
    assert.deepEqual(
      issues.map((i) => [i.path, i.code, i.severity, i.message.en]),
      [
        [
          ['rows', 3, 'kode'],
          'id.duplicate',
          'error',
          'Row 3 “Teh”: ID "SKU-1" is already used by another product; this product was skipped.',
        ],
      ],
    );
  });

  it('files an unknown category under lainnya with the choices in the message', () => {
    const long = 'Makanan Ringan dan Minuman Segar Khas Nusantara';
    const { catalog, issues } = parseCatalogCsv(
      `nama,harga,penjual,kategori\nKopi,1000,Toko,${long}\n`,
    );
    assert.equal(catalog.products[0]?.category, 'lainnya');
    assert.deepEqual(issues, [
      {
        path: ['rows', 2, 'kategori'],
        code: 'category.unknown',
        severity: 'warning',
        message: {
          id: 'Baris 2: kategori “Makanan Ringan dan Minuman Segar Khas Nu” tidak dikenal; dimasukkan ke “lainnya”. Pilihan: fashion, kuliner, kerajinan, pertanian, perikanan, lainnya.',
          en: 'Row 2: category “Makanan Ringan dan Minuman Segar Khas Nu” is not known; filed under “lainnya” (other). Choices: fashion, kuliner, kerajinan, pertanian, perikanan, lainnya.',
        },
      },
    ]);
  });

  it('splits photo and tag cells the way people fill them in', () => {
    assert.deepEqual(splitImages(' a.jpg |b.jpg\n\tc.jpg  d.jpg| '), [
      'a.jpg',
      'b.jpg',
      'c.jpg',
      'd.jpg',
    ]);
    assert.deepEqual(splitTags('#kopi, arabika;gayo | aceh\n #oleh-oleh ,,'), [
      'kopi',
      'arabika',
      'gayo',
      'aceh',
      'oleh-oleh',
    ]);
    assert.deepEqual(splitTags('kopi susu, teh#manis'), ['kopi susu', 'teh#manis']);
  });

  it('reads numbered photo and several tag columns', () => {
    const csv =
      'nama,harga,penjual,Foto 1,Foto 2,Foto 3,tag,label\n' +
      'Kopi,1000,Toko,https://a.id/1.jpg,,https://a.id/3.jpg https://a.id/4.jpg,kopi,#lokal\n';
    const [product] = parseCatalogCsv(csv).catalog.products;
    assert.deepEqual(
      product?.images.map((i) => i.src),
      ['https://a.id/1.jpg', 'https://a.id/3.jpg', 'https://a.id/4.jpg'],
    );
    assert.deepEqual(product?.tags, ['kopi', 'lokal']);
  });
});

describe('sellers from rows', () => {
  it('takes each seller detail from the first row that has it', () => {
    const csv =
      'nama,harga,penjual,whatsapp,wilayah,wilayah_penjual,deskripsi_penjual,situs_web,logo,toko_shopee,toko_tokopedia\n' +
      'Kopi,1000,Toko Kopi,,33.72,,,,,,\n' +
      'Teh,2000,Toko Kopi,0812-1111-2222,33.10,35.28,Sejak 1970,https://kopi.id,https://kopi.id/logo.png,https://shopee.co.id/kopi,\n' +
      'Gula,3000,Toko Kopi,,,,Deskripsi lain,https://lain.id,,,https://tokopedia.com/kopi\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(catalog.sellers, [
      {
        id: 'toko-kopi',
        name: 'Toko Kopi',
        description: 'Sejak 1970',
        region: { code: '35.28', name: 'Kabupaten Pamekasan' },
        whatsapp: '6281211112222',
        shops: { shopee: 'https://shopee.co.id/kopi', tokopedia: 'https://tokopedia.com/kopi' },
        website: 'https://kopi.id',
        logo: 'https://kopi.id/logo.png',
      },
    ]);
    assert.deepEqual(
      catalog.products.map((p) => p.origin?.code),
      ['33.72', '33.10', undefined],
    );
  });

  it('takes a seller’s region from the product region when there is no seller region', () => {
    const csv =
      'nama,harga,penjual,wilayah,wilayah_penjual\nKopi,1000,Toko,,\nTeh,1000,Toko,33.72,\nGula,1000,Pasar,11.17,zz\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(
      catalog.sellers.map((s) => [s.id, s.region?.code]),
      [
        ['toko', '33.72'],
        ['pasar', '11.17'],
      ],
    );
    assert.deepEqual(issues, [
      {
        path: ['rows', 4, 'wilayah_penjual'],
        code: 'region.unknown',
        severity: 'warning',
        message: {
          id: 'Baris 4: kode wilayah “zz” tidak dikenal; diabaikan. Tulis kode Kemendagri seperti 33.72 atau 3372.',
          en: 'Row 4: region code “zz” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.',
        },
      },
    ]);
  });

  it('uses the seller id column as the seller id, without the apostrophe of a number kept as text', () => {
    const csv =
      "nama,harga,penjual,id_penjual,whatsapp\nKopi,1000,Toko,'0042,'081211112222\nTeh,1000,Toko Lain,,\n";
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.sellers.map((s) => [s.id, s.name, s.whatsapp]),
      [
        ['0042', 'Toko', '6281211112222'],
        ['toko-lain', 'Toko Lain', undefined],
      ],
    );
    assert.deepEqual(
      catalog.products.map((p) => p.sellerId),
      ['0042', 'toko-lain'],
    );
  });

  it('cuts an unknown region code to 20 characters in its message', () => {
    const { issues } = parseCatalogCsv(
      'nama,harga,penjual,wilayah\nKopi,1000,Toko,Kota Surakarta Jawa Tengah\n',
    );
    assert.deepEqual(issues[0]?.message, {
      id: 'Baris 2: kode wilayah “Kota Surakarta Jawa ” tidak dikenal; diabaikan. Tulis kode Kemendagri seperti 33.72 atau 3372.',
      en: 'Row 2: region code “Kota Surakarta Jawa ” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.',
    });
  });
});
