import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from './zod.js';
import { describeZodIssue, fieldLabel } from './catalog-issue.js';
import { parseCatalog } from './parse-catalog.js';
import { Product } from './product.js';
import { Seller } from './seller.js';

function validProduct(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p1',
    name: 'Keripik Tempe',
    price: 25_000,
    category: 'kuliner',
    sellerId: 's1',
    ...overrides,
  };
}

/** The described issue at `path` when `schema` reads `value` as parseCatalog does. */
function described(schema: z.ZodMiniType, value: unknown, path: readonly PropertyKey[]) {
  const result = schema.safeParse(value, { reportInput: true });
  assert.ok(!result.success, 'expected the value to be refused');
  const issue = result.error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  assert.ok(issue, `no issue at ${JSON.stringify(path)}: ${JSON.stringify(result.error.issues)}`);
  return describeZodIssue(issue);
}

describe('fieldLabel', () => {
  it('names the field a path ends in, in both languages', () => {
    assert.deepEqual(fieldLabel(['products', 3, 'price']), { id: 'Harga', en: 'Price' });
    assert.deepEqual(fieldLabel(['sellers', 0, 'whatsapp']), {
      id: 'Nomor WhatsApp',
      en: 'WhatsApp number',
    });
    assert.deepEqual(fieldLabel(['products', 0, 'images', 2]), { id: 'Foto', en: 'Photos' });
    assert.deepEqual(fieldLabel(['products', 0, 'images', 2, 'src']), {
      id: 'Alamat foto',
      en: 'Photo URL',
    });
  });

  it('names one text of a list by its place, so a long tag is not "Tags is too long"', () => {
    assert.deepEqual(fieldLabel(['products', 0, 'tags', 1]), { id: 'Tag ke-2', en: 'Tag 2' });
    const { issues } = parseCatalog({
      version: 1,
      sellers: [{ id: 's', name: 'Toko', whatsapp: '081234567890' }],
      products: [
        {
          id: 'p',
          name: 'Kopi',
          category: 'kuliner',
          price: 1000,
          sellerId: 's',
          tags: ['kopi', 'x'.repeat(300)],
        },
      ],
    });
    assert.deepEqual(
      issues.map((i) => [i.code, i.message.en]),
      [
        [
          'too-long',
          'Product 1 “Kopi”: Tag 2 is too long (max. 40 characters). This part was ignored.',
        ],
      ],
    );
  });

  it('calls a region name a region name, not the product name', () => {
    assert.deepEqual(fieldLabel(['products', 0, 'origin', 'name']), {
      id: 'Nama wilayah',
      en: 'Region name',
    });
    assert.deepEqual(fieldLabel(['sellers', 1, 'region', 'name']), {
      id: 'Nama wilayah',
      en: 'Region name',
    });
    assert.deepEqual(fieldLabel(['products', 0, 'name']), { id: 'Nama', en: 'Name' });
  });

  it('names marketplace links by the marketplace', () => {
    assert.deepEqual(fieldLabel(['products', 0, 'links', 'tokopedia']), {
      id: 'Tautan Tokopedia',
      en: 'Tokopedia link',
    });
    assert.deepEqual(fieldLabel(['sellers', 0, 'shops', 'tiktok']), {
      id: 'Tautan TikTok Shop',
      en: 'TikTok Shop link',
    });
  });

  it('falls back to the key, and to "Value" for a path without one', () => {
    assert.deepEqual(fieldLabel(['products', 0, 'warna']), { id: 'warna', en: 'warna' });
    assert.deepEqual(fieldLabel(['constructor']), { id: 'constructor', en: 'constructor' });
    assert.deepEqual(fieldLabel([]), { id: 'Nilai', en: 'Value' });
    assert.deepEqual(fieldLabel(['products', 4]), { id: 'Daftar produk', en: 'Products' });
  });
});

