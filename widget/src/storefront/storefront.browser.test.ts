import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import type { EtalaseStorefront } from './storefront.js';
import { createProductSearch, parseCatalog } from '@etalase/catalog';
import {
  CatalogReaders,
  LazyWorkerBackend,
  LocalCatalogBackend,
  WORKER_THRESHOLD,
} from '../catalog/catalog-backend.js';
import { WorkerCatalogBackend, createWorkerBackend } from '../catalog/worker-backend.js';
import { SearchIndex } from '../catalog/search-index.js';
import { StaticCatalogSource } from '../catalog/catalog-source.js';
import {
  CACHE_FORMAT,
  clearCatalogCache,
  readCachedCatalog,
  writeCachedCatalog,
} from '../catalog/catalog-cache.js';
import { writeJsonLd } from './json-ld-writer.js';
import { openDB } from 'idb';
import {
  mount,
  moveOnPage,
  sampleCatalog,
  shadow,
  type,
  until,
} from '../shared/storefront-fixture.js';

declare const axe: { run(context: Element | Document, options?: object): Promise<AxeResults> };

async function expectAccessible(el: Element): Promise<void> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).to.deep.equal([]);
}

function cards(el: EtalaseStorefront): HTMLAnchorElement[] {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.card')];
}
function names(el: EtalaseStorefront): string[] {
  return cards(el).map((c) => c.querySelector('.name')!.textContent!.trim());
}

afterEach(() => {
  document.querySelectorAll('etalase-storefront').forEach((el) => el.remove());
  document.querySelectorAll('script[data-etalase]').forEach((el) => el.remove());
  history.replaceState(null, '', location.pathname);
});

