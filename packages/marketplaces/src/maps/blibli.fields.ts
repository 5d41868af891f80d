// Blibli Seller Center (seller.blibli.com, formerly merchant.blibli.com). Blibli's own
// `blu-…` components; the product form lays each field out as a label cell beside a
// value cell. It asks two prices: "Harga normal" (the list price, shown crossed out when
// they differ) and "Harga jual" (what the buyer pays); the listing's price goes to the
// selling price. URL shapes are best guesses; no published limits were found.
import type { MarketplaceFieldMap } from './field-map.js';

/** Blibli's seller pages as data. */
export const BLIBLI_FIELDS: MarketplaceFieldMap = {
  marketplace: 'blibli',
  editUrl: 'https://seller.blibli.com/product/edit/{id}',
  urls: {
    'add-product': [/^https:\/\/(?:seller|merchant)\.blibli\.com\/[^?#]*product\/create/], // best guess
    edit: [/^https:\/\/(?:seller|merchant)\.blibli\.com\/[^?#]*product\/(?:edit|detail)\//], // best guess
    'product-list': [/^https:\/\/(?:seller|merchant)\.blibli\.com\/[^?#]*product\/list/], // best guess
    product: [/^https:\/\/(?:www\.)?blibli\.com\/p\/[^/?#]+\/(?:ps|is)--[A-Z0-9-]+/i],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['[data-testid="productName"] input'],
      labels: ['Nama produk', 'Product name'],
    },
    category: {
      kind: 'select',
      selectors: ['[data-testid="productCategory"] select'],
      labels: ['Kategori', 'Category'],
    },
    brand: {
      kind: 'text',
      selectors: ['[data-testid="productBrand"] input'],
      labels: ['Brand', 'Merek'],
    },
    description: {
      kind: 'text',
      selectors: ['[data-testid="productDescription"] textarea'],
      labels: ['Deskripsi produk', 'Product description'],
    },
    price: {
      kind: 'number',
      selectors: ['[data-testid="salePrice"] input'],
      labels: ['Harga jual', 'Selling price'],
    },
    stock: {
      kind: 'number',
      selectors: ['[data-testid="stock"] input'],
      labels: ['Stok', 'Stock'],
    },
    sku: {
      kind: 'text',
      selectors: ['[data-testid="merchantSku"] input'],
      labels: ['SKU seller', 'Merchant SKU', 'SKU'],
    },
    weight: {
      kind: 'number',
      selectors: ['[data-testid="weight"] input'],
      labels: ['Berat (gram)', 'Berat', 'Weight'],
      unit: 'g',
    },
    length: {
      kind: 'number',
      selectors: ['[data-testid="length"] input'],
      labels: ['Panjang (cm)', 'Panjang'],
    },
    width: {
      kind: 'number',
      selectors: ['[data-testid="width"] input'],
      labels: ['Lebar (cm)', 'Lebar'],
    },
    height: {
      kind: 'number',
      selectors: ['[data-testid="height"] input'],
      labels: ['Tinggi (cm)', 'Tinggi'],
    },
    images: {
      kind: 'file',
      selectors: ['[data-testid="productImages"] input[type="file"]'],
      labels: ['Gambar produk', 'Foto produk'],
      previews: '[data-testid="productImages"] img',
    },
  },
  limits: {
    titleMin: undefined, // unknown
    titleMax: undefined, // unknown
    descriptionMin: undefined, // unknown
    descriptionMax: undefined, // unknown
    priceMin: undefined, // unknown
    priceMax: undefined, // unknown
    photosMax: undefined, // unknown
    photoMaxBytes: undefined, // unknown
  },
  productList: {
    row: 'tr.blu-table__row[data-sku]',
    externalId: { attribute: 'data-sku' },
    title: { selector: '.product-name' },
    price: { selector: '.sale-price' },
    stock: { selector: '.stock-value' },
    url: { selector: 'a.product-link', attribute: 'href' },
  },
};
