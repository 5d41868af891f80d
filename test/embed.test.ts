import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from './chromium.js';
import { catalogToCsv, parseCatalog } from '@etalase/catalog';
import { serveStatic } from './serve-static.js';
import { makeWidgetSite } from './widget-site.js';
import type { StaticServer } from './serve-static.js';

const demoPublic = fileURLToPath(new URL('../demo/public/', import.meta.url));
const pages = fileURLToPath(new URL('./embed/', import.meta.url));

/** The policy the storefront issue names, plus Trusted Types enforcement. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Waits for the whole catalog to be shown (the count says how many), then counts cards. */
async function productCount(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('etalase-storefront')?.shadowRoot;
      return (
        (root?.querySelectorAll('a.card').length ?? 0) > 0 &&
        /\d/.test(root?.querySelector('.count')?.textContent ?? '')
      );
    },
    undefined,
    { timeout: 10_000 },
  );
  return page.evaluate(
    () =>
      document.querySelector('etalase-storefront')!.shadowRoot!.querySelectorAll('a.card').length,
  );
}

describe('the embed bundle on a host page', () => {
  let browser: Browser;
  let site: string;
  let plain: StaticServer;
  let strict: StaticServer;

  before(async () => {
    site = makeWidgetSite('etalase-embed-');
    cpSync(join(demoPublic, 'katalog.json'), join(site, 'katalog.json'));
    cpSync(join(demoPublic, 'favicon.svg'), join(site, 'favicon.svg'));
    // Catalogs big enough (over 512 KB): JSON is read on the page in slices, CSV in the Worker.
    const sample = parseCatalog(readFileSync(join(demoPublic, 'katalog.json'), 'utf8')).catalog;
    const products = Array.from({ length: 15 }, (_, copy) =>
      sample.products.map((p) => ({ ...p, id: `${p.id}-${copy}` })),
    ).flat();
    writeFileSync(join(site, 'katalog-besar.json'), JSON.stringify({ ...sample, products }));
    writeFileSync(join(site, 'katalog-besar.csv'), catalogToCsv({ ...sample, products }));
    // Over 20,000 products: the storefront's search index is built in a Worker.
    const many = Array.from({ length: 126 }, (_, copy) =>
      sample.products.map((p) => ({ ...p, id: `${p.id}-${copy}` })),
    ).flat();
    writeFileSync(join(site, 'katalog-21rb.json'), JSON.stringify({ ...sample, products: many }));
    cpSync(join(demoPublic, 'katalog'), join(site, 'katalog'), { recursive: true });
    cpSync(pages, site, { recursive: true });
    writeFileSync(
      join(site, 'strict-csp-21rb.html'),
      readFileSync(join(pages, 'strict-csp.html'), 'utf8').replace(
        'katalog-besar.csv',
        'katalog-21rb.json',
      ),
    );
    plain = await serveStatic(site);
    strict = await serveStatic(site, { 'content-security-policy': STRICT_CSP });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await plain?.close();
    await strict?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('works under a strict Content-Security-Policy with Trusted Types, with no violation, reading a large CSV catalog in its Worker', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${strict.origin}/strict-csp.html`);
    assert.ok((await productCount(page)) > 0);
    // Open a product: the dialog is a lazily loaded chunk and must load under the CSP too.
    await page.locator('etalase-storefront a.card').first().click();
    await page.waitForFunction(() =>
      document
        .querySelector('etalase-storefront')
        ?.shadowRoot?.querySelector('etalase-product-dialog')
        ?.shadowRoot?.querySelector('dialog[open]'),
    );
    const jsonLd = await page.evaluate(
      () => document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    assert.equal(JSON.parse(jsonLd)['@type'], 'ItemList');
    // The catalog was read in the Worker, not by the main-thread fallback.
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    assert.ok(
      resources.some((name) => name.endsWith('/etalase-catalog-worker.js')),
      resources.join('\n'),
    );
    assert.ok(!resources.some((name) => /read-catalog/.test(name)), 'fell back to the main thread');
    await page.waitForTimeout(200);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      [],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it(
    'searches a catalog of 21,000 products with the index in its Worker under the strict CSP, with no violation',
    { timeout: 90_000 },
    async () => {
      const page = await browser.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${strict.origin}/strict-csp-21rb.html`);
      const count = () =>
        page.evaluate(
          () =>
            document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('.count')
              ?.textContent ?? '',
        );
      await page.waitForFunction(
        () =>
          /21\.042/.test(
            document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('.count')
              ?.textContent ?? '',
          ),
        undefined,
        { timeout: 60_000 },
      );
      // "kripik" is a variant spelling of "Keripik": only the index finds it, not substrings.
      await page.locator('etalase-storefront input[type="search"]').fill('kripik');
      await page.waitForFunction(
        () => {
          const root = document.querySelector('etalase-storefront')?.shadowRoot;
          const names = [...(root?.querySelectorAll('a.card') ?? [])].map(
            (a) => a.textContent ?? '',
          );
          return names.length > 0 && names.every((name) => /Keripik/.test(name));
        },
        undefined,
        { timeout: 60_000 },
      );
      assert.match(await count(), /\d/);
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      // The index's page side loaded; the search engine itself never loaded on the page.
      assert.ok(
        resources.some((name) => /remote-search/.test(name)),
        resources.join('\n'),
      );
      assert.ok(
        !resources.some((name) => /product-search-chunk/.test(name)),
        'indexed on the main thread',
      );
      await page.waitForTimeout(200);
      assert.deepEqual(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        [],
      );
      assert.deepEqual(errors, []);
      await page.close();
    },
  );

  it('shows produce badges, filters and the produce dialog under the strict CSP, with no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors = collectPageErrors(page);
    await page.goto(`${strict.origin}/strict-csp.html`);
    await productCount(page);
    const root = page.locator('etalase-storefront');
    // The produce chunk loads for this catalog and brings its filters.
    await root.locator('.filters-toggle').click();
    await root
      .locator('fieldset.produce-filters label.check', { hasText: 'Bisa pre-order' })
      .click();
    await page.waitForFunction(() =>
      [
        ...document.querySelector('etalase-storefront')!.shadowRoot!.querySelectorAll('a.card'),
      ].every((card) => card.querySelector('.badge.preorder')),
    );
    await root.locator('a.card').first().click();
    const dialog = root.locator('etalase-product-dialog dialog[open]');
    await dialog.waitFor();
    assert.match(await dialog.locator('.facts').innerText(), /Pre-order: siap/);
    await page.waitForTimeout(200);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      [],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a large JSON catalog under the strict CSP: first cards from the preview, then all of it read in slices', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    // The scripts requested by the frame that first shows a product name.
    await page.addInitScript(`
      window.firstCardScripts = new Promise((resolve) => {
        const check = () => {
          const name = document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('.card .name');
          if (name?.textContent) {
            resolve(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });`);
    await page.goto(`${strict.origin}/strict-csp-json.html`);
    assert.ok((await productCount(page)) > 0);
    // The first cards need the embed's one file: the reader, search and JSON-LD come after.
    const scripts = await page.evaluate(
      () => (window as unknown as { firstCardScripts: Promise<string[]> }).firstCardScripts,
    );
    assert.deepEqual(scripts.map((url) => new URL(url).pathname).sort(), [
      '/etalase.js',
      '/report-violations.js',
    ]);
    const ready = await page.evaluate(() =>
      document
        .querySelector('etalase-storefront')!
        .shadowRoot!.querySelector('.count')!
        .textContent!.replace(/\D/g, ''),
    );
    assert.equal(ready, String(15 * 167));
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => m.name),
    );
    assert.ok(marks.includes('etalase:preview'), marks.join(', '));
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    assert.ok(!resources.some((name) => name.endsWith('/etalase-catalog-worker.js')));
    await page.waitForTimeout(200);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      [],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('survives hostile host CSS and the bundle loaded twice', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors = collectPageErrors(page);
    await page.goto(`${plain.origin}/hostile.html`);
    assert.ok((await productCount(page)) > 0);
    const box = await page.locator('etalase-storefront a.card').first().boundingBox();
    assert.ok(box && box.height > 60 && box.width > 300, `card box ${JSON.stringify(box)}`);
    const style = await page.evaluate(() => {
      const name = document
        .querySelector('etalase-storefront')!
        .shadowRoot!.querySelector('.name')!;
      const s = getComputedStyle(name);
      return { transform: s.textTransform, spacing: s.letterSpacing };
    });
    assert.deepEqual(style, { transform: 'none', spacing: 'normal' });
    // Only Lit's own globals (version markers, decorator metadata) are added to the page.
    const added = await page.evaluate(() => {
      const before = new Set((window as unknown as { globalsBefore: string[] }).globalsBefore);
      return Object.keys(window).filter((key) => !before.has(key) && key !== 'globalsBefore');
    });
    assert.deepEqual(added.sort(), [
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('works as a classic script (IIFE build), in English and dark theme', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${plain.origin}/iife.html`);
    assert.ok((await productCount(page)) > 0);
    const count = await page.evaluate(
      () =>
        document.querySelector('etalase-storefront')!.shadowRoot!.querySelector('.count')!
          .textContent,
    );
    assert.match(count?.trim() ?? '', /^\d+ products$/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
