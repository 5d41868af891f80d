// Bukalapak "Barang Dijual": product cards.
/** Renders the page into `container`. */
export function renderBukalapakList(container: HTMLElement): void {
  container.innerHTML = `
<ul class="bl-product-list">
  <li class="bl-product-list__item" data-product-id="4abcd1">
    <a class="bl-product-card__link" href="https://www.bukalapak.com/p/makanan/snack/4abcd1-jual-keripik-tempe-sagu"><span class="bl-product-card__name">Keripik Tempe Sagu 250 gram</span></a>
    <p class="bl-product-card__price">Rp25.000</p>
    <p class="bl-product-card__stock">Stok: 120</p>
  </li>
  <li class="bl-product-list__item">
    <span class="bl-product-card__name">(iklan, tanpa id)</span>
  </li>
</ul>`;
}

/** What readProductList must read from it. */
export const BUKALAPAK_ROWS = [
  {
    externalId: '4abcd1',
    title: 'Keripik Tempe Sagu 250 gram',
    price: 25000,
    stock: 120,
    url: 'https://www.bukalapak.com/p/makanan/snack/4abcd1-jual-keripik-tempe-sagu',
  },
];
