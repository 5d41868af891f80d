import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogToCsv } from './catalog-to-csv.js';
import { parseCatalogCsv } from './parse-catalog-csv.js';

const HEADER =
  'nama,harga,satuan,kategori,penjual,kode_wilayah,min_order,harga_grosir,tanggal_panen,baik_sebelum,musim,pre_order,siap_tanggal,pesan_sebelum,kuota,halal,pirt,bpom,organik,sni,ambil_di,kirim_ke';

const GOOD =
  'Cabai merah,25000,per kg,pertanian,Gapoktan Sido Makmur,33.09,"0,5 kg","10 kg: Rp20.000; 50 kg: Rp18.000",12/03/2026,20 Maret 2026,Okt-Des,ya,14-12-2026,2026-12-10,200,ID35110000123450423,P-IRT No. 2063374010123-27,MD 224510001234,LSO-001-IDN/2024,SNI 01-3141-1998,"Pasar Tani Cepogo, Jl. Merapi 1 (33.09); Balai Desa","33.09; 3372"';

describe('parseCatalogCsv with fresh-produce columns', () => {
  it('reads every produce column of a row', () => {
    const { catalog, issues } = parseCatalogCsv(`${HEADER}\n${GOOD}\n`);
    assert.deepEqual(issues, []);
    const p = catalog.products[0]!;
    assert.equal(p.minOrder, 0.5);
    assert.deepEqual(p.priceTiers, [
      { minQuantity: 10, price: 20_000 },
      { minQuantity: 50, price: 18_000 },
    ]);
    assert.equal(p.harvestedAt, '2026-03-12');
    assert.equal(p.bestBefore, '2026-03-20');
    assert.deepEqual(p.season, [10, 11, 12]);
    assert.deepEqual(p.preOrder, { readyAt: '2026-12-14', orderBy: '2026-12-10', quota: 200 });
    assert.deepEqual(
      p.certifications?.map((c) => `${c.kind}=${c.number}`),
      [
        'halal=ID35110000123450423',
        'pirt=P-IRT No. 2063374010123-27',
        'bpom=MD 224510001234',
        'organik=LSO-001-IDN/2024',
        'sni=SNI 01-3141-1998',
      ],
    );
    // A point without a code is in the row's region.
    assert.deepEqual(p.pickup, [
      {
        name: 'Pasar Tani Cepogo',
        region: { code: '33.09', name: 'Kabupaten Boyolali' },
        address: 'Jl. Merapi 1',
      },
      { name: 'Balai Desa', region: { code: '33.09', name: 'Kabupaten Boyolali' } },
    ]);
    assert.deepEqual(p.deliveryAreas, ['33.09', '33.72']);
  });

  it('reads the English headers too', () => {
    const csv =
      'name,price,unit,seller,min_order,price_tiers,harvested_at,best_before,season,preorder,ready_at,order_by,quota,organic,pickup,delivers_to\n' +
      'Tuna,60000,per kg,KUB Nelayan Bahari,2,20: 55000,2026-03-12,2026-03-14,3-5,yes,2026-04-01,,50,ORG-1234,TPI Pelabuhan Ratu (32.02),32\n';
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.deepEqual(issues, []);
    const p = catalog.products[0]!;
    assert.equal(p.minOrder, 2);
    assert.deepEqual(p.priceTiers, [{ minQuantity: 20, price: 55_000 }]);
    assert.deepEqual(p.season, [3, 4, 5]);
    assert.deepEqual(p.preOrder, { readyAt: '2026-04-01', quota: 50 });
    assert.deepEqual(p.certifications, [{ kind: 'organik', number: 'ORG-1234' }]);
    assert.equal(p.pickup?.[0]?.region.name, 'Kabupaten Sukabumi');
    assert.deepEqual(p.deliveryAreas, ['32']);
  });

  it('reports each bad value on its row and column and keeps the rest of the row', () => {
    const bad =
      'Tomat,9000,per kg,pertanian,Gapoktan Sido Makmur,33.09,lima,10 kg Rp8.000,31/02/2026,kemarin,Okt-Bla,mungkin,,2026-12-20,banyak,ya,12,,,,Pasar (99.99),33.99; 33.72';
    const { catalog, issues } = parseCatalogCsv(`${HEADER}\n${bad}\n`);
    const p = catalog.products[0]!;
    assert.equal(p.name, 'Tomat');
    assert.equal(p.price, 9000);
    assert.equal(p.origin?.code, '33.09');
    assert.deepEqual(p.deliveryAreas, ['33.72']);
    for (const key of [
      'minOrder',
      'priceTiers',
      'harvestedAt',
      'bestBefore',
      'season',
      'preOrder',
      'certifications',
      'pickup',
    ]) {
      assert.equal(key in p, false, key);
    }
    const at = new Map(issues.map((i) => [String(i.path[2]), i]));
    for (const column of [
      'min_order',
      'harga_grosir',
      'tanggal_panen',
      'baik_sebelum',
      'musim',
      'pre_order',
      'kuota',
      'halal',
      'pirt',
      'ambil_di',
      'kirim_ke',
    ]) {
      const issue = at.get(column);
      assert.ok(issue, `${column}: ${issues.map((i) => i.path.join('|')).join(', ')}`);
      assert.equal(issue.path[1], 2);
      assert.equal(issue.severity, 'warning');
      assert.match(issue.message.id, /^Baris 2: /);
    }
    assert.match(at.get('halal')!.message.id, /bukan “ya”/);
    assert.match(at.get('tanggal_panen')!.message.en, /12\/03\/2026/);
    assert.match(at.get('harga_grosir')!.message.id, /10 kg: Rp20\.000; 50 kg: Rp18\.000/);
    assert.match(at.get('kirim_ke')!.message.id, /“33\.99”/);
  });

  it('says a pre-order needs its ready date, and an order-by date after it', () => {
    const csv = `nama,harga,penjual,pre_order,siap_tanggal,pesan_sebelum\nA,1000,S,ya,,\nB,1000,S,,14/12/2026,20/12/2026\nC,1000,S,tidak,14/12/2026,\n`;
    const { catalog, issues } = parseCatalogCsv(csv);
    assert.equal(catalog.products[0]!.preOrder, undefined);
    assert.match(issues.find((i) => i.path[1] === 2)!.message.id, /siap_tanggal/);
    assert.deepEqual(catalog.products[1]!.preOrder, { readyAt: '2026-12-14' });
    const orderBy = issues.find((i) => i.path[1] === 3)!;
    assert.equal(orderBy.path[2], 'pesan_sebelum');
    assert.match(orderBy.message.id, /tidak boleh setelah tanggal siap/);
    assert.equal(catalog.products[2]!.preOrder, undefined);
  });

  it('treats "-" and "tidak" in a certificate column as no certificate', () => {
    const { catalog, issues } = parseCatalogCsv(
      'nama,harga,penjual,halal,pirt\nA,1000,S,-,tidak\n',
    );
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]!.certifications, undefined);
  });
});

