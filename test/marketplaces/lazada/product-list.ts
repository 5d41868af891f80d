// Lazada Seller Center "Kelola Produk": a Fusion table with data-row-key per product.
/** Renders the page into `container`. */
export function renderLazadaList(container: HTMLElement): void {
  container.innerHTML = `
<table class="next-table">
  <thead><tr class="next-table-header"><th>Nama Produk</th><th>Harga</th><th>Stok</th></tr></thead>
  <tbody>
    <tr class="next-table-row" data-row-key="3456789012">
      <td><div class="product-name"><a href="https://www.lazada.co.id/products/keripik-tempe-sagu-i3456789012.html">Keripik Tempe Sagu 250 gram</a></div></td>
      <td><div class="product-price">Rp 25.000</div></td>
      <td><div class="product-stock">1.120</div></td>
    </tr>
  </tbody>
</table>`;
}

/** What readProductList must read from it. */
export const LAZADA_ROWS = [
  {
    externalId: '3456789012',
    title: 'Keripik Tempe Sagu 250 gram',
    price: 25000,
    stock: 1120,
    url: 'https://www.lazada.co.id/products/keripik-tempe-sagu-i3456789012.html',
  },
];
