// Lazada Seller Center "Tambah Produk" as a React form on Fusion/Next-style markup: form
// items with the attribute name as id (#name, #price, #package_weight …), a category
// cascader, and, 400 ms after a category is chosen (as if its attributes were fetched),
// the brand, a rich-text description, the sales and the package sections. Weight in kg.
import { createElement as h } from 'react';
import { Cascader, Field, Later, RichText, TextInput, Uploader } from '../react-kit.js';
import type { CategoryTree, FormHandle, ProductFormState } from '../react-kit.js';
import { CountingForm, mountReact, useProductForm } from '../react-mount.js';

const STYLE = {
  item: 'next-form-item',
  label: 'next-form-item-label',
  body: 'next-form-item-control',
};
const INPUT = 'next-input';

/** A slice of Lazada's category tree. */
export const LAZADA_CATEGORIES: CategoryTree = {
  'Makanan & Minuman': {
    Camilan: { Keripik: null, 'Kacang & Biji-bijian': null, Biskuit: null },
    Minuman: { Kopi: null, Teh: null },
  },
  'Pakaian Wanita': { Atasan: { Blus: null, Kemeja: null } },
};
const BRANDS: CategoryTree = { 'No Brand': null, 'Sari Rasa': null, 'Kapal Api': null };

function LazadaForm(props: { handle: FormHandle; initial: Partial<ProductFormState> }) {
  const [s, set] = useProductForm(props.handle, props.initial);
  const field = (label: string, id: string, ...children: Parameters<typeof h>[2][]) =>
    Field(STYLE, { label, id, required: true }, ...children);
  return CountingForm(
    props.handle,
    'next-form product-publish',
    h(
      'div',
      { className: 'next-card', id: 'basic-info' },
      h('h3', null, 'Informasi Dasar'),
      field(
        'Nama Produk',
        'name',
        TextInput({
          value: s.title,
          onChange: set('title'),
          className: INPUT,
          placeholder: 'Ex. Nikon Coolpix A300 Digital Camera',
        }),
      ),
      field(
        'Kategori',
        'category',
        h(Cascader, {
          value: s.category,
          onChange: set('category'),
          tree: LAZADA_CATEGORIES,
          prefix: 'next',
          placeholder: 'Pilih kategori',
        }),
      ),
      field(
        'Gambar Produk',
        'images',
        Uploader({
          photos: s.photos,
          onChange: set('photos'),
          max: 8,
          className: 'next-upload-list',
          addText: 'Unggah',
        }),
      ),
    ),
    h(Later, {
      when: s.category !== '',
      delayMs: 400,
      children: [
        h(
          'div',
          { className: 'next-card', id: 'attributes', key: 'a' },
          h('h3', null, 'Spesifikasi Produk'),
          field(
            'Merek',
            'brand',
            h(Cascader, {
              value: s.brand,
              onChange: set('brand'),
              tree: BRANDS,
              prefix: 'next',
              placeholder: 'Pilih merek',
            }),
          ),
          field(
            'Deskripsi Produk',
            'description',
            h(RichText, {
              initial: s.description,
              onChange: set('description'),
              className: 'ql-editor',
              placeholder: 'Tulis deskripsi',
            }),
          ),
        ),
        h(
          'div',
          { className: 'next-card', id: 'sales', key: 's' },
          h('h3', null, 'Harga, Stok & Varian'),
          field(
            'Harga',
            'price',
            TextInput({
              value: s.price,
              onChange: set('price'),
              className: INPUT,
              numeric: true,
              prefix: 'Rp',
            }),
          ),
          field(
            'Harga Khusus',
            'special_price',
            TextInput({
              value: '',
              onChange: () => undefined,
              className: INPUT,
              numeric: true,
              prefix: 'Rp',
            }),
          ),
          field(
            'Stok',
            'quantity',
            TextInput({ value: s.stock, onChange: set('stock'), className: INPUT, numeric: true }),
          ),
          field(
            'SellerSKU',
            'SellerSku',
            TextInput({ value: s.sku, onChange: set('sku'), className: INPUT }),
          ),
        ),
        h(
          'div',
          { className: 'next-card', id: 'shipping', key: 'p' },
          h('h3', null, 'Pengiriman & Garansi'),
          field(
            'Berat Paket (kg)',
            'package_weight',
            TextInput({
              value: s.weight,
              onChange: set('weight'),
              className: INPUT,
              numeric: true,
              placeholder: '0.001 - 300',
            }),
          ),
          field(
            'Panjang (cm)',
            'package_length',
            TextInput({
              value: s.length,
              onChange: set('length'),
              className: INPUT,
              numeric: true,
            }),
          ),
          field(
            'Lebar (cm)',
            'package_width',
            TextInput({ value: s.width, onChange: set('width'), className: INPUT, numeric: true }),
          ),
          field(
            'Tinggi (cm)',
            'package_height',
            TextInput({
              value: s.height,
              onChange: set('height'),
              className: INPUT,
              numeric: true,
            }),
          ),
        ),
      ],
    }),
    h(
      'div',
      { className: 'publish-footer' },
      h('button', { type: 'button', className: 'next-btn' }, 'Simpan Draf'),
      h('button', { type: 'submit', className: 'next-btn next-btn-primary' }, 'Kirim'),
    ),
  );
}

/** Mounts the add-product form (empty), or the edit form with `initial` values. */
export function mountLazadaForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): Promise<FormHandle> {
  return mountReact(container, ({ handle }) => h(LazadaForm, { handle, initial }));
}
