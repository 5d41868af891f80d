import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemListJsonLd, jsonLdText, productJsonLd } from './json-ld.js';
import { Product } from './product.js';
import { Seller } from './seller.js';

describe('productJsonLd', () => {
  it('describes a product with one price as a Product with an Offer from its seller', () => {
    const seller = Seller.parse({
      id: 'bu-sri',
      name: 'Batik Bu Sri',
      region: { code: '33.72', name: 'Kota Surakarta' },
      website: 'https://batik-bu-sri.example/',
    });
    const product = Product.parse({
      id: 'batik-01',
      name: 'Kain batik tulis',
      description: 'Motif parang, pewarna alam.',
      category: 'fashion',
      price: 350000,
      images: [{ src: 'foto/batik-01.jpg', alt: 'Kain batik' }],
      sellerId: 'bu-sri',
      origin: { code: '33.72', name: 'Kota Surakarta' },
      madeLocally: true,
      stock: 4,
    });
    const organization = {
      '@type': 'Organization',
      name: 'Batik Bu Sri',
      url: 'https://batik-bu-sri.example/',
      address: {
        '@type': 'PostalAddress',
        addressRegion: 'Kota Surakarta',
        addressCountry: 'ID',
      },
    };

    const jsonLd = productJsonLd(
      product,
      { sellers: [seller] },
      {
        baseUrl: 'https://umkm.example/solo/katalog.json',
        productUrl: (p) => `/solo/?produk=${p.id}`,
      },
    );

    assert.deepEqual(jsonLd, {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Kain batik tulis',
      description: 'Motif parang, pewarna alam.',
      image: ['https://umkm.example/solo/foto/batik-01.jpg'],
      sku: 'batik-01',
      productID: 'batik-01',
      category: 'Fesyen',
      url: 'https://umkm.example/solo/?produk=batik-01',
      brand: { '@type': 'Brand', name: 'Batik Bu Sri' },
      manufacturer: organization,
      countryOfOrigin: { '@type': 'Country', name: 'Indonesia', identifier: 'ID' },
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'Daerah asal', value: 'Kota Surakarta' },
      ],
      offers: {
        '@type': 'Offer',
        price: 350000,
        priceCurrency: 'IDR',
        availability: 'https://schema.org/InStock',
        url: 'https://umkm.example/solo/?produk=batik-01',
        seller: organization,
      },
    });
  });

  it('leaves out what the catalog does not say', () => {
    const product = Product.parse({
      id: 'keripik',
      name: 'Keripik tempe',
      category: 'kuliner',
      price: 15000,
      sellerId: 'pak-budi',
    });

    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    assert.deepEqual(jsonLd, {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Keripik tempe',
      sku: 'keripik',
      productID: 'keripik',
      category: 'Kuliner',
      offers: { '@type': 'Offer', price: 15000, priceCurrency: 'IDR' },
    });
  });

  it('gives a price range as an AggregateOffer with lowPrice and highPrice', () => {
    const seller = Seller.parse({ id: 'nelayan', name: 'Kelompok Nelayan Mina' });
    const product = Product.parse({
      id: 'kerapu',
      name: 'Ikan kerapu segar',
      category: 'perikanan',
      price: { min: 90000, max: 140000 },
      sellerId: 'nelayan',
    });

    const jsonLd = productJsonLd(
      product,
      { sellers: [seller] },
      { baseUrl: 'https://umkm.example/' },
    );

    assert.deepEqual(jsonLd.offers, {
      '@type': 'AggregateOffer',
      lowPrice: 90000,
      highPrice: 140000,
      priceCurrency: 'IDR',
      seller: { '@type': 'Organization', name: 'Kelompok Nelayan Mina' },
    });
  });

  it('gives a range whose ends meet as an Offer with one price', () => {
    const product = Product.parse({
      id: 'madu',
      name: 'Madu hutan',
      category: 'pertanian',
      price: { min: 80000, max: 80000 },
      sellerId: 's',
    });

    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    assert.deepEqual(jsonLd.offers, { '@type': 'Offer', price: 80000, priceCurrency: 'IDR' });
  });

  it('adds the unit as a UnitPriceSpecification', () => {
    const product = Product.parse({
      id: 'cabai',
      name: 'Cabai rawit',
      category: 'pertanian',
      price: { min: 40000, max: 55000 },
      unit: 'per kg',
      sellerId: 's',
    });

    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    assert.deepEqual(jsonLd.offers.priceSpecification, {
      '@type': 'UnitPriceSpecification',
      priceCurrency: 'IDR',
      minPrice: 40000,
      maxPrice: 55000,
      unitText: 'per kg',
      unitCode: 'KGM',
    });
  });

  it('marks a product with stock 0 as OutOfStock', () => {
    const product = Product.parse({
      id: 'tas',
      name: 'Tas anyaman pandan',
      category: 'kerajinan',
      price: 120000,
      sellerId: 's',
      stock: 0,
    });

    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    assert.equal(jsonLd.offers.availability, 'https://schema.org/OutOfStock');
  });

  it('leaves images with unsafe URLs out', () => {
    // Typed data that skipped parseCatalog: the schema would have refused these URLs.
    const product: Product = {
      ...Product.parse({
        id: 'gelang',
        name: 'Gelang manik',
        category: 'kerajinan',
        price: 30000,
        sellerId: 's',
      }),
      images: [
        { src: 'javascript:alert(1)' },
        { src: 'JaVaScRiPt:alert(1)' },
        { src: 'java\nscript:alert(1)' },
        { src: 'data:image/svg+xml,<svg onload=alert(1)>' },
        { src: '//evil.example/a.jpg' },
        { src: 'https://cdn.example/gelang.jpg' },
      ],
    };

    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    assert.deepEqual(jsonLd.image, ['https://cdn.example/gelang.jpg']);
  });

  it('resolves relative image URLs against baseUrl and lists each once', () => {
    const product = Product.parse({
      id: 'kopi',
      name: 'Kopi arabika Gayo',
      category: 'pertanian',
      price: 95000,
      sellerId: 's',
      images: [
        { src: 'foto/kopi.jpg' },
        { src: '../bersama/kopi-2.webp?v=2' },
        { src: '/foto/kopi.jpg' },
        { src: 'https://umkm.example/aceh/foto/kopi.jpg' },
      ],
    });

    const jsonLd = productJsonLd(
      product,
      { sellers: [] },
      { baseUrl: 'https://umkm.example/aceh/katalog.json' },
    );

    assert.deepEqual(jsonLd.image, [
      'https://umkm.example/aceh/foto/kopi.jpg',
      'https://umkm.example/bersama/kopi-2.webp?v=2',
      'https://umkm.example/foto/kopi.jpg',
    ]);
  });

  it('throws a TypeError when baseUrl is not an absolute http(s) URL', () => {
    const product = Product.parse({
      id: 'p',
      name: 'Produk',
      category: 'lainnya',
      price: 1000,
      sellerId: 's',
    });

    for (const baseUrl of ['katalog.json', 'javascript:alert(1)', 'file:///etc/']) {
      assert.throws(() => productJsonLd(product, { sellers: [] }, { baseUrl }), TypeError);
    }
  });

  it('throws a TypeError when productUrl gives an unsafe URL', () => {
    const product = Product.parse({
      id: 'p',
      name: 'Produk',
      category: 'lainnya',
      price: 1000,
      sellerId: 's',
    });

    assert.throws(
      () =>
        productJsonLd(
          product,
          { sellers: [] },
          { baseUrl: 'https://umkm.example/', productUrl: () => 'javascript:alert(1)' },
        ),
      TypeError,
    );
  });
});

