// The built extension in headless Chromium, on marketplace pages served under their own
// host names: import, fill, sync, export, backup and restore, and forged messages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { TOKOPEDIA_PRODUCT } from './fixture-site.js';
import { launchWithExtension } from './harness.js';
import type { ExtensionHarness } from './harness.js';
import { readStore } from './read-store.js';

describe('the built extension', () => {
  let harness: ExtensionHarness;
  let panel: Page;

  before(async () => {
    harness = await launchWithExtension();
  });
  after(async () => {
    await harness?.close();
  });

  it('imports a product from the Tokopedia edit page with its photos, bound to Tokopedia', async () => {
    const page = await harness.context.newPage();
    await page.goto(`https://seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`);
    await page.waitForFunction(() => (window as unknown as { __form?: unknown }).__form);
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
    const served = [...harness.site.routes.entries()].filter(([path]) => path.includes('/foto/batik-'));
    assert.deepEqual(
      listing.images.map((key) => store.photos[key]?.size),
      served.map(([, page]) => (page.body as Buffer).length),
    );
    const binding = store.bindings.find((b) => b.listingId === listing.id);
    assert.equal(binding?.marketplace, 'tokopedia');
    assert.equal(binding?.productId, TOKOPEDIA_PRODUCT.id);
    // The panel lists it with its Tokopedia badge.
    await panel.locator('ul.listings li', { hasText: s.title }).waitFor();
    assert.equal(await panel.locator('.badge[data-marketplace="tokopedia"]').getAttribute('data-state'), 'synced');
    await page.close();
  });
});
