// The seller extension, built (extension/dist/chrome) and loaded in headless Chromium, on the
// marketplace fixture pages served under the marketplaces' host names:
// - import a listing ("Simpan ke Etalase" → saved, with two photos) against the same edit
//   page's own load (navigation → form on screen), the wait the seller already has;
// - fill each marketplace's add form (pick → review shown, timed in the page by the
//   extension) against the fill engine alone in the page (planFill + applyFill, no extension,
//   no messages, timed the same way) with the same listing and photos;
// - open the side panel with 1,000 listings (first paint, first row, all 50 first rows) against
//   the same panel with an empty store.
// Medians of a few runs; prints figures, never fails on timing. Run `pnpm run build` first.
import type { Page } from 'playwright-core';
import { ADD_PAGES, TOKOPEDIA_PRODUCT } from '../test/extension/fixture-site.js';
import { launchWithExtension } from '../test/extension/harness.js';
import { median } from './sample-stats.js';

const RUNS = Number(process.env['RUNS'] ?? 5);
/** Runs before the timed ones, left out: the first of anything pays for cold caches. */
const WARM_UP = 1;
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

async function timed(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function formReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __form?: unknown }).__form);
}

const harness = await launchWithExtension();
try {
  console.log(`node ${process.version}, ${RUNS} runs each after ${WARM_UP} warm-up, medians`);
  const page = await harness.context.newPage();
  const edit = `https://seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`;

  // Import.
  const load: number[] = [];
  const save: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    if (i === WARM_UP) {
      load.length = 0;
      save.length = 0;
    }
    load.push(
      await timed(async () => {
        await page.goto(edit);
        // The whole form is on screen (its weight and size section comes 500 ms later).
        await page.locator('[data-testid="txtAddProductWeight"] input').waitFor();
      }),
    );
    await page.locator('[data-etalase="import"] button.launcher').waitFor();
    save.push(
      await timed(async () => {
        await page.locator('[data-etalase="import"] button.launcher').click();
        await page.locator('[data-etalase="import"] .panel[data-outcome="saved"]').waitFor();
      }),
    );
  }
  console.log('\n## Import a listing (title, price, stock, … and 2 photos of 0.11 MB)');
  console.log(`edit page load (baseline)   ${ms(median(load))}`);
  console.log(
    `"Simpan ke Etalase" → saved ${ms(median(save))}   ${ratio(median(save), median(load))} of the page load`,
  );

  // Fill each marketplace's form.
  const photos = ['kopi-1.jpg', 'kopi-2.jpg'].map(
    (name) =>
      `data:image/jpeg;base64,${(harness.site.routes.get(`seller.tokopedia.com/foto/${name}`)!.body as Buffer).toString('base64')}`,
  );
  const panel = await harness.openPanel();
  const listing = await panel.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open('etalase-listings');
        request.onsuccess = () => {
          const read = request.result.transaction('listings').objectStore('listings').getAll();
          read.onsuccess = () => resolve({ ...read.result[0], bindings: {} });
        };
      }),
  );
  console.log('\n## Fill an add-product form (pick → review shown), with 2 photos');
  console.log('marketplace   engine alone (baseline)   extension    ratio   fields filled');
  for (const [marketplace, url] of Object.entries(ADD_PAGES)) {
    const direct: number[] = [];
    const viaExtension: number[] = [];
    let filledCount = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      if (i === WARM_UP) {
        direct.length = 0;
        viaExtension.length = 0;
      }
      await page.goto(`${new URL(url).origin}/__bench/fill`);
      await formReady(page);
      direct.push(
        await page.evaluate(
          ([l, p]) =>
            (
              window as unknown as { __fillDirect: (l: unknown, p: unknown) => Promise<number> }
            ).__fillDirect(l, p),
          [listing, photos] as const,
        ),
      );
      await page.goto(url);
      await formReady(page);
      await page.locator('[data-etalase="fill"] button.launcher').click();
      const pick = page.locator('[data-etalase="fill"] li.pick button').first();
      await pick.waitFor();
      await pick.click();
      const review = page.locator('[data-etalase="fill"] [data-review][data-ms]');
      await review.waitFor({ timeout: 30_000 });
      viaExtension.push(Number(await review.getAttribute('data-ms')));
      filledCount = await page.locator('[data-etalase="fill"] [data-section="filled"] li').count();
    }
    console.log(
      `${marketplace.padEnd(12)}  ${ms(median(direct))}                ${ms(median(viaExtension))}   ${ratio(median(viaExtension), median(direct)).padStart(6)}   ${filledCount}`,
    );
  }

  // The side panel, empty and with 1,000 listings.
  async function openPanelTimes(): Promise<{ firstPaint: number; firstRow: number; rows: number }> {
    const tab = await harness.context.newPage();
    await tab.setViewportSize({ width: 400, height: 800 });
    const start = performance.now();
    await tab.goto(`chrome-extension://${harness.extensionId}/sidepanel.html`);
    await tab
      .locator('etalase-panel-app p.empty, etalase-panel-app ul.listings li')
      .first()
      .waitFor();
    const firstRow = performance.now() - start;
    const rows = await tab.locator('ul.listings li').count();
    const firstPaint = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    await tab.close();
    return { firstPaint, firstRow, rows };
  }
  await panel.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('etalase-listings');
        request.onsuccess = () => resolve();
      }),
  );
  const empty: { firstPaint: number; firstRow: number }[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) empty.push(await openPanelTimes());
  empty.splice(0, WARM_UP);

  // 1,000 listings, saved through the extension's own import message from a marketplace page.
  const cdp = await harness.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(ADD_PAGES.shopee);
  await page.locator('[data-etalase="fill"] button.launcher').waitFor();
  const world = contexts
    .filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(harness.extensionId))
    .at(-1)!;
  const seedStart = performance.now();
  const seeded = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const words = ['Keripik', 'Kopi', 'Batik', 'Sambal', 'Madu', 'Tenun', 'Gula Aren', 'Abon', 'Rendang', 'Dodol'];
      let saved = 0;
      let failure;
      for (let i = 0; i < 1000; i++) {
        const answer = await chrome.runtime.sendMessage({ type: 'listing:import', payload: {
          marketplace: 'shopee',
          listing: { title: words[i % 10] + ' ' + (i + 1) + ' buatan UMKM', price: 10000 + i * 500, stock: i % 50,
            description: 'Produk nomor ' + (i + 1), sku: 'SKU-' + i },
          photos: [], imageUrls: [], productId: String(100000 + i),
          url: 'https://seller.shopee.co.id/portal/product/' + (100000 + i) } });
        if (answer && answer.ok) saved++;
        else failure ??= answer ? JSON.stringify(answer.error) : 'no answer';
      }
      return { saved, failure };
    })()`,
  });
  const seedMs = performance.now() - seedStart;
  const full: { firstPaint: number; firstRow: number; rows: number }[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) full.push(await openPanelTimes());
  full.splice(0, WARM_UP);
  const { saved, failure } = seeded.result.value as { saved: number; failure?: string };
  if (failure) console.log(`(an import failed: ${failure})`);
  console.log(
    `\n## Side panel (400 × 800), ${saved} listings (saved through the import message in ${(seedMs / 1000).toFixed(1)} s, ${(seedMs / saved).toFixed(1)} ms each)`,
  );
  console.log('                      empty store (baseline)   1,000 listings   ratio');
  const fp0 = median(empty.map((e) => e.firstPaint));
  const fp1 = median(full.map((e) => e.firstPaint));
  const fr0 = median(empty.map((e) => e.firstRow));
  const fr1 = median(full.map((e) => e.firstRow));
  console.log(
    `first paint           ${ms(fp0)}                ${ms(fp1)}        ${ratio(fp1, fp0)}`,
  );
  console.log(
    `open → list shown     ${ms(fr0)}                ${ms(fr1)}        ${ratio(fr1, fr0)}   (${full[0]!.rows} rows rendered, 50 a page)`,
  );
} finally {
  await harness.close();
}