describe('catalogToCsv with fresh-produce fields', () => {
  it('writes the produce columns only when a product has them, and reads back the same', () => {
    const { catalog } = parseCatalogCsv(
      `${HEADER}\n${GOOD}\nBawang,30000,per kg,pertanian,Gapoktan Sido Makmur,33.09\n`,
    );
    for (const lang of ['id', 'en'] as const) {
      const csv = catalogToCsv(catalog, { lang, separator: ';' });
      const again = parseCatalogCsv(csv);
      assert.deepEqual(again.issues, [], lang);
      assert.deepEqual(again.catalog, catalog, lang);
    }
    const header = catalogToCsv(catalog).split('\r\n')[0]!;
    assert.match(
      header,
      /min_order,harga_grosir,tanggal_panen,baik_sebelum,musim,pre_order,siap_tanggal,pesan_sebelum,kuota,halal,pirt,bpom,organik,sni,ambil_di,kirim_ke$/,
    );
    const row = catalogToCsv(catalog).split('\r\n')[1]!;
    assert.match(row, /,10 kg: Rp20\.000; 50 kg: Rp18\.000,/);
    assert.match(row, /,Okt-Des,ya,2026-12-14,/);
    const plain = parseCatalogCsv('nama,harga,penjual\nA,1000,S\n').catalog;
    assert.doesNotMatch(catalogToCsv(plain), /min_order|harga_grosir|kirim_ke/);
  });
});
