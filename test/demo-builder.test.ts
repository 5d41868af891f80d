import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './serve-static.js';
import type { StaticServer } from './serve-static.js';
import { makeWidgetSite } from './widget-site.js';

const dist = fileURLToPath(new URL('../demo/dist/', import.meta.url));
const shots = fileURLToPath(new URL('../test-results/', import.meta.url));
const photo = fileURLToPath(new URL('../bench/photo-set/rocket.jpg', import.meta.url));

const SELLERS = [
  { name: 'Batik Bu Sri', whatsapp: '0812-3456-7890', region: '33.72' },
  { name: 'Kopi Pak Dul', whatsapp: '0813-1111-2222', region: '33.08' },
];
const PRODUCTS = [
  { name: 'Kemeja batik tulis', category: 'fashion', price: 'Rp350.000', seller: 0 },
  { name: 'Selendang sutra', category: 'fashion', price: '125rb', seller: 0 },
  { name: 'Kopi arabika Sumbing', category: 'kuliner', price: 'Rp45.000', seller: 1 },
  { name: 'Kopi robusta Temanggung', category: 'kuliner', price: '30000', seller: 1 },
  { name: 'Gula aren cetak', category: 'kuliner', price: '20rb - 35rb', seller: 1 },
];

const builder = (page: Page) => page.locator('etalase-catalog-builder');

async function addSellersAndProducts(page: Page): Promise<void> {
  const b = builder(page);
  for (const [i, s] of SELLERS.entries()) {
    await b.getByRole('button', { name: '+ Tambah penjual' }).click();
    await b.getByLabel('Nama penjual / usaha').nth(i).fill(s.name);
    await b.getByLabel('Nomor WhatsApp').nth(i).fill(s.whatsapp);
    await b.getByLabel('Kode wilayah', { exact: true }).nth(i).fill(s.region);
  }
  for (const [i, p] of PRODUCTS.entries()) {
    await b.getByRole('button', { name: '+ Tambah produk' }).click();
    await b.getByLabel('Nama', { exact: true }).nth(i).fill(p.name);
    await b.getByLabel('Kategori').nth(i).selectOption(p.category);
    await b.getByLabel('Harga (Rp)').nth(i).fill(p.price);
    await b
      .getByLabel('Penjual', { exact: true })
      .nth(i)
      .selectOption({ label: SELLERS[p.seller]!.name });
  }
}

async function previewCount(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      (document
        .querySelector('etalase-catalog-builder')
        ?.shadowRoot?.querySelector('etalase-storefront')
        ?.shadowRoot?.querySelectorAll('a.card').length ?? 0) > 0,
  );
  return page.evaluate(
    () =>
      document
        .querySelector('etalase-catalog-builder')!
        .shadowRoot!.querySelector('etalase-storefront')!
        .shadowRoot!.querySelectorAll('a.card').length,
  );
}

async function saved(page: Page): Promise<void> {
  await builder(page).getByText('✓ Tersimpan di perangkat ini').waitFor();
}