describe('describeZodIssue', () => {
  it('says a missing field is required', () => {
    const withoutName = validProduct();
    delete withoutName.name;
    assert.deepEqual(described(Product, withoutName, ['name']), {
      code: 'required',
      message: { id: 'Nama wajib diisi.', en: 'Name is required.' },
    });
    assert.equal(
      described(Product, validProduct({ sellerId: null }), ['sellerId']).code,
      'required',
    );
  });

  it('names the expected type when a value has the wrong one', () => {
    assert.deepEqual(described(Product, validProduct({ name: 5 }), ['name']), {
      code: 'type.string',
      message: { id: 'Nama harus berupa teks.', en: 'Name must be text.' },
    });
    assert.deepEqual(
      described(Product, validProduct({ madeLocally: 'mungkin' }), ['madeLocally']),
      {
        code: 'type.boolean',
        message: { id: 'Produk lokal harus berupa ya/tidak.', en: 'Made locally must be yes/no.' },
      },
    );
    assert.equal(described(Product, validProduct({ tags: 'a' }), ['tags']).code, 'type.array');
  });

  it('says an empty text cannot be empty', () => {
    assert.deepEqual(described(Product, validProduct({ name: '' }), ['name']), {
      code: 'required',
      message: { id: 'Nama tidak boleh kosong.', en: 'Name cannot be empty.' },
    });
  });

  it('says a number below zero cannot be negative, and other minimums by value', () => {
    assert.deepEqual(described(Product, validProduct({ price: -5_000 }), ['price']), {
      code: 'negative',
      message: { id: 'Harga tidak boleh negatif.', en: 'Price cannot be negative.' },
    });
    const image = described(Product, validProduct({ images: [{ src: 'a.jpg', width: 0 }] }), [
      'images',
      0,
      'width',
    ]);
    assert.deepEqual(image, {
      code: 'too-small',
      message: { id: 'Lebar foto minimal 1.', en: 'Photo width must be at least 1.' },
    });
  });

  it('gives the limit for text that is too long, lists that are too long and numbers that are too big', () => {
    assert.deepEqual(described(Product, validProduct({ unit: 'x'.repeat(41) }), ['unit']), {
      code: 'too-long',
      message: {
        id: 'Satuan terlalu panjang (maks. 40 karakter).',
        en: 'Unit is too long (max. 40 characters).',
      },
    });
    const images = Array.from({ length: 21 }, (_, i) => ({ src: `${i}.jpg` }));
    assert.deepEqual(described(Product, validProduct({ images }), ['images']), {
      code: 'too-many',
      message: { id: 'Foto: paling banyak 20.', en: 'Photos: at most 20.' },
    });
    assert.equal(described(Product, validProduct({ price: 2e12 }), ['price']).code, 'too-big');
  });

  it('lists the allowed values of an enumeration', () => {
    const { code, message } = described(Product, validProduct({ category: 'Sembako' }), [
      'category',
    ]);
    assert.equal(code, 'not-allowed');
    assert.equal(
      message.id,
      'Kategori harus salah satu dari: fashion, kuliner, kerajinan, pertanian, perikanan, lainnya.',
    );
    assert.equal(
      message.en,
      'Category must be one of: fashion, kuliner, kerajinan, pertanian, perikanan, lainnya.',
    );
  });

  it('explains how to write a price that is neither a number nor a range', () => {
    const { code, message } = described(Product, validProduct({ price: 'gratis' }), ['price']);
    assert.equal(code, 'invalid');
    assert.match(message.id, /^Harga tidak sah: tulis angka rupiah seperti 25000/);
    assert.match(message.en, /^Price is not valid: write whole rupiah such as 25000/);
    assert.equal(
      described(Product, validProduct({ price: undefined }), ['price']).code,
      'required',
    );
  });

  it('says the highest price of a range cannot be below the lowest', () => {
    assert.deepEqual(
      described(Product, validProduct({ price: { min: 40_000, max: 25_000 } }), ['price', 'max']),
      {
        code: 'price.range',
        message: {
          id: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah.',
          en: 'The highest price cannot be below the lowest price.',
        },
      },
    );
  });

  it('shows how to write a date, not a price, for a bad date', () => {
    const { code, message } = described(Product, validProduct({ updatedAt: 'kemarin' }), [
      'updatedAt',
    ]);
    assert.equal(code, 'date.format');
    assert.equal(
      message.id,
      'Tanggal pembaruan harus tanggal seperti 2026-11-28 atau 2026-11-28T10:00:00+07:00.',
    );
    assert.equal(
      message.en,
      'Update date must be a date such as 2026-11-28 or 2026-11-28T10:00:00+07:00.',
    );
  });

  it('uses the messages of the format’s own rules', () => {
    const cases: [z.ZodMiniType, unknown, PropertyKey[], string][] = [
      [Product, validProduct({ id: 'a b' }), ['id'], 'id.format'],
      [
        Product,
        validProduct({ images: [{ src: 'javascript:alert(1)' }] }),
        ['images', 0, 'src'],
        'url.unsafe',
      ],
      [
        Product,
        validProduct({ links: { shopee: 'shopee.co.id/toko' } }),
        ['links', 'shopee'],
        'url.http',
      ],
      [
        Product,
        validProduct({ origin: { code: 'Solo', name: 'Solo' } }),
        ['origin', 'code'],
        'region.code',
      ],
      [Seller, { id: 's1', name: 'Bu Sri', whatsapp: '0812' }, ['whatsapp'], 'whatsapp.format'],
    ];
    for (const [schema, value, path, code] of cases) {
      const { code: got, message } = described(schema, value, path);
      assert.equal(got, code, code);
      assert.doesNotMatch(message.id, /^[a-z]+\.[a-z]+$/, code);
    }
    const link = described(Product, validProduct({ links: { shopee: 'shopee.co.id/toko' } }), [
      'links',
      'shopee',
    ]);
    assert.deepEqual(link.message, {
      id: 'Tautan Shopee: harus alamat lengkap yang diawali https://.',
      en: 'Shopee link: must be a full address starting with https://.',
    });
  });

  it('falls back to "not valid" for any other problem', () => {
    assert.deepEqual(
      described(z.object({ tanggal: z.iso.date() }), { tanggal: 'x' }, ['tanggal']),
      {
        code: 'invalid',
        message: { id: 'tanggal tidak sah.', en: 'tanggal is not valid.' },
      },
    );
  });

  it('always gives a message in both languages, different from each other', () => {
    const values = [
      validProduct({
        name: 5,
        price: -1,
        category: 'x',
        unit: 'x'.repeat(50),
        updatedAt: 1,
        tags: [''],
        stock: 1.5,
      }),
      validProduct({
        id: '',
        price: { min: 'a' },
        images: [{ src: 'data:x', width: -1 }],
        links: { lazada: 'x' },
      }),
    ];
    let count = 0;
    for (const value of values) {
      const result = Product.safeParse(value, { reportInput: true });
      assert.ok(!result.success);
      for (const issue of result.error.issues) {
        const { code, message } = describeZodIssue(issue);
        assert.ok(code.length > 0);
        assert.ok(message.id.length > 0 && message.en.length > 0, code);
        assert.notEqual(message.id, message.en, code);
        count++;
      }
    }
    assert.ok(count >= 10, `only ${count} issues`);
  });
});
