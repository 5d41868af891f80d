import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogFigures } from './catalog-figures.js';
import { compareCatalogs } from './compare-catalogs.js';
import { figuresToCsv } from './figures-to-csv.js';
import { parseCatalog } from './parse-catalog.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';

/**
 * Counted by hand:
 * - sellers: batik (33.72, tokopedia+shopee shops), kopi (33.72? no: 33.08, WhatsApp only),
 *   tenun (53.71, product link on lazada, WhatsApp), kosong (32.73, no products, no WhatsApp).
 * - products: 5 — batik-1 (fashion, 350.000, local), batik-2 (fashion, 20.000, local),
 *   kopi-1 (kuliner, 45.000, local, origin 33.08), tenun-1 (kerajinan, 1.500.000, not local,
 *   lazada link), tenun-2 (kerajinan, range 60.000–90.000, local, origin 53.10 Manggarai overriding
 *   the seller's 53.71).
 */
/** The same file the <etalase-stats> browser test shows. */
const HAND_COUNTED = new URL('../../../test/fixtures/hand-counted-catalog.json', import.meta.url);

function fixture() {
  const { catalog, issues } = parseCatalog(JSON.parse(readFileSync(HAND_COUNTED, 'utf8')));
  assert.deepEqual(issues, []);
  return catalog;
}

describe('catalogFigures', () => {
  it('counts sellers, products, the made-locally share and the regions covered', () => {
    const f = catalogFigures(fixture());
    assert.equal(f.asOf, '2026-11-30');
    assert.equal(f.sellers, 4);
    assert.equal(f.products, 5);
    assert.equal(f.madeLocally, 4);
    assert.equal(f.madeLocallyShare, 0.8);
    // 33.72, 33.08, 53.71, 53.10 and 32.73 (the seller with no products yet).
    assert.equal(f.regenciesCovered, 5);
    assert.equal(f.provincesCovered, 3);
    assert.equal(f.withoutRegion, 0);
  });

  it('counts products and sellers per category, every category listed', () => {
    const f = catalogFigures(fixture());
    assert.deepEqual(
      f.byCategory.map((r) => [r.key, r.products, r.sellers]),
      [
        ['fashion', 2, 1],
        ['kuliner', 1, 1],
        ['kerajinan', 2, 1],
        ['pertanian', 0, 0],
        ['perikanan', 0, 0],
        ['lainnya', 0, 0],
      ],
    );
  });

  it('places a product by its own origin before its seller’s region', () => {
    const f = catalogFigures(fixture());
    const rows = Object.fromEntries(
      f.byRegion.map((r) => [r.key, [r.products, r.sellers, r.madeLocally]]),
    );
    assert.deepEqual(rows, {
      '33.72': [2, 1, 2],
      '33.08': [1, 1, 1],
      '53.71': [1, 1, 0],
      '53.10': [1, 1, 1],
      '32.73': [0, 1, 0],
    });
    assert.equal(f.byRegion[0]!.key, '33.72', 'most products first');
    assert.equal(
      f.byRegion.find((r) => r.key === '53.10')!.name,
      'Kabupaten Manggarai',
      'the official name',
    );
  });

  it('puts each product in its price band by its lowest price', () => {
    const f = catalogFigures(fixture());
    assert.deepEqual(
      f.byPriceBand.map((r) => [r.key, r.products]),
      [
        ['0-25000', 1],
        ['25000-50000', 1],
        ['50000-100000', 1],
        ['100000-250000', 0],
        ['250000-500000', 1],
        ['500000-1000000', 0],
        ['1000000+', 1],
      ],
    );
  });

  it('counts sellers per marketplace from shops and product links, and WhatsApp-only sellers', () => {
    const f = catalogFigures(fixture());
    assert.deepEqual(Object.fromEntries(f.byMarketplace.map((r) => [r.marketplace, r.sellers])), {
      tokopedia: 1,
      shopee: 1,
      lazada: 1,
      bukalapak: 0,
      blibli: 0,
      tiktok: 0,
    });
    assert.equal(f.whatsappOnly, 1, 'kopi: WhatsApp and no marketplace');
    assert.equal(f.noChannel, 1, 'kosong: neither');
  });

  it('limits every figure to a province or a kabupaten/kota', () => {
    const central = catalogFigures(fixture(), { region: '33' });
    assert.equal(central.region, '33');
    assert.equal(central.sellers, 2);
    assert.equal(central.products, 3);
    assert.equal(central.whatsappOnly, 1);
    assert.equal(central.regenciesCovered, 2);
    const manggarai = catalogFigures(fixture(), { region: '5310' });
    assert.equal(manggarai.region, '53.10');
    assert.equal(manggarai.products, 1);
    assert.equal(manggarai.sellers, 1);
    assert.equal(
      manggarai.byMarketplace.find((r) => r.marketplace === 'lazada')!.sellers,
      0,
      'the Lazada link is on a product outside Manggarai',
    );
  });

  it('gives zeros, not NaN, for an empty catalog', () => {
    const f = catalogFigures(parseCatalog({ version: 1 }).catalog);
    assert.equal(f.products, 0);
    assert.equal(f.madeLocallyShare, 0);
    assert.deepEqual(f.byRegion, []);
  });

  it('counts harvests this month, open pre-orders and halal and P-IRT kuliner when the catalog has produce', () => {
    const catalog = fixture();
    assert.equal(catalogFigures(catalog).fresh, undefined, 'no produce fields: no fresh figures');
    const { catalog: fresh, issues } = parseCatalog({
      version: 1,
      sellers: [{ id: 'tani', name: 'Gapoktan Sumber Rejeki' }],
      products: [
        {
          id: 'a',
          name: 'Cabai',
          category: 'pertanian',
          price: 40000,
          sellerId: 'tani',
          harvestedAt: '2026-12-02',
        },
        {
          id: 'b',
          name: 'Bawang',
          category: 'pertanian',
          price: 30000,
          sellerId: 'tani',
          harvestedAt: '2026-11-29',
        },
        {
          id: 'c',
          name: 'Mangga',
          category: 'pertanian',
          price: 25000,
          sellerId: 'tani',
          preOrder: { readyAt: '2026-12-20', orderBy: '2026-12-10' },
        },
        {
          id: 'd',
          name: 'Durian',
          category: 'pertanian',
          price: 90000,
          sellerId: 'tani',
          preOrder: { readyAt: '2026-12-20', orderBy: '2026-12-05' },
        },
        {
          id: 'e',
          name: 'Rambutan',
          category: 'pertanian',
          price: 15000,
          sellerId: 'tani',
          preOrder: { readyAt: '2026-12-01' },
        },
        {
          id: 'f',
          name: 'Rendang',
          category: 'kuliner',
          price: 120000,
          sellerId: 'tani',
          certifications: [
            { kind: 'halal', number: 'ID00110000123450925' },
            { kind: 'pirt', number: '2063374010123-27' },
          ],
        },
        {
          id: 'g',
          name: 'Keripik',
          category: 'kuliner',
          price: 15000,
          sellerId: 'tani',
          certifications: [{ kind: 'pirt', number: '2063374010124-27' }],
        },
        { id: 'h', name: 'Sambal', category: 'kuliner', price: 20000, sellerId: 'tani' },
      ],
    });
    assert.deepEqual(issues, []);
    assert.deepEqual(catalogFigures(fresh, { today: '2026-12-06' }).fresh, {
      month: '2026-12',
      harvestedThisMonth: 1,
      preOrdersOpen: 1,
      kuliner: 3,
      kulinerHalal: 1,
      kulinerPirt: 2,
    });
  });

  it('counts the same from a CSV catalog as from JSON', () => {
    const csv = [
      'nama,kategori,harga,penjual,wilayah,buatan_lokal,whatsapp',
      'Kemeja batik,fashion,350000,Batik Bu Sri,33.72,ya,',
      'Kopi,kuliner,45000,Kopi Pak Dul,33.08,ya,081200000001',
      'Selendang,kerajinan,1500000,Tenun Ina,53.71,tidak,',
    ].join('\n');
    const { catalog } = parseCatalogCsv(csv);
    const f = catalogFigures(catalog);
    assert.equal(f.products, 3);
    assert.equal(f.sellers, 3);
    assert.equal(f.madeLocally, 2);
    assert.equal(f.regenciesCovered, 3);
  });
});

