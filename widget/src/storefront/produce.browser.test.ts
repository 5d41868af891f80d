import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { todayIn } from '@etalase/catalog';
import type { CatalogInput, ProductInput } from '@etalase/catalog';
import type { EtalaseStorefront } from './storefront.js';
import { mount, sampleCatalog, shadow, until } from '../shared/storefront-fixture.js';

declare const axe: { run(context: Element | Document, options?: object): Promise<AxeResults> };

async function expectAccessible(el: Element): Promise<void> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).to.deep.equal([]);
}

/** A calendar date `days` from today in the zone (negative: in the past). */
function day(days: number, zone: 'WIB' | 'WITA' | 'WIT' = 'WIB'): string {
  return todayIn(Date.now() + days * 86_400_000, zone);
}

const boyolali = { code: '33.09', name: 'Kabupaten Boyolali' };

function produceCatalog(): CatalogInput {
  const products: ProductInput[] = [
    {
      id: 'cabai',
      name: 'Cabai Merah Keriting',
      category: 'pertanian',
      price: 25000,
      unit: 'per kg',
      sellerId: 'gapoktan',
      origin: boyolali,
      harvestedAt: day(-2),
      minOrder: 5,
      priceTiers: [
        { minQuantity: 10, price: 20000 },
        { minQuantity: 50, price: 18000 },
      ],
      pickup: [
        { name: 'Pasar Tani Cepogo', region: boyolali, address: 'Jl. Merapi 1' },
        { name: 'Balai Desa Sumbung', region: boyolali },
      ],
      deliveryAreas: ['33.09', '33.72'],
    },
    {
      id: 'cakalang',
      name: 'Cakalang Segar',
      category: 'perikanan',
      price: 45000,
      unit: 'per kg',
      sellerId: 'kub',
      origin: { code: '71.72', name: 'Kota Bitung' },
      harvestedAt: day(-1, 'WITA'),
    },
    {
      id: 'jeruk',
      name: 'Jeruk Siam',
      category: 'pertanian',
      price: 18000,
      unit: 'per kg',
      sellerId: 'gapoktan',
      origin: boyolali,
      preOrder: { readyAt: day(10), quota: 500 },
    },
    {
      id: 'keripik',
      name: 'Keripik Tempe Bu Yayuk',
      category: 'kuliner',
      price: 22000,
      unit: 'per 250 g',
      sellerId: 'gapoktan',
      origin: { code: '35.73', name: 'Kota Malang' },
      harvestedAt: day(-20),
      certifications: [
        { kind: 'halal', number: 'CONTOH-ID35110000000000101' },
        { kind: 'pirt', number: 'CONTOH-P-IRT 2063573010001-29' },
      ],
    },
    {
      id: 'tempe',
      name: 'Tempe Segar',
      category: 'kuliner',
      price: 8000,
      unit: 'per papan',
      sellerId: 'gapoktan',
      origin: boyolali,
      bestBefore: day(-3),
    },
  ];
  return {
    version: 1,
    title: 'Produk segar',
    sellers: [
      { id: 'gapoktan', name: 'Gapoktan Sido Makmur', region: boyolali, whatsapp: '6281200000001' },
      {
        id: 'kub',
        name: 'KUB Nelayan Bitung',
        region: { code: '71.72', name: 'Kota Bitung' },
        whatsapp: '6281200000002',
      },
    ],
    products,
  };
}

function card(el: EtalaseStorefront, name: string): HTMLAnchorElement {
  const found = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.card')].find(
    (c) => c.querySelector('.name')!.textContent === name,
  );
  if (!found) throw new Error(`no card ${name}`);
  return found;
}

function names(el: EtalaseStorefront): string[] {
  return [...shadow(el).querySelectorAll('a.card .name')].map((n) => n.textContent!);
}

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openFilters(el: EtalaseStorefront): Promise<HTMLFieldSetElement | null> {
  shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
  await el.updateComplete;
  return shadow(el).querySelector<HTMLFieldSetElement>('fieldset.produce-filters');
}

