// Lazada Seller Center Indonesia (sellercenter.lazada.co.id). A React app on Alibaba's
// Fusion/Next components (`next-input`, `next-select`, `next-cascader`); the description is
// a rich-text editor (contenteditable), weight is asked in kilograms, and brand and further
// attributes load after the category is chosen. Field ids in the form are the product
// attribute names of Lazada's Open Platform API (name, brand, price, quantity, SellerSku,
// package_weight, package_length …), which are stable.
import type { MarketplaceFieldMap } from './field-map.js';

/** Lazada's seller pages as data. */
export const LAZADA_FIELDS: MarketplaceFieldMap = {
  marketplace: 'lazada',
  editUrl: 'https://sellercenter.lazada.co.id/apps/product/publish?productId={id}',
  urls: {
    // Best guess: the publish page takes ?productId= when it edits.
    'add-product': [
      /^https:\/\/sellercenter\.lazada\.co\.id\/apps\/product\/publish(?![^#]*[?&]productId=)/,
    ],
    edit: [
      /^https:\/\/sellercenter\.lazada\.co\.id\/apps\/product\/publish[^#]*[?&]productId=\d+/,
      /^https:\/\/sellercenter\.lazada\.co\.id\/apps\/product\/edit/,
    ],
    'product-list': [/^https:\/\/sellercenter\.lazada\.co\.id\/apps\/product\/list/],
    product: [/^https:\/\/www\.lazada\.co\.id\/products\/[^?#]*-i\d+(?:-s\d+)?\.html/],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['#name input', 'input#name', 'input[name="name"]'],
      labels: ['Nama Produk', 'Product Name'],
    },
    category: {
      kind: 'combobox',
      selectors: ['#category [role="combobox"]', '.next-cascader-select[role="combobox"]'],
      labels: ['Kategori', 'Category'],
    },
    brand: {
      kind: 'combobox',
      selectors: ['#brand [role="combobox"]'],
      labels: ['Merek', 'Brand'],
    },
    description: {
      kind: 'richtext',
      selectors: ['#description [contenteditable="true"]'],
      labels: ['Deskripsi Produk', 'Product Description', 'Deskripsi Utama'],
    },
    price: {
      kind: 'number',
      selectors: ['#price input', 'input[name="price"]'],
      labels: ['Harga', 'Price'],
    },
    stock: {
      kind: 'number',
      selectors: ['#quantity input', 'input[name="quantity"]'],
      labels: ['Stok', 'Kuantitas', 'Quantity'],
    },
    sku: {
      kind: 'text',
      selectors: ['#SellerSku input', 'input[name="SellerSku"]'],
      labels: ['SellerSKU', 'Seller SKU', 'SKU Penjual'],
    },
    weight: {
      kind: 'number',
      selectors: ['#package_weight input', 'input[name="package_weight"]'],
      labels: ['Berat Paket (kg)', 'Berat Paket', 'Package Weight (kg)'],
      unit: 'kg',
    },
    length: {
      kind: 'number',
      selectors: ['#package_length input', 'input[name="package_length"]'],
      labels: ['Panjang (cm)', 'Panjang', 'Length (cm)'],
    },
    width: {
      kind: 'number',
      selectors: ['#package_width input', 'input[name="package_width"]'],
      labels: ['Lebar (cm)', 'Lebar', 'Width (cm)'],
    },
    height: {
      kind: 'number',
      selectors: ['#package_height input', 'input[name="package_height"]'],
      labels: ['Tinggi (cm)', 'Tinggi', 'Height (cm)'],
    },
    images: {
      kind: 'file',
      selectors: ['#images input[type="file"]'],
      labels: ['Gambar Produk', 'Product Images'],
      previews: '#images img',
    },
  },
  limits: {
    titleMin: undefined, // unknown
    titleMax: 255, // `name` is at most 255 characters (Lazada Open Platform, CreateProduct)
    descriptionMin: undefined, // unknown
    descriptionMax: 25000, // `description` ≤ 25,000 characters (same API doc; best guess)
    priceMin: undefined, // unknown
    priceMax: undefined, // unknown
    photosMax: 8, // 2 to 8 product images (Lazada "Image & Content Guideline")
    photoMaxBytes: undefined, // unknown
  },
  productList: {
    row: 'tr.next-table-row[data-row-key]',
    externalId: { attribute: 'data-row-key' },
    title: { selector: '.product-name a, .product-name' },
    price: { selector: '.product-price' },
    stock: { selector: '.product-stock' },
    url: { selector: '.product-name a', attribute: 'href' },
  },
};
