// Bukalapak (www.bukalapak.com), "Jual Barang". A server-rendered form with Bukalapak's
// `bl-…` component classes and plain `name` attributes in Rails style
// (`product[name]`), which this map keys on. URL shapes are best guesses from the site as
// last seen; no published limits were found, so most figures are unknown.
import type { MarketplaceFieldMap } from './field-map.js';

/** Bukalapak's seller pages as data. */
export const BUKALAPAK_FIELDS: MarketplaceFieldMap = {
  marketplace: 'bukalapak',
  // Bukalapak's edit URL holds the product's slug, not the id its product list shows.
  editUrl: undefined,
  urls: {
    'add-product': [/^https:\/\/(?:www\.)?bukalapak\.com\/products\/new(?:[/?#]|$)/], // best guess
    edit: [/^https:\/\/(?:www\.)?bukalapak\.com\/products\/[^/?#]+\/edit(?:[/?#]|$)/], // best guess
    'product-list': [/^https:\/\/(?:www\.)?bukalapak\.com\/my-products(?:[/?#]|$)/], // best guess
    product: [/^https:\/\/(?:www\.)?bukalapak\.com\/p\/[^?#]+\/[a-z0-9]+-jual-/i],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['input[name="product[name]"]'],
      labels: ['Nama Barang', 'Nama Produk'],
    },
    category: {
      kind: 'select',
      selectors: ['select[name="product[category_id]"]'],
      labels: ['Kategori', 'Kategori Barang'],
    },
    condition: {
      kind: 'radio',
      selectors: ['.bl-radio-group[data-name="product[new]"]'],
      labels: ['Kondisi', 'Kondisi Barang'],
      attributes: ['product\\[new\\]'],
      choices: { new: ['Baru'], used: ['Bekas'] },
    },
    price: {
      kind: 'number',
      selectors: ['input[name="product[price]"]'],
      labels: ['Harga', 'Harga Barang'],
    },
    stock: {
      kind: 'number',
      selectors: ['input[name="product[stock]"]'],
      labels: ['Stok', 'Stok Barang'],
    },
    weight: {
      kind: 'number',
      selectors: ['input[name="product[weight]"]'],
      labels: ['Berat', 'Berat (gram)'],
      unit: 'g',
    },
    sku: {
      kind: 'text',
      selectors: ['input[name="product[sku_name]"]'],
      labels: ['SKU', 'Kode SKU'],
    },
    brand: {
      kind: 'text',
      selectors: ['input[name="product[brand]"]'],
      labels: ['Merek'],
    },
    description: {
      kind: 'text',
      selectors: ['textarea[name="product[description]"]'],
      labels: ['Deskripsi', 'Deskripsi Barang'],
    },
    images: {
      kind: 'file',
      selectors: [
        'input[type="file"][name="product[images][]"]',
        '.bl-uploader input[type="file"]',
      ],
      labels: ['Foto Barang', 'Foto'],
      previews: '.bl-uploader img',
    },
  },
  limits: {
    titleMin: undefined, // unknown
    titleMax: 70, // best guess from the form's counter as last seen; not published
    descriptionMin: undefined, // unknown
    descriptionMax: undefined, // unknown
    priceMin: undefined, // unknown
    priceMax: undefined, // unknown
    photosMax: undefined, // unknown
    photoMaxBytes: undefined, // unknown
  },
  productList: {
    row: '.bl-product-list__item[data-product-id]',
    externalId: { attribute: 'data-product-id' },
    title: { selector: '.bl-product-card__name' },
    price: { selector: '.bl-product-card__price' },
    stock: { selector: '.bl-product-card__stock' },
    url: { selector: 'a.bl-product-card__link', attribute: 'href' },
  },
};
