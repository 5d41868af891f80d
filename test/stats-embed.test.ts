import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './serve-static.js';
import { makeWidgetSite } from './widget-site.js';
import type { StaticServer } from './serve-static.js';

const demoPublic = fileURLToPath(new URL('../demo/public/', import.meta.url));
const photoSet = fileURLToPath(new URL('../bench/photo-set/', import.meta.url));
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; worker-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Real photos (Debian packages' images, see bench/photo-set/SOURCES.md) for the audit. */
const PHOTOS = [
  'aloe-pot.jpg',
  'autumn-hills.jpg',
  'blossom-branches.jpg',
  'cat-mug.jpg',
  'cherries.jpg',
  'china.jpg',
  'camera.png',
  'chelsea.png',
];

const statsText = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      [...(document.querySelector('etalase-stats')?.shadowRoot?.querySelectorAll(s) ?? [])].map(
        (n) => n.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    selector,
  );

async function clickIn(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => {
    (document.querySelector('etalase-stats')!.shadowRoot!.querySelector(s) as HTMLElement).click();
  }, selector);
}

describe('<etalase-stats> on a host page', () => {
  let browser: Browser;
  let site: string;
  let strict: StaticServer;

  before(async () => {
    site = makeWidgetSite('etalase-stats-');
    cpSync(join(demoPublic, 'katalog.json'), join(site, 'katalog.json'));
    cpSync(join(demoPublic, 'katalog'), join(site, 'katalog'), { recursive: true });
    cpSync(join(demoPublic, 'favicon.svg'), join(site, 'favicon.svg'));
    cpSync(
      fileURLToPath(new URL('./embed/report-violations.js', import.meta.url)),
      join(site, 'report-violations.js'),
    );
    cpSync(fileURLToPath(new URL('./stats/', import.meta.url)), site, { recursive: true });
    // The sample catalog with real photos: two regions, four products each.
    const sample = JSON.parse(readFileSync(join(demoPublic, 'katalog.json'), 'utf8')) as {
      sellers: { id: string; region?: { code: string } }[];
      products: { id: string; sellerId: string; images: unknown[] }[];
    };
    const sellers = [
      sample.sellers[0]!,
      sample.sellers.find((s) => s.region?.code.startsWith('33'))!,
    ];
    const products = PHOTOS.map((file, i) => {
      cpSync(join(photoSet, file), join(site, `foto-${file}`));
      const base = sample.products.find((p) => p.sellerId === sellers[i % 2]!.id)!;
      return { ...base, id: `foto-${i}`, images: [{ src: `foto-${file}` }] };
    });
    writeFileSync(
      join(site, 'katalog-foto.json'),
      JSON.stringify({ ...sample, sellers, products }),
    );
    strict = await serveStatic(site, { 'content-security-policy': STRICT_CSP });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await strict?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('counts and draws under a strict CSP with Trusted Types, with no violation', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${strict.origin}/stats.html`);
    await page.waitForFunction(() =>
      document.querySelector('etalase-stats')?.shadowRoot?.querySelector('.figures'),
    );
    assert.deepEqual((await statsText(page, '.figures .figure-value')).slice(0, 2), ['2', '8']);
    assert.equal((await statsText(page, '.tile-map title')).length, 38);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      [],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('audits photos in the Worker without a long task on the page, and can be cancelled', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${strict.origin}/stats.html`);
    await page.waitForFunction(() =>
      document.querySelector('etalase-stats')?.shadowRoot?.querySelector('.audit button'),
    );
    // The long-task observer works here: a deliberate 120 ms task is recorded. It runs as a
    // page task (a timer): code evaluated over the DevTools protocol is not one.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            const end = performance.now() + 120;
            while (performance.now() < end);
            resolve();
          }),
        ),
    );
    await page.waitForFunction(
      () => (window as unknown as { longTasks: number[] }).longTasks.length > 0,
    );
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));

    /** Runs the whole audit and returns the long tasks the page had meanwhile. */
    const audit = async (): Promise<number[]> => {
      await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
      await clickIn(page, '.audit button');
      await page.waitForFunction(
        () =>
          /8 foto perlu diperbaiki|dari 8 foto perlu/.test(
            document
              .querySelector('etalase-stats')!
              .shadowRoot!.querySelector('.audit [role="status"]')!.textContent!,
          ),
        undefined,
        { timeout: 60_000 },
      );
      return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    };
    let longTasks = await audit();
    const rows = await statsText(page, '.audit tbody tr');
    assert.equal(rows.length, 2, 'one row per region');
    const checked = rows.map((r) => Number(r.split(' ').at(-3)));
    assert.equal(
      checked.reduce((a, b) => a + b, 0),
      8,
      `rows: ${rows.join(' | ')}`,
    );
    // On a 2-core machine shared with other work a 20 ms task can be stretched past 50 ms
    // by the scheduler; work the audit really does on the page shows up in every run.
    if (longTasks.length > 0) longTasks = await audit();
    assert.deepEqual(longTasks, [], 'long tasks in two audits running');

    // Again, cancelled as soon as it runs (on a quiet machine eight photos take about a
    // second, too short to catch part way from here): it stops and stays stopped.
    await page.evaluate(async () => {
      const el = document.querySelector('etalase-stats') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      el.shadowRoot!.querySelector<HTMLButtonElement>('.audit button')!.click();
      await el.updateComplete;
      const cancel = el.shadowRoot!.querySelector<HTMLButtonElement>('.audit button')!;
      if (cancel.textContent!.trim() !== 'Batalkan') throw new Error('no cancel button');
      cancel.click();
    });
    await page.waitForFunction(() =>
      /dibatalkan/.test(
        document
          .querySelector('etalase-stats')!
          .shadowRoot!.querySelector('.audit [role="status"]')!.textContent!,
      ),
    );
    const stopped = await statsText(page, '.audit [role="status"]');
    await page.waitForTimeout(1500);
    assert.deepEqual(await statsText(page, '.audit [role="status"]'), stopped);
    assert.match(stopped[0]!, /^Pemeriksaan dibatalkan setelah [0-7] foto\.$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('costs a storefront-only page nothing: the figures chunk is never fetched', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${strict.origin}/storefront-only.html`);
    await page.waitForFunction(
      () =>
        (document.querySelector('etalase-storefront')?.shadowRoot?.querySelectorAll('a.card')
          .length ?? 0) > 0,
    );
    await page.waitForTimeout(500);
    assert.ok(fetched.some((p) => p.endsWith('/etalase.js')));
    assert.deepEqual(
      fetched.filter((p) => /stats/.test(p)),
      [],
    );
    await page.close();
  });
});
