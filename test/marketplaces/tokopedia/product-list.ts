// Tokopedia Seller "Daftar Produk" (manage-product): a table of rows with inline price and
// stock inputs, as the seller centre shows them.
/** Renders the page into `container`. */
export function renderTokopediaList(container: HTMLElement): void {
  container.innerHTML = `
<div class="css-manage-product">
  <h1 class="unf-heading">Daftar Produk</h1>
  <table class="css-1u6k0ty">
    <thead><tr><th>Info Produk</th><th>Harga</th><th>Stok</th><th>Aktif</th></tr></thead>
    <tbody>
      <tr data-testid="rowManageProduct" data-product-id="2140778811">
        <td><a data-testid="lnkManageProductName" href="https://www.tokopedia.com/sarirasa/keripik-tempe-sagu-250g">Keripik Tempe Sagu 250 gram</a><p>SKU: KTS-250</p></td>
        <td><div data-testid="txtManageProductPrice"><span>Rp</span><input value="25.000"></div></td>
        <td><div data-testid="txtManageProductStock"><input value="120"></div></td>
        <td><input type="checkbox" role="switch" checked></td>
      </tr>
      <tr data-testid="rowManageProduct" data-product-id="2140778812">
        <td><a data-testid="lnkManageProductName" href="/sarirasa/kopi-robusta-dampit">Kopi Robusta Dampit 200 gram</a></td>
        <td><div data-testid="txtManageProductPrice"><span>Rp</span><input value="1.250.000"></div></td>
        <td><div data-testid="txtManageProductStock"><input value="0"></div></td>
        <td><input type="checkbox" role="switch"></td>
      </tr>
    </tbody>
  </table>
</div>`;
}

/** What readProductList must read from it (the page is served from a test origin). */
export function tokopediaRows(origin: string) {
  return [
    {
      externalId: '2140778811',
      title: 'Keripik Tempe Sagu 250 gram',
      price: 25000,
      stock: 120,
      url: 'https://www.tokopedia.com/sarirasa/keripik-tempe-sagu-250g',
    },
    {
      externalId: '2140778812',
      title: 'Kopi Robusta Dampit 200 gram',
      price: 1250000,
      stock: 0,
      url: `${origin}/sarirasa/kopi-robusta-dampit`,
    },
  ];
}