describe('<etalase-storefront>', () => {
  it('has no axe violations on the grid, the open filters and the dialog', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    await expectAccessible(el);
    shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await el.updateComplete;
    await expectAccessible(el);
    cards(el)[0]!.click();
    const dialog = await until(() =>
      shadow(el).querySelector('etalase-product-dialog')?.shadowRoot?.querySelector('dialog[open]'),
    );
    expect(dialog).to.not.equal(null);
    await expectAccessible(el);
  });

  it('paints the first names before asking for any photo, in boxes that keep their size', async () => {
    const el = document.createElement('etalase-storefront');
    el.catalog = sampleCatalog();
    document.body.append(el);
    // The moment the first cards are in the DOM (before the frame that paints them).
    const first = new Promise<number>((resolve) => {
      const seen = new MutationObserver(() => {
        if (!cards(el).length) return;
        seen.disconnect();
        resolve(shadow(el).querySelectorAll('.card img').length);
      });
      seen.observe(shadow(el), { childList: true, subtree: true });
    });
    try {
      expect(await first).to.equal(0);
      const thumb = shadow(el).querySelector('a.card .thumb')!;
      const height = thumb.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(0);
      const photo = await until(() => shadow(el).querySelector('a.card .thumb img'));
      expect(photo.getAttribute('src')).to.equal('img/a.svg');
      expect(thumb.getBoundingClientRect().height).to.equal(height);
    } finally {
      el.remove();
    }
  });

  it('has no axe violations in the dark theme either', async () => {
    const el = await mount((e) => {
      e.theme = 'dark';
      e.catalog = sampleCatalog();
    });
    await expectAccessible(el);
  });

  it('shows each product with its price in rupiah, unit, seller, kabupaten and local badge', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    expect(cards(el)).to.have.length(6);
    const first = cards(el)[0]!;
    expect(first.querySelector('.name')!.textContent).to.equal('Keripik Tempe Sagu');
    expect(first.querySelector('.price')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Rp15.000 per 250 g',
    );
    expect([...first.querySelectorAll('.meta')].map((m) => m.textContent)).to.deep.equal([
      'Dapur Bu Sri',
      'Kota Surakarta',
    ]);
    expect(first.querySelector('.badge')!.textContent).to.equal('Produk lokal');
    const range = cards(el).find((c) => c.textContent!.includes('Beras Merah'))!;
    expect(range.querySelector('.price')!.textContent).to.contain('Rp18.000–Rp20.000');
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('6 produk');
  });

  it('speaks English when lang="en"', async () => {
    const el = await mount((e) => {
      e.lang = 'en';
      e.catalog = sampleCatalog();
    });
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('6 products');
    expect(shadow(el).querySelector('label[for="q"]')!.textContent).to.equal('Search products');
    expect(cards(el)[0]!.querySelector('.badge')!.textContent).to.equal('Made locally');
  });

  it('changes the language of cards already shown when lang changes', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    expect(cards(el)[0]!.querySelector('.badge')!.textContent).to.equal('Produk lokal');
    el.lang = 'en';
    await el.updateComplete;
    expect(cards(el)[0]!.querySelector('.badge')!.textContent).to.equal('Made locally');
  });

  it('fires etalase-ready with the count', async () => {
    let detail: unknown;
    document.addEventListener('etalase-ready', (e) => (detail = (e as CustomEvent).detail), {
      once: true,
    });
    await mount((e) => (e.catalog = sampleCatalog()));
    expect(detail).to.deep.equal({ count: 6, fromCache: false });
  });

  it('shows the valid products of a partly broken catalog, a note, and fires etalase-error', async () => {
    const catalog = sampleCatalog();
    catalog.products!.push(
      { id: 'minus', name: 'Harga negatif', category: 'kuliner', price: -100, sellerId: 'bu-sri' },
      {
        id: 'orphan',
        name: 'Tanpa penjual',
        category: 'kuliner',
        price: 100,
        sellerId: 'tidak-ada',
      },
    );
    let issues: { path: unknown[] }[] = [];
    document.addEventListener('etalase-error', (e) => (issues = (e as CustomEvent).detail.issues), {
      once: true,
    });
    const el = await mount((e) => (e.catalog = catalog));
    expect(cards(el)).to.have.length(6);
    expect(issues.map((i) => i.path)).to.deep.equal([
      ['products', 6, 'price'],
      ['products', 7, 'sellerId'],
    ]);
    expect(shadow(el).querySelector('.note')!.textContent).to.contain('2 entri katalog dilewati');
  });

  it('shows a clear message with a retry button when the catalog cannot be loaded', async () => {
    const el = await mount((e) => (e.src = '/tidak-ada/katalog.json'));
    const panel = shadow(el).querySelector('[role="alert"]')!;
    expect(panel.textContent).to.contain('Katalog tidak bisa dimuat');
    expect(panel.textContent).to.contain('HTTP 404');
    expect(panel.querySelector('button')!.textContent!.trim()).to.equal('Coba lagi');
  });

  it('shows a clear message for a file that is not a catalog', async () => {
    const el = await mount((e) => (e.catalog = '<!doctype html><html><body>Toko</body></html>'));
    const text = shadow(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Katalog bukan JSON yang sah');
    expect(cards(el)).to.have.length(0);
  });

  it('says where a large catalog’s JSON breaks, as the whole reader does, and shows no card', async () => {
    const catalog = sampleCatalog();
    const products = Array.from({ length: 300 }, (_, i) => ({
      ...catalog.products![i % catalog.products!.length],
      id: `p-${i}`,
    }));
    const good = JSON.stringify({ ...catalog, products });
    // A comma lost between two products far into the list (read in slices until there).
    const at = good.indexOf('},{', good.length - 5000);
    const text = `${good.slice(0, at + 1)}${good.slice(at + 2)}`;
    const expected = parseCatalog(text).issues[0]!.message.id;
    expect(expected).to.match(/^Katalog bukan JSON yang sah \(baris 1, kolom \d+\)/);
    const el = await mount((e) => (e.catalog = text));
    const alert = shadow(el).querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(alert).to.contain(expected);
    expect(cards(el)).to.have.length(0);
  });

  it('finds products with Indonesian spelling variants, prefixes and typos', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const [query, expected] of [
      ['kripik', 'Keripik Tempe Sagu'],
      ['sambel', 'Sambal Bawang Pedas'],
      ['batik-tulis', 'Batik Tulis Lasem Latohan'],
      ['band', 'Bandeng Presto Duri Lunak'],
      ['keripik tmpe', 'Keripik Tempe Sagu'],
    ] as const) {
      type(input, query);
      await el.updateComplete;
      expect(names(el)[0], query).to.equal(expected);
    }
    type(input, 'zzzzqqq');
    await el.updateComplete;
    expect(cards(el)).to.have.length(0);
    expect(shadow(el).querySelector('.panel')!.textContent).to.contain(
      'Tidak ada hasil untuk “zzzzqqq”',
    );
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('0 dari 6 produk');
  });

  it('filters by category, area, price and made-locally, and sorts', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    const root = shadow(el);
    root.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await el.updateComplete;
    // The area list loads when the filters first open.
    await until(() => root.querySelector('#f-region option[value="33.17"]'));
    const select = (id: string, value: string) => {
      const s = root.querySelector<HTMLSelectElement>(id)!;
      s.value = value;
      s.dispatchEvent(new Event('change'));
    };
    select('#f-category', 'kuliner');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Keripik Tempe Sagu', 'Sambal Bawang Pedas']);
    select('#f-category', '');
    select('#f-region', '33.17');
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Batik Tulis Lasem Latohan',
      'Tas Anyaman Pandan',
      'Bandeng Presto Duri Lunak',
    ]);
    root.querySelector<HTMLInputElement>('.check input')!.click();
    await el.updateComplete;
    expect(names(el)).to.not.include('Tas Anyaman Pandan');
    select('#f-region', '');
    select('#f-sort', 'price-desc');
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Batik Tulis Lasem Latohan');
    const max = root.querySelector<HTMLInputElement>('#f-max')!;
    max.value = '20000';
    max.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Beras Merah Organik', 'Keripik Tempe Sagu']);
  });

  it('starts filtered by the region and category attributes', async () => {
    const el = await mount((e) => {
      e.setAttribute('region', '33.72');
      e.setAttribute('category', 'pertanian');
      e.catalog = sampleCatalog();
    });
    expect(names(el)).to.deep.equal(['Beras Merah Organik']);
  });

  it('renders catalog text only as text and never uses unsafe URLs', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const catalog = sampleCatalog();
    catalog.products![0] = {
      ...catalog.products![0]!,
      name: payload,
      description: `<script>window.__xss=1</script>`,
      images: [{ src: 'javascript:window.__xss=1' }, { src: 'img/ok.svg' }],
      links: { tokopedia: 'javascript:window.__xss=1', shopee: 'https://shopee.co.id/ok' },
    };
    catalog.sellers![0] = { ...catalog.sellers![0]!, name: `"><svg onload=window.__xss=1>` };
    const el = await mount((e) => (e.catalog = catalog));
    const card = cards(el)[0]!;
    expect(card.querySelector('.name')!.textContent).to.equal(payload);
    expect(card.querySelector('img')!.getAttribute('src')).to.equal('img/ok.svg');
    card.click();
    const dialogRoot = await until(
      () => shadow(el).querySelector('etalase-product-dialog')?.shadowRoot,
    );
    await until(() => dialogRoot.querySelector('dialog[open]'));
    const hrefs = [...dialogRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    // The safe link is there (so the list is not empty), the javascript: one is not.
    expect(hrefs).to.include('https://shopee.co.id/ok');
    expect(hrefs.filter((h) => !/^https:\/\//.test(h))).to.deep.equal([]);
    expect(dialogRoot.querySelector('.description')!.textContent).to.equal(
      '<script>window.__xss=1</script>',
    );
    expect(dialogRoot.querySelectorAll('script, svg, img[onerror]')).to.have.length(0);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('loads photos through imageUrl, which only ever sees safe sources', async () => {
    const catalog = sampleCatalog();
    catalog.products![0] = {
      ...catalog.products![0]!,
      images: [{ src: 'foto/a.jpg', sources: [{ src: 'foto/a-400.jpg', width: 400 }] }],
    };
    catalog.products![1] = { ...catalog.products![1]!, images: [{ src: 'data:image/png,x' }] };
    const asked: string[] = [];
    const el = await mount((e) => {
      e.catalog = catalog;
      e.imageUrl = (src) => (asked.push(src), src.startsWith('foto/a') ? `img/${src}` : undefined);
    });
    const img = await until(() => cards(el)[0]!.querySelector('img'));
    expect(img.getAttribute('src')).to.equal('img/foto/a.jpg');
    // The browser prefers srcset: its sources are mapped too.
    expect(img.getAttribute('srcset')).to.equal('img/foto/a-400.jpg 400w');
    expect(asked.every((src) => !src.startsWith('data:'))).to.equal(true);
    // A new function builds the cards again.
    el.imageUrl = () => 'img/other.svg';
    await until(() => cards(el)[0]!.querySelector('img')?.getAttribute('src') === 'img/other.svg');
    cards(el)[0]!.click();
    const dialogRoot = await until(
      () => shadow(el).querySelector('etalase-product-dialog')?.shadowRoot,
    );
    const big = await until(() => dialogRoot.querySelector('img'));
    expect(big.getAttribute('src')).to.equal('img/other.svg');
  });

  it('renders XSS payloads in every text field as text and drops every unsafe URL', async () => {
    const x = (field: string) =>
      `<img src=x onerror="window.__xss='${field}'"><script>window.__xss='${field}'</script>`;
    const bad = 'javascript:window.__xss=1';
    const catalog = sampleCatalog({
      title: x('title'),
      next: bad,
    });
    catalog.sellers![0] = {
      ...catalog.sellers![0]!,
      name: x('seller'),
      description: x('seller-description'),
      region: { code: '33.72', name: x('region') },
      shops: { tokopedia: bad, shopee: 'data:text/html,<script>alert(1)</script>' },
      website: bad,
      logo: bad,
    };
    catalog.products![0] = {
      ...catalog.products![0]!,
      name: x('name'),
      description: x('description'),
      // Units and tags are short (≤ 40 characters): a short payload.
      unit: '<b onmouseover=alert(1)>unit</b>',
      tags: ['<b onmouseover=alert(1)>tag</b>'],
      origin: { code: '33.72', name: x('origin') },
      images: [
        { src: bad, alt: x('alt') },
        {
          src: 'img/ok.svg',
          alt: x('alt'),
          sources: [
            { src: bad, width: 400 },
            { src: 'img/ok-400.svg', width: 400 },
          ],
        },
      ],
      links: {
        tokopedia: bad,
        shopee: 'vbscript:msgbox(1)',
        lazada: ' javascript:alert(1)',
        blibli: 'https://www.blibli.com/ok',
      },
    };
    const el = await mount((e) => (e.catalog = catalog));
    const card = cards(el)[0]!;
    expect(card.querySelector('.name')!.textContent).to.equal(x('name'));
    const img = card.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('img/ok.svg');
    expect(img.getAttribute('srcset')).to.equal('img/ok-400.svg 400w');
    card.click();
    const root = await until(() => shadow(el).querySelector('etalase-product-dialog')?.shadowRoot);
    await until(() => root.querySelector('dialog[open]'));
    for (const tree of [shadow(el), root]) {
      expect(
        tree.querySelectorAll('script, iframe, object, embed, svg, img[onerror]'),
      ).to.have.length(0);
      for (const a of tree.querySelectorAll('a[href]'))
        expect(a.getAttribute('href')).to.match(/^(https:\/\/|http:\/\/localhost)/);
      for (const i of tree.querySelectorAll('img'))
        expect(i.getAttribute('src')).to.not.match(/^(javascript|data|vbscript):/i);
    }
    const text = root.textContent!;
    for (const field of ['name', 'description', 'seller', 'seller-description', 'origin']) {
      expect(text).to.contain(x(field));
    }
    expect(text).to.contain('<b onmouseover=alert(1)>unit</b>');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('shows the smallest photo and no srcset when the buyer asks to save data', async () => {
    const connection = { saveData: true };
    Object.defineProperty(navigator, 'connection', { value: connection, configurable: true });
    try {
      const catalog = sampleCatalog();
      catalog.products![0] = {
        ...catalog.products![0]!,
        images: [
          {
            src: 'img/a.svg',
            width: 800,
            height: 800,
            sources: [{ src: 'img/a-200.svg', width: 200 }],
          },
        ],
      };
      const el = await mount((e) => (e.catalog = catalog));
      const img = cards(el)[0]!.querySelector('img')!;
      expect(img.hasAttribute('srcset')).to.equal(false);
      expect(img.getAttribute('width')).to.equal('800');
      expect(img.getAttribute('height')).to.equal('800');
    } finally {
      delete (navigator as unknown as { connection?: unknown }).connection;
    }
  });

  it('opens the detail in a modal dialog that Esc closes, returning focus, with the product in the URL', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    let selected: unknown;
    el.addEventListener('etalase-select', (e) => (selected = (e as CustomEvent).detail.product.id));
    const card = cards(el)[1]!;
    card.focus();
    card.click();
    const dialogEl = await until(() => shadow(el).querySelector('etalase-product-dialog'));
    const dialog = await until(() =>
      dialogEl.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]'),
    );
    expect(selected).to.equal('sambal-bawang');
    expect(new URL(location.href).searchParams.get('produk')).to.equal('sambal-bawang');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Sambal Bawang Pedas');
    const wa = dialog.querySelector<HTMLAnchorElement>('a.whatsapp')!;
    const waUrl = new URL(wa.href);
    expect(waUrl.origin + waUrl.pathname).to.equal('https://wa.me/6281200000001');
    expect(waUrl.searchParams.get('text')).to.contain('Sambal Bawang Pedas');
    // Esc closes the modal dialog (the browser fires cancel then close).
    dialog.dispatchEvent(new Event('cancel'));
    dialog.close();
    await until(() => !shadow(el).querySelector('etalase-product-dialog'));
    await until(() => new URL(location.href).searchParams.get('produk') === null);
    await until(() => shadow(el).activeElement === card);
  });

  it('moves through the photo gallery with the arrow keys and the buttons', async () => {
    const catalog = sampleCatalog();
    catalog.products![0] = {
      ...catalog.products![0]!,
      images: [{ src: 'img/1.svg' }, { src: 'img/2.svg' }, { src: 'img/3.svg' }],
    };
    const el = await mount((e) => (e.catalog = catalog));
    cards(el)[0]!.click();
    const root = await until(() => shadow(el).querySelector('etalase-product-dialog')?.shadowRoot);
    const slides = await until(() => root.querySelector<HTMLElement>('.slides'));
    const dialogEl = shadow(el).querySelector('etalase-product-dialog')!;
    expect(slides.getAttribute('aria-label')).to.equal('Foto 1 dari 3');
    slides.focus();
    slides.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await dialogEl.updateComplete;
    expect(slides.getAttribute('aria-label')).to.equal('Foto 2 dari 3');
    root.querySelector<HTMLButtonElement>('.nav.prev')!.click();
    root.querySelector<HTMLButtonElement>('.nav.prev')!.click();
    await dialogEl.updateComplete;
    expect(slides.getAttribute('aria-label')).to.equal('Foto 3 dari 3');
  });

  it('closes the dialog when the buyer goes Back', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    cards(el)[0]!.click();
    await until(() =>
      shadow(el).querySelector('etalase-product-dialog')?.shadowRoot?.querySelector('dialog[open]'),
    );
    history.back();
    await until(() => !shadow(el).querySelector('etalase-product-dialog'));
    expect(new URL(location.href).searchParams.get('produk')).to.equal(null);
  });

  it('keeps the product a buyer opens right after closing another (the step back comes later)', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    const openName = () =>
      shadow(el)
        .querySelector('etalase-product-dialog')
        ?.shadowRoot?.querySelector('dialog[open] h2')?.textContent;
    cards(el)[0]!.click();
    const first = await until(openName);
    const dialog = shadow(el).querySelector('etalase-product-dialog')!;
    // The buyer clicks the next card as soon as the dialog has closed, and the browser (busy)
    // takes the step back the storefront asked for only after that.
    const back = Object.getOwnPropertyDescriptor(History.prototype, 'back')!;
    Object.defineProperty(history, 'back', {
      configurable: true,
      value: () => setTimeout(() => back.value.call(history), 150),
    });
    el.addEventListener('etalase-dialog-close', () => cards(el)[1]!.click(), { once: true });
    dialog.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.close();
    const second = names(el)[1]!;
    try {
      await until(() => openName() === second);
      // Let the step back and anything it triggers land.
      await new Promise((r) => setTimeout(r, 400));
      await el.updateComplete;
    } finally {
      delete (history as { back?: unknown }).back;
    }
    expect(openName()).to.equal(second);
    expect(second).to.not.equal(first);
    const id = new URL(location.href).searchParams.get('produk');
    expect(id).to.equal(cards(el)[1]!.href.split('produk=')[1]);
    // Back closes it, as for any product.
    history.back();
    await until(() => !shadow(el).querySelector('etalase-product-dialog'));
    expect(new URL(location.href).searchParams.get('produk')).to.equal(null);
  });

  it('opens the product named in the URL when the page loads', async () => {
    history.replaceState(null, '', `${location.pathname}?produk=batik-lasem`);
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    const dialog = await until(() =>
      shadow(el).querySelector('etalase-product-dialog')?.shadowRoot?.querySelector('dialog[open]'),
    );
    expect(dialog.querySelector('h2')!.textContent).to.equal('Batik Tulis Lasem Latohan');
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) =>
      a.textContent!.trim(),
    );
    expect(links).to.deep.equal(['Beli di Tokopedia', 'Beli di Shopee']);
  });

  it('fires etalase-order with the channel', async () => {
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    cards(el)[0]!.click();
    const dialog = await until(() =>
      shadow(el).querySelector('etalase-product-dialog')?.shadowRoot?.querySelector('dialog[open]'),
    );
    let order: { channel: string; product: { id: string } } | undefined;
    document.addEventListener('etalase-order', (e) => (order = (e as CustomEvent).detail), {
      once: true,
    });
    const wa = dialog.querySelector<HTMLAnchorElement>('a.whatsapp')!;
    wa.addEventListener('click', (e) => e.preventDefault()); // do not leave the test page
    wa.click();
    expect(order?.channel).to.equal('whatsapp');
    expect(order?.product.id).to.equal('keripik-tempe');
  });

  it('keeps two storefronts on one page with their own settings', async () => {
    const a = await mount((e) => {
      e.catalog = sampleCatalog();
      e.setAttribute('category', 'fashion');
    });
    const b = await mount((e) => {
      e.lang = 'en';
      e.catalog = sampleCatalog();
      e.setAttribute('category', 'kuliner');
    });
    expect(names(a)).to.deep.equal(['Batik Tulis Lasem Latohan']);
    expect(names(b)).to.deep.equal(['Keripik Tempe Sagu', 'Sambal Bawang Pedas']);
    expect(shadow(b).querySelector('.count')!.textContent).to.equal('2 of 6 products');
  });

  it('keeps working when a second copy of the bundle defines its elements again', async () => {
    const { defineElement } = await import('../shared/define-element.js');
    const { EtalaseStorefront } = await import('./storefront.js');
    class SecondCopy extends EtalaseStorefront {}
    expect(() => defineElement('etalase-storefront', SecondCopy)).to.not.throw();
    // The first definition wins, and elements made afterwards still show the catalog.
    expect(customElements.get('etalase-storefront')).to.equal(EtalaseStorefront);
    const el = await mount((e) => (e.catalog = sampleCatalog()));
    expect(el).to.not.be.instanceOf(SecondCopy);
    expect(cards(el)).to.have.length(6);
  });

  it('stays visible on a host page with hostile CSS', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { all: unset !important; } div, ul, li, a, img { display: none !important; } body { text-transform: uppercase; letter-spacing: 8px; }';
    document.head.append(style);
    try {
      const el = await mount((e) => (e.catalog = sampleCatalog()));
      const card = cards(el)[0]!;
      expect(card.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(getComputedStyle(card.querySelector('.name')!).textTransform).to.equal('none');
      expect(getComputedStyle(card.querySelector('.name')!).letterSpacing).to.equal('normal');
    } finally {
      style.remove();
    }
  });

  it('writes schema.org ItemList JSON-LD of the products into the host document', async () => {
    await mount((e) => (e.catalog = sampleCatalog()));
    const script = await until(() =>
      document.head.querySelector<HTMLScriptElement>(
        'script[type="application/ld+json"][data-etalase]',
      ),
    );
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('ItemList');
    expect(data.itemListElement).to.have.length(6);
    expect(data.itemListElement[0].item.name).to.equal('Keripik Tempe Sagu');
  });

  it('renders a 10,000-product catalog incrementally', async () => {
    const base = sampleCatalog();
    const products = Array.from({ length: 10_000 }, (_, i) => ({
      ...base.products![i % 6]!,
      id: `p${i}`,
    }));
    const el = await mount((e) => (e.catalog = { ...base, products }));
    expect(cards(el).length).to.be.at.most(48);
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('10.000 produk');
    shadow(el).querySelector<HTMLButtonElement>('.more button')!.click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(96);
  });

  it('shows the first screen of an answer at once, then the rest of the batch', async () => {
    const base = sampleCatalog();
    // Two kinds of product taking turns: "sambal" changes every card of the first batch.
    const products = Array.from({ length: 500 }, (_, i) => ({
      ...base.products![i % 6]!,
      id: `p${i}`,
      name: i % 2 ? `Sambal ${i}` : `Keripik ${i}`,
    }));
    const el = await mount((e) => (e.catalog = { ...base, products }));
    expect(cards(el)).to.have.length(48);
    const grid = shadow(el).querySelector('.grid')!;
    const before = cards(el);
    type(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!, 'sambal');
    await el.updateComplete;
    // The cards are the same elements, now showing the answer on the first screen; below
    // it they still show the old products, and the grid says it is busy.
    expect(shadow(el).querySelector('.grid')).to.equal(grid);
    expect(cards(el)).to.deep.equal(before);
    const fresh = names(el).findIndex((name) => !name.startsWith('Sambal'));
    expect(fresh).to.be.within(1, 47);
    expect(
      names(el)
        .slice(0, fresh)
        .every((name) => name.startsWith('Sambal')),
    ).to.equal(true);
    expect(grid.getAttribute('aria-busy')).to.equal('true');
    // The grid keeps its width: a screen is whole rows of cards.
    const top = cards(el)[0]!.getBoundingClientRect().top;
    const perRow = cards(el).filter((c) => c.getBoundingClientRect().top === top).length;
    expect(fresh % perRow).to.equal(0);
    await until(() => !grid.hasAttribute('aria-busy'));
    expect(names(el)).to.deep.equal(Array.from({ length: 48 }, (_, k) => `Sambal ${2 * k + 1}`));
    await until(() => shadow(el).querySelector('.more button'));
  });

  it("keeps the photo of a product that stays in its place, and shows a new product's photo a frame after its name", async () => {
    const base = sampleCatalog();
    const products = Array.from({ length: 60 }, (_, i) => ({
      ...base.products![0]!,
      id: `p${i}`,
      name: i % 2 ? `Teh ${i}` : `Kopi ${i}`,
      images: [{ src: `img/p${i}.svg`, width: 800, height: 800, alt: `Foto ${i}` }],
    }));
    const el = await mount((e) => (e.catalog = { ...base, products }));
    const kept = await until(() => cards(el)[0]!.querySelector('img'));
    await until(() => cards(el)[1]!.querySelector('img'));
    type(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!, 'kopi');
    await el.updateComplete;
    expect(names(el).slice(0, 2)).to.deep.equal(['Kopi 0', 'Kopi 2']);
    // The first card shows the same product: the very same <img>, not loaded again.
    // (Compared as a boolean: chai describing a failed comparison of elements can hang.)
    expect(cards(el)[0]!.querySelector('img') === kept).to.equal(true);
    // The second shows another product: its name at once, its photo once that is painted
    // (never the photo of the product it showed before).
    expect(cards(el)[1]!.querySelectorAll('img').length).to.equal(0);
    const photo = await until(() => cards(el)[1]!.querySelector('img'));
    expect(photo.getAttribute('src')).to.equal('img/p2.svg');
    expect(photo.getAttribute('alt')).to.equal('Foto 2');
    expect(cards(el)[0]!.querySelector('img') === kept).to.equal(true);
  });

  it('shows the right answer and count after fast typing and backspacing', async () => {
    const base = sampleCatalog();
    const kinds = ['Keripik Tempe', 'Sambal Bawang', 'Batik Tulis', 'Kopi Gayo'];
    const data = {
      ...base,
      products: Array.from({ length: 400 }, (_, i) => ({
        ...base.products![i % 6]!,
        id: `p${i}`,
        name: `${kinds[i % 4]} ${i}`,
        description: 'Buatan rumah.',
      })),
    };
    const { catalog } = parseCatalog(data);
    // What the index answers, and what the quick path answers while the index builds.
    const whole = createProductSearch(catalog);
    const quick = new SearchIndex();
    quick.add(catalog.products, catalog.sellers);
    const el = await mount((e) => (e.catalog = data));
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    const count = () => shadow(el).querySelector('.count')!.textContent!;
    const countOf = (n: number) => (n === 400 ? '400 produk' : `${n} dari 400 produk`);
    const expectShown = async (text: string) => {
      // At once, an answer to this text (not to one typed before it), from either path.
      const answers = [whole.searchProducts(text), quick.quickSearch(text)];
      expect(answers.map((a) => countOf(a.length))).to.include(count());
      // Then the index's answer, every card of the first batch.
      const names48 = whole
        .searchProducts(text)
        .slice(0, 48)
        .map((p) => p.name);
      await until(
        () => !shadow(el).querySelector('.grid[aria-busy]') && names(el).join() === names48.join(),
      );
      expect(count()).to.equal(countOf(whole.searchProducts(text).length));
    };
    // One keystroke after another, with no wait for the answers in between.
    for (const text of ['k', 'ko', 'kop', 'kopi', 'kopi g', 'kopi', 'kop', 'ko', 'k', '', 's'])
      type(input, text);
    type(input, 'sa');
    await el.updateComplete;
    await expectShown('sa');
    for (const text of ['s', '', 'b', 'ba', 'bat']) type(input, text);
    type(input, 'batik t');
    await el.updateComplete;
    await expectShown('batik t');
    type(input, 'batik');
    type(input, '');
    await el.updateComplete;
    await expectShown('');
    expect(names(el)[0]).to.equal('Keripik Tempe 0');
  });
});