describe('catalog builder', () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    assert.ok(existsSync(dist), 'demo/dist is missing: run `pnpm run build` first');
    mkdirSync(shots, { recursive: true });
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds a catalog from nothing, with a coached photo, exports it, and the snippet works on a plain page', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${server.origin}/buat-katalog.html`);
    await builder(page).getByLabel('Judul katalog').fill('Produk UMKM Kota Surakarta');
    // Nothing is called ready before there is a product.
    assert.equal(await builder(page).getByText('Semua produk siap.').count(), 0);
    await addSellersAndProducts(page);
    assert.equal(await previewCount(page), 5);
    assert.equal(await builder(page).getByText('Semua produk siap.').count(), 1);

    // A photo through the photo coach, fixed and added to the first product.
    await builder(page)
      .getByRole('button', { name: /Tambah foto/ })
      .first()
      .click();
    const coach = builder(page).locator('dialog.coach etalase-photo-coach');
    await coach.locator('input.choose').setInputFiles(photo);
    await coach.getByRole('button', { name: 'Perbaiki otomatis' }).click();
    await builder(page).locator('dialog.coach .photos img').first().waitFor({ timeout: 60_000 });
    await builder(page).locator('dialog.coach').getByRole('button', { name: 'Selesai' }).click();
    assert.equal(await builder(page).locator('fieldset .photos img').count(), 1);
    // The preview shows the photo, from the page's own blob: URL, and it has loaded.
    const previewPhoto = await page.waitForFunction(
      () => {
        const img = document
          .querySelector('etalase-catalog-builder')
          ?.shadowRoot?.querySelector('etalase-storefront')
          ?.shadowRoot?.querySelector<HTMLImageElement>('a.card img');
        return img?.complete && img.naturalWidth > 0 ? img.getAttribute('src') : false;
      },
      undefined,
      { timeout: 10_000 },
    );
    assert.match(String(await previewPhoto.jsonValue()), /^blob:/);

    // No horizontal overflow on a phone; a desktop screenshot too.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)) <= 0);
    await page.screenshot({ path: `${shots}builder-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)) <= 0);
    await page.screenshot({ path: `${shots}builder-1280.png`, fullPage: true });

    await saved(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      builder(page)
        .getByRole('button', { name: /Unduh katalog/ })
        .click(),
    ]);
    const zipPath = await download.path();
    const files = unzipSync(new Uint8Array((await import('node:fs')).readFileSync(zipPath)));
    const catalog = JSON.parse(new TextDecoder().decode(files['katalog.json'])) as {
      products: { name: string; images: { src: string }[] }[];
    };
    assert.deepEqual(
      catalog.products.map((p) => p.name),
      PRODUCTS.map((p) => p.name),
    );
    const photoSrc = catalog.products[0]!.images[0]!.src;
    assert.ok(files[photoSrc] && files[photoSrc].length > 1000, 'the fixed photo is in the zip');
    assert.ok(files['katalog.csv']);

    // The snippet, pasted into a plain page of a site that hosts the zip's files and the widget.
    const site = makeWidgetSite('etalase-builder-site-');
    try {
      for (const [name, data] of Object.entries(files)) {
        mkdirSync(join(site, name, '..'), { recursive: true });
        writeFileSync(join(site, name), data);
      }
      const host = await serveStatic(site);
      await builder(page).getByLabel('Alamat folder di situs Anda').fill(`${host.origin}/`);
      const snippet = await builder(page).locator('pre.snippet').innerText();
      writeFileSync(
        join(site, 'plain.html'),
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Desa</title><body><h1>Desa</h1>\n${snippet}\n</body>`,
      );
      const plain = await browser.newPage();
      const plainErrors = collectPageErrors(plain);
      await plain.goto(`${host.origin}/plain.html`);
      await plain.waitForFunction(
        () =>
          (document.querySelector('etalase-storefront')?.shadowRoot?.querySelectorAll('a.card')
            .length ?? 0) === 5,
      );
      await plain.waitForFunction(() => {
        const img = document
          .querySelector('etalase-storefront')!
          .shadowRoot!.querySelector<HTMLImageElement>('a.card img');
        return img?.complete && img.naturalWidth > 0;
      });
      assert.deepEqual(plainErrors, []);
      await plain.close();
      await host.close();
    } finally {
      rmSync(site, { recursive: true, force: true });
    }

    // Start over, then re-import the zip: every product and the photo come back.
    await builder(page).getByRole('button', { name: 'Mulai katalog baru' }).click();
    await builder(page).getByText('Penjual (0)').waitFor();
    await builder(page).locator('input[type=file][accept^=".zip"]').setInputFiles(zipPath);
    await builder(page).getByText('Zip dibuka: 5 produk.').waitFor();
    assert.equal(await previewCount(page), 5);
    assert.equal(await builder(page).locator('fieldset .photos img').count(), 1);
    assert.deepEqual(missing, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('imports a CSV with errors, shows each beside its field, and takes the fix in place', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.origin}/buat-katalog.html`);
    const dir = mkdtempSync(join(tmpdir(), 'etalase-csv-'));
    const csv = join(dir, 'produk.csv');
    writeFileSync(
      csv,
      '\uFEFFnama;kategori;harga;penjual;whatsapp;wilayah\nKeripik tempe;makanan;Rp15.000;Bu Sri;0812-3456-7890;33.72\nSambal bawang;kuliner;murah;Bu Sri;;\n;kuliner;5000;Bu Sri;;\n',
    );
    // Chromium reads a chosen file when the page reads it, not when it is chosen: keep it.
    await builder(page).locator('input[type=file][accept^=".csv"]').setInputFiles(csv);
    await builder(page)
      .getByText('3 baris diimpor; 2 perlu diperbaiki (ditandai merah di bawah).')
      .waitFor();
    const price = builder(page).getByLabel('Harga (Rp)').nth(1);
    assert.equal(await price.getAttribute('aria-invalid'), 'true');
    assert.equal(await price.inputValue(), 'murah', 'what the spreadsheet said is kept');
    await builder(page)
      .getByText(
        'Harga “murah” tidak terbaca; tulis seperti 25000, Rp25.000, 25rb atau 20rb - 35rb.',
      )
      .waitFor();
    await price.fill('Rp12.000');
    await builder(page).getByLabel('Nama', { exact: true }).nth(2).fill('Bawang goreng');
    await builder(page).getByText('Semua produk siap.').waitFor();
    assert.equal(await previewCount(page), 3);
    // The table view shows the same rows, editable in place.
    await builder(page).getByRole('button', { name: 'Tabel' }).click();
    assert.equal(await builder(page).locator('table tbody tr').count(), 3);
    assert.deepEqual(errors, []);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the table view inside a 360 px wide phone screen, scrolling sideways on its own', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/buat-katalog.html`);
    const b = builder(page);
    await b.getByRole('button', { name: '+ Tambah penjual' }).click();
    await b.getByLabel('Nama penjual / usaha').fill('Batik Bu Sri');
    await b.getByRole('button', { name: '+ Tambah produk' }).click();
    await b.getByLabel('Nama', { exact: true }).fill('Kemeja batik tulis');
    await b.getByRole('button', { name: 'Tabel' }).click();
    await b.locator('table tbody tr').waitFor();
    const widths = await page.evaluate(() => {
      const scroller = document
        .querySelector('etalase-catalog-builder')!
        .shadowRoot!.querySelector('.table-scroll')!;
      return {
        page: document.documentElement.scrollWidth,
        table: scroller.scrollWidth,
        shown: scroller.clientWidth,
      };
    });
    assert.ok(widths.table > widths.shown, 'the table is wider than the screen and scrolls');
    // The page itself must not scroll sideways: its labels for screen readers sit inside the
    // scrolling box, not at the far end of the page.
    assert.equal(widths.page, 360);
    await context.close();
  });

  it('loses nothing on a reload mid-edit, and a second tab is told instead of overwriting', async () => {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
    });
    const a = await context.newPage();
    await a.goto(`${server.origin}/buat-katalog.html`);
    await builder(a).getByRole('button', { name: '+ Tambah penjual' }).click();
    await builder(a).getByLabel('Nama penjual / usaha').fill('Tenun Ina');
    // Reload at once, before the autosave's short delay has passed.
    await a.reload();
    assert.equal(await builder(a).getByLabel('Nama penjual / usaha').inputValue(), 'Tenun Ina');

    const b = await context.newPage();
    await b.goto(`${server.origin}/buat-katalog.html`);
    assert.equal(await builder(b).getByLabel('Nama penjual / usaha').inputValue(), 'Tenun Ina');
    await builder(a).getByLabel('Nama penjual / usaha').fill('Tenun Ina Sikka');
    await saved(a);
    await builder(b).getByLabel('Nama penjual / usaha').fill('Tenun Mama Ina');
    await builder(b)
      .getByText(/baru diubah di tab lain/)
      .waitFor();
    // Tab B keeps what it typed on screen; the stored copy is still tab A's.
    assert.equal(
      await builder(b).getByLabel('Nama penjual / usaha').inputValue(),
      'Tenun Mama Ina',
    );
    const c = await context.newPage();
    await c.goto(`${server.origin}/buat-katalog.html`);
    assert.equal(
      await builder(c).getByLabel('Nama penjual / usaha').inputValue(),
      'Tenun Ina Sikka',
    );
    // Tab B chooses to keep its own version on purpose.
    await builder(b).getByRole('button', { name: 'Simpan versi tab ini' }).click();
    await saved(b);
    await c.reload();
    assert.equal(
      await builder(c).getByLabel('Nama penjual / usaha').inputValue(),
      'Tenun Mama Ina',
    );
    await context.close();
  });
});
