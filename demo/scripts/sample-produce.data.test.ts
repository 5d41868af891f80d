import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '@etalase/catalog';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const { catalog, issues } = parseCatalog(readFileSync(`${publicDir}katalog.json`, 'utf8'));

describe('sample catalog: farmers, fishers and home kitchens', () => {
  it('reads without issues', () => {
    assert.deepEqual(issues, []);
  });

  it('has harvest and catch dates, wholesale prices and minimum orders from farmer and fisher groups', () => {
    const groups = new Map(catalog.sellers.map((s) => [s.id, s.name]));
    const fresh = catalog.products.filter((p) => p.harvestedAt && p.priceTiers && p.minOrder);
    const sellers = new Set(fresh.map((p) => groups.get(p.sellerId)));
    assert.ok(
      [...sellers].some((n) => n?.startsWith('Gapoktan') || n?.startsWith('KWT')),
      [...sellers].join(),
    );
    assert.ok([...sellers].some((n) => n?.startsWith('KUB Nelayan') || n?.startsWith('Pokdakan')));
    assert.ok(fresh.some((p) => p.category === 'perikanan'));
    assert.ok(fresh.length >= 8, String(fresh.length));
  });

  it('has pre-orders, seasons, pickup points and delivery areas', () => {
    assert.ok(catalog.products.filter((p) => p.preOrder).length >= 2);
    assert.ok(catalog.products.filter((p) => p.season).length >= 3);
    assert.ok(catalog.products.filter((p) => p.pickup?.length).length >= 5);
    assert.ok(catalog.products.filter((p) => p.deliveryAreas?.length).length >= 5);
  });

  it('shows halal and P-IRT numbers of home kitchens that are plainly fictional', () => {
    const certified = catalog.products.filter((p) => p.certifications?.length);
    const kinds = new Set(certified.flatMap((p) => p.certifications!.map((c) => c.kind)));
    for (const kind of ['halal', 'pirt', 'organik']) assert.ok(kinds.has(kind as never), kind);
    assert.ok(certified.some((p) => p.category === 'kuliner'));
    for (const p of certified) {
      for (const c of p.certifications!) assert.match(c.number, /^CONTOH-/, `${p.id}: ${c.number}`);
    }
  });
});
