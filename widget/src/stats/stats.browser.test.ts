import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import type { CatalogInput } from '@etalase/catalog';
import { defineElement } from '../shared/define-element.js';
import { EtalaseStats } from './stats.js';
import { tallyAudit, emptyAudit, commonProblem, sampleEvenly } from './photo-audit.js';

declare const axe: { run(context: Element | Document, options?: object): Promise<AxeResults> };
defineElement('etalase-stats', EtalaseStats);

/**
 * The catalog counted by hand (see packages/catalog/src/catalog-figures.test.ts), shared with
 * that test as one file.
 */
let handCountedData: CatalogInput;
before(async () => {
  const url = new URL('../../../test/fixtures/hand-counted-catalog.json', import.meta.url);
  handCountedData = (await (await fetch(url)).json()) as CatalogInput;
});
function handCounted(): CatalogInput {
  return structuredClone(handCountedData);
}

async function until<T>(read: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function mount(setup: (el: EtalaseStats) => void): Promise<EtalaseStats> {
  const el = document.createElement('etalase-stats');
  setup(el);
  const ready = new Promise((resolve) =>
    el.addEventListener('etalase-ready', resolve, { once: true }),
  );
  document.body.append(el);
  await ready;
  await el.updateComplete;
  return el;
}

const root = (el: EtalaseStats) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A headline figure as read aloud: its label, value and note, with spaces between. */
const figureText = (node: Element) =>
  [...node.querySelectorAll('dt, .figure-value, .figure-note')].map((n) => text(n)).join(' ');
function tableRows(el: EtalaseStats, id: string): string[][] {
  return [...root(el).querySelectorAll(`#${id}-table tbody tr`)].map((tr) =>
    [...tr.children].map((c) => text(c)),
  );
}

/** Whether every word of a table cell fits on a line of the cell (no word broken in two). */
function wordsFit(cell: HTMLElement): boolean {
  const probe = document.createElement('span');
  probe.style.whiteSpace = 'nowrap';
  cell.append(probe);
  const widest = Math.max(
    ...text(cell)
      .split(' ')
      .map((word) => {
        probe.textContent = word;
        return probe.getBoundingClientRect().width;
      }),
  );
  probe.remove();
  const style = getComputedStyle(cell);
  const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return content >= Math.floor(widest);
}

afterEach(() => document.querySelectorAll('etalase-stats').forEach((el) => el.remove()));

describe('<etalase-stats>', () => {
  it('has no axe violations, in light and dark, with a table shown', async () => {
    const el = await mount((e) => (e.catalog = handCounted()));
    let results = await axe.run(el, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('.chart-head button')!.click();
    el.theme = 'dark';
    await el.updateComplete;
    results = await axe.run(el, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('shows the hand-counted headline figures', async () => {
    const el = await mount((e) => (e.catalog = handCounted()));
    const figures = [...root(el).querySelectorAll('.figures .figure')].map(figureText);
    expect(figures).to.deep.equal([
      'Penjual 4',
      'Produk 5',
      'Buatan lokal 80% 4 dari 5 produk',
      'Kabupaten/kota 5 di 3 provinsi',
    ]);
    expect(text(root(el).querySelector('.meta'))).to.equal(
      'Wilayah: Seluruh Indonesia · Data per 2026-11-30',
    );
  });

  it('gives screen readers the numbers of every chart in tables', async () => {
    const el = await mount((e) => (e.catalog = handCounted()));
    expect(tableRows(el, 'category')).to.deep.equal([
      ['Fesyen', '2', '1'],
      ['Kuliner', '1', '1'],
      ['Kerajinan', '2', '1'],
      ['Hasil tani', '0', '0'],
      ['Hasil laut & perikanan', '0', '0'],
      ['Lainnya', '0', '0'],
    ]);
    expect(tableRows(el, 'region')).to.deep.equal([
      ['Kota Surakarta', '2', '1', '2'],
      ['Kabupaten Magelang', '1', '1', '1'],
      ['Kabupaten Manggarai', '1', '1', '1'],
      ['Kota Kupang', '1', '1', '0'],
      ['Kota Bandung', '0', '1', '0'],
    ]);
    expect(tableRows(el, 'marketplace')).to.deep.equal([
      ['Tokopedia', '1'],
      ['Shopee', '1'],
      ['Lazada', '1'],
      ['Bukalapak', '0'],
      ['Blibli', '0'],
      ['TikTok Shop', '0'],
      ['Hanya lewat WhatsApp', '1'],
      ['Belum ada saluran pesan', '1'],
    ]);
    const table = root(el).querySelector('#category-table')!;
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[aria-controls="category-table"]')!.click();
    await el.updateComplete;
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(false);
  });

  it('keeps each word of a shown table’s column headings whole on a phone', async () => {
    const el = await mount((e) => {
      e.catalog = handCounted();
      e.style.width = '328px'; // a 360 px phone, less the page's margins
      e.style.fontFamily = 'system-ui, sans-serif';
    });
    root(el).querySelector<HTMLButtonElement>('[aria-controls="region-table"]')!.click();
    await el.updateComplete;
    const headings = [...root(el).querySelectorAll<HTMLElement>('#region-table thead th')];
    expect(headings.map((th) => text(th))).to.deep.equal([
      'Nama',
      'Produk',
      'Penjual',
      'Buatan lokal',
    ]);
    // Each word on a line of its own at most: "Penjual", never "Penj" over "ual".
    for (const th of headings) expect(wordsFit(th), text(th)).to.equal(true);
    // The names keep their words whole too: the numbers do not take the name column's room.
    for (const name of root(el).querySelectorAll<HTMLElement>('#region-table tbody th')) {
      expect(wordsFit(name), text(name)).to.equal(true);
    }
  });

  it('colours each province tile by its count', async () => {
    const el = await mount((e) => (e.catalog = handCounted()));
    const titles = [...root(el).querySelectorAll('.tile-map title')].map((t) => text(t));
    expect(titles).to.have.length(38);
    expect(titles).to.include('Jawa Tengah: 3');
    expect(titles).to.include('Nusa Tenggara Timur: 2');
    expect(titles).to.include('Jawa Barat: 0');
    const tile = (name: string) =>
      [...root(el).querySelectorAll('.tile')].find((g) =>
        text(g.querySelector('title')).startsWith(name),
      )!;
    expect(tile('Jawa Tengah').classList.contains('shade-4')).to.equal(true);
    expect(tile('Jawa Barat').classList.contains('shade-0')).to.equal(true);
  });

  it('limits the figures to a region and maps its kabupaten/kota', async () => {
    const el = await mount((e) => {
      e.region = '33';
      e.lang = 'en';
      e.catalog = handCounted();
    });
    const figures = [...root(el).querySelectorAll('.figures .figure')].map(figureText);
    expect(figures[0]).to.equal('Sellers 2');
    expect(figures[1]).to.equal('Products 3');
    expect(text(root(el).querySelector('#map-title'))).to.equal(
      'Products by kabupaten/kota in Jawa Tengah',
    );
    const titles = [...root(el).querySelectorAll('.tile-map title')].map((t) => text(t));
    expect(titles).to.include('Kota Surakarta: 2');
    expect(titles).to.include('Kabupaten Magelang: 1');
  });

  it('loads a catalog from src, follows its next pages and compares with an earlier one', async () => {
    const el = await mount((e) => {
      e.src = new URL('./test-fixtures/katalog-1.json', import.meta.url).href;
      e.compare = new URL('./test-fixtures/katalog-lama.json', import.meta.url).href;
    });
    const figures = [...root(el).querySelectorAll('.figures:not(.compact) .figure')].map((f) =>
      text(f),
    );
    expect(figures[1]).to.equal('Produk 3', 'two on the first page, one on the next');
    const change = await until(() => root(el).querySelector('.change'));
    expect(text(change.querySelector('#change-title'))).to.equal('Perubahan sejak 2026-06-01');
    const compact = [...change.querySelectorAll('.figure')].map(figureText);
    expect(compact).to.deep.equal([
      'Penjual +1 1 → 2',
      'Produk +2 1 → 3',
      'Porsi buatan lokal −33,3 poin 100% → 66,7%',
    ]);
    expect(text(change.querySelector('.change-lists'))).to.include('Penjual baru (1) Tenun Ina');
  });

  it('downloads the figures as CSV with the same numbers', async () => {
    const el = await mount((e) => (e.catalog = handCounted()));
    let saved: Blob | undefined;
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved = blob as Blob;
      return original.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {};
    try {
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    const csv = (await saved!.text()).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')).to.include('kategori,fashion,Fesyen,2,1');
    expect(csv.split('\r\n')).to.include('wilayah,53.10,Kabupaten Manggarai,1,1');
  });

  it('shows harvests this month, open pre-orders and halal and P-IRT kuliner for a catalog with produce', async () => {
    const day = (offset: number) =>
      new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const catalog = handCounted();
    catalog.products = [
      ...catalog.products!,
      {
        id: 'cabai',
        name: 'Cabai',
        category: 'pertanian',
        price: 40000,
        sellerId: 'kopi',
        harvestedAt: day(0),
      },
      {
        id: 'mangga',
        name: 'Mangga',
        category: 'pertanian',
        price: 25000,
        sellerId: 'kopi',
        preOrder: { readyAt: day(10) },
      },
      {
        id: 'rendang',
        name: 'Rendang',
        category: 'kuliner',
        price: 120000,
        sellerId: 'kopi',
        certifications: [{ kind: 'halal', number: 'ID00110000123450925' }],
      },
    ];
    const el = await mount((e) => (e.catalog = catalog));
    const fresh = [...root(el).querySelectorAll('.fresh .figure')].map(figureText);
    expect(fresh).to.deep.equal([
      'Dipanen bulan ini 1',
      'Pre-order dibuka 1',
      'Kuliner bersertifikat halal 50% 1 dari 2 produk kuliner',
      'Kuliner ber-P-IRT 0% 0 dari 2 produk kuliner',
    ]);
  });

  it('says clearly when the catalog cannot be loaded', async () => {
    const el = document.createElement('etalase-stats');
    el.src = '/tidak-ada/katalog.json';
    const failed = new Promise((resolve) =>
      el.addEventListener('etalase-error', resolve, { once: true }),
    );
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="alert"]'))).to.match(
      /^Angka tidak bisa dihitung: server menjawab HTTP 404\. Periksa alamat katalog/,
    );
  });
});

describe('photo audit tally', () => {
  const report = (bad: string[]) =>
    ({
      score: 50,
      subject: { x: 0, y: 0, width: 1, height: 1 },
      checks: ['exposure', 'sharpness', 'background'].map((id) => ({
        id,
        verdict: bad.includes(id) ? 'bad' : 'good',
        value: 0,
        tip: { id: '', en: '' },
      })),
    }) as never;

  it('counts photos needing work and the most common problem per region', () => {
    let s = emptyAudit(4);
    s = tallyAudit(s, '33.72', report(['sharpness']));
    s = tallyAudit(s, '33.72', report(['sharpness', 'exposure']));
    s = tallyAudit(s, '33.72', report([]));
    s = tallyAudit(s, '53.10', undefined);
    expect(s.done).to.equal(4);
    expect(s.needWork).to.equal(2);
    expect(s.unreadable).to.equal(1);
    const solo = s.byRegion.get('33.72')!;
    expect(solo).to.deep.include({ checked: 3, needWork: 2 });
    expect(commonProblem(solo)).to.equal('sharpness');
    expect(s.byRegion.has('53.10')).to.equal(false);
  });

  it('samples evenly across a long list', () => {
    expect(sampleEvenly([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).to.deep.equal([0, 2, 4, 6, 8]);
    expect(sampleEvenly([1, 2], 5)).to.deep.equal([1, 2]);
  });
});