describe('itemListJsonLd', () => {
  it('lists the products as ListItems with 1-based positions', () => {
    const catalog = {
      title: 'Produk lokal Kota Surakarta',
      sellers: [Seller.parse({ id: 's', name: 'Toko Sari' })],
      products: [
        Product.parse({ id: 'a', name: 'Serabi', category: 'kuliner', price: 5000, sellerId: 's' }),
        Product.parse({
          id: 'b',
          name: 'Blangkon',
          category: 'fashion',
          price: 75000,
          sellerId: 's',
        }),
      ],
    };

    const list = itemListJsonLd(catalog, { baseUrl: 'https://umkm.example/' });

    assert.deepEqual(list, {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Produk lokal Kota Surakarta',
      numberOfItems: 2,
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: {
            '@type': 'Product',
            name: 'Serabi',
            sku: 'a',
            productID: 'a',
            category: 'Kuliner',
            offers: {
              '@type': 'Offer',
              price: 5000,
              priceCurrency: 'IDR',
              seller: { '@type': 'Organization', name: 'Toko Sari' },
            },
          },
        },
        {
          '@type': 'ListItem',
          position: 2,
          item: {
            '@type': 'Product',
            name: 'Blangkon',
            sku: 'b',
            productID: 'b',
            category: 'Fesyen',
            offers: {
              '@type': 'Offer',
              price: 75000,
              priceCurrency: 'IDR',
              seller: { '@type': 'Organization', name: 'Toko Sari' },
            },
          },
        },
      ],
    });
  });

  it('holds the first 100 products by default, and the first `limit` when given', () => {
    const catalog = {
      title: '',
      sellers: [],
      products: Array.from({ length: 250 }, (_, i) =>
        Product.parse({
          id: `p${i}`,
          name: `Produk ${i}`,
          category: 'lainnya',
          price: i,
          sellerId: 's',
        }),
      ),
    };

    const byDefault = itemListJsonLd(catalog, { baseUrl: 'https://umkm.example/' });
    const limited = itemListJsonLd(catalog, { baseUrl: 'https://umkm.example/', limit: 3 });
    const all = itemListJsonLd(catalog, { baseUrl: 'https://umkm.example/', limit: Infinity });

    assert.equal(byDefault.numberOfItems, 100);
    assert.equal(byDefault.itemListElement.length, 100);
    assert.equal(byDefault.itemListElement.at(-1)?.item.sku, 'p99');
    assert.deepEqual(
      limited.itemListElement.map((e) => [e.position, e.item.sku]),
      [
        [1, 'p0'],
        [2, 'p1'],
        [3, 'p2'],
      ],
    );
    assert.equal(all.numberOfItems, 250);
    assert.equal('name' in byDefault, false);
  });

  it('throws a RangeError for a negative or fractional limit', () => {
    const catalog = { title: '', sellers: [], products: [] };

    for (const limit of [-1, 1.5, Number.NaN]) {
      assert.throws(
        () => itemListJsonLd(catalog, { baseUrl: 'https://umkm.example/', limit }),
        RangeError,
      );
    }
  });
});

