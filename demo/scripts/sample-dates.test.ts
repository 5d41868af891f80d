import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCatalog } from '@etalase/catalog';
import { SAMPLE_CATALOG_DATE } from './generate-sample-catalog.js';
import { daysToToday, shiftCatalogDates } from './sample-dates.js';

const sample = readFileSync(new URL('../public/katalog.json', import.meta.url), 'utf8');

describe('the sample catalog’s dates, moved to the current week', () => {
  it('moves by whole days to today, and not at all on the catalog’s date or before', () => {
    assert.equal(daysToToday('2026-11-24', new Date('2026-11-20T12:00:00Z')), 0);
    assert.equal(daysToToday('2026-11-24', new Date('2026-11-24T16:59:00Z')), 0);
    assert.equal(daysToToday('2026-11-24', new Date('2026-11-25T00:00:00Z')), 1);
    assert.equal(daysToToday('2026-11-24', new Date('2026-12-07T09:00:00Z')), 13);
    assert.equal(daysToToday('2026-11-24', new Date('2027-03-02T09:00:00Z')), 98);
  });

  it('moves every date field of the sample catalog, keeping its size and its products', () => {
    const moved = shiftCatalogDates(sample, 14);
    assert.equal(moved.length, sample.length);
    const before = parseCatalog(JSON.parse(sample) as unknown);
    const after = parseCatalog(JSON.parse(moved) as unknown);
    assert.equal(after.issues.length, before.issues.length);
    assert.equal(after.catalog!.products.length, before.catalog!.products.length);
    assert.equal(after.catalog!.updatedAt, '2026-12-08');
    const plus14 = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    let harvests = 0;
    before.catalog!.products.forEach((p, i) => {
      const q = after.catalog!.products[i]!;
      assert.equal(q.id, p.id);
      assert.equal(q.updatedAt, p.updatedAt && plus14(p.updatedAt));
      if (p.harvestedAt) {
        harvests++;
        assert.equal(q.harvestedAt, plus14(p.harvestedAt));
      }
      if (p.preOrder?.orderBy) assert.equal(q.preOrder?.orderBy, plus14(p.preOrder.orderBy));
    });
    assert.ok(harvests > 0);
    assert.ok(SAMPLE_CATALOG_DATE <= after.catalog!.updatedAt!);
  });

  it('dates the catalog today in Indonesia from midnight WIB, not from midnight UTC', () => {
    // 06:00 WIB on 25 November is 23:00 UTC on the 24th: the storefront's today is the 25th.
    assert.equal(daysToToday('2026-11-24', new Date('2026-11-24T23:00:00Z')), 1);
    assert.equal(daysToToday('2026-11-24', new Date('2026-11-24T17:00:00Z')), 1);
    assert.equal(daysToToday('2026-11-24', new Date('2026-12-07T17:30:00Z')), 14);
  });

  it('leaves the text as it is when the dates need not move', () => {
    assert.equal(shiftCatalogDates(sample, 0), sample);
  });
});
