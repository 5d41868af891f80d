import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MARKETPLACES } from '@etalase/catalog';
import { CONTROL_KINDS, LISTING_FIELDS } from './field-map.js';
import { detectMarketplacePage, editPageUrl, FIELD_MAPS } from './field-maps.js';

describe('detectMarketplacePage', () => {
  it('knows the add-product, edit, product-list and product pages of each marketplace', () => {
    const cases: [string, string, string][] = [
      ['https://seller.tokopedia.com/add-product', 'tokopedia', 'add-product'],
      ['https://seller.tokopedia.com/edit-product/2140778811', 'tokopedia', 'edit'],
      ['https://seller.tokopedia.com/manage-product?tab=active', 'tokopedia', 'product-list'],
      ['https://www.tokopedia.com/sarirasa/keripik-tempe-sagu-250g', 'tokopedia', 'product'],
      ['https://seller.shopee.co.id/portal/product/new', 'shopee', 'add-product'],
      ['https://seller.shopee.co.id/portal/product/23456789012', 'shopee', 'edit'],
      ['https://seller.shopee.co.id/portal/product/list/all', 'shopee', 'product-list'],
      ['https://shopee.co.id/Keripik-Tempe-Sagu-i.123456.23456789012', 'shopee', 'product'],
      ['https://sellercenter.lazada.co.id/apps/product/publish', 'lazada', 'add-product'],
      [
        'https://sellercenter.lazada.co.id/apps/product/publish?productId=3456789012',
        'lazada',
        'edit',
      ],
      ['https://sellercenter.lazada.co.id/apps/product/list?tab=all', 'lazada', 'product-list'],
      [
        'https://www.lazada.co.id/products/keripik-tempe-i3456789012-s123.html',
        'lazada',
        'product',
      ],
      ['https://www.bukalapak.com/products/new', 'bukalapak', 'add-product'],
      ['https://www.bukalapak.com/products/4abcd1-keripik/edit', 'bukalapak', 'edit'],
      ['https://www.bukalapak.com/my-products', 'bukalapak', 'product-list'],
      [
        'https://www.bukalapak.com/p/makanan/snack/4abcd1-jual-keripik-tempe',
        'bukalapak',
        'product',
      ],
      ['https://seller.blibli.com/product/create', 'blibli', 'add-product'],
      ['https://seller.blibli.com/product/edit/SAR-60001-00001', 'blibli', 'edit'],
      ['https://seller.blibli.com/product/list', 'blibli', 'product-list'],
      ['https://www.blibli.com/p/keripik-tempe-sagu/ps--SAR-60001-00001', 'blibli', 'product'],
      ['https://seller-id.tiktok.com/product/create?shop_region=ID', 'tiktok', 'add-product'],
      ['https://seller-id.tokopedia.com/product/create', 'tiktok', 'add-product'],
      ['https://seller-id.tiktok.com/product/edit/1729384756', 'tiktok', 'edit'],
      ['https://seller-id.tiktok.com/product/manage', 'tiktok', 'product-list'],
      ['https://shop.tiktok.com/view/product/1729384756', 'tiktok', 'product'],
    ];
    for (const [url, marketplace, page] of cases) {
      assert.deepEqual(detectMarketplacePage(url), { marketplace, page }, url);
    }
  });

  it('matches no other page, and no look-alike host', () => {
    for (const url of [
      'https://example.com/add-product',
      'https://seller.tokopedia.com.evil.test/add-product',
      'http://seller.shopee.co.id/portal/product/new',
      'https://www.tokopedia.com/search?q=keripik',
      'https://shopee.co.id/',
      'https://sellercenter.lazada.co.id/apps/home',
    ]) {
      assert.equal(detectMarketplacePage(url), undefined, url);
    }
  });
});

describe('FIELD_MAPS', () => {
  it('has one declarative file per marketplace, keyed by its id', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) =>
      f.endsWith('.fields.ts'),
    );
    assert.equal(files.length, MARKETPLACES.length);
    for (const id of MARKETPLACES) assert.equal(FIELD_MAPS[id].marketplace, id);
  });

  it('finds every field it lists by selector and by a label, with a known control kind', () => {
    for (const map of Object.values(FIELD_MAPS)) {
      for (const [field, locator] of Object.entries(map.fields)) {
        assert.ok(LISTING_FIELDS.includes(field as never), `${map.marketplace}.${field}`);
        assert.ok(CONTROL_KINDS.includes(locator.kind), `${map.marketplace}.${field} kind`);
        assert.ok((locator.labels ?? []).length > 0, `${map.marketplace}.${field} labels`);
        assert.ok((locator.selectors ?? []).length > 0, `${map.marketplace}.${field} selectors`);
      }
      for (const field of ['title', 'price', 'stock', 'description', 'category', 'images']) {
        assert.ok(field in map.fields, `${map.marketplace} maps ${field}`);
      }
    }
  });

  it('states every limit, as a figure or as unknown, and the limits are consistent', () => {
    for (const map of Object.values(FIELD_MAPS)) {
      const limits = map.limits;
      for (const key of [
        'titleMin',
        'titleMax',
        'descriptionMin',
        'descriptionMax',
        'priceMin',
        'priceMax',
        'photosMax',
        'photoMaxBytes',
      ]) {
        assert.ok(key in limits, `${map.marketplace} ${key}`);
      }
      if (limits.titleMin !== undefined && limits.titleMax !== undefined) {
        assert.ok(limits.titleMin < limits.titleMax);
      }
    }
  });
});

describe('editPageUrl', () => {
  it('gives, for each marketplace with an edit URL, a page its own map recognises as the edit page', () => {
    for (const marketplace of MARKETPLACES) {
      const url = editPageUrl(marketplace, '123456');
      if (FIELD_MAPS[marketplace].editUrl === undefined) {
        assert.equal(url, undefined, marketplace);
        continue;
      }
      assert.ok(url !== undefined && url.includes('123456'), url);
      assert.deepEqual(detectMarketplacePage(url), { marketplace, page: 'edit' }, url);
    }
    // Bukalapak edits by slug, which its product list does not show.
    assert.equal(editPageUrl('bukalapak', '123456'), undefined);
  });

  it('never lets an id from a page shape the URL', () => {
    for (const id of ['../../x', 'a/b', '1?x=2', 'x'.repeat(101), '', 'javascript:alert(1)']) {
      assert.equal(editPageUrl('tokopedia', id), undefined, id);
    }
    assert.equal(editPageUrl('tokopedia', undefined), undefined);
    assert.equal(
      editPageUrl('shopee', 'AB-12_3'),
      'https://seller.shopee.co.id/portal/product/AB-12_3',
    );
  });
});
