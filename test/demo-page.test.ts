import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './serve-static.js';
import type { StaticServer } from './serve-static.js';

const dist = fileURLToPath(new URL('../demo/dist/', import.meta.url));
const shots = fileURLToPath(new URL('../test-results/', import.meta.url));

describe('demo page', () => {
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

  for (const width of [360, 1280]) {
    it(`shows the sample catalog in the storefront at ${width} px without errors`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors = collectPageErrors(page);
      await page.goto(server.origin + '/toko.html');
      await page.waitForFunction(() => Number(document.documentElement.dataset.products) > 0);
      const count = Number(await page.evaluate(() => document.documentElement.dataset.products));
      assert.ok(count >= 120, `expected at least 120 products, got ${count}`);
      assert.match(await page.locator('etalase-storefront .count').innerText(), /^\d+ produk$/);
      const first = page.locator('etalase-storefront a.card').first();
      assert.match(
        await first.locator('.price').innerText(),
        /^Rp\d{1,3}(\.\d{3})*(–Rp\d{1,3}(\.\d{3})*)?( per .+)?$/,
      );
      // One column on a phone, five on a desktop.
      const columns = await page.evaluate(() => {
        const cards = [
          ...document.querySelector('etalase-storefront')!.shadowRoot!.querySelectorAll('a.card'),
        ];
        return new Set(cards.slice(0, 12).map((c) => Math.round(c.getBoundingClientRect().left)))
          .size;
      });
      assert.equal(columns, width === 360 ? 1 : 5);
      // No horizontal scrolling on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
      await page.screenshot({ path: `${shots}demo-${width}.png` });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('has the photo coach for sellers: a photo checked and fixed in its Worker', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(server.origin + '/foto.html');
    const coach = page.locator('etalase-photo-coach');
    await coach
      .locator('input.choose')
      .setInputFiles(fileURLToPath(new URL('../bench/photo-set/rocket.jpg', import.meta.url)));
    await coach.getByRole('button', { name: 'Perbaiki otomatis' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.fixedPhotos === '1');
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    assert.ok(resources.some((name) => name.endsWith('/etalase-photo-worker.js')));
    await coach.screenshot({ path: `${shots}demo-photo-coach-360.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('can be used with the keyboard alone: search, open a product, close it, focus returns', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.origin + '/toko.html');
    await page.waitForFunction(() => Number(document.documentElement.dataset.products) > 0);
    // Tab from the top of the page into the storefront's search box and type.
    const search = page.locator('etalase-storefront input[type="search"]');
    for (let i = 0; i < 10 && !(await search.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(
      await search.evaluate((el) => el.matches(':focus')),
      'search box not reachable by Tab',
    );
    await page.keyboard.type('kripik');
    await page.waitForFunction(() =>
      /keripik/i.test(
        document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('a.card .name')
          ?.textContent ?? '',
      ),
    );
    // Tab to the filter button, then to the first product card, and open it with Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focusedName = await page.evaluate(
      () =>
        document
          .querySelector('etalase-storefront')!
          .shadowRoot!.activeElement?.querySelector('.name')?.textContent ?? '',
    );
    assert.match(focusedName, /keripik/i);
    await page.keyboard.press('Enter');
    const dialog = page.locator('etalase-storefront etalase-product-dialog dialog[open]');
    await dialog.waitFor();
    assert.match(new URL(page.url()).search, /produk=/);
    // Esc closes it and focus goes back to the card.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      document
        .querySelector('etalase-storefront')!
        .shadowRoot!.activeElement?.classList.contains('card'),
    );
    // Closing goes back in history; the URL changes when that navigation lands.
    await page.waitForFunction(() => !/produk=/.test(location.search));
    assert.doesNotMatch(new URL(page.url()).search, /produk=/);
    await page.close();
  });

  it('shows the regional figures of the sample catalog at 360 px without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const errors = collectPageErrors(page);
    await page.goto(server.origin + '/angka.html');
    const stats = page.locator('etalase-stats');
    await stats.locator('.figures .figure-value').first().waitFor();
    const products = Number(
      (await stats.locator('.figures .figure-value').nth(1).innerText()).replace(/\./g, ''),
    );
    assert.ok(products >= 120, `expected at least 120 products, got ${products}`);
    assert.equal(await stats.locator('.tile-map title').count(), 38);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    await page.screenshot({ path: `${shots}demo-figures-360.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