describe('compareCatalogs', () => {
  it('lists new and gone sellers and products and the figures before and after', () => {
    const before = fixture();
    const after = structuredClone(before);
    after.products = after.products.filter((p) => p.id !== 'tenun-1');
    after.products.push({
      ...after.products[0]!,
      id: 'baru',
      name: 'Produk baru',
      sellerId: 'baru',
    });
    after.sellers.push({
      id: 'baru',
      name: 'Penjual Baru',
      region: { code: '33.72', name: 'Kota Surakarta' },
    });
    const change = compareCatalogs(before, after);
    assert.equal(change.since, '2026-11-30');
    assert.deepEqual(change.newSellers, [{ id: 'baru', name: 'Penjual Baru' }]);
    assert.deepEqual(change.goneSellers, []);
    assert.deepEqual(change.newProducts, [{ id: 'baru', name: 'Produk baru' }]);
    assert.deepEqual(change.goneProducts, [{ id: 'tenun-1', name: 'Selendang' }]);
    assert.deepEqual(change.products, { before: 5, after: 5 });
    assert.deepEqual(change.sellers, { before: 4, after: 5 });
    assert.deepEqual(change.madeLocallyShare, { before: 0.8, after: 1 });
  });

  it('compares within a region', () => {
    const before = fixture();
    const after = structuredClone(before);
    after.products = after.products.filter((p) => p.id !== 'kopi-1');
    const change = compareCatalogs(before, after, { region: '53' });
    assert.deepEqual(change.goneProducts, [], 'kopi is in Jawa Tengah, outside the scope');
    assert.deepEqual(change.products, { before: 2, after: 2 });
  });
});

describe('figuresToCsv', () => {
  it('writes one row per counted thing, with the same numbers as the figures', () => {
    const csv = figuresToCsv(catalogFigures(fixture()));
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'bagian,kode,nama,produk,penjual');
    assert.ok(lines.includes('ringkasan,products,Produk,5,'));
    assert.ok(lines.includes('kategori,fashion,Fesyen,2,1'));
    assert.ok(lines.includes('wilayah,53.10,Kabupaten Manggarai,1,1'));
    assert.ok(lines.includes('rentang harga,1000000+,≥ Rp1jt,1,1'));
    assert.ok(lines.includes('marketplace,whatsapp-only,Hanya WhatsApp,,1'));
  });

  it('writes English headers and escapes names a spreadsheet would run', () => {
    const catalog = fixture();
    catalog.sellers[3]!.region = { code: '99.99', name: '=HYPERLINK("http://x")' };
    const csv = figuresToCsv(catalogFigures(catalog), 'en');
    assert.ok(csv.startsWith('section,code,name,products,sellers\r\n'));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://x"")"`));
  });
});
