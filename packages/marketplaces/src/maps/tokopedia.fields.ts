// Tokopedia Seller (seller.tokopedia.com). Labels, test ids and class names as the seller
// centre showed them when this map was written (Unify components with emotion `css-…`
// classes, which change on every deploy, so nothing here relies on them). Where a selector
// is a best guess it says so; the label texts are the stable fallback the finder always
// tries. Since 2024 TikTok Shop also runs a seller centre on seller-id.tokopedia.com: that
// one is in tiktok-shop.fields.ts.
import type { MarketplaceFieldMap } from './field-map.js';

const MB = 1024 * 1024;

/** Tokopedia's seller pages as data. */
export const TOKOPEDIA_FIELDS: MarketplaceFieldMap = {
  marketplace: 'tokopedia',
  editUrl: 'https://seller.tokopedia.com/edit-product/{id}',
  urls: {
    'add-product': [/^https:\/\/seller\.tokopedia\.com\/add-product(?:[/?#]|$)/],
    edit: [/^https:\/\/seller\.tokopedia\.com\/edit-product\/\d+/],
    'product-list': [/^https:\/\/seller\.tokopedia\.com\/manage-product(?:[/?#]|$)/],
    // Public product pages are /<shop>/<product-slug>; the first segment list keeps out
    // Tokopedia's own sections (best guess at the list of them).
    product: [
      /^https:\/\/(?:www\.)?tokopedia\.com\/(?!search|discovery|p\/|find|promo|help|cart|login|register|edu|blog|about)[a-z0-9_-]+\/[a-z0-9-]+(?:[?#]|$)/i,
    ],
  },
  fields: {
    title: {
      kind: 'text',
      selectors: ['[data-testid="txtAddProductName"] input', 'input[name="product-name"]'],
      labels: ['Nama Produk', 'Product Name'],
      attributes: ['product[-_]?name'],
    },
    category: {
      kind: 'combobox',
      selectors: ['[data-testid="cmbAddProductCategory"] input', 'input[name="category"]'],
      labels: ['Kategori', 'Category'],
    },
    description: {
      kind: 'text',
      selectors: [
        '[data-testid="txtAddProductDescription"] textarea',
        'textarea[name="description"]',
      ],
      labels: ['Deskripsi Produk', 'Product Description'],
      attributes: ['description'],
    },
    price: {
      kind: 'number',
      selectors: ['[data-testid="txtAddProductPrice"] input', 'input[name="price"]'],
      labels: ['Harga', 'Harga Satuan', 'Price'],
    },
    stock: {
      kind: 'number',
      selectors: ['[data-testid="txtAddProductStock"] input', 'input[name="stock"]'],
      labels: ['Stok Produk', 'Stok', 'Stock'],
    },
    sku: {
      kind: 'text',
      selectors: ['[data-testid="txtAddProductSku"] input', 'input[name="sku"]'],
      labels: ['SKU (Stock Keeping Unit)', 'SKU'],
    },
    condition: {
      kind: 'radio',
      selectors: ['[data-testid="rdoAddProductCondition"]'],
      labels: ['Kondisi', 'Condition'],
      choices: { new: ['Baru', 'New'], used: ['Bekas', 'Used'] },
    },
    // The unit select beside it defaults to Gram.
    weight: {
      kind: 'number',
      selectors: ['[data-testid="txtAddProductWeight"] input', 'input[name="weight"]'],
      labels: ['Berat Produk', 'Berat', 'Weight'],
      unit: 'g',
    },
    length: {
      kind: 'number',
      selectors: ['input[name="length"]'],
      labels: ['Panjang', 'Length'],
    },
    width: { kind: 'number', selectors: ['input[name="width"]'], labels: ['Lebar', 'Width'] },
    height: { kind: 'number', selectors: ['input[name="height"]'], labels: ['Tinggi', 'Height'] },
    brand: {
      kind: 'combobox',
      selectors: ['[data-testid="cmbAddProductBrand"] input'],
      labels: ['Merek', 'Brand'],
    },
    images: {
      kind: 'file',
      selectors: ['[data-testid="imgAddProductPhoto"] input[type="file"]'],
      labels: ['Foto Produk', 'Product Photos'],
      previews: '[data-testid="imgAddProductPhoto"] img',
    },
  },
  limits: {
    titleMin: undefined, // unknown
    titleMax: 70, // "Nama produk maks. 70 karakter" (the form's own counter, 0/70)
    descriptionMin: undefined, // unknown
    descriptionMax: 2000, // the form's counter, 0/2000 (best guess: may differ per category)
    priceMin: 100, // "Harga min. Rp100" (the form's validation message)
    priceMax: undefined, // unknown
    photosMax: 5, // five photo slots in the form (best guess: may be more since 2024)
    photoMaxBytes: 5 * MB, // max 5 MB (Seller Center "Product Media Center", 2024-03)
  },
  productList: {
    // Manage-product rows; best guess at the test ids.
    row: '[data-testid="rowManageProduct"], tr[data-product-id]',
    externalId: { attribute: 'data-product-id' },
    title: { selector: '[data-testid="lnkManageProductName"]' },
    price: { selector: '[data-testid="txtManageProductPrice"] input', attribute: 'value' },
    stock: { selector: '[data-testid="txtManageProductStock"] input', attribute: 'value' },
    url: { selector: '[data-testid="lnkManageProductName"]', attribute: 'href' },
  },
};