describe('jsonLdText', () => {
  it('escapes every character that could end the script element, and parses back the same', () => {
    const value = {
      name: '</script><script>alert(1)</script>',
      description: '<!-- a & b > c \u2028 d \u2029 e </SCRIPT',
    };

    const text = jsonLdText(value);

    assert.deepEqual(JSON.parse(text), value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.equal(text.toLowerCase().includes('</script'), false);
    assert.match(text, /\\u003c\/script\\u003e\\u003cscript\\u003e/);
    assert.match(text, /\\u2028 d \\u2029/);
  });

  it('keeps a product whose catalog text tries to break out as plain data', () => {
    const product = Product.parse({
      id: 'x',
      name: '</script><script>alert(document.cookie)</script>',
      description: '<img src=x onerror=alert(1)>',
      category: 'lainnya',
      price: 1,
      sellerId: 's',
    });
    const jsonLd = productJsonLd(product, { sellers: [] }, { baseUrl: 'https://umkm.example/' });

    const text = jsonLdText(jsonLd);

    assert.deepEqual(JSON.parse(text), jsonLd);
    assert.doesNotMatch(text, /<|>/);
  });

  it('throws a TypeError for a value with no JSON form', () => {
    assert.throws(() => jsonLdText(undefined), TypeError);
  });
});
