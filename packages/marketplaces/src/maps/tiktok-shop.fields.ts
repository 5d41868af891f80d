// TikTok Shop Seller Center Indonesia (seller-id.tiktok.com; since the 2024 merger also
// seller-id.tokopedia.com). A React app on Arco Design with TikTok's `theme-arco-…` class
// prefix and `data-tid` hooks; the category is a cascader, the description a rich-text
// editor, and the sales attributes (price, stock, SKU) render once the category is set.
// English and Indonesian labels both occur, depending on the account's language.
import type { MarketplaceFieldMap } from './field-map.js';

const MB = 1024 * 1024;

/** TikTok Shop's seller pages as data. */
export const TIKTOK_SHOP_FIELDS: MarketplaceFieldMap = {
  marketplace: 'tiktok',
  editUrl: 'https://seller-id.tiktok.com/product/edit/{id}',
  urls: {
    'add-product': [/^https:\/\/seller-id\.(?:tiktok|tokopedia)\.com\/product\/create(?:[/?#]|$)/],
    edit: [/^https:\/\/seller-id\.(?:tiktok|tokopedia)\.com\/product\/edit\/\d+/], // best guess
    'product-list': [/^https:\/\/seller-id\.(?:tiktok|tokopedia)\.com\/product\/manage/],
    product: [/^https:\/\/(?:shop|www)\.tiktok\.com\/view\/product\/\d+/],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['[data-tid="product.title"] input'],
      labels: ['Nama produk', 'Product name'],
    },
    category: {
      kind: 'combobox',
      selectors: ['[data-tid="product.category"] [role="combobox"]'],
      labels: ['Kategori', 'Category'],
    },
    brand: {
      kind: 'combobox',
      selectors: ['[data-tid="product.brand"] [role="combobox"]'],
      labels: ['Merek', 'Brand'],
    },
    description: {
      kind: 'richtext',
      selectors: ['[data-tid="product.description"] [contenteditable="true"]'],
      labels: ['Deskripsi produk', 'Product description'],
    },
    price: {
      kind: 'number',
      selectors: ['[data-tid="product.price"] input'],
      labels: ['Harga', 'Price', 'Harga ritel'],
    },
    stock: {
      kind: 'number',
      selectors: ['[data-tid="product.quantity"] input'],
      labels: ['Kuantitas', 'Quantity', 'Stok'],
    },
    sku: {
      kind: 'text',
      selectors: ['[data-tid="product.seller_sku"] input'],
      labels: ['SKU penjual', 'Seller SKU'],
    },
    weight: {
      kind: 'number',
      selectors: ['[data-tid="product.weight"] input'],
      labels: ['Berat paket', 'Package weight'],
      unit: 'g',
    },
    length: {
      kind: 'number',
      selectors: ['[data-tid="product.length"] input'],
      labels: ['Panjang', 'Length'],
    },
    width: {
      kind: 'number',
      selectors: ['[data-tid="product.width"] input'],
      labels: ['Lebar', 'Width'],
    },
    height: {
      kind: 'number',
      selectors: ['[data-tid="product.height"] input'],
      labels: ['Tinggi', 'Height'],
    },
    condition: {
      kind: 'radio',
      selectors: ['[data-tid="product.condition"]'],
      labels: ['Kondisi produk', 'Product condition', 'Kondisi'],
      choices: { new: ['Baru', 'New'], used: ['Bekas', 'Pre-owned', 'Used'] },
    },
    images: {
      kind: 'file',
      selectors: ['[data-tid="product.images"] input[type="file"]'],
      labels: ['Gambar produk', 'Product images'],
      previews: '[data-tid="product.images"] img',
    },
  },
  limits: {
    titleMin: 25, // "25–255 characters" (TikTok Shop product listing guidance, third-party summaries)
    titleMax: 255, // same source
    descriptionMin: undefined, // unknown
    descriptionMax: 10000, // best guess from the editor's counter
    priceMin: undefined, // unknown
    priceMax: undefined, // unknown
    photosMax: 9, // up to 9 images (as in the photo coach's preset)
    photoMaxBytes: 5 * MB, // ≤ 5 MB (same)
  },
  productList: {
    row: 'tr.theme-arco-table-tr[data-product-id]',
    externalId: { attribute: 'data-product-id' },
    title: { selector: '[data-tid="product.list.name"]' },
    price: { selector: '[data-tid="product.list.price"]' },
    stock: { selector: '[data-tid="product.list.stock"]' },
    url: { selector: 'a[data-tid="product.list.name"]', attribute: 'href' },
  },
};
