// Blibli Seller Center "Daftar produk": a blu table keyed by Blibli SKU.
/** Renders the page into `container`. */
export function renderBlibliList(container: HTMLElement): void {
  container.innerHTML = `
<table class="blu-table">
  <tbody>
    <tr class="blu-table__row" data-sku="SAR-60001-00001">
      <td><a class="product-link" href="https://www.blibli.com/p/keripik-tempe-sagu/ps--SAR-60001-00001"><span class="product-name">Keripik Tempe Sagu 250 gram</span></a></td>
      <td><span class="normal-price">Rp30.000</span> <span class="sale-price">Rp25.000</span></td>
      <td><span class="stock-value">120</span></td>
    </tr>
  </tbody>
</table>`;
}

/** What readProductList must read from it. */
export const BLIBLI_ROWS = [
  {
    externalId: 'SAR-60001-00001',
    title: 'Keripik Tempe Sagu 250 gram',
    price: 25000,
    stock: 120,
    url: 'https://www.blibli.com/p/keripik-tempe-sagu/ps--SAR-60001-00001',
  },
];
