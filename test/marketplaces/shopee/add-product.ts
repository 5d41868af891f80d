// Shopee Seller Centre "Tambah Produk Baru" as a Vue-style form (eds-… components; state
// follows input events and is written back to the inputs on each render). Two steps: the
// photos, name and category first; the detail, sales and shipping sections appear 300 ms
// after both the name and the category are set.
import type { CategoryTree, FormHandle, ProductFormState } from '../react-kit.js';
import { BoundForm, cascader, el, uploader } from '../vanilla-kit.js';

/** A slice of Shopee's category tree. */
export const SHOPEE_CATEGORIES: CategoryTree = {
  'Makanan & Minuman': {
    'Makanan Ringan': { Keripik: null, Kacang: null },
    Minuman: { Kopi: null },
  },
  'Pakaian Wanita': { Atasan: { Blouse: null } },
};

function item(id: string, label: string, ...content: HTMLElement[]): HTMLElement {
  return el(
    'div',
    { class: 'product-edit-form-item', 'data-product-edit-field-unique-id': id },
    el(
      'div',
      { class: 'product-edit-form-item-label edit-label' },
      el('span', { class: 'mandatory' }, '*'),
      el('span', {}, label),
    ),
    el('div', { class: 'product-edit-form-item-content' }, ...content),
  );
}

function edsInput(
  form: BoundForm,
  key: 'title' | 'price' | 'stock' | 'sku' | 'weight' | 'length' | 'width' | 'height',
  placeholder = '',
  prefix = '',
  suffix = '',
): HTMLElement {
  const input = form.bindText(
    el('input', { class: 'eds-input__input', type: 'text', placeholder }) as HTMLInputElement,
    key,
  );
  return el(
    'div',
    { class: 'eds-input' },
    prefix ? el('span', { class: 'eds-input__prefix' }, prefix) : null,
    el('div', { class: 'eds-input__inner' }, input),
    suffix ? el('span', { class: 'eds-input__suffix' }, suffix) : null,
  );
}

function edsSelect(
  form: BoundForm,
  key: 'brand' | 'condition',
  options: readonly string[],
): HTMLElement {
  const select = el(
    'select',
    { class: 'eds-select__native' },
    el('option', { value: '' }, 'Silakan pilih'),
    ...options.map((o) => el('option', { value: o }, o)),
  ) as HTMLSelectElement;
  return el('div', { class: 'eds-select' }, form.bindSelect(select, key));
}

/** Mounts the add-product form (empty), or the edit page with `initial` values. */
export function mountShopeeForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): FormHandle {
  const form = new BoundForm(initial);
  const counter = el('div', { class: 'eds-input__suffix count' });
  const description = form.bindText(
    el('textarea', {
      class: 'eds-input__textarea',
      rows: '8',
      placeholder: 'Deskripsi produk',
    }) as HTMLTextAreaElement,
    'description',
  );
  const step2 = el(
    'div',
    { class: 'product-edit-step-2' },
    el(
      'div',
      { class: 'product-edit-card', id: 'product-detail' },
      el('div', { class: 'product-edit-card-title' }, 'Informasi Detail'),
      item('brand', 'Merek', edsSelect(form, 'brand', ['No Brand', 'Sari Rasa'])),
      item('condition', 'Kondisi', edsSelect(form, 'condition', ['Baru', 'Pernah Dipakai'])),
    ),
    el(
      'div',
      { class: 'product-edit-card', id: 'product-sales' },
      el('div', { class: 'product-edit-card-title' }, 'Informasi Penjualan'),
      item('price', 'Harga', edsInput(form, 'price', 'Masukkan', 'Rp')),
      item('stock', 'Stok', edsInput(form, 'stock', '0')),
      item('parentSku', 'SKU Induk', edsInput(form, 'sku', '-')),
    ),
    el(
      'div',
      { class: 'product-edit-card', id: 'product-shipping' },
      el('div', { class: 'product-edit-card-title' }, 'Pengiriman'),
      item('weight', 'Berat', edsInput(form, 'weight', 'Masukkan berat', '', 'gr')),
      item(
        'dimension',
        'Ukuran Paket',
        edsInput(form, 'length', 'P (cm)'),
        edsInput(form, 'width', 'L (cm)'),
        edsInput(form, 'height', 'T (cm)'),
      ),
    ),
  );
  let step2Timer: ReturnType<typeof setTimeout> | undefined;
  const slot = el('div', { class: 'step-2-slot' });
  const ready = () => form.state.title !== '' && form.state.category !== '';
  form.onRender(() => {
    counter.textContent = `${form.state.title.length}/120`;
    if (ready() && !step2.isConnected && step2Timer === undefined) {
      step2Timer = setTimeout(() => slot.append(step2), 300);
    }
  });
  const page = el(
    'form',
    { class: 'product-edit' },
    el(
      'div',
      { class: 'product-edit-card', id: 'product-basic' },
      el('div', { class: 'product-edit-card-title' }, 'Informasi Produk'),
      item(
        'images',
        'Foto Produk',
        uploader('shopee-image-manager', 9, 'Tambahkan Foto', form.state.photos, (photos) =>
          form.set('photos', photos),
        ),
      ),
      item(
        'name',
        'Nama Produk',
        el(
          'div',
          { class: 'eds-input' },
          el(
            'div',
            { class: 'eds-input__inner' },
            form.bindText(
              el('input', {
                class: 'eds-input__input',
                type: 'text',
                placeholder: 'Nama Merek + Tipe Produk + Keterangan',
              }) as HTMLInputElement,
              'title',
            ),
          ),
          counter,
        ),
      ),
      item(
        'category',
        'Kategori',
        cascader(SHOPEE_CATEGORIES, 'eds-cascader', 'Pilih kategori', form.state.category, (v) =>
          form.set('category', v),
        ),
      ),
      item('description', 'Deskripsi Produk', description),
    ),
    slot,
    el(
      'div',
      { class: 'product-edit-footer' },
      el('button', { type: 'button', class: 'eds-button' }, 'Batal'),
      el('button', { type: 'button', class: 'eds-button' }, 'Simpan & Arsipkan'),
      el(
        'button',
        { type: 'submit', class: 'eds-button eds-button--primary' },
        'Simpan & Tampilkan',
      ),
    ),
  ) as HTMLFormElement;
  page.addEventListener('submit', (event) => {
    event.preventDefault();
    form.submits++;
  });
  container.append(page);
  form.render();
  const handle: FormHandle = {
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
    unmount: () => {
      clearTimeout(step2Timer);
      page.remove();
    },
  };
  return handle;
}
