// Shopee Seller Centre Indonesia (seller.shopee.co.id). Its components carry `eds-…`
// class names (Shopee's design system), stable across deploys, and the product form is
// built in two steps: name and category first, then the sales and shipping sections appear.
// The label texts are the fallback the finder always tries.
import type { MarketplaceFieldMap } from './field-map.js';

const MB = 1024 * 1024;

/** Shopee's seller pages as data. */
export const SHOPEE_FIELDS: MarketplaceFieldMap = {
  marketplace: 'shopee',
  editUrl: 'https://seller.shopee.co.id/portal/product/{id}',
  urls: {
    'add-product': [/^https:\/\/seller\.shopee\.co\.id\/portal\/product\/new(?:[/?#]|$)/],
    edit: [/^https:\/\/seller\.shopee\.co\.id\/portal\/product\/\d+(?:[/?#]|$)/],
    'product-list': [/^https:\/\/seller\.shopee\.co\.id\/portal\/product\/list(?:[/?#]|$)/],
    product: [
      /^https:\/\/shopee\.co\.id\/[^/?#]*-i\.\d+\.\d+/,
      /^https:\/\/shopee\.co\.id\/product\/\d+\/\d+/,
    ],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['[data-product-edit-field-unique-id="name"] input'],
      labels: ['Nama Produk', 'Product Name'],
    },
    category: {
      kind: 'combobox',
      selectors: ['[data-product-edit-field-unique-id="category"] [role="combobox"]'],
      labels: ['Kategori', 'Category'],
    },
    description: {
      kind: 'text',
      selectors: ['[data-product-edit-field-unique-id="description"] textarea'],
      labels: ['Deskripsi Produk', 'Product Description'],
    },
    brand: {
      kind: 'select',
      selectors: ['[data-product-edit-field-unique-id="brand"] select'],
      labels: ['Merek', 'Brand'],
    },
    price: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="price"] input'],
      labels: ['Harga', 'Price'],
    },
    stock: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="stock"] input'],
      labels: ['Stok', 'Stock'],
    },
    sku: {
      kind: 'text',
      selectors: ['[data-product-edit-field-unique-id="parentSku"] input'],
      labels: ['SKU Induk', 'Parent SKU', 'SKU'],
    },
    weight: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="weight"] input'],
      labels: ['Berat', 'Weight'],
      unit: 'g',
    },
    length: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="dimension"] input[placeholder^="P"]'],
      labels: ['Panjang', 'P (cm)', 'Length'],
    },
    width: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="dimension"] input[placeholder^="L"]'],
      labels: ['Lebar', 'L (cm)', 'Width'],
    },
    height: {
      kind: 'number',
      selectors: ['[data-product-edit-field-unique-id="dimension"] input[placeholder^="T"]'],
      labels: ['Tinggi', 'T (cm)', 'Height'],
    },
    condition: {
      kind: 'select',
      selectors: ['[data-product-edit-field-unique-id="condition"] select'],
      labels: ['Kondisi', 'Condition'],
      choices: { new: ['Baru', 'New'], used: ['Bekas', 'Pernah Dipakai', 'Used'] },
    },
    images: {
      kind: 'file',
      selectors: ['[data-product-edit-field-unique-id="images"] input[type="file"]'],
      labels: ['Foto Produk', 'Product Images'],
      previews: '[data-product-edit-field-unique-id="images"] img',
    },
  },
  limits: {
    titleMin: undefined, // unknown
    titleMax: 120, // the form's counter, 0/120 (best guess: some categories allow 255)
    descriptionMin: undefined, // unknown
    descriptionMax: 3000, // the form's counter, 0/3000 (best guess)
    priceMin: undefined, // unknown
    priceMax: undefined, // unknown
    photosMax: 9, // up to 9 photos (Shopee seller education, as in the photo coach's preset)
    photoMaxBytes: 2 * MB, // ≤ 2 MB (same source)
  },
  productList: {
    row: '.product-list-item[data-product-id], tr.eds-table__row[data-product-id]',
    externalId: { attribute: 'data-product-id' },
    title: { selector: '.product-name-wrap a, .product-name' },
    price: { selector: '.product-price, .price' },
    stock: { selector: '.product-stock, .stock' },
    url: { selector: '.product-name-wrap a', attribute: 'href' },
  },
};
