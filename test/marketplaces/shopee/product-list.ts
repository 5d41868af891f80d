// Shopee Seller Centre "Produk Saya": product cards with a price range for variants.
/** Renders the page into `container`. */
export function renderShopeeList(container: HTMLElement): void {
  container.innerHTML = `
<div class="product-list-main">
  <div class="product-list-item" data-product-id="23456789012">
    <div class="product-name-wrap"><a href="https://shopee.co.id/Keripik-Tempe-Sagu-i.123456.23456789012">Keripik Tempe Sagu 250 gram</a></div>
    <div class="product-price">Rp25.000</div>
    <div class="product-stock">120</div>
  </div>
  <div class="product-list-item" data-product-id="23456789013">
    <div class="product-name-wrap"><a href="javascript:alert(1)">Batik Tulis Pekalongan</a></div>
    <div class="product-price">Rp150.000 - Rp275.000</div>
    <div class="product-stock">Habis</div>
  </div>
</div>`;
}

/** What readProductList must read from it. */
export const SHOPEE_ROWS = [
  {
    externalId: '23456789012',
    title: 'Keripik Tempe Sagu 250 gram',
    price: 25000,
    stock: 120,
    url: 'https://shopee.co.id/Keripik-Tempe-Sagu-i.123456.23456789012',
  },
  {
    externalId: '23456789013',
    title: 'Batik Tulis Pekalongan',
    price: 150000,
    stock: 0,
    url: undefined,
  },
];
