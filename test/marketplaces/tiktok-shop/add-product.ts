// TikTok Shop Seller Center "Tambah produk baru" as a React form on Arco-style markup
// (`theme-arco-…` classes, `data-tid` hooks): images first, a category cascader whose
// names differ from other marketplaces', a brand picker, a rich-text description, and the
// sales section (price, quantity, seller SKU) plus shipping rendered in a second step,
// 300 ms after a category is chosen.
import { createElement as h } from 'react';
import { Cascader, Field, Later, Radios, RichText, TextInput, Uploader } from '../react-kit.js';
import type { CategoryTree, FormHandle, ProductFormState } from '../react-kit.js';
import { CountingForm, mountReact, useProductForm } from '../react-mount.js';

const STYLE = {
  item: 'theme-arco-form-item',
  label: 'theme-arco-form-label-item',
  body: 'theme-arco-form-item-wrapper',
};
const INPUT = 'theme-arco-input';

/** A slice of TikTok Shop's category tree. */
export const TIKTOK_CATEGORIES: CategoryTree = {
  'Makanan & Minuman': {
    'Makanan Ringan': { 'Keripik & Kerupuk': null, 'Kacang-kacangan': null },
    Minuman: { Kopi: null },
  },
  'Pakaian Muslim': { Batik: { 'Kemeja Batik': null } },
};
const BRANDS: CategoryTree = { 'Tanpa merek': null, 'Sari Rasa': null };

function TiktokForm(props: { handle: FormHandle; initial: Partial<ProductFormState> }) {
  const [s, set] = useProductForm(props.handle, props.initial);
  const field = (label: string, tid: string, ...children: Parameters<typeof h>[2][]) =>
    h('div', { 'data-tid': tid, key: tid }, Field(STYLE, { label, required: true }, ...children));
  return CountingForm(
    props.handle,
    'theme-arco-form product-create',
    h(
      'div',
      { className: 'theme-arco-card' },
      h('div', { className: 'theme-arco-card-header' }, 'Informasi dasar'),
      field(
        'Gambar produk',
        'product.images',
        Uploader({
          photos: s.photos,
          onChange: set('photos'),
          max: 9,
          className: 'theme-arco-upload',
          addText: 'Tambahkan gambar',
        }),
      ),
      field(
        'Nama produk',
        'product.title',
        TextInput({
          value: s.title,
          onChange: set('title'),
          className: INPUT,
          placeholder: '[Merek] + [Konten] + [Cakupan] + [Jenis Produk]',
        }),
      ),
      field(
        'Kategori',
        'product.category',
        h(Cascader, {
          value: s.category,
          onChange: set('category'),
          tree: TIKTOK_CATEGORIES,
          prefix: 'theme-arco',
          placeholder: 'Pilih kategori',
        }),
      ),
      field(
        'Merek',
        'product.brand',
        h(Cascader, {
          value: s.brand,
          onChange: set('brand'),
          tree: BRANDS,
          prefix: 'theme-arco',
          placeholder: 'Pilih merek',
        }),
      ),
      field(
        'Deskripsi produk',
        'product.description',
        h(RichText, {
          initial: s.description,
          onChange: set('description'),
          className: 'ProseMirror',
          placeholder: 'Deskripsi',
        }),
      ),
      field(
        'Kondisi produk',
        'product.condition',
        Radios({
          name: 'condition',
          value: s.condition,
          options: ['Baru', 'Bekas'],
          onChange: set('condition'),
          className: 'theme-arco-radio-group',
        }),
      ),
    ),
    h(Later, {
      when: s.category !== '',
      delayMs: 300,
      children: h(
        'div',
        { className: 'theme-arco-card' },
        h('div', { className: 'theme-arco-card-header' }, 'Informasi penjualan'),
        field(
          'Harga ritel',
          'product.price',
          TextInput({
            value: s.price,
            onChange: set('price'),
            className: INPUT,
            numeric: true,
            prefix: 'Rp',
          }),
        ),
        field(
          'Kuantitas',
          'product.quantity',
          TextInput({ value: s.stock, onChange: set('stock'), className: INPUT, numeric: true }),
        ),
        field(
          'SKU penjual',
          'product.seller_sku',
          TextInput({ value: s.sku, onChange: set('sku'), className: INPUT }),
        ),
        h('div', { className: 'theme-arco-card-header' }, 'Pengiriman'),
        field(
          'Berat paket',
          'product.weight',
          TextInput({
            value: s.weight,
            onChange: set('weight'),
            className: INPUT,
            numeric: true,
            suffix: 'g',
          }),
        ),
        field(
          'Panjang',
          'product.length',
          TextInput({
            value: s.length,
            onChange: set('length'),
            className: INPUT,
            numeric: true,
            suffix: 'cm',
          }),
        ),
        field(
          'Lebar',
          'product.width',
          TextInput({
            value: s.width,
            onChange: set('width'),
            className: INPUT,
            numeric: true,
            suffix: 'cm',
          }),
        ),
        field(
          'Tinggi',
          'product.height',
          TextInput({
            value: s.height,
            onChange: set('height'),
            className: INPUT,
            numeric: true,
            suffix: 'cm',
          }),
        ),
      ),
    }),
    h(
      'div',
      { className: 'product-create-footer' },
      h('button', { type: 'button', className: 'theme-arco-btn' }, 'Simpan draf'),
      h(
        'button',
        { type: 'submit', className: 'theme-arco-btn theme-arco-btn-primary' },
        'Terbitkan',
      ),
    ),
  );
}

/** Mounts the add-product form (empty), or the edit form with `initial` values. */
export function mountTiktokForm(
  container: HTMLElement,
  initial: Partial<ProductFormState> = {},
): Promise<FormHandle> {
  return mountReact(container, ({ handle }) => h(TiktokForm, { handle, initial }));
}
