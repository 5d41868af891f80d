// The built extension in headless Chromium, on marketplace pages served under their own
// host names: import, fill, sync, export, backup and restore, and forged messages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  ADD_PAGES,
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
      return { ...form.state, submits: form.submits };
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
});