describe('<etalase-storefront> moved on the page while it reads its catalog', () => {
  it('shows the catalog (inline data)', async () => {
    const el = document.createElement('etalase-storefront');
    el.catalog = sampleCatalog();
    document.body.append(el);
    await el.updateComplete;
    const tab = await moveOnPage(el);
    await until(() => shadow(el).querySelector('.count')?.textContent === '6 produk');
    tab.remove();
  });
});

describe('<etalase-storefront> when a search cannot run', () => {
  it('keeps the cards and the query, says so in both languages, and the next keystroke tries again', async () => {
    const real = StaticCatalogSource.prototype.search;
    let fail = true;
    // What a search meets when its code cannot load (offline, or replaced by a deploy).
    StaticCatalogSource.prototype.search = function (this: StaticCatalogSource, query) {
      if (fail && query.text) return Promise.reject(new TypeError('Failed to fetch'));
      return real.call(this, query);
    };
    try {
      const el = await mount((e) => (e.catalog = sampleCatalog()));
      const before = names(el);
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      type(input, 'batik');
      const note = await until(() => shadow(el).querySelector('.note'));
      expect(note.textContent).to.contain('Pencarian tidak bisa dijalankan');
      expect(note.getAttribute('role')).to.equal('status');
      expect(names(el)).to.deep.equal(before);
      expect(input.value).to.equal('batik');
      el.lang = 'en';
      await el.updateComplete;
      expect(shadow(el).querySelector('.note')!.textContent).to.contain('The search could not run');
      fail = false;
      type(input, 'batik ');
      await until(() => !shadow(el).querySelector('.note'));
      const { catalog } = parseCatalog(sampleCatalog());
      const found = createProductSearch(catalog).searchProducts('batik');
      expect(found.length).to.be.greaterThan(0);
      await until(() => names(el).join() === found.map((p) => p.name).join());
    } finally {
      StaticCatalogSource.prototype.search = real;
    }
  });
});

