import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skuFromUrl } from './sku-from-url.js';

describe('skuFromUrl', () => {
  it('reads the id shops put at the end of a product URL', () => {
    assert.equal(
      skuFromUrl('https://city.example/app/d/washing-machine-6kg/7235216655.html'),
      '7235216655',
    );
    assert.equal(skuFromUrl('https://shop.example/bags/BabyBjorn_One-987929.html'), '987929');
    assert.equal(skuFromUrl('https://shop.example/store/M67296549.htm?pc=promo'), 'M67296549');
  });

  it('prefers a query parameter that names the product', () => {
    assert.equal(skuFromUrl('https://shop.example/de/filzstift-24718?sku=1049084'), '1049084');
  });

  it('finds nothing in short numbers, dates, words or junk', () => {
    assert.equal(skuFromUrl('https://shop.example/favorable_1409.html'), undefined);
    assert.equal(skuFromUrl('https://news.example/2020/20201129-sale'), undefined);
    assert.equal(skuFromUrl('https://shop.example/evento/lina-de-lima-streaming'), undefined);
    assert.equal(skuFromUrl('not a url'), undefined);
    // A category and an id joined: neither alone is certain.
    assert.equal(skuFromUrl('https://ads.example/tv/c7200a278526196/remote.html'), undefined);
  });
});
