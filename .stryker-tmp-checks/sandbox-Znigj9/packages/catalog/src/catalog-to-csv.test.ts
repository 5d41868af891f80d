// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogToCsv } from './catalog-to-csv.js';
import { parseCatalog } from './parse-catalog.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';

function catalogOf(input: unknown) {
  const { catalog, issues } = parseCatalog(input);
  assert.deepEqual(issues, []);
  return catalog;
}

describe('catalogToCsv', () => {
  it('writes Indonesian headers by default and English ones on request', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [{ id: 'sri', name: 'Sri' }],
      products: [{ id: 'a', name: 'A', price: 1000, category: 'kuliner', sellerId: 'sri' }],
    });
    const header = (csv: string) => csv.split('\r\n', 1)[0];
    assert.equal(
      header(catalogToCsv(catalog)),
      'id,nama,deskripsi,harga,satuan,kategori,foto,penjual,whatsapp,kode_wilayah,tokopedia,shopee,lazada,bukalapak,blibli,tiktok,produk_lokal,tag,stok,diperbarui',
    );
    assert.equal(
      header(catalogToCsv(catalog, { lang: 'en' })),
      'id,name,description,price,unit,category,images,seller,whatsapp,region_code,tokopedia,shopee,lazada,bukalapak,blibli,tiktok,made_locally,tags,stock,updated_at',
    );
  });

  it('writes one row per product with its seller, plain prices and a local WhatsApp number', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [{ id: 'bu-sri', name: 'Bu Sri', whatsapp: '081234567890', region: '33.72' }],
      products: [
        {
          id: 'keripik',
          name: 'Keripik',
          price: { min: 25000, max: 40000 },
          category: 'kuliner',
          sellerId: 'bu-sri',
          origin: '33.72',
          madeLocally: true,
          tags: ['pedas', 'renyah'],
          stock: 5,
        },
      ],
    });
    const lines = catalogToCsv(catalog, { separator: ';' }).split('\r\n');
    assert.equal(
      lines[1],
      'keripik;Keripik;;25000 - 40000;;kuliner;;Bu Sri;0812-3456-7890;33.72;;;;;;;ya;pedas, renyah;5;',
    );
    assert.equal(lines[2], '');
    assert.equal(lines.length, 3);
  });

  it('quotes cells holding the separator, quotes or line breaks', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [{ id: 'toko', name: 'Toko, Jaya' }],
      products: [
        {
          id: 'a',
          name: 'Kain "Ikat"',
          description: 'baris satu\nbaris dua',
          price: 1000,
          category: 'fashion',
          sellerId: 'toko',
        },
      ],
    });
    const csv = catalogToCsv(catalog);
    assert.ok(csv.includes('"Kain ""Ikat"""'));
    assert.ok(csv.includes('"baris satu\nbaris dua"'));
    assert.ok(csv.includes('"Toko, Jaya"'));
  });

  it('guards text that a spreadsheet would run as a formula, and reads it back unchanged', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [{ id: 'x', name: '@Toko' }],
      products: [
        {
          id: 'a',
          name: '=HYPERLINK("http://evil.example","Klik")',
          description: '-2+3+cmd',
          unit: '+1 gratis',
          price: 5000,
          category: 'lainnya',
          sellerId: 'x',
        },
        {
          id: 'b',
          name: "'=already quoted",
          description: '\tindented',
          price: 0,
          category: 'lainnya',
          sellerId: 'x',
        },
      ],
    });
    const csv = catalogToCsv(catalog);
    const cells = csv.split('\r\n')[1]!;
    assert.ok(cells.includes(`"'=HYPERLINK(""http://evil.example"",""Klik"")"`));
    assert.ok(cells.includes("'-2+3+cmd"));
    assert.ok(cells.includes("'+1 gratis"));
    assert.ok(cells.includes("'@Toko"));
    assert.ok(cells.includes(',5000,'), 'prices are not touched');
    assert.ok(csv.includes("''=already quoted"));
    assert.ok(csv.includes("'\tindented"));
    const back = parseCatalogCsv(csv);
    assert.equal(back.catalog.products[0]?.name, '=HYPERLINK("http://evil.example","Klik")');
    assert.equal(back.catalog.products[0]?.description, '-2+3+cmd');
    assert.equal(back.catalog.products[0]?.unit, '+1 gratis');
    assert.equal(back.catalog.sellers[0]?.name, '@Toko');
    assert.equal(back.catalog.products[1]?.name, "'=already quoted");
  });

  it('round-trips products and sellers through parseCatalogCsv', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [
        {
          id: 'batik-bu-sri',
          name: 'Batik Bu Sri',
          whatsapp: '6281234567890',
          region: '33.72',
        },
        { id: 'petambak-madura', name: 'Petambak Madura', region: '35.28' },
      ],
      products: [
        {
          id: 'batik-parang',
          name: 'Batik Tulis Parang',
          description: 'Katun primisima, 2 m.\nPewarna alam; dicuci "dingin".',
          price: { min: 250000, max: 400000 },
          unit: 'lembar',
          category: 'fashion',
          images: ['https://cdn.example/batik-1.jpg', 'https://cdn.example/batik-2.jpg'],
          sellerId: 'batik-bu-sri',
          origin: '33.72',
          madeLocally: true,
          links: {
            tokopedia: 'https://www.tokopedia.com/busri/batik-parang',
            tiktok: 'https://shop.tiktok.com/view/product/1',
          },
          tags: ['batik', 'tulis'],
          stock: 12,
          updatedAt: '2026-11-28',
        },
        {
          id: 'garam-krosok',
          name: 'Garam Krosok',
          price: 5000,
          unit: 'per kg',
          category: 'perikanan',
          sellerId: 'petambak-madura',
          origin: '35.28',
        },
        {
          id: 'batik-kawung',
          name: 'Batik Cap Kawung',
          price: 150000,
          category: 'fashion',
          sellerId: 'batik-bu-sri',
          origin: '33.72',
        },
      ],
    });
    for (const options of [{}, { separator: ';' as const, lang: 'en' as const, bom: true }]) {
      const csv = catalogToCsv(catalog, options);
      assert.ok(!/id_penjual|seller_id|wilayah_penjual|seller_region/.test(csv));
      const back = parseCatalogCsv(csv);
      assert.deepEqual(back.issues, []);
      assert.deepEqual(back.catalog, catalog);
    }
  });

  it('adds seller columns when the rows alone would not give back the sellers', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [
        {
          id: 'sri',
          name: 'Kopi Sri',
          region: '11.17',
          description: 'Koperasi petani kopi.',
          website: 'https://kopisri.example',
          logo: 'https://kopisri.example/logo.png',
          shops: { shopee: 'https://shopee.co.id/kopisri' },
        },
        { id: 'sri-2', name: 'Kopi Sri' },
      ],
      products: [
        { id: 'a', name: 'Arabika', price: 90000, category: 'kuliner', sellerId: 'sri' },
        { id: 'b', name: 'Robusta', price: 60000, category: 'kuliner', sellerId: 'sri-2' },
      ],
    });
    const csv = catalogToCsv(catalog);
    assert.match(
      csv.split('\r\n', 1)[0]!,
      /,id_penjual,wilayah_penjual,deskripsi_penjual,situs_web,logo,toko_shopee$/,
    );
    const back = parseCatalogCsv(csv);
    assert.deepEqual(back.issues, []);
    assert.deepEqual(back.catalog, catalog);
  });

  it('writes a | inside a photo URL as %7C, since | separates photos', () => {
    const catalog = catalogOf({
      version: 1,
      sellers: [{ id: 't', name: 'T' }],
      products: [
        {
          id: 'a',
          name: 'A',
          price: 1,
          category: 'lainnya',
          sellerId: 't',
          images: ['https://cdn.example/a|b.jpg', 'https://cdn.example/c.jpg'],
        },
      ],
    });
    const back = parseCatalogCsv(catalogToCsv(catalog));
    assert.deepEqual(
      back.catalog.products[0]?.images.map((i) => i.src),
      ['https://cdn.example/a%7Cb.jpg', 'https://cdn.example/c.jpg'],
    );
  });

  it('starts with a byte order mark only when asked', () => {
    const catalog = catalogOf({ version: 1, sellers: [], products: [] });
    assert.ok(!catalogToCsv(catalog).startsWith('\uFEFF'));
    assert.ok(catalogToCsv(catalog, { bom: true }).startsWith('\uFEFFid,nama,'));
  });
});