describe('<etalase-storefront src>', () => {
  const pages: Record<string, string> = {};
  let realFetch: typeof fetch;
  let offline = false;
  /** While set, every fetch waits for it (a slow network). */
  let hold: Promise<void> | undefined;
  beforeEach(async () => {
    await clearCatalogCache();
    realFetch = window.fetch;
    offline = false;
    hold = undefined;
    window.fetch = async (input: RequestInfo | URL) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href)
        .pathname;
      await hold;
      if (offline) throw new TypeError('Failed to fetch');
      const body = pages[url];
      if (body === undefined) return new Response('not found', { status: 404 });
      return new Response(body, {
        headers: { 'content-type': url.endsWith('.csv') ? 'text/csv' : 'application/json' },
      });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('loads a CSV catalog with Indonesian headers', async () => {
    pages['/katalog.csv'] =
      '\uFEFFnama;harga;kategori;penjual;whatsapp;kode_wilayah\n"Keripik Tempe; pedas";Rp15.000;Makanan;Dapur Bu Sri;0812-0000-0001;33.72\nGula Aren;25.000;pertanian;Dapur Bu Sri;0812-0000-0001;33.72\n';
    const el = await mount((e) => (e.src = '/katalog.csv'));
    expect(names(el)).to.deep.equal(['Keripik Tempe; pedas', 'Gula Aren']);
  });

  it('loads further pages linked by next as the buyer asks for more', async () => {
    const first = sampleCatalog({ next: 'halaman-2.json' });
    const products = Array.from({ length: 60 }, (_, i) => ({
      ...first.products![0]!,
      id: `a${i}`,
      name: `Produk A${i}`,
    }));
    pages['/katalog/halaman-1.json'] = JSON.stringify({ ...first, products });
    pages['/katalog/halaman-2.json'] = JSON.stringify(
      sampleCatalog({ products: [{ ...first.products![1]!, id: 'b0', name: 'Produk B0' }] }),
    );
    const el = await mount((e) => (e.src = '/katalog/halaman-1.json'));
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('60 produk');
    const more = () => shadow(el).querySelector<HTMLButtonElement>('.more button');
    more()!.click(); // shows the rest of page 1
    await el.updateComplete;
    more()!.click(); // loads page 2
    await until(() => shadow(el).querySelector('.count')!.textContent === '61 produk');
    expect(names(el)).to.include('Produk B0');
  });

  it('keeps the products shown and says so when a further page fails to load', async () => {
    const first = sampleCatalog({ next: 'tidak-ada.json' });
    pages['/katalog/gagal.json'] = JSON.stringify(first);
    const el = await mount((e) => (e.src = '/katalog/gagal.json'));
    shadow(el).querySelector<HTMLButtonElement>('.more button')!.click();
    const note = await until(() => shadow(el).querySelector('.note'));
    expect(note.textContent).to.contain('Produk berikutnya gagal dimuat');
    expect(note.textContent).to.not.contain('dilewati');
    expect(cards(el)).to.have.length(6);
  });

  it("shows photos from the catalog's own folder, in the grid, srcset, dialog and JSON-LD", async () => {
    const catalog = sampleCatalog();
    catalog.products![0] = {
      ...catalog.products![0]!,
      images: [
        {
          src: 'img/keripik.jpg',
          sources: [
            { src: 'img/keripik-400.jpg', width: 400 },
            { src: 'img/keripik-1600.jpg', width: 1600 },
          ],
        },
      ],
    };
    pages['/data/katalog.json'] = JSON.stringify(catalog);
    const el = await mount((e) => (e.src = '/data/katalog.json'));
    const photo = `${location.origin}/data/img/keripik.jpg`;
    const img = cards(el)[0]!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(photo);
    expect(img.getAttribute('srcset')).to.equal(
      `${location.origin}/data/img/keripik-400.jpg 400w, ${location.origin}/data/img/keripik-1600.jpg 1600w`,
    );
    const script = await until(() =>
      document.head.querySelector<HTMLScriptElement>(
        'script[type="application/ld+json"][data-etalase]',
      ),
    );
    expect(JSON.parse(script.textContent!).itemListElement[0].item.image).to.deep.equal([photo]);
    cards(el)[0]!.click();
    const dialogRoot = await until(
      () => shadow(el).querySelector('etalase-product-dialog')?.shadowRoot,
    );
    const slide = await until(() => dialogRoot.querySelector('dialog[open] .slide img'));
    expect(slide.getAttribute('src')).to.equal(photo);
  });

  it('goes on loading when moved on the page, and stops when removed', async () => {
    pages['/katalog.json'] = JSON.stringify(sampleCatalog());
    pages['/lain.json'] = pages['/katalog.json'];
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const signals = new Map<string, AbortSignal | null | undefined>();
    const slow = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      signals.set(new URL(String(input), location.href).pathname, init?.signal);
      return slow(input, init);
    };
    const moved = document.createElement('etalase-storefront');
    moved.src = '/katalog.json';
    const removed = document.createElement('etalase-storefront');
    removed.src = '/lain.json';
    document.body.append(moved, removed);
    try {
      await until(() => signals.size === 2);
      removed.remove();
      const tab = await moveOnPage(moved);
      // Past the grace a removed storefront has.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(signals.get('/katalog.json')?.aborted).to.equal(false);
      expect(signals.get('/lain.json')?.aborted).to.equal(true);
      release();
      await until(() => shadow(moved).querySelector('.count')?.textContent === '6 produk');
      tab.remove();
    } finally {
      release();
    }
  });

  /** Shows /katalog.json once and waits until the element has saved its copy. */
  async function visitOnce(): Promise<void> {
    pages['/katalog.json'] = JSON.stringify(sampleCatalog());
    const first = await mount((e) => (e.src = '/katalog.json'));
    first.remove();
    // The element writes its copy once the browser is idle.
    const url = new URL('/katalog.json', document.baseURI).href;
    let saved = false;
    void (async () => {
      while (!(await readCachedCatalog(url))) await new Promise((r) => setTimeout(r, 16));
      saved = true;
    })();
    await until(() => saved);
  }

  it('starts from the cached catalog when offline and says from when it is', async () => {
    await visitOnce();
    offline = true;
    const el = document.createElement('etalase-storefront');
    el.src = '/katalog.json';
    document.body.append(el);
    await until(() =>
      shadow(el).querySelector('.note')?.textContent?.includes('Data katalog dari'),
    );
    expect(cards(el)).to.have.length(6);
  });

  it('keeps the cards in place when the refresh of a saved catalog ends, on a phone too', async () => {
    await visitOnce();
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const el = document.createElement('etalase-storefront');
    el.style.cssText = 'display: block; width: 360px';
    el.src = '/katalog.json';
    document.body.append(el);
    try {
      await until(() => cards(el).length === 6);
      const note = shadow(el).querySelector('.note');
      expect(note?.textContent).to.include('memperbarui');
      const gridTop = () => shadow(el).querySelector('.grid')!.getBoundingClientRect().top;
      const before = gridTop();
      release();
      await until(() => shadow(el).querySelector('.note') === null);
      expect(gridTop()).to.equal(before);
    } finally {
      release();
      el.remove();
    }
  });
});

