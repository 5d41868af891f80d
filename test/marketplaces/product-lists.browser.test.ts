import { expect } from '@esm-bundle/chai';
import { readProductList } from '@etalase/marketplaces';
import { BLIBLI_ROWS, renderBlibliList } from './blibli/product-list.js';
import { BUKALAPAK_ROWS, renderBukalapakList } from './bukalapak/product-list.js';
import { LAZADA_ROWS, renderLazadaList } from './lazada/product-list.js';
import { freshContainer } from './sample-listing.js';
import { renderShopeeList, SHOPEE_ROWS } from './shopee/product-list.js';
import { renderTiktokList, TIKTOK_ROWS } from './tiktok-shop/product-list.js';
import { renderTokopediaList, tokopediaRows } from './tokopedia/product-list.js';

describe('readProductList', () => {
  it('reads Tokopedia rows with inline price and stock inputs, resolving relative links', () => {
    renderTokopediaList(freshContainer());
    expect(readProductList(document, 'tokopedia')).to.deep.equal(tokopediaRows(location.origin));
  });

  it('reads Shopee cards: the lowest price of a range, "Habis" as 0, no javascript: URL', () => {
    renderShopeeList(freshContainer());
    expect(readProductList(document, 'shopee')).to.deep.equal(SHOPEE_ROWS);
  });

  it('reads Lazada, Bukalapak (skipping a row without id), Blibli (selling price) and TikTok Shop rows', () => {
    renderLazadaList(freshContainer());
    expect(readProductList(document, 'lazada')).to.deep.equal(LAZADA_ROWS);
    renderBukalapakList(freshContainer());
    expect(readProductList(document, 'bukalapak')).to.deep.equal(BUKALAPAK_ROWS);
    renderBlibliList(freshContainer());
    expect(readProductList(document, 'blibli')).to.deep.equal(BLIBLI_ROWS);
    renderTiktokList(freshContainer());
    expect(readProductList(document, 'tiktok')).to.deep.equal(TIKTOK_ROWS);
  });

  it('finds no rows on a page that is not a product list', () => {
    freshContainer().textContent = 'Halaman lain';
    expect(readProductList(document, 'shopee')).to.deep.equal([]);
  });
});
