import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalog } from '@etalase/catalog';
import { exportCatalogZip, importCatalogZip } from './catalog-zip.js';
import {
  emptyDraft,
  newProduct,
  newSeller,
  organiserToday,
  readPriceOrRange,
  validateDraft,
} from './draft.js';
import type { Draft } from './draft.js';
import { embedSnippet } from './embed-snippet.js';

function twoSellers(): Draft {
  const sri = newSeller({ name: 'Batik Bu Sri', region: '3372', whatsapp: '0812-3456-7890' });
  const dul = newSeller({ name: 'Kopi Pak Dul', region: '33.08' });
  return {
    ...emptyDraft(),
    title: 'Produk lokal Surakarta',
    sellers: [sri, dul],
    products: [
      newProduct(sri.key, {
        name: 'Kemeja batik tulis',
        category: 'fashion',
        price: 'Rp350.000',
        photos: ['f1'],
      }),
      newProduct(sri.key, { name: 'Selendang', category: 'fashion', price: '125rb' }),
      newProduct(dul.key, {
        name: 'Kopi arabika',
        category: 'kuliner',
        price: 'Rp45.000 - Rp60.000',
        unit: 'per 250 g',
      }),
    ],
  };
}

describe('validateDraft', () => {
  it('makes a valid catalog from prices and codes as organisers type them', () => {
    const { catalog, issues } = validateDraft(twoSellers());
    assert.deepEqual(issues, []);
    assert.deepEqual(
      catalog.products.map((p) => [p.id, p.price, p.sellerId]),
      [
        ['kemeja-batik-tulis', 350000, 'batik-bu-sri'],
        ['selendang', 125000, 'batik-bu-sri'],
        ['kopi-arabika', { min: 45000, max: 60000 }, 'kopi-pak-dul'],
      ],
    );
    assert.equal(catalog.sellers[0]!.region!.code, '33.72');
    assert.equal(catalog.sellers[0]!.whatsapp, '6281234567890');
  });

  it('places each problem on its row and field, keeping what was typed', () => {
    const draft = twoSellers();
    const broken: Draft = {
      ...draft,
      products: [
        { ...draft.products[0]!, price: 'murah' },
        { ...draft.products[1]!, name: '  ' },
        { ...draft.products[2]!, sellerKey: 'gone' },
      ],
    };
    const { catalog, issues } = validateDraft(broken);
    const at = (i: number) =>
      issues.filter((x) => x.key === broken.products[i]!.key).map((x) => x.field);
    assert.deepEqual(at(0), ['price']);
    assert.deepEqual(at(1), ['name']);
    assert.ok(at(2).includes('sellerKey'));
    assert.equal(catalog.products.length, 0);
    assert.equal(broken.products[0]!.price, 'murah', 'the typed value stays');
    assert.match(issues.find((x) => x.field === 'price')!.message.id, /Harga/);
  });

  it('names regions as people know them, not by their code', () => {
    const { catalog } = validateDraft(twoSellers());
    // The storefront shows a seller's place by its name: "Kota Surakarta", not "33.72".
    assert.deepEqual(
      catalog.sellers.map((s) => [s.region?.code, s.region?.name]),
      [
        ['33.72', 'Kota Surakarta'],
        ['33.08', 'Kabupaten Magelang'],
      ],
    );
  });

  it('words each problem for the field it is shown beside, in both languages', () => {
    const draft = twoSellers();
    const broken: Draft = {
      ...draft,
      products: [
        { ...draft.products[0]!, price: 'lima belas ribu' },
        { ...draft.products[1]!, name: '  ' },
        { ...draft.products[2]!, category: 'mainan' },
      ],
    };
    const { issues } = validateDraft(broken);
    const message = (i: number, field: string) =>
      issues.find((x) => x.key === broken.products[i]!.key && x.field === field)!.message;
    // Beside the price field: what was typed, and the forms the builder reads (not "{min, max}").
    assert.deepEqual(message(0, 'price'), {
      id: 'Harga “lima belas ribu” tidak terbaca; tulis seperti 25000, Rp25.000, 25rb atau 20rb - 35rb.',
      en: 'The price “lima belas ribu” could not be read; write it like 25000, Rp25.000, 25rb or 20rb - 35rb.',
    });
    // The row already says which product; the file reader's "Produk ke-2: … Produk ini
    // dilewati." is for someone reading a list of problems, not a form.
    assert.deepEqual(message(1, 'name'), {
      id: 'Nama tidak boleh kosong.',
      en: 'Name cannot be empty.',
    });
    // The category list shows names (Fesyen, Kuliner), so the message does not list codes.
    assert.deepEqual(message(2, 'category'), {
      id: 'Kategori “mainan” tidak dikenal; pilih salah satu dari daftar.',
      en: 'The category “mainan” is not known; choose one from the list.',
    });
  });

  it('words a field’s message for the form when the name holds curly quotes', () => {
    // A phone's keyboard types "Gayo" as “Gayo”; the reader quotes the name in its prefix.
    const draft = twoSellers();
    const broken: Draft = {
      ...draft,
      sellers: [{ ...draft.sellers[0]!, name: 'Toko “Bu Ani”', whatsapp: '12' }, draft.sellers[1]!],
      products: [{ ...draft.products[0]!, name: 'Kopi “Gayo”', stock: 'banyak' }],
    };
    const { issues } = validateDraft(broken);
    const message = (key: string, field: string) =>
      issues.find((x) => x.key === key && x.field === field)!.message;
    assert.deepEqual(message(broken.products[0]!.key, 'stock'), {
      id: 'Stok harus berupa angka. Bagian ini diabaikan.',
      en: 'Stock must be a number. This part was ignored.',
    });
    assert.match(message(broken.sellers[0]!.key, 'whatsapp').id, /^Nomor WhatsApp tidak dikenali/);
  });

  it('asks for a seller beside the seller field, without the file’s internal seller ids', () => {
    // A product added before any seller, and one whose seller has no name yet.
    const unnamed = newSeller();
    const draft: Draft = {
      ...emptyDraft(),
      sellers: [unnamed],
      products: [
        newProduct('', { name: 'Teh', category: 'kuliner', price: '25000' }),
        newProduct(unnamed.key, { name: 'Kopi', category: 'kuliner', price: '1' }),
      ],
    };
    const { issues } = validateDraft(draft);
    const beside = (i: number) =>
      issues
        .filter((x) => x.key === draft.products[i]!.key && x.field === 'sellerKey')
        .map((x) => x.message.id);
    assert.deepEqual(beside(0), ['Pilih penjual produk ini.']);
    assert.deepEqual(beside(1), ['Penjual ini belum lengkap; lengkapi datanya di bagian Penjual.']);
  });

  it('says when a region code is not a kabupaten/kota or province, and leaves it out of the file', () => {
    const draft = twoSellers();
    const broken: Draft = {
      ...draft,
      region: '99',
      sellers: [{ ...draft.sellers[0]!, region: '99.99' }, draft.sellers[1]!],
    };
    const { catalog, issues } = validateDraft(broken);
    assert.deepEqual(
      issues.map((i) => [i.target, i.field, i.severity, i.message.id]),
      [
        [
          'catalog',
          'region',
          'warning',
          'Kode wilayah “99” tidak dikenal; tulis kode Kemendagri seperti 33 atau 33.72.',
        ],
        [
          'seller',
          'region',
          'warning',
          'Kode wilayah “99.99” tidak dikenal; tulis kode Kemendagri seperti 33 atau 33.72.',
        ],
      ],
    );
    // The storefront would show "99.99" as the seller's place: the file leaves it out.
    assert.equal(catalog.region, undefined);
    assert.equal(catalog.sellers[0]!.region, undefined);
    assert.equal(broken.sellers[0]!.region, '99.99', 'the typed value stays to be fixed');
  });

  it('reads prices and ranges as typed, and refuses what is not a price', () => {
    assert.equal(readPriceOrRange('25000'), 25000);
    assert.equal(readPriceOrRange('Rp 1.299.000'), 1299000);
    assert.equal(readPriceOrRange('1,5 jt'), 1500000);
    assert.equal(readPriceOrRange('Rp25.000,-'), 25000);
    assert.deepEqual(readPriceOrRange('20rb–35rb'), { min: 20000, max: 35000 });
    assert.equal(readPriceOrRange('murah'), undefined);
    assert.equal(readPriceOrRange('12.5'), undefined);
  });
});