describe('catalog cache', () => {
  const url = 'https://toko.example/katalog.json';
  const good = () => ({
    url,
    savedAt: Date.now(),
    catalog: parseCatalog(sampleCatalog()).catalog,
    issues: [],
  });
  async function putRaw(entry: unknown): Promise<void> {
    const db = await openDB('etalase-storefront', 1);
    await db.put('catalogs', entry);
    db.close();
  }
  beforeEach(() => clearCatalogCache());

  it('gives back what it stored', async () => {
    expect(await writeCachedCatalog(good())).to.equal(true);
    const read = await readCachedCatalog(url);
    expect(read?.format).to.equal(CACHE_FORMAT);
    expect(read?.catalog.products).to.have.length(6);
  });

  it('drops an entry written by an older storefront, and a damaged one', async () => {
    // Format 1 (no format field) kept photo URLs relative to the catalog.
    await putRaw({ ...good(), format: undefined });
    expect(await readCachedCatalog(url)).to.equal(undefined);
    await putRaw({ ...good(), format: CACHE_FORMAT, catalog: { products: 'rusak', sellers: [] } });
    expect(await readCachedCatalog(url)).to.equal(undefined);
    const broken = good();
    await putRaw({
      ...broken,
      format: CACHE_FORMAT,
      catalog: { ...broken.catalog, products: [{ id: 'x', name: 42 }] },
    });
    expect(await readCachedCatalog(url)).to.equal(undefined);
    // Dropped, not only skipped.
    const db = await openDB('etalase-storefront', 1);
    expect(await db.get('catalogs', url)).to.equal(undefined);
    db.close();
  });
});

