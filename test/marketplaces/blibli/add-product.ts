// Blibli Seller Center "Tambah produk" as a table form (label cell, value cell) with
// blu-… components; it asks a normal price and a selling price. State follows events and
// is written back on each render, as in Vue.
import type { FormHandle, ProductFormState } from '../react-kit.js';
import { BoundForm, el, uploader } from '../vanilla-kit.js';

const CATEGORIES = [
  'Makanan & Minuman > Makanan Ringan > Keripik',
  'Makanan & Minuman > Minuman > Kopi',
  'Fashion > Batik > Kemeja',
];

/** Mounts the add-product form (empty), or the edit page with `initial` values. */
export function mountBlibliForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): FormHandle {
  const form = new BoundForm(initial);
  const row = (label: string, testId: string, control: HTMLElement) =>
    el(
      'tr',
      { class: 'blu-table__row' },
      el('td', { class: 'blu-table__label' }, label, el('span', { class: 'required' }, '*')),
      el('td', { 'data-testid': testId, class: 'blu-table__value' }, control),
    );
  const text = (
    key:
      | 'title'
      | 'brand'
      | 'price'
      | 'stock'
      | 'sku'
      | 'weight'
      | 'length'
      | 'width'
      | 'height'
      | 'description',
    placeholder = '',
  ) =>
    el(
      'div',
      { class: 'blu-textfield' },
      form.bindText(
        el('input', {
          class: 'blu-textfield__input',
          type: 'text',
          placeholder,
        }) as HTMLInputElement,
        key as Exclude<keyof ProductFormState, 'photos'>,
      ),
    );
  const normalPrice = el(
    'div',
    { class: 'blu-textfield' },
    el('input', { class: 'blu-textfield__input', type: 'text', placeholder: 'Rp' }),
  );
  const category = form.bindSelect(
    el(
      'select',
      { class: 'blu-dropdown__native' },
      el('option', { value: '' }, 'Pilih kategori'),
      ...CATEGORIES.map((c) => el('option', { value: c }, c)),
    ) as HTMLSelectElement,
    'category',
  );
  const description = form.bindText(
    el('textarea', { class: 'blu-textarea', rows: '6' }) as HTMLTextAreaElement,
    'description',
  );
  const page = el(
    'form',
    { class: 'product-create' },
    el('h1', { class: 'blu-heading' }, 'Tambah produk'),
    el(
      'table',
      { class: 'blu-table blu-form-table' },
      el(
        'tbody',
        {},
        row('Nama produk', 'productName', text('title', 'Masukkan nama produk')),
        row('Kategori', 'productCategory', el('div', { class: 'blu-dropdown' }, category)),
        row('Brand', 'productBrand', text('brand')),
        row('Deskripsi produk', 'productDescription', description),
        row('Harga normal', 'normalPrice', normalPrice),
        row('Harga jual', 'salePrice', text('price', 'Rp')),
        row('Stok', 'stock', text('stock')),
        row('SKU seller', 'merchantSku', text('sku')),
        row('Berat (gram)', 'weight', text('weight')),
        row('Panjang (cm)', 'length', text('length')),
        row('Lebar (cm)', 'width', text('width')),
        row('Tinggi (cm)', 'height', text('height')),
        row(
          'Gambar produk',
          'productImages',
          uploader('blu-upload', 8, 'Unggah gambar', form.state.photos, (p) =>
            form.set('photos', p),
          ),
        ),
      ),
    ),
    el(
      'div',
      { class: 'product-create__actions' },
      el('button', { type: 'submit', class: 'blu-button blu-button--primary' }, 'Simpan'),
    ),
  ) as HTMLFormElement;
  page.addEventListener('submit', (event) => {
    event.preventDefault();
    form.submits++;
  });
  container.append(page);
  form.render();
  return {
    get state() {
      return form.state;
    },
    set state(_value) {
      throw new Error('read only');
    },
    get submits() {
      return form.submits;
    },
    set submits(_value) {
      throw new Error('read only');
    },
    unmount: () => page.remove(),
  };
}