async function check(el: EtalaseStorefront, label: string): Promise<void> {
  const box = [...shadow(el).querySelectorAll('fieldset.produce-filters label.check')]
    .find((l) => text(l).includes(label))!
    .querySelector('input')!;
  box.click();
  await until(() => el.updateComplete);
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

async function choose(el: EtalaseStorefront, id: string, value: string): Promise<void> {
  const select = await until(() =>
    shadow(el).querySelector<HTMLSelectElement>(`#${id}`)?.querySelector(`option[value="${value}"]`)
      ? shadow(el).querySelector<HTMLSelectElement>(`#${id}`)
      : undefined,
  );
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

async function openDialog(el: EtalaseStorefront, name: string): Promise<ShadowRoot> {
  card(el, name).click();
  const root = await until(() => {
    const dialog = shadow(el).querySelector('etalase-product-dialog');
    return dialog?.shadowRoot?.querySelector('dialog[open]') ? dialog.shadowRoot : undefined;
  });
  await shadow(el).querySelector('etalase-product-dialog')!.updateComplete;
  return root;
}

function whatsappText(root: ShadowRoot): string {
  const href = root.querySelector<HTMLAnchorElement>('a.whatsapp')!.href;
  return new URL(href).searchParams.get('text')!;
}

/** Mounts a storefront on the produce catalog and waits for its produce chunk to render. */
async function mountProduce(lang?: 'en'): Promise<EtalaseStorefront> {
  const el = await mount((e) => {
    if (lang) e.lang = lang;
    e.catalog = produceCatalog();
  });
  await until(() => shadow(el).querySelector('a.card .fresh'));
  return el;
}

afterEach(() => {
  document.querySelectorAll('etalase-storefront').forEach((el) => el.remove());
  history.replaceState(null, '', location.pathname);
});

describe('<etalase-storefront> with farm produce, fish and home kitchens', () => {
  it('shows freshness, pre-order, halal, minimum order and what is not available on the cards', async () => {
    const el = await mountProduce();
    const cabai = card(el, 'Cabai Merah Keriting');
    expect(text(cabai.querySelector('.price'))).to.equal('Rp25.000 per kg min. 5 kg');
    expect(text(cabai.querySelector('.fresh'))).to.equal('Panen 2 hari lalu');
    // Caught yesterday by Bitung's (WITA) calendar, wherever the test browser is.
    expect(text(card(el, 'Cakalang Segar').querySelector('.fresh'))).to.equal('Ditangkap kemarin');
    expect(text(card(el, 'Jeruk Siam').querySelector('.badge.preorder'))).to.match(
      /^Pre-order · siap \d{1,2} [A-Z][a-z]{2}( \d{4})?$/,
    );
    const keripik = card(el, 'Keripik Tempe Bu Yayuk');
    expect(text(keripik.querySelector('.badge.halal'))).to.equal('Halal');
    const tempe = card(el, 'Tempe Segar');
    expect(text(tempe.querySelector('.badges'))).to.contain('Lewat masa simpan');
    expect(tempe.classList.contains('unavailable')).to.equal(true);
    expect(cabai.classList.contains('unavailable')).to.equal(false);
  });

  it('speaks English to an English page', async () => {
    const el = await mountProduce('en');
    expect(text(card(el, 'Cabai Merah Keriting').querySelector('.fresh'))).to.equal(
      'Harvested 2 days ago',
    );
    expect(text(card(el, 'Cakalang Segar').querySelector('.fresh'))).to.equal('Caught yesterday');
    expect(text(card(el, 'Jeruk Siam').querySelector('.badge.preorder'))).to.match(
      /^Pre-order · ready /,
    );
    expect(text(card(el, 'Tempe Segar').querySelector('.badges'))).to.contain(
      'Past its best-before date',
    );
  });

  it('filters by harvested this week, pre-order and halal', async () => {
    const el = await mountProduce();
    const fieldset = await openFilters(el);
    expect(text(fieldset?.querySelector('legend'))).to.equal('Hasil tani, ikan & dapur rumahan');
    await check(el, 'Panen minggu ini');
    expect(names(el)).to.deep.equal(['Cabai Merah Keriting', 'Cakalang Segar']);
    expect(text(shadow(el).querySelector('.filters-toggle'))).to.equal('Filter (1)');
    await check(el, 'Panen minggu ini');
    await check(el, 'Bisa pre-order');
    expect(names(el)).to.deep.equal(['Jeruk Siam']);
    await check(el, 'Bisa pre-order');
    await check(el, 'Halal');
    expect(names(el)).to.deep.equal(['Keripik Tempe Bu Yayuk']);
  });

  it('filters by pickup kabupaten/kota and by the buyer area for delivery', async () => {
    const el = await mountProduce();
    await openFilters(el);
    await choose(el, 'f-pickup', '33.09');
    expect(names(el)).to.deep.equal(['Cabai Merah Keriting']);
    await choose(el, 'f-pickup', '');
    await choose(el, 'f-delivery', '33.72');
    expect(names(el)).to.deep.equal(['Cabai Merah Keriting']);
    const options = [...shadow(el).querySelectorAll('#f-delivery option')].map(
      (o) => o.textContent,
    );
    expect(options).to.deep.equal(['Di mana saja', 'Kabupaten Boyolali', 'Kota Surakarta']);
    await expectAccessible(el);
  });

  it('leaves the produce filters out for a catalog without produce', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    await openFilters(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(shadow(el).querySelector('fieldset.produce-filters')).to.equal(null);
    expect(shadow(el).querySelector('a.card .fresh, a.card .min-order')).to.equal(null);
  });

  it('shows price tiers, pickup points and certificates in the dialog, and puts them into the WhatsApp order', async () => {
    const el = await mountProduce();
    const root = await openDialog(el, 'Cabai Merah Keriting');
    const rows = [...root.querySelectorAll('table.tiers tbody tr')].map((r) => text(r));
    expect(rows).to.deep.equal([
      '5 kg Rp25.000/kg berlaku',
      '10 kg Rp20.000/kg',
      '50 kg Rp18.000/kg',
    ]);
    const input = root.querySelector<HTMLInputElement>('.qty input')!;
    expect(input.value).to.equal('5');
    expect(input.step).to.equal('0.5');
    expect(text(root.querySelector('#qty-label'))).to.equal('Jumlah (kg)');
    input.value = '12.3';
    input.dispatchEvent(new Event('change'));
    await shadow(el).querySelector('etalase-product-dialog')!.updateComplete;
    expect(input.value).to.equal('12.5');
    expect(text(root.querySelector('table.tiers tr.applies'))).to.equal(
      '10 kg Rp20.000/kg berlaku',
    );
    let message = whatsappText(root);
    expect(message).to.contain('Jumlah: 12,5 kg');
    expect(message).to.contain(
      'Harga: Rp20.000/kg × 12,5 kg = Rp250.000 (harga grosir mulai 10 kg)',
    );
    expect(message).to.contain('Ambil di: Pasar Tani Cepogo, Jl. Merapi 1, Kabupaten Boyolali');

    const radios = [...root.querySelectorAll<HTMLInputElement>('.fulfilment input[type=radio]')];
    expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
    const area = await until(() =>
      root.querySelector<HTMLSelectElement>('.fulfilment select option[value="33.72"]')
        ? root.querySelector<HTMLSelectElement>('.fulfilment select')
        : undefined,
    );
    area.value = '33.72';
    area.dispatchEvent(new Event('change'));
    await shadow(el).querySelector('etalase-product-dialog')!.updateComplete;
    message = whatsappText(root);
    expect(message).to.contain('Kirim ke: Kota Surakarta');
    expect(message).not.to.contain('Ambil di');
    await expectAccessible(el);
  });

  it('shows certificates with their numbers as printed', async () => {
    const el = await mountProduce();
    const root = await openDialog(el, 'Keripik Tempe Bu Yayuk');
    const certs = [...root.querySelectorAll('.certs dl > div')].map((d) => text(d));
    expect(certs).to.deep.equal([
      'Halal CONTOH-ID35110000000000101',
      'P-IRT CONTOH-P-IRT 2063573010001-29',
    ]);
    expect(root.querySelector('.qty input')!.getAttribute('step')).to.equal('1');
  });

  it('shows the pre-order date and quota in the dialog and in the order', async () => {
    const el = await mountProduce();
    const root = await openDialog(el, 'Jeruk Siam');
    expect(text(root.querySelector('.facts'))).to.match(
      /^Pre-order: siap \d{1,2} \w+ \d{4}, kuota 500 kg$/,
    );
    expect(whatsappText(root)).to.match(/\nPre-order, siap \d{1,2} \w+ \d{4}\n/);
  });

  it('says in the dialog when a product is past its best-before date', async () => {
    const el = await mountProduce();
    const root = await openDialog(el, 'Tempe Segar');
    expect(text(root.querySelector('.unavailable-note'))).to.equal(
      'Lewat masa simpan. Saat ini tidak tersedia; tanyakan penjual lewat WhatsApp.',
    );
    await expectAccessible(el);
  });
});