describe('JSON-LD writer', () => {
  it('stays silent on a page that is not on the web (file:)', () => {
    const { catalog } = parseCatalog(sampleCatalog());
    const before = document.head.querySelectorAll('script[type="application/ld+json"]').length;
    const remove = writeJsonLd(catalog, 'produk', 'file:///home/toko/index.html');
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(
      before,
    );
    remove();
  });
});

describe('catalog backends', () => {
  it('reads in a Worker when the page allows it', async () => {
    const backend = createWorkerBackend();
    expect(backend).to.be.instanceOf(WorkerCatalogBackend);
    // Every answer below must come from the Worker, not from the main-thread fallback.
    const replies: unknown[] = [];
    (backend as unknown as { worker: Worker }).worker.addEventListener('message', (event) =>
      replies.push((event.data as { type: string }).type),
    );
    const page = await backend.read(JSON.stringify(sampleCatalog()));
    expect(page.catalog.products.map((p) => p.id)).to.deep.equal([
      'keripik-tempe',
      'sambal-bawang',
      'batik-lasem',
      'anyaman-pandan',
      'beras-merah',
      'bandeng-presto',
    ]);
    const csv = await backend.read(
      'nama,harga,penjual\nGula Aren,25000,Bu Sri\n',
      'katalog.csv',
      'text/csv',
    );
    expect(csv.catalog.products.map((p) => p.name)).to.deep.equal(['Gula Aren']);
    const junk = await backend.read('{ bukan json');
    expect(junk.issues[0]!.severity).to.equal('fatal');
    // (This listener runs after the backend's, which already resolved the last read.)
    await new Promise((resolve) => setTimeout(resolve));
    expect(replies).to.deep.equal(['page', 'page', 'page']);
    backend.close();
  });

  it('answers a waiting read on the main thread when the worker dies', async () => {
    // A worker that takes the request, never answers, then dies of an uncaught error.
    const source = `addEventListener('message', () => setTimeout(() => { throw new Error('boom'); }, 50));`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    const backend = new WorkerCatalogBackend(worker);
    const timeout = (ms: number) =>
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
    const waiting = await Promise.race([backend.read(sampleCatalog()), timeout(5000)]);
    if (waiting === 'timeout') throw new Error('the read waiting when the worker died never ended');
    expect(waiting.catalog.products).to.have.length(6);
    // Later reads do not wait on the dead worker either.
    const later = await Promise.race([backend.read(sampleCatalog()), timeout(5000)]);
    if (later === 'timeout') throw new Error('a read after the worker died never ended');
    expect(later.catalog.products).to.have.length(6);
  });

  it('reads small catalogs on the main thread and large ones in a Worker, loaded when first needed', async () => {
    const readers = new CatalogReaders();
    expect(readers.for(10_000)).to.be.instanceOf(LocalCatalogBackend);
    const large = readers.for(WORKER_THRESHOLD);
    expect(large).to.be.instanceOf(LazyWorkerBackend);
    expect(readers.for(WORKER_THRESHOLD * 4)).to.equal(large);
    expect(await (large as LazyWorkerBackend).started()).to.be.instanceOf(WorkerCatalogBackend);
    const csv = await large.read(
      'nama,harga,penjual\nGula Aren,25000,Bu Sri\n',
      'k.csv',
      'text/csv',
    );
    expect(csv.catalog.products.map((p) => p.name)).to.deep.equal(['Gula Aren']);
    readers.close();
  });
});

