import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { productJsonLd } from './json-ld.js';
import { unitCodeOf } from './json-ld-produce.js';
import { Product } from './product.js';
import type { ProductInput } from './product.js';

function product(fields: Partial<ProductInput> = {}): Product {
  return Product.parse({
    id: 'cabai',
    name: 'Cabai merah',
    price: 25_000,
    unit: 'per kg',
    category: 'pertanian',
    sellerId: 's',
    ...fields,
  });
}

const options = { baseUrl: 'https://umkm.example/' };

describe('productJsonLd for fresh produce', () => {
  it('gives the minimum order as eligibleQuantity with the unit code', () => {
    const { offers } = productJsonLd(product({ minOrder: 5 }), { sellers: [] }, options);
    assert.deepEqual(offers.eligibleQuantity, {
      '@type': 'QuantitativeValue',
      minValue: 5,
      unitCode: 'KGM',
      unitText: 'per kg',
    });
  });

  it('lists the base price and each wholesale tier as UnitPriceSpecifications', () => {
    const { offers } = productJsonLd(
      product({
        priceTiers: [
          { minQuantity: 10, price: 20_000 },
          { minQuantity: 50, price: 18_000 },
        ],
      }),
      { sellers: [] },
      options,
    );
    assert.ok(Array.isArray(offers.priceSpecification));
    const specs = offers.priceSpecification as readonly Record<string, unknown>[];
    assert.deepEqual(
      specs.map((s) => s.price),
      [25_000, 20_000, 18_000],
    );
    assert.deepEqual(specs[2], {
      '@type': 'UnitPriceSpecification',
      priceCurrency: 'IDR',
      price: 18_000,
      unitText: 'per kg',
      unitCode: 'KGM',
      eligibleQuantity: {
        '@type': 'QuantitativeValue',
        minValue: 50,
        unitCode: 'KGM',
        unitText: 'per kg',
      },
    });
  });

  it('marks a pre-order as PreOrder with the date it is ready, over the stock', () => {
    const { offers } = productJsonLd(
      product({ stock: 0, preOrder: { readyAt: '2026-12-14', quota: 100 } }),
      { sellers: [] },
      options,
    );
    assert.equal(offers.availability, 'https://schema.org/PreOrder');
    assert.equal(offers.availabilityStarts, '2026-12-14');
  });

  it('gives certificates with their numbers, the harvest date and the delivery areas', () => {
    const jsonLd = productJsonLd(
      product({
        harvestedAt: '2026-03-12',
        certifications: [
          { kind: 'halal', number: 'ID35110000123450423' },
          { kind: 'pirt', number: '2063374010123-27' },
        ],
        deliveryAreas: ['33.09', '33'],
      }),
      { sellers: [] },
      options,
    );
    assert.equal(jsonLd.productionDate, '2026-03-12');
    assert.deepEqual(jsonLd.hasCertification, [
      {
        '@type': 'Certification',
        name: 'Halal',
        certificationIdentification: 'ID35110000123450423',
      },
      { '@type': 'Certification', name: 'P-IRT', certificationIdentification: '2063374010123-27' },
    ]);
    assert.deepEqual(jsonLd.offers.areaServed, [
      { '@type': 'AdministrativeArea', name: 'Kabupaten Boyolali', identifier: '33.09' },
      { '@type': 'AdministrativeArea', name: 'Jawa Tengah', identifier: '33' },
    ]);
  });

  it('adds nothing new to a product without produce fields but its unit code', () => {
    const jsonLd = productJsonLd(product({ unit: 'per lembar' }), { sellers: [] }, options);
    for (const key of ['productionDate', 'hasCertification']) assert.equal(key in jsonLd, false);
    for (const key of ['eligibleQuantity', 'areaServed', 'availability', 'availabilityStarts']) {
      assert.equal(key in jsonLd.offers, false);
    }
    assert.equal((jsonLd.offers.priceSpecification as { unitCode?: string }).unitCode, 'H87');
  });
});

describe('unitCodeOf', () => {
  it('maps the units sellers write to UN/CEFACT codes, and not pack sizes', () => {
    assert.equal(unitCodeOf('per kg'), 'KGM');
    assert.equal(unitCodeOf('/kg'), 'KGM');
    assert.equal(unitCodeOf('per gram'), 'GRM');
    assert.equal(unitCodeOf('per liter'), 'LTR');
    assert.equal(unitCodeOf('per ekor'), 'H87');
    assert.equal(unitCodeOf('per 250 g'), undefined);
    assert.equal(unitCodeOf('per karung'), undefined);
    assert.equal(unitCodeOf(undefined), undefined);
  });
});
