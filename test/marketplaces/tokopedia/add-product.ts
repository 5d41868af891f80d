// Tokopedia Seller "Tambah Produk" as a React form: Unify-style items with emotion class
// names and data-testid hooks, a category input with suggestions, a brand input with
// suggestions, a thousands-formatted price, a photo uploader behind a hidden file input,
// and the weight and size section rendered lazily 500 ms after the form.
import { createElement as h } from 'react';
import {
  Field,
  Later,
  Radios,
  SuggestCombobox,
  TextArea,
  TextInput,
  Uploader,
} from '../react-kit.js';
import type { FormHandle, ProductFormState } from '../react-kit.js';
import { CountingForm, mountReact, useProductForm } from '../react-mount.js';

const STYLE = { item: 'css-1n8j4a0 e1fa2ol0', label: 'css-8atqhb unf-heading', body: 'css-ywdw6t' };
const INPUT = 'css-3017qm exxxdg63';

/** Tokopedia's category suggestions (a slice of its taxonomy). */
export const TOKOPEDIA_CATEGORIES = [
  'Makanan & Minuman / Makanan Ringan / Keripik',
  'Makanan & Minuman / Makanan Ringan / Kerupuk',
  'Makanan & Minuman / Makanan Ringan / Kacang',
  'Makanan & Minuman / Minuman / Kopi',
  'Fashion Wanita / Atasan / Blouse',
  'Fashion Muslim / Batik / Kemeja Batik',
];
const BRANDS = ['Tidak ada merek', 'Sari Rasa', 'Batik Keris', 'Kopi Kapal Api'];

function TokopediaForm(props: { handle: FormHandle; initial: Partial<ProductFormState> }) {
  const [s, set] = useProductForm(props.handle, props.initial);
  const field = (label: string, testId: string, ...children: Parameters<typeof h>[2][]) =>
    Field(STYLE, { label, testId }, ...children);
  return CountingForm(
    props.handle,
    'css-1kzx4n0 add-product-form',
    h('h5', { className: 'css-1k2 unf-heading' }, 'Upload Produk'),
    h(
      'section',
      { className: 'css-18nwk0b' },
      h('h6', { className: 'unf-heading' }, 'Informasi Produk'),
      field(
        'Nama Produk',
        'txtAddProductName',
        TextInput({
          value: s.title,
          onChange: set('title'),
          className: INPUT,
          placeholder:
            'Contoh: Sepatu Pria (Jenis/Kategori Produk) + Tokostore (Merek) + Kanvas Hitam (Keterangan)',
          maxLength: 70,
        }),
        h('div', { className: 'counter' }, `${s.title.length}/70`),
      ),
      field(
        'Kategori',
        'cmbAddProductCategory',
        h(SuggestCombobox, {
          value: s.category,
          onChange: set('category'),
          options: TOKOPEDIA_CATEGORIES,
          className: INPUT,
          placeholder: 'Cari kategori',
          delayMs: 200,
        }),
      ),
      field(
        'Merek',
        'cmbAddProductBrand',
        h(SuggestCombobox, {
          value: s.brand,
          onChange: set('brand'),
          options: BRANDS,
          className: INPUT,
          placeholder: 'Pilih merek',
        }),
      ),
    ),
    h(
      'section',
      { className: 'css-18nwk0b' },
      h('h6', { className: 'unf-heading' }, 'Detail Produk'),
      field(
        'Foto Produk',
        'imgAddProductPhoto',
        Uploader({
          photos: s.photos,
          onChange: set('photos'),
          max: 5,
          className: 'css-upl0ad',
          addText: 'Tambah Foto',
        }),
      ),
      field(
        'Kondisi',
        'rdoAddProductCondition',
        Radios({
          name: 'condition',
          value: s.condition,
          options: ['Baru', 'Bekas'],
          onChange: set('condition'),
          className: 'unf-radio',
        }),
      ),
      field(
        'Deskripsi Produk',
        'txtAddProductDescription',
        TextArea({
          value: s.description,
          onChange: set('description'),
          className: INPUT,
          placeholder: 'Sepatu Sneakers Pria Tokostore Kanvas Hitam Seri C28B',
        }),
      ),
    ),
    h(
      'section',
      { className: 'css-18nwk0b' },
      h('h6', { className: 'unf-heading' }, 'Harga'),
      field(
        'Minimum Pemesanan',
        'txtAddProductMinOrder',
        TextInput({ value: '1', onChange: () => undefined, className: INPUT, numeric: true }),
      ),
      field(
        'Harga Satuan',
        'txtAddProductPrice',
        TextInput({
          value: s.price,
          onChange: set('price'),
          className: INPUT,
          numeric: true,
          thousands: true,
          prefix: 'Rp',
          placeholder: 'Masukkan harga',
        }),
      ),
    ),
    h(
      'section',
      { className: 'css-18nwk0b' },
      h('h6', { className: 'unf-heading' }, 'Pengelolaan Produk'),
      field(
        'Stok Produk',
        'txtAddProductStock',
        TextInput({ value: s.stock, onChange: set('stock'), className: INPUT, numeric: true }),
      ),
      field(
        'SKU (Stock Keeping Unit)',
        'txtAddProductSku',
        TextInput({
          value: s.sku,
          onChange: set('sku'),
          className: INPUT,
          placeholder: 'Masukkan SKU',
        }),
      ),
    ),
    h(Later, {
      when: true,
      delayMs: 500,
      children: h(
        'section',
        { className: 'css-18nwk0b' },
        h('h6', { className: 'unf-heading' }, 'Berat & Pengiriman'),
        field(
          'Berat Produk',
          'txtAddProductWeight',
          h(
            'select',
            { className: 'css-unit', defaultValue: 'gram', 'aria-label': 'Satuan berat' },
            h('option', { value: 'gram' }, 'Gram (g)'),
            h('option', { value: 'kg' }, 'Kilogram (kg)'),
          ),
          TextInput({
            value: s.weight,
            onChange: set('weight'),
            className: INPUT,
            numeric: true,
            placeholder: 'Masukkan berat',
          }),
        ),
        field(
          'Ukuran Produk',
          'txtAddProductSize',
          TextInput({
            value: s.length,
            onChange: set('length'),
            className: INPUT,
            numeric: true,
            name: 'length',
            placeholder: 'Panjang',
            suffix: 'cm',
          }),
          TextInput({
            value: s.width,
            onChange: set('width'),
            className: INPUT,
            numeric: true,
            name: 'width',
            placeholder: 'Lebar',
            suffix: 'cm',
          }),
          TextInput({
            value: s.height,
            onChange: set('height'),
            className: INPUT,
            numeric: true,
            name: 'height',
            placeholder: 'Tinggi',
            suffix: 'cm',
          }),
        ),
      ),
    }),
    h(
      'div',
      { className: 'css-footer' },
      h('button', { type: 'button', className: 'unf-button' }, 'Batal'),
      h('button', { type: 'submit', className: 'unf-button unf-button--filled' }, 'Simpan'),
    ),
  );
}

/** Mounts the add-product form (empty), or the edit form with `initial` values. */
export function mountTokopediaForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): Promise<FormHandle> {
  return mountReact(container, ({ handle }) => h(TokopediaForm, { handle, initial }));
}