describe('catalog zip', () => {
  it('exports katalog.json, katalog.csv and photos that the storefront reads, and re-imports all of it', async () => {
    const draft = twoSellers();
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 0xff, 0xd9])], {
      type: 'image/jpeg',
    });
    const { zip, catalog, issues } = await exportCatalogZip(draft, new Map([['f1', photo]]));
    assert.deepEqual(issues, []);
    assert.equal(catalog.products[0]!.images[0]!.src, 'foto/f1.jpg');
    const back = importCatalogZip(zip);
    assert.ok(back.ok);
    assert.deepEqual(back.draft, draft);
    assert.deepEqual(
      new Uint8Array(await back.photos.get('f1')!.arrayBuffer()),
      new Uint8Array(await photo.arrayBuffer()),
    );
  });

  it('keeps rows still being fixed through a re-import', async () => {
    const draft = twoSellers();
    const broken = {
      ...draft,
      products: [{ ...draft.products[0]!, price: 'tanya' }, ...draft.products.slice(1)],
    };
    const { zip, catalog, issues } = await exportCatalogZip(broken, new Map());
    assert.equal(catalog.products.length, 2, 'katalog.json holds the valid products only');
    assert.equal(issues.length, 1);
    const back = importCatalogZip(zip);
    assert.ok(back.ok);
    assert.equal(back.draft.products[0]!.price, 'tanya');
  });

  it('reads a plain zip with only katalog.json and photos', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const json = {
      version: 1,
      sellers: [{ id: 'a', name: 'A' }],
      products: [
        {
          id: 'p',
          name: 'P',
          category: 'kuliner',
          price: 1000,
          sellerId: 'a',
          images: [{ src: 'foto/p.png' }],
        },
      ],
    };
    const zip = zipSync({
      'katalog.json': strToU8(JSON.stringify(json)),
      'foto/p.png': new Uint8Array([1, 2]),
    });
    const back = importCatalogZip(zip);
    assert.ok(back.ok);
    assert.equal(back.draft.products[0]!.name, 'P');
    const [key] = back.draft.products[0]!.photos;
    assert.equal(back.photos.get(key!)!.type, 'image/png');
    assert.equal(parseCatalog(json).issues.length, 0);
  });

  it('says what is wrong with a zip that is not a catalog', () => {
    const result = importCatalogZip(new Uint8Array([1, 2, 3]));
    assert.ok(!result.ok);
    assert.match(result.message.id, /bukan zip katalog Etalase/);
  });
});

