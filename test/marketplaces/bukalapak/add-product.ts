// Bukalapak "Jual Barang" as a server-rendered form: Rails-style names (product[name]),
// `<label for>` labels, a native category select, radios for the condition, a wholesale
// price beside the price, and an uploader script behind a hidden file input. No framework:
// the DOM holds the values.
import type { FormHandle, ProductFormState } from '../react-kit.js';
import { emptyState } from '../react-kit.js';
import { el, uploader } from '../vanilla-kit.js';

const CATEGORIES = [
  'Makanan',
  'Makanan > Keripik & Snack',
  'Makanan > Kue Kering',
  'Minuman > Kopi',
  'Fashion Wanita > Batik',
];

function row(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el(
    'div',
    { class: 'bl-form-group' },
    el('label', { for: id, class: 'bl-form-label' }, label),
    el(
      'div',
      { class: 'bl-form-control' },
      control,
      hint ? el('p', { class: 'bl-text bl-text--caption' }, hint) : null,
    ),
  );
}

function textField(
  id: string,
  name: string,
  value: string,
  attrs: Record<string, string> = {},
): HTMLElement {
  return el(
    'div',
    { class: 'bl-text-field' },
    el('input', { id, name, type: 'text', class: 'bl-text-field__input', value, ...attrs }),
  );
}

/** Mounts the add-product form (empty), or the edit page with `initial` values. */
export function mountBukalapakForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): FormHandle {
  const s = { ...emptyState(), ...initial };
  let photos = s.photos;
  let submits = 0;
  const radio = (value: string, text: string) =>
    el(
      'label',
      { class: 'bl-radio' },
      el('input', {
        type: 'radio',
        name: 'product[new]',
        value,
        ...(s.condition === text ? { checked: '' } : {}),
      }),
      el('span', { class: 'bl-radio__label' }, text),
    );
  const category = el(
    'select',
    { id: 'product_category_id', name: 'product[category_id]', class: 'bl-select' },
    el('option', { value: '' }, 'Pilih kategori'),
    ...CATEGORIES.map((c, i) =>
      el('option', { value: String(100 + i), ...(c === s.category ? { selected: '' } : {}) }, c),
    ),
  ) as HTMLSelectElement;
  const description = el('textarea', {
    id: 'product_description',
    name: 'product[description]',
    class: 'bl-textarea',
    rows: '8',
  });
  description.textContent = s.description;
  const page = el(
    'form',
    { class: 'bl-form product-form', action: '/products', method: 'post' },
    el('h2', { class: 'bl-text bl-text--heading-2' }, 'Jual Barang'),
    el(
      'div',
      { class: 'bl-form-group' },
      el('span', { class: 'bl-form-label' }, 'Foto Barang'),
      uploader('bl-uploader', 5, 'Pilih Foto', photos, (p) => (photos = p), {
        name: 'product[images][]',
      }),
    ),
    row(
      'product_name',
      'Nama Barang',
      textField('product_name', 'product[name]', s.title),
      'Minimal 10 karakter',
    ),
    row('product_category_id', 'Kategori', category),
    el(
      'div',
      { class: 'bl-form-group' },
      el('span', { class: 'bl-form-label' }, 'Kondisi'),
      el(
        'div',
        { class: 'bl-radio-group', 'data-name': 'product[new]' },
        radio('true', 'Baru'),
        radio('false', 'Bekas'),
      ),
    ),
    row(
      'product_price',
      'Harga',
      textField('product_price', 'product[price]', s.price, { inputmode: 'numeric' }),
    ),
    row(
      'product_wholesale_price',
      'Harga Grosir',
      textField('product_wholesale_price', 'product[wholesale][price]', '', {
        inputmode: 'numeric',
      }),
    ),
    row(
      'product_stock',
      'Stok',
      textField('product_stock', 'product[stock]', s.stock, { inputmode: 'numeric' }),
    ),
    row(
      'product_weight',
      'Berat (gram)',
      textField('product_weight', 'product[weight]', s.weight, { inputmode: 'numeric' }),
    ),
    row('product_sku_name', 'SKU', textField('product_sku_name', 'product[sku_name]', s.sku)),
    row('product_brand', 'Merek', textField('product_brand', 'product[brand]', s.brand)),
    row('product_description', 'Deskripsi', description),
    el(
      'div',
      { class: 'bl-form-actions' },
      el('input', { type: 'submit', class: 'bl-button bl-button--primary', value: 'Simpan' }),
    ),
  ) as HTMLFormElement;
  page.addEventListener('submit', (event) => {
    event.preventDefault();
    submits++;
  });
  container.append(page);
  const value = (name: string) =>
    (page.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  return {
    get state(): ProductFormState {
      const checked = page.querySelector<HTMLInputElement>('input[name="product[new]"]:checked');
      return {
        ...emptyState(),
        title: value('product[name]'),
        category: category.selectedOptions[0]?.value
          ? (category.selectedOptions[0].textContent ?? '')
          : '',
        description: (page.elements.namedItem('product[description]') as HTMLTextAreaElement).value,
        price: value('product[price]'),
        stock: value('product[stock]'),
        sku: value('product[sku_name]'),
        condition: checked ? (checked.value === 'true' ? 'Baru' : 'Bekas') : '',
        weight: value('product[weight]'),
        brand: value('product[brand]'),
        photos,
      };
    },
    set state(_value) {
      throw new Error('read only');
    },
    get submits() {
      return submits;
    },
    set submits(_value) {
      throw new Error('read only');
    },
    unmount: () => page.remove(),
  };
}
