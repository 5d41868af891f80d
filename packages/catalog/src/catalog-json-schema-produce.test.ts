import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { catalogJsonSchema } from './catalog-json-schema.js';

function validator() {
  return new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
    catalogJsonSchema,
  );
}

function catalogWith(fields: Record<string, unknown>) {
  return {
    version: 1,
    sellers: [{ id: 'tani', name: 'Gapoktan Sido Makmur' }],
    products: [
      {
        id: 'cabai',
        name: 'Cabai',
        price: 25_000,
        category: 'pertanian',
        sellerId: 'tani',
        ...fields,
      },
    ],
  };
}

describe('catalogJsonSchema for fresh produce', () => {
  it('accepts every produce field in canonical form', () => {
    const validate = validator();
    const ok = validate(
      catalogWith({
        minOrder: 0.5,
        priceTiers: [{ minQuantity: 10, price: 20_000 }],
        harvestedAt: '2026-03-12',
        bestBefore: '2026-03-20',
        season: [10, 11, 12],
        preOrder: { readyAt: '2026-12-14', orderBy: '2026-12-10', quota: 200 },
        certifications: [{ kind: 'halal', number: 'ID35110000123450423' }],
        pickup: [{ name: 'Pasar Tani', region: { code: '33.09', name: 'Kabupaten Boyolali' } }],
        deliveryAreas: ['33.09', '33'],
      }),
    );
    assert.equal(ok, true, JSON.stringify(validate.errors));
  });

  it('rejects wrong shapes at their paths', () => {
    const validate = validator();
    const ok = validate(
      catalogWith({
        minOrder: 0,
        season: [13],
        preOrder: { orderBy: '2026-12-10' },
        certifications: [{ kind: 'iso', number: '1234' }],
        pickup: [{ name: 'Pasar Tani' }],
        deliveryAreas: ['Boyolali'],
      }),
    );
    assert.equal(ok, false);
    const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
    for (const path of [
      '/products/0/minOrder',
      '/products/0/season/0',
      '/products/0/preOrder',
      '/products/0/certifications/0/kind',
      '/products/0/pickup/0',
      '/products/0/deliveryAreas/0',
    ]) {
      assert.ok(paths.has(path), `${path} in ${[...paths].join(', ')}`);
    }
  });
});
