// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Catalog } from './catalog.js';
import { catalogJsonSchema } from './catalog-json-schema.js';
import { isSafeUrl } from './safe-url.js';

/**
 * A strict draft 2020-12 validator. Formats are off on purpose: many validators treat
 * `format` as a note only, so the schema must reject unsafe URLs through its patterns alone.
 */
function compile(): ValidateFunction {
  return new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
    catalogJsonSchema,
  );
}

/** The instance paths ajv complains about. */
function errorPaths(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => e.instancePath);
}

describe('catalogJsonSchema', () => {
  it('is plain JSON that survives a round trip unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(catalogJsonSchema)), catalogJsonSchema);
    assert.equal(Object.getPrototypeOf(catalogJsonSchema), Object.prototype);
    assert.equal(catalogJsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(catalogJsonSchema.$id, 'urn:etalase:catalog:v1');
  });

  it('accepts a valid catalog with a $schema key and fields left to their defaults', () => {
    const validate = compile();
    const catalog = {
      $schema: 'https://cdn.example/@etalase/catalog/catalog.schema.json',
      version: 1,
      sellers: [{ id: 'bu-sri', name: 'Batik Bu Sri', whatsapp: '6281234567890' }],
      products: [
        {
          id: 'batik-01',
          name: 'Kain batik tulis',
          category: 'fashion',
          price: { min: 250000, max: 400000 },
          sellerId: 'bu-sri',
          images: [
            {
              src: 'foto/batik-01.jpg',
              sources: [{ src: 'https://cdn.example/b.webp', width: 800 }],
            },
          ],
          links: { tokopedia: 'HTTPS://www.tokopedia.com/bu-sri/batik-01' },
          updatedAt: '2026-11-28T10:00:00+07:00',
        },
      ],
      next: 'halaman-2.json',
    };

    assert.equal(validate(catalog), true, JSON.stringify(validate.errors));
    assert.equal(Catalog.safeParse(catalog).success, true);
  });

  it('rejects a negative price', () => {
    const validate = compile();
    const catalog = {
      version: 1,
      products: [{ id: 'p', name: 'Produk', category: 'kuliner', price: -5000, sellerId: 's' }],
    };

    assert.equal(validate(catalog), false);
    assert.ok(errorPaths(validate).includes('/products/0/price'));
  });

  it('rejects an unknown category', () => {
    const validate = compile();
    const catalog = {
      version: 1,
      products: [{ id: 'p', name: 'Produk', category: 'elektronik', price: 5000, sellerId: 's' }],
    };

    assert.equal(validate(catalog), false);
    assert.deepEqual(errorPaths(validate), ['/products/0/category']);
  });

  it('rejects a product without a name', () => {
    const validate = compile();
    const catalog = {
      version: 1,
      products: [{ id: 'p', category: 'kuliner', price: 5000, sellerId: 's' }],
    };

    assert.equal(validate(catalog), false);
    assert.deepEqual(
      validate.errors?.map((e) => [e.instancePath, e.keyword, e.params]),
      [['/products/0', 'required', { missingProperty: 'name' }]],
    );
  });

  it('rejects javascript: and other unsafe URLs wherever a URL goes', () => {
    const validate = compile();
    const catalog = {
      version: 1,
      sellers: [{ id: 's', name: 'Toko', logo: 'javascript:alert(1)', website: 'javascript://x' }],
      products: [
        {
          id: 'p',
          name: 'Produk',
          category: 'kuliner',
          price: 5000,
          sellerId: 's',
          images: [{ src: 'JavaScript:alert(1)', sources: [{ src: 'data:,x', width: 10 }] }],
          links: { shopee: 'https://shopee.co.id/\u0000x' },
        },
      ],
      next: '//evil.example/katalog.json',
    };

    assert.equal(validate(catalog), false);
    assert.deepEqual(errorPaths(validate).sort(), [
      '/next',
      '/products/0/images/0/sources/0/src',
      '/products/0/images/0/src',
      '/products/0/links/shopee',
      '/sellers/0/logo',
      '/sellers/0/website',
    ]);
  });

  it('accepts exactly the URLs that isSafeUrl accepts', () => {
    const validate = compile();
    const urls = [
      'https://umkm.example/foto/a.jpg',
      'HTTP://UMKM.EXAMPLE',
      ' foto/a.jpg ',
      'foto/a.jpg',
      '/foto/a.jpg',
      '../a.jpg',
      '?halaman=2',
      '#produk',
      'a/b:c',
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:x',
      'data:image/png;base64,AAAA',
      'mailto:a@b.example',
      'x:y',
      'https+x://a',
      'http:/a',
      'https://',
      '//evil.example',
      '\\\\evil.example',
      '/\\evil.example',
      'a b',
      'https://a\u2028b',
      '',
      '   ',
    ];

    const mismatches = urls.filter(
      (next) => validate({ version: 1, products: [], next }) !== isSafeUrl(next),
    );

    assert.deepEqual(mismatches, []);
    // Guards against a vacuous pass: the list holds both kinds.
    assert.ok(urls.some(isSafeUrl) && !urls.every(isSafeUrl));
  });

  it('requires the products list that parseCatalog requires', () => {
    const validate = compile();

    assert.equal(validate({ version: 1, products: [] }), true);
    assert.equal(validate({ version: 1 }), false);
    assert.deepEqual(validate.errors?.[0]?.params, { missingProperty: 'products' });
  });
});