/** The sample catalog's six products repeated to `count`, each with its own id. */
function repeatedSample(count: number) {
  const base = sampleCatalog();
  const products = Array.from({ length: count }, (_, i) => ({
    ...base.products![i % base.products!.length]!,
    id: `p${i}`,
  }));
  return { base, products };
}
describe('SearchIndex', () => {
  it('finds products by Indonesian spelling variants, whether or not it finished building', async () => {
    const index = new SearchIndex();
    const base = sampleCatalog();
    const products = Array.from({ length: 1000 }, (_, i) => ({
      ...base.products![i % 6]!,
      id: `p${i}`,
    }));
    const { catalog } = parseCatalog({ ...base, products });
    expect(catalog.products).to.have.length(1000);
    index.add(catalog.products, catalog.sellers);
    const hits = await index.search('kripik');
    expect(hits.length).to.be.greaterThan(0);
    expect(hits.every((p) => p.name === 'Keripik Tempe Sagu')).to.equal(true);
    index.clear();
    expect(await index.search('kripik')).to.deep.equal([]);
  });

  it('answers from the first keystroke while a large index builds: substrings, names first', async () => {
    const index = new SearchIndex();
    const { base, products } = repeatedSample(3000);
    const { catalog } = parseCatalog({ ...base, products });
    index.add(catalog.products, catalog.sellers);
    expect(index.complete).to.equal(false);
    const tempe = await index.search('Tempe');
    expect(index.complete).to.equal(false); // the quick path did not finish the index
    expect(tempe.length).to.equal(500);
    expect(new Set(tempe.map((p) => p.name))).to.deep.equal(new Set(['Keripik Tempe Sagu']));
    // Typing on narrows; backspacing gives the earlier answer back.
    expect(await index.search('tempe sag')).to.have.length(500);
    expect(await index.search('Tempe')).to.equal(tempe);
    // Nothing as typed (a typo) finishes the index and finds what was meant.
    const typo = await index.search('kripik');
    expect(index.complete).to.equal(true);
    expect(typo.length).to.equal(500);
  });

  it('says when it is built, and answers then as an index built at once', async () => {
    const index = new SearchIndex();
    const { base, products } = repeatedSample(3000);
    const { catalog } = parseCatalog({ ...base, products });
    index.add(catalog.products.slice(0, 2000), catalog.sellers);
    index.add(catalog.products.slice(2000), []);
    let built = false;
    const complete = index.whenComplete().then(() => (built = true));
    await index.search('sambal');
    expect(built).to.equal(false);
    await complete;
    expect(index.complete).to.equal(true);
    const whole = createProductSearch(catalog);
    for (const query of ['sambal', 'kripik tmpe', 'ba', 'kerajinan rembang', 'b'])
      expect(
        (await index.search(query)).map((p) => p.id),
        query,
      ).to.deep.equal(whole.searchProducts(query).map((p) => p.id));
    // Backspacing gives the same answer back; a page added later is in the next answer.
    const sambal = await index.search('sambal');
    expect(await index.search('sambal')).to.equal(sambal);
    const { catalog: more } = parseCatalog({
      ...base,
      products: [{ ...base.products![1]!, id: 'sambal-baru', name: 'Sambal Baru' }],
    });
    index.add(more.products, []);
    const after = await index.search('sambal');
    expect(after.length).to.equal(sambal.length + 1);
    expect(after.map((p) => p.id)).to.include('sambal-baru');
  });
});