describe('embedSnippet', () => {
  it('gives the two lines for the folder where the files will be hosted', () => {
    const s = embedSnippet('https://desa-wisata.example/etalase');
    assert.ok(s.ok);
    assert.equal(
      s.html,
      '<script type="module" src="https://desa-wisata.example/etalase/etalase.js"></script>\n<etalase-storefront src="https://desa-wisata.example/etalase/katalog.json"></etalase-storefront>',
    );
  });

  it('refuses what is not a web address', () => {
    assert.deepEqual(embedSnippet('javascript:alert(1)'), { ok: false });
    assert.deepEqual(embedSnippet('desa saya'), { ok: false });
  });
});

describe('csvToDraft', () => {
  it('reads an Excel CSV with ; and keeps wrong cells on their rows to fix', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    const csv =
      '\uFEFFnama;kategori;harga;penjual;whatsapp;wilayah\nKeripik tempe;makanan;Rp15.000;Bu Sri;0812-3456-7890;33.72\nSambal;kuliner;murah;Bu Sri;;\n;kuliner;5000;Pak Dul;;33.08\n';
    const result = csvToDraft(csv, emptyDraft());
    assert.ok(result.ok);
    assert.equal(result.rows, 3);
    assert.deepEqual(
      result.draft.sellers.map((s) => s.name),
      ['Bu Sri', 'Pak Dul'],
    );
    assert.deepEqual(
      result.draft.products.map((p) => [p.name, p.category, p.price]),
      [
        ['Keripik tempe', 'kuliner', 'Rp15.000'],
        ['Sambal', 'kuliner', 'murah'],
        ['', 'kuliner', '5000'],
      ],
    );
    const { issues } = validateDraft(result.draft);
    const byRow = result.draft.products.map((p) =>
      issues.filter((i) => i.key === p.key).map((i) => i.field),
    );
    assert.deepEqual(byRow, [[], ['price'], ['name']]);
  });

  it('keeps the rows below a quote that is never closed', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    const csv =
      'nama,harga,penjual\r\nKopi,25000,Toko Sari\r\n"Teh Melati,12000,Toko Sari\r\nGula Aren,15000,Toko Sari\r\n';
    const result = csvToDraft(csv, emptyDraft());
    assert.ok(result.ok);
    assert.equal(result.rows, 3);
    assert.deepEqual(
      result.draft.products.map((p) => [p.name, p.price]),
      [
        ['Kopi', '25000'],
        ['"Teh Melati', '12000'],
        ['Gula Aren', '15000'],
      ],
    );
    assert.deepEqual(
      result.draft.sellers.map((s) => s.name),
      ['Toko Sari'],
    );
    // The author is told which row to check, in both languages.
    assert.deepEqual(
      result.warnings.map((w) => [w.id.slice(0, 8), w.en.slice(0, 26)]),
      [['Baris 3:', 'Row 3: a quote (") is neve']],
    );
  });

  it('warns of no quote when every quote is closed', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    const result = csvToDraft('nama,harga\n"Kopi, bubuk",25000\n', emptyDraft());
    assert.ok(result.ok);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.draft.products[0]!.name, 'Kopi, bubuk');
  });

  it('says which columns it did not read, instead of dropping them unseen', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    const csv =
      'nama,harga,penjual,instagram_penjual,foto,catatan\nKopi,25000,Toko Sari,@tokosari,https://contoh.id/kopi.jpg,\n';
    const result = csvToDraft(csv, emptyDraft());
    assert.ok(result.ok);
    // "catatan" holds nothing, so losing it loses nothing; the other two hold data.
    assert.deepEqual(result.warnings, [
      {
        id: 'Kolom instagram_penjual dan foto tidak dibaca pembuat katalog; isinya tidak diimpor.',
        en: 'The columns instagram_penjual and foto are not read by the catalog builder; what they hold was not imported.',
      },
    ]);
  });

  it('reads a field from any of the columns that mean it, as the storefront does', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    // A region's name beside its code, both headers naming the region; and two WhatsApp columns.
    const csv =
      'nama,harga,penjual,wilayah,kode_wilayah,whatsapp,wa_penjual\nKopi,25000,Toko Sari,,33.72,,0812-3456-7890\n';
    const result = csvToDraft(csv, emptyDraft());
    assert.ok(result.ok);
    const [seller] = result.draft.sellers;
    assert.equal(seller!.region, '33.72');
    assert.equal(seller!.whatsapp, '0812-3456-7890');
  });

  it('says what a table without a name column needs', async () => {
    const { csvToDraft } = await import('./csv-to-draft.js');
    const result = csvToDraft('a,b\n1,2\n', emptyDraft());
    assert.ok(!result.ok);
    assert.match(result.message.id, /kolom "nama"/);
  });
});

describe('organiserToday', () => {
  const at = (iso: string, minutesWest: number) =>
    ({ getTime: () => Date.parse(iso), getTimezoneOffset: () => minutesWest }) as Date;

  it('is the date in the organiser’s Indonesian time zone, not in UTC', () => {
    // 20:00 UTC is 03:00 the next day in WIB and 05:00 in WIT.
    assert.equal(organiserToday(at('2026-12-07T20:00:00Z', -420)), '2026-12-08');
    assert.equal(organiserToday(at('2026-12-07T20:00:00Z', -540)), '2026-12-08');
    assert.equal(organiserToday(at('2026-12-07T16:30:00Z', -420)), '2026-12-07');
    assert.equal(organiserToday(at('2026-12-07T15:30:00Z', -540)), '2026-12-08');
  });

  it('falls back to WIB outside Indonesia’s offsets', () => {
    assert.equal(organiserToday(at('2026-12-07T20:00:00Z', 0)), '2026-12-08');
  });
});
