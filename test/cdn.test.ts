// The widget as npm publishes it (`pnpm pack`), served from another origin as a public npm
// CDN would serve it, and loaded by a site with the same two lines as from its own server.
// From another origin the catalog Worker cannot start; the storefront reads on the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { catalogToCsv, parseCatalog } from '@etalase/catalog';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './serve-static.js';
import type { StaticServer } from './serve-static.js';

const widget = fileURLToPath(new URL('../widget/', import.meta.url));
const demoPublic = fileURLToPath(new URL('../demo/public/', import.meta.url));

/** Waits for the whole catalog (the count says how many) and returns the count's digits. */
async function shownCount(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      /\d/.test(
        document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('.count')
          ?.textContent ?? '',
      ),
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() =>
    document
      .querySelector('etalase-storefront')!
      .shadowRoot!.querySelector('.count')!
      .textContent!.replace(/\D/g, ''),
  );
}

describe('the packed widget from a CDN origin', () => {
  let work: string;
  let cdn: StaticServer;
  let site: StaticServer;
  let browser: Browser;
  let packed: string[];

  before(async () => {
    assert.ok(existsSync(join(widget, 'dist/etalase.js')), 'run `pnpm run build` first');
    work = mkdtempSync(join(tmpdir(), 'etalase-cdn-'));
    const pack = spawnSync('pnpm', ['pack', '--pack-destination', work], {
      cwd: widget,
      encoding: 'utf8',
    });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, pack.stdout);
    const untar = spawnSync('tar', ['-xzf', join(work, tarball), '-C', work]);
    assert.equal(untar.status, 0);
    const list = spawnSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' });
    packed = list.stdout.split('\n').filter(Boolean);
    // The CDN: the package's files, readable from any origin (as jsDelivr and unpkg send).
    cdn = await serveStatic(join(work, 'package'), { 'access-control-allow-origin': '*' });

    const pages = join(work, 'site');
    cpSync(join(demoPublic, 'katalog'), join(pages, 'katalog'), { recursive: true });
    cpSync(join(demoPublic, 'katalog.json'), join(pages, 'katalog.json'));
    const sample = parseCatalog(readFileSync(join(demoPublic, 'katalog.json'), 'utf8')).catalog;
    const products = Array.from({ length: 15 }, (_, copy) =>
      sample.products.map((p) => ({ ...p, id: `${p.id}-${copy}` })),
    ).flat();
    // Large enough that, from the page's own origin, it would be read in the Worker.
    writeFileSync(join(pages, 'katalog-besar.csv'), catalogToCsv({ ...sample, products }));
    for (const [name, src] of [
      ['json.html', 'katalog.json'],
      ['csv.html', 'katalog-besar.csv'],
    ] as const) {
      writeFileSync(
        join(pages, name),
        `<!doctype html><meta charset="utf-8"><title>CDN</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.origin}/dist/etalase.js"></script>
<etalase-storefront src="${src}"></etalase-storefront>`,
      );
    }
    site = await serveStatic(pages);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await cdn?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the bundle, its chunks, Workers and types, and no tests', () => {
    for (const file of [
      'package/dist/etalase.js',
      'package/dist/etalase.iife.js',
      'package/dist/etalase-catalog-worker.js',
      'package/dist/etalase-photo-worker.js',
      'package/dist/types/define.d.ts',
      'package/custom-elements.json',
    ])
      assert.ok(packed.includes(file), file);
    assert.ok(!packed.some((f) => f.endsWith('.test.ts')), 'tests are not published');
    const manifest = JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.ok(!JSON.stringify(manifest.dependencies).includes('workspace:'));
  });

  it('shows a JSON catalog and opens a product, the chunks coming from the CDN', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.origin}/json.html`);
    assert.equal(await shownCount(page), '167');
    await page.locator('etalase-storefront a.card').first().click();
    await page.waitForFunction(() =>
      document
        .querySelector('etalase-storefront')
        ?.shadowRoot?.querySelector('etalase-product-dialog')
        ?.shadowRoot?.querySelector('dialog[open]'),
    );
    const chunks = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.endsWith('.js')),
    );
    assert.ok(chunks.length > 1 && chunks.every((name) => name.startsWith('http://127.0.0.1')));
    assert.ok(
      chunks.some((name) => /product-dialog/.test(name)),
      chunks.join('\n'),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('reads a large CSV catalog on the page when the Worker cannot start across origins', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${site.origin}/csv.html`);
    assert.equal(await shownCount(page), String(15 * 167));
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    assert.ok(!resources.some((name) => name.endsWith('/etalase-catalog-worker.js')));
    assert.ok(
      resources.some((name) => name.startsWith(cdn.origin) && /read-catalog/.test(name)),
      resources.join('\n'),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