describe('<etalase-storefront> while its search index builds', () => {
  it('answers at once, then shows the index answer once it is built', async () => {
    const base = sampleCatalog();
    // "ba" is inside "Tembakau": a substring, but no word starts with it.
    const data = {
      ...base,
      products: Array.from({ length: 3000 }, (_, i) => ({
        ...base.products![i % 6]!,
        id: `p${i}`,
        sellerId: 'bu-sri',
        name: i % 2 ? `Tembakau Madura ${i}` : `Batik Tulis ${i}`,
        description: 'Buatan tangan.',
      })),
    };
    const expected = createProductSearch(parseCatalog(data).catalog).searchProducts('ba');
    expect(expected.length).to.be.within(1, 2999);
    const el = await mount((e) => (e.catalog = data));
    const count = () => shadow(el).querySelector('.count')!.textContent;
    type(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!, 'ba');
    await el.updateComplete;
    const want = `${expected.length.toLocaleString('id-ID')} dari 3.000 produk`;
    await until(() => count() === want, 8000);
    await until(
      () =>
        !shadow(el).querySelector('.grid[aria-busy]') &&
        names(el).join() ===
          expected
            .slice(0, 48)
            .map((p) => p.name)
            .join(),
    );
  });
});

describe('<etalase-storefront> with a large catalog', () => {
  it('shows first cards from the checked preview before the whole catalog is read, and opens a card clicked then once it is', async () => {
    const { base, products } = repeatedSample(3000);
    const el = document.createElement('etalase-storefront');
    let ready = false;
    el.addEventListener('etalase-ready', () => (ready = true));
    document.body.append(el);
    el.catalog = { ...base, products };
    await until(() => cards(el).length > 0);
    expect(ready).to.equal(false);
    expect(cards(el).length).to.be.within(1, 48);
    expect(shadow(el).querySelector('.count')!.textContent).to.match(/Memuat/);
    const first = names(el)[0]!;
    cards(el)[0]!.click();
    await until(() => ready);
    const dialog = await until(() => shadow(el).querySelector('etalase-product-dialog'));
    expect(dialog.shadowRoot!.textContent).to.contain(first);
    expect(shadow(el).querySelector('.count')!.textContent).to.match(/3\.000/);
  });

  it('reads a download that came whole in pieces for its first cards, without breaking a character cut between them', async () => {
    const { base, products } = repeatedSample(300);
    // Long names of two- and three-byte characters: the first cards come from the first
    // pieces of the file (16 KB each), so a piece ends inside one of these names.
    const named = products.map((p, i) => ({ ...p, name: `Kopi ${i} ${'☕é'.repeat(90)}` }));
    const encode = (title: string) =>
      new TextEncoder().encode(JSON.stringify({ ...base, title, products: named }));
    const plain = encode('Toko');
    const text = new TextDecoder().decode(plain);
    const productsAt = new TextEncoder().encode(text.slice(0, text.indexOf('"products"'))).length;
    const cut = Math.ceil((productsAt + 1) / 16_384) * 16_384;
    // Moved along by a longer title until a piece's end falls inside a character of a name.
    let shift = 0;
    while ((plain[cut - shift]! & 0xc0) !== 0x80) shift++;
    const lead = new TextDecoder().decode(plain.subarray(0, cut - shift - 2));
    expect(lead.slice(lead.lastIndexOf('"name":"') + 8)).to.not.contain('"');
    const bytes = encode(`Toko${'.'.repeat(shift)}`);
    expect(bytes[cut]! & 0xc0).to.equal(0x80);
    // A blob's body is there at once: the whole file comes as one piece of bytes.
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
    const el = document.createElement('etalase-storefront');
    let ready = false;
    el.addEventListener('etalase-ready', () => (ready = true));
    el.src = url;
    document.body.append(el);
    try {
      await until(() => cards(el).length > 0);
      expect(ready).to.equal(false);
      const first = names(el);
      expect(first).to.deep.equal(named.slice(0, first.length).map((p) => p.name));
      await until(() => ready);
      expect(shadow(el).querySelector('.count')!.textContent).to.match(/300 produk/);
      expect(names(el)).to.deep.equal(named.slice(0, 48).map((p) => p.name));
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('keeps the preview cards in place (photos not loaded again) when the whole catalog replaces them', async () => {
    const { base, products } = repeatedSample(3000);
    const el = document.createElement('etalase-storefront');
    let ready = false;
    el.addEventListener('etalase-ready', () => (ready = true));
    document.body.append(el);
    el.catalog = { ...base, products };
    const previewCards = await until(() => (cards(el).length > 0 ? cards(el) : undefined));
    const replaced: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) replaced.push(...r.removedNodes);
    }).observe(shadow(el), { childList: true, subtree: true });
    await until(() => ready);
    expect(cards(el).slice(0, previewCards.length)).to.deep.equal(previewCards);
    expect(previewCards.every((card) => card.isConnected)).to.equal(true);
    // Not even for a moment: no grey skeleton in between.
    expect(replaced.filter((n) => n instanceof Element && n.matches('.grid'))).to.deep.equal([]);
    expect(cards(el).length).to.equal(48);
  });
});
