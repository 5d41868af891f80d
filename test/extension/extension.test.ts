// The built extension in headless Chromium, on marketplace pages served under their own
// host names: import, fill, sync, export, backup and restore, and forged messages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog, parseCatalogCsv } from '@etalase/catalog';
import type { Page } from 'playwright-core';
import { serveStatic } from '../serve-static.js';
import { realJpeg } from '../photo-fixtures.js';
import { makeWidgetSite } from '../widget-site.js';
import {
  ADD_PAGES,
  LAZADA_LIST_URL,
  LAZADA_PRODUCT_ID,
  tokopediaList,
  DRIFTED_PRICE,
  TOKOPEDIA_LIST_URL,
  TOKOPEDIA_PRODUCT,
  scriptPage,
} from './fixture-site.js';
import { launchWithExtension } from './harness.js';
import type { ExtensionHarness } from './harness.js';
import { readStore } from './read-store.js';

describe('the built extension', () => {
  let harness: ExtensionHarness;
  let panel: Page;
  let work: string;

  before(async () => {
    harness = await launchWithExtension();
    work = mkdtempSync(join(tmpdir(), 'etalase-extension-files-'));
  });
  after(async () => {
    await harness?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('imports a product from the Tokopedia edit page with its photos, bound to Tokopedia', async () => {
    const page = await harness.context.newPage();
    await page.goto(`https://seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`);
    // The whole form is on screen, as the seller sees it (weight and size come 500 ms later).
    await page.locator('[data-testid="txtAddProductWeight"] input').waitFor();
    await page.locator('[data-etalase="import"] button.launcher').click();
    // Debian's Chromium ships only its en-US locale, so the texts are the English ones here.
    await page.locator('[data-etalase="import"] .panel[data-outcome="saved"]').waitFor();

    panel = await harness.openPanel();
    const store = await readStore(panel);
    assert.equal(store.listings.length, 1);
    const listing = store.listings[0]!;
    const s = TOKOPEDIA_PRODUCT.state;
    assert.equal(listing.title, s.title);
    assert.equal(listing.description, s.description);
    assert.equal(listing.price, Number(s.price));
    assert.equal(listing.stock, Number(s.stock));
    assert.equal(listing.sku, s.sku);
    assert.equal(listing.weightGrams, Number(s.weight));
    assert.equal(listing.condition, 'new');
    // Both photos kept on the device, byte for byte.
    assert.equal(listing.images.length, 2);
    const served = [...harness.site.routes.entries()].filter(([path]) =>
      path.includes('/foto/kopi-'),
    );
    assert.deepEqual(
      listing.images.map((key) => store.photos[key]?.size),
      served.map(([, page]) => (page.body as Buffer).length),
    );
    const binding = store.bindings.find((b) => b.listingId === listing.id);
    assert.equal(binding?.marketplace, 'tokopedia');
    assert.equal(binding?.productId, TOKOPEDIA_PRODUCT.id);
    // The panel lists it with its Tokopedia badge.
    await panel.locator('ul.listings li', { hasText: s.title }).waitFor();
    assert.equal(
      await panel.locator('.badge[data-marketplace="tokopedia"]').getAttribute('data-state'),
      'synced',
    );
    await page.close();
  });

  it("fills Lazada's add-product form from the saved listing, as React holds it, and never submits", async () => {
    const page = await harness.context.newPage();
    await page.goto(ADD_PAGES.lazada);
    await page.waitForFunction(() => (window as unknown as { __form?: unknown }).__form);
    await page.locator('[data-etalase="fill"] button.launcher').click();
    await page.locator('[data-etalase="fill"] li.pick button').first().click();
    await page.locator('[data-etalase="fill"] [data-review]').waitFor({ timeout: 15_000 });
    const fields = (section: string) =>
      page
        .locator(`[data-etalase="fill"] [data-section="${section}"] li`)
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['field']!));
    const filled = await fields('filled');
    const byHand = await fields('by-hand');
    const state = await page.evaluate(() => {
      const form = (
        window as unknown as { __form: { state: Record<string, unknown>; submits: number } }
      ).__form;
      return { ...form.state, submits: form.submits } as Record<string, unknown>;
    });
    const s = TOKOPEDIA_PRODUCT.state;
    // What a fill must always manage on this form.
    for (const field of ['title', 'description', 'price', 'stock', 'sku', 'weight', 'images']) {
      assert.ok(filled.includes(field), `${field} filled (filled: ${filled}; by hand: ${byHand})`);
    }
    const expected: Record<string, unknown> = {
      title: s.title,
      description: s.description,
      price: s.price,
      stock: s.stock,
      sku: s.sku,
      weight: '0.25', // Lazada asks for kilograms
      length: s.length,
      width: s.width,
      height: s.height,
      brand: s.brand,
    };
    for (const field of filled) {
      if (field === 'images') {
        const photos = state['photos'] as { size: number }[];
        const served = ['kopi-1.jpg', 'kopi-2.jpg'].map(
          (name) =>
            (harness.site.routes.get(`seller.tokopedia.com/foto/${name}`)!.body as Buffer).length,
        );
        assert.deepEqual(
          photos.map((p) => p.size),
          served,
          'both photos uploaded, byte for byte',
        );
      } else if (field in expected) {
        assert.equal(state[field], expected[field], field);
      } else {
        assert.ok(String(state[field] ?? '').length > 0, `${field} holds a value`);
      }
    }
    // Every field is accounted for: filled, or listed for her hand.
    assert.ok(byHand.every((field) => !filled.includes(field) || field === 'category'));
    assert.equal(state.submits, 0, 'nothing submitted');
    await page.close();
  });

  it('marks the drifted price on the Tokopedia product list, and one click opens the edit page and fixes it', async () => {
    const store = await readStore(panel);
    const listing = store.listings[0]!;
    // Meanwhile the seller changed the price on Tokopedia itself.
    const editPath = `seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`;
    harness.site.routes.set(
      editPath,
      scriptPage('Ubah Produk', '/__pages/marketplace-form.js', 'tokopedia', {
        ...TOKOPEDIA_PRODUCT.state,
        price: String(DRIFTED_PRICE),
      }),
    );
    const list = await harness.context.newPage();
    await list.goto(TOKOPEDIA_LIST_URL);
    const drift = list.locator(`[data-etalase="sync"] li[data-drift="${listing.id}"]`);
    await drift.waitFor();
    assert.match(await drift.innerText(), /42\.500[\s\S]*45\.000/);
    // The other row is not in Etalase: not called drift.
    assert.equal(await list.locator('[data-etalase="sync"] li[data-drift]').count(), 1);
    // The panel's badge says Tokopedia differs.
    await panel.reload();
    await panel.locator('.badge[data-marketplace="tokopedia"][data-state="drift"]').waitFor();

    const opened = harness.context.waitForEvent('page');
    await drift.locator('button[data-action="fix"]').click();
    const edit = await opened;
    await edit.waitForURL(`https://${editPath}`);
    await edit.locator('[data-etalase="queued-fill"] [data-review]').waitFor({ timeout: 15_000 });
    const filled = await edit
      .locator('[data-etalase="queued-fill"] [data-section="filled"] li')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['field']));
    assert.deepEqual(filled, ['price'], 'only the changed field is filled');
    const state = await edit.evaluate(
      () =>
        (window as unknown as { __form: { state: Record<string, string>; submits: number } })
          .__form,
    );
    assert.equal(state.state['price'], TOKOPEDIA_PRODUCT.state.price);
    assert.equal(state.state['title'], TOKOPEDIA_PRODUCT.state.title, 'other fields untouched');
    assert.equal(state.submits, 0);
    // What was sent is now what Tokopedia has: the badge turns back to "same".
    await panel.reload();
    await panel.locator('.badge[data-marketplace="tokopedia"][data-state="synced"]').waitFor();
    harness.site.routes.set(
      editPath,
      scriptPage(
        'Ubah Produk',
        '/__pages/marketplace-form.js',
        'tokopedia',
        TOKOPEDIA_PRODUCT.state,
      ),
    );
    await edit.close();
    await list.close();
  });

  it('offers stock 0 on Lazada when the product is sold out on Tokopedia, and fills it there', async () => {
    // Her Lazada list binds the coffee to Lazada (same title), in stock there.
    const lazada = await harness.context.newPage();
    await lazada.goto(LAZADA_LIST_URL);
    await lazada.locator('[data-etalase="sync"] .panel').waitFor();
    await lazada.close();
    // Sold out on Tokopedia.
    harness.site.routes.set(
      'seller.tokopedia.com/manage-product',
      tokopediaList(Number(TOKOPEDIA_PRODUCT.state.price), 0),
    );
    const list = await harness.context.newPage();
    await list.goto(TOKOPEDIA_LIST_URL);
    const listing = (await readStore(panel)).listings[0]!;
    const prompt = list.locator(`[data-etalase="sync"] li[data-sold-out="${listing.id}"]`);
    await prompt.waitFor();
    const opened = harness.context.waitForEvent('page');
    await prompt.locator('button[data-action="sold-out"]').click();
    const edit = await opened;
    await edit.waitForURL(
      `https://sellercenter.lazada.co.id/apps/product/publish?productId=${LAZADA_PRODUCT_ID}`,
    );
    await edit.locator('[data-etalase="queued-fill"] [data-review]').waitFor({ timeout: 15_000 });
    const state = await edit.evaluate(
      () =>
        (window as unknown as { __form: { state: Record<string, string>; submits: number } })
          .__form,
    );
    assert.equal(state.state['stock'], '0');
    assert.equal(state.state['price'], TOKOPEDIA_PRODUCT.state.price, 'only the stock changes');
    assert.equal(state.submits, 0);
    assert.equal(
      (await readStore(panel)).listings[0]!.stock,
      0,
      'the master listing is sold out too',
    );
    harness.site.routes.set('seller.tokopedia.com/manage-product', tokopediaList());
    await edit.close();
    await list.close();
  });

  it('exports the catalog (JSON, CSV, and a zip with the photos) that <etalase-storefront> shows', async () => {
    await panel.reload();
    await panel.locator('nav button').nth(2).click();
    const tools = panel.locator('etalase-data-tools');
    // Without a shop name the export says what to fill, and downloads nothing.
    await tools.locator('[data-action="export-json"]').click();
    await tools.locator('[name="profile-name"][aria-invalid="true"]').waitFor();
    await tools.locator('[name="profile-name"]').fill('Kopi Dampit Bu Sri');
    await tools.locator('[name="profile-whatsapp"]').fill('0812 3456 7890');
    await tools.locator('[name="profile-region"]').fill('35.07');
    const download = async (action: string) => {
      const [file] = await Promise.all([
        panel.waitForEvent('download'),
        tools.locator(`[data-action="${action}"]`).click(),
      ]);
      const path = join(work, file.suggestedFilename());
      await file.saveAs(path);
      return path;
    };
    const json = JSON.parse(readFileSync(await download('export-json'), 'utf8')) as {
      sellers: { name: string; whatsapp?: string; region?: { code: string } }[];
      products: { name: string; price: unknown; images?: unknown[] }[];
    };
    assert.equal(json.sellers[0]!.name, 'Kopi Dampit Bu Sri');
    assert.equal(json.sellers[0]!.whatsapp, '6281234567890');
    assert.equal(json.sellers[0]!.region?.code, '35.07');
    assert.deepEqual(
      json.products.map((p) => p.name),
      [TOKOPEDIA_PRODUCT.state.title],
    );
    const { issues } = parseCatalog(json);
    assert.deepEqual(issues, []);
    const csv = readFileSync(await download('export-csv'), 'utf8');
    assert.equal(parseCatalogCsv(csv).catalog.products[0]!.name, TOKOPEDIA_PRODUCT.state.title);

    // The zip: katalog.json and its photos beside it, as a static host serves them.
    // Chromium asks before a page's third download in a row; a seller exports one at a time.
    const tab = await harness.openPanel();
    await tab.locator('nav button').nth(2).click();
    const [zipFile] = await Promise.all([
      tab.waitForEvent('download'),
      tab.locator('etalase-data-tools [data-action="export-zip"]').click(),
    ]);
    await zipFile.saveAs(join(work, 'katalog.zip'));
    await tab.close();
    const zip = unzipStored(readFileSync(join(work, 'katalog.zip')));
    const site = makeWidgetSite('etalase-extension-export-');
    try {
      for (const [path, bytes] of zip) {
        mkdirSync(dirname(join(site, path)), { recursive: true });
        writeFileSync(join(site, path), bytes);
      }
      assert.equal([...zip.keys()].filter((p) => p.startsWith('foto/')).length, 2);
      writeFileSync(
        join(site, 'index.html'),
        '<!doctype html><meta charset="utf-8"><script type="module" src="etalase.js"></script><etalase-storefront src="katalog.json"></etalase-storefront>',
      );
      const server = await serveStatic(site);
      try {
        const page = await harness.context.newPage();
        await page.goto(`${server.origin}/index.html`);
        await page.waitForFunction(
          () =>
            document
              .querySelector('etalase-storefront')
              ?.shadowRoot?.querySelector<HTMLImageElement>('a.card img')?.complete,
        );
        const card = await page.evaluate(() => {
          const root = document.querySelector('etalase-storefront')!.shadowRoot!;
          const img = root.querySelector('a.card img') as HTMLImageElement;
          return { text: root.querySelector('a.card')!.textContent, width: img.naturalWidth };
        });
        assert.ok(card.text?.includes(TOKOPEDIA_PRODUCT.state.title.slice(0, 20)), card.text ?? '');
        assert.ok(card.width > 0, 'the photo from the zip shows');
        await page.close();
      } finally {
        await server.close();
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('backs up, is wiped, and restores every listing, binding and photo byte for byte', async () => {
    await panel.reload();
    await panel.locator('nav button').nth(2).click();
    const tools = panel.locator('etalase-data-tools');
    const before = await readStore(panel);
    const [file] = await Promise.all([
      panel.waitForEvent('download'),
      tools.locator('[data-action="backup"]').click(),
    ]);
    const backup = join(work, file.suggestedFilename());
    await file.saveAs(backup);
    assert.match(backup, /\.etalase$/);

    // Wipe: the database is deleted (the open panel and background step aside).
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('etalase-listings');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await panel.reload();
    await panel.locator('etalase-panel-app nav').waitFor();
    assert.equal((await readStore(panel)).listings.length, 0);

    await panel.locator('nav button').nth(2).click();
    panel.once('dialog', (dialog) => void dialog.accept());
    await tools.locator('input[name="restore"]').setInputFiles(backup);
    await panel.locator('etalase-panel-app .notice').waitFor();
    const after = await readStore(panel);
    assert.deepEqual(after.listings, before.listings);
    assert.deepEqual(after.bindings, before.bindings);
    assert.deepEqual(after.photos, before.photos);
    assert.equal(Object.keys(after.photos).length, 2);
  });

  it("rejects forged messages from a content script's world and cannot be reached from a web page", async () => {
    const before = await readStore(panel);
    const page = await harness.context.newPage();
    const cdp = await harness.context.newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    await page.goto(ADD_PAGES.shopee);
    await page.locator('[data-etalase="fill"] button.launcher').waitFor();
    const world = contexts
      .filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(harness.extensionId))
      .at(-1);
    assert.ok(world, 'the content script world');
    const send = async (message: unknown) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      assert.equal(exceptionDetails, undefined);
      return result.value as { ok: boolean; error?: { code: string } };
    };
    const tabs = harness.context.pages().length;
    assert.equal((await send({ type: 'store:wipe', payload: {} })).error?.code, 'unknown-message');
    assert.equal((await send({ type: 'constructor', payload: {} })).error?.code, 'unknown-message');
    assert.equal(
      (await send({ type: 'listing:import', payload: { listing: { title: 'x' } } })).error?.code,
      'malformed',
    );
    assert.equal(
      (
        await send({
          type: 'listing:import',
          payload: {
            listing: { title: 'Palsu', price: 1 },
            photos: [{ name: 'x.svg', dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }],
            imageUrls: [],
            url: 'https://seller.shopee.co.id/portal/product/new',
          },
        })
      ).error?.code,
      'malformed',
    );
    assert.equal(
      (
        await send({
          type: 'panel:fill-open',
          payload: {
            listingId: before.listings[0]!.id,
            marketplace: 'shopee',
            url: 'https://seller.shopee.co.id/portal/product/1',
          },
        })
      ).error?.code,
      'forbidden-sender',
    );
    // A declared message may still not open a page outside the marketplace it names.
    assert.equal(
      (
        await send({
          type: 'fill:open',
          payload: {
            listingId: before.listings[0]!.id,
            marketplace: 'shopee',
            url: 'https://toko.example/',
          },
        })
      ).error?.code,
      'failed',
    );
    assert.equal(harness.context.pages().length, tabs, 'no tab opened');
    // The channel itself works: a well-formed message is answered.
    assert.equal((await send({ type: 'listings:summaries', payload: {} })).ok, true);

    // A web page, marketplace or not, has no way to the extension.
    for (const url of [ADD_PAGES.shopee, 'https://toko.example/']) {
      await page.goto(url);
      const reach = await page.evaluate((id) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
          ?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
        try {
          (runtime.sendMessage as (id: string, m: unknown) => void)(id, {
            type: 'listings:summaries',
            payload: {},
          });
          return 'sent';
        } catch {
          return 'refused';
        }
      }, harness.extensionId);
      assert.notEqual(reach, 'sent', url);
    }
    await page.close();
    const after = await readStore(panel);
    assert.deepEqual(after.listings, before.listings, 'nothing changed');
  });

  it("adds a photo fixed by the photo coach to a listing's photos", async () => {
    await panel.reload();
    const before = (await readStore(panel)).listings[0]!;
    await panel.locator('.row-title').first().click();
    const editor = panel.locator('etalase-listing-editor');
    await editor.locator('[data-action="coach"]').click();
    const coach = editor.locator('etalase-photo-coach');
    await coach.locator('input.choose').setInputFiles({
      name: 'kopi-baru.jpg',
      mimeType: 'image/jpeg',
      buffer: realJpeg(),
    });
    await coach
      .getByRole('button', { name: /Perbaiki otomatis|Fix automatically/ })
      .click({ timeout: 30_000 });
    await editor.locator('[data-new-photo]').waitFor({ timeout: 30_000 });
    await editor.locator('button[type="submit"]').click();
    await panel.locator('etalase-panel-app .notice').waitFor();
    const store = await readStore(panel);
    const after = store.listings.find((l) => l.id === before.id)!;
    assert.equal(after.images.length, before.images.length + 1);
    assert.deepEqual(after.images.slice(0, before.images.length), before.images);
    const fixed = store.photos[after.images.at(-1)!]!;
    assert.equal(fixed.type, 'image/jpeg');
    assert.ok(fixed.size > 1000);
  });
});

describe('the built Firefox extension', () => {
  it('passes web-ext lint with no error', () => {
    const firefox = fileURLToPath(new URL('../../extension/dist/firefox/', import.meta.url));
    const webExt = fileURLToPath(
      new URL('../../extension/node_modules/web-ext/bin/web-ext.js', import.meta.url),
    );
    const run = spawnSync(
      process.execPath,
      [
        webExt,
        'lint',
        '--source-dir',
        firefox,
        '--self-hosted=false',
        '--output=json',
        '--no-input',
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      summary: { errors: number };
      errors: { message: string }[];
    };
    assert.equal(report.summary.errors, 0, report.errors.map((e) => e.message).join('\n'));
    const manifest = JSON.parse(readFileSync(join(firefox, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    assert.ok(manifest.browser_specific_settings.gecko.id);
  });
});

/** The files of a zip made without compression (what the export writes). */
function unzipStored(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    assert.equal(zip.readUInt16LE(offset + 8), 0, 'stored');
    const size = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extra = zip.readUInt16LE(offset + 28);
    const name = zip.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extra;
    files.set(name, zip.subarray(start, start + size));
    offset = start + size;
  }
  return files;
}
