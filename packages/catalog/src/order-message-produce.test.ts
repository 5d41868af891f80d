import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatQuantity,
  orderableQuantity,
  priceForQuantity,
  quantityUnitOf,
} from './product-quantity.js';
import { orderMessage } from './whatsapp.js';
import type { OrderMessageInput } from './whatsapp.js';

const tiers = [
  { minQuantity: 10, price: 20_000 },
  { minQuantity: 50, price: 18_000 },
];

function order(overrides: Partial<OrderMessageInput> = {}): OrderMessageInput {
  return {
    productName: 'Cabai merah',
    price: 25_000,
    unit: 'per kg',
    sellerName: 'Gapoktan Sido Makmur',
    produce: { priceTiers: tiers },
    ...overrides,
  };
}

describe('orderMessage for produce', () => {
  it('carries the quantity in kg, the tier price that applies and the total', () => {
    const text = orderMessage(order({ quantity: 12.5 }));
    assert.ok(text.includes('\nJumlah: 12,5 kg\n'), text);
    assert.ok(
      text.includes('\nHarga: Rp20.000/kg × 12,5 kg = Rp250.000 (harga grosir mulai 10 kg)'),
      text,
    );
  });

  it('uses the base price below the first tier, in English too', () => {
    const text = orderMessage(order({ quantity: 2.5, lang: 'en' }));
    assert.ok(text.includes('\nQuantity: 2.5 kg\n'), text);
    assert.ok(text.includes('\nPrice: Rp25.000/kg × 2.5 kg = Rp62.500\n'), text);
  });

  it('raises the quantity to the minimum order and rounds it to half kilos', () => {
    const text = orderMessage(order({ quantity: 1, produce: { minOrder: 5 } }));
    assert.ok(text.includes('\nJumlah: 5 kg\n'), text);
    assert.ok(orderMessage(order({ quantity: 2.3 })).includes('Jumlah: 2,5 kg'));
    assert.ok(orderMessage(order({ quantity: Number.NaN })).includes('Jumlah: 0,5 kg'));
  });

  it('carries the pickup point, or else the delivery area, and the pre-order date', () => {
    const pickup = orderMessage(
      order({
        produce: {
          pickupPoint: 'Pasar Tani Cepogo, Jl. Merapi 1',
          deliveryArea: 'Kota Surakarta',
          preOrderReadyAt: '2026-12-14',
        },
      }),
    );
    assert.ok(pickup.includes('\nAmbil di: Pasar Tani Cepogo, Jl. Merapi 1\n'), pickup);
    assert.ok(!pickup.includes('Kirim ke'), pickup);
    assert.ok(pickup.includes('\nPre-order, siap 14 Desember 2026\n'), pickup);
    const delivery = orderMessage(
      order({ lang: 'en', produce: { deliveryArea: 'Kota Surakarta' } }),
    );
    assert.ok(delivery.includes('\nDeliver to: Kota Surakarta\n'), delivery);
  });

  it('counts whole items for units other than kg, and packs as packs', () => {
    assert.ok(orderMessage(order({ unit: 'per ekor', quantity: 2.5 })).includes('Jumlah: 3 ekor'));
    const packs = orderMessage(
      order({ unit: 'per 250 g', price: 15_000, quantity: 3, produce: {} }),
    );
    assert.ok(packs.includes('Jumlah: 3 × 250 g'), packs);
    assert.ok(packs.includes('Harga: Rp15.000 × 3 × 250 g = Rp45.000'), packs);
  });

  it('asks for the exact price of a range', () => {
    const text = orderMessage(order({ price: { min: 20_000, max: 30_000 }, produce: {} }));
    assert.match(text, /^Harga: Rp20\.000–Rp30\.000\/kg \(mohon info harga pastinya\)$/m);
  });
});

describe('quantity helpers', () => {
  it('reads the unit a product is counted in', () => {
    assert.deepEqual(quantityUnitOf('per kg'), { label: 'kg', pack: false, step: 0.5 });
    assert.deepEqual(quantityUnitOf('per 250 g'), { label: '250 g', pack: true, step: 1 });
    assert.deepEqual(quantityUnitOf(undefined), { label: '', pack: false, step: 1 });
  });

  it('formats, bounds and prices quantities', () => {
    const kg = quantityUnitOf('kg');
    assert.equal(formatQuantity(0.5, kg), '0,5 kg');
    assert.equal(orderableQuantity(0, kg, undefined), 0.5);
    assert.equal(orderableQuantity(7.74, kg, 5), 7.5);
    assert.equal(orderableQuantity(1e12, kg, undefined), 1_000_000);
    assert.deepEqual(priceForQuantity({ price: 25_000, priceTiers: tiers }, 49.5), {
      unitPrice: 20_000,
      tier: tiers[0],
    });
    assert.deepEqual(priceForQuantity({ price: 25_000, priceTiers: tiers }, 50).unitPrice, 18_000);
    assert.deepEqual(priceForQuantity({ price: 25_000 }, 50), { unitPrice: 25_000 });
  });
});
