// TikTok Shop Seller Center "Kelola produk": an Arco table.
/** Renders the page into `container`. */
export function renderTiktokList(container: HTMLElement): void {
  container.innerHTML = `
<table class="theme-arco-table">
  <tbody>
    <tr class="theme-arco-table-tr" data-product-id="1729384756">
      <td><a data-tid="product.list.name" href="https://shop.tiktok.com/view/product/1729384756">Keripik Tempe Sagu 250 gram</a></td>
      <td><span data-tid="product.list.price">Rp25.000</span></td>
      <td><span data-tid="product.list.stock">120</span></td>
    </tr>
  </tbody>
</table>`;
}

/** What readProductList must read from it. */
export const TIKTOK_ROWS = [
  {
    externalId: '1729384756',
    title: 'Keripik Tempe Sagu 250 gram',
    price: 25000,
    stock: 120,
    url: 'https://shop.tiktok.com/view/product/1729384756',
  },
];
