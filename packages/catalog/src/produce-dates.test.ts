import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  calendarDateOf,
  daysBetween,
  relativeDay,
  shortDate,
  timeZoneOfOffset,
  timeZoneOfRegion,
  todayIn,
} from './produce-dates.js';
import { freshnessLabel, produceStatus, statusLabel } from './produce-status.js';

/** 16:30 UTC on 13 March 2026: 23:30 WIB, 00:30 WITA and 01:30 WIT on the 14th. */
const LATE_EVENING_WIB = Date.parse('2026-03-13T16:30:00Z');

describe('timeZoneOfRegion', () => {
  it('puts Java and Sumatra in WIB, Bali, Kalimantan Timur and Sulawesi in WITA, Maluku and Papua in WIT', () => {
    assert.equal(timeZoneOfRegion('33.09'), 'WIB');
    assert.equal(timeZoneOfRegion('12'), 'WIB');
    assert.equal(timeZoneOfRegion('61.71'), 'WIB');
    assert.equal(timeZoneOfRegion('51.71'), 'WITA');
    assert.equal(timeZoneOfRegion('6472'), 'WITA');
    assert.equal(timeZoneOfRegion('73.71'), 'WITA');
    assert.equal(timeZoneOfRegion('81.71'), 'WIT');
    assert.equal(timeZoneOfRegion('94'), 'WIT');
    assert.equal(timeZoneOfRegion('Solo'), undefined);
    assert.equal(timeZoneOfRegion(undefined), undefined);
  });

  it('names the zone of a browser offset, and none outside Indonesia', () => {
    assert.equal(timeZoneOfOffset(-420), 'WIB');
    assert.equal(timeZoneOfOffset(-480), 'WITA');
    assert.equal(timeZoneOfOffset(-540), 'WIT');
    assert.equal(timeZoneOfOffset(0), undefined);
  });
});

describe('todayIn and calendarDateOf', () => {
  it('gives each zone its own calendar day at the same instant', () => {
    assert.equal(todayIn(LATE_EVENING_WIB, 'WIB'), '2026-03-13');
    assert.equal(todayIn(LATE_EVENING_WIB, 'WITA'), '2026-03-14');
    assert.equal(todayIn(LATE_EVENING_WIB, 'WIT'), '2026-03-14');
  });

  it('keeps a date as written and moves a date-time into the zone', () => {
    assert.equal(calendarDateOf('2026-03-12', 'WIT'), '2026-03-12');
    assert.equal(calendarDateOf('2026-03-12T23:00:00+07:00', 'WIB'), '2026-03-12');
    assert.equal(calendarDateOf('2026-03-12T23:00:00+07:00', 'WIT'), '2026-03-13');
  });
});

describe('relativeDay', () => {
  it('speaks of days near today in the buyer language, and gives the date further off', () => {
    const today = '2026-03-14';
    const cases: [string, string, string][] = [
      ['2026-03-14', 'hari ini', 'today'],
      ['2026-03-13', 'kemarin', 'yesterday'],
      ['2026-03-12', '2 hari lalu', '2 days ago'],
      ['2026-03-15', 'besok', 'tomorrow'],
      ['2026-03-17', 'dalam 3 hari', 'in 3 days'],
      ['2026-02-20', '20 Feb', '20 Feb'],
      ['2026-12-14', '14 Des', '14 Dec'],
      ['2025-12-14', '14 Des 2025', '14 Dec 2025'],
    ];
    for (const [date, id, en] of cases) {
      assert.equal(relativeDay(date, today, 'id'), id, date);
      assert.equal(relativeDay(date, today, 'en'), en, date);
    }
    assert.equal(daysBetween('2026-02-28', '2026-03-01'), 1);
    assert.equal(shortDate('2026-08-17', 'id'), '17 Agu 2026');
  });
});

describe('freshnessLabel', () => {
  it("says harvested, caught or made, relative to the seller's day", () => {
    const now = LATE_EVENING_WIB;
    const harvest = { harvestedAt: '2026-03-13' };
    assert.equal(
      freshnessLabel({ ...harvest, category: 'pertanian' }, { now, zone: 'WIB' }, 'id'),
      'Panen hari ini',
    );
    // Same instant, but in Makassar the 14th has begun.
    assert.equal(
      freshnessLabel({ ...harvest, category: 'perikanan' }, { now, zone: 'WITA' }, 'id'),
      'Ditangkap kemarin',
    );
    assert.equal(
      freshnessLabel(
        { harvestedAt: '2026-03-11', category: 'pertanian' },
        { now, zone: 'WIB' },
        'en',
      ),
      'Harvested 2 days ago',
    );
    assert.equal(
      freshnessLabel(
        { harvestedAt: '2026-03-13', category: 'kuliner' },
        { now, zone: 'WIT' },
        'id',
      ),
      'Dibuat kemarin',
    );
    assert.equal(freshnessLabel({ category: 'pertanian' }, { now, zone: 'WIB' }, 'id'), undefined);
  });
});

describe('produceStatus and statusLabel', () => {
  const clock = { now: LATE_EVENING_WIB, zone: 'WIB' } as const;

  it('calls a product without produce fields available', () => {
    assert.equal(produceStatus({}, clock), 'available');
    assert.equal(statusLabel({}, clock, 'id'), undefined);
  });

  it('shows a product past its best-before date as such, from the next day on', () => {
    assert.equal(produceStatus({ bestBefore: '2026-03-13' }, clock), 'available');
    assert.equal(produceStatus({ bestBefore: '2026-03-12' }, clock), 'expired');
    assert.equal(statusLabel({ bestBefore: '2026-03-12' }, clock, 'id'), 'Lewat masa simpan');
    // In WITA it is already the 14th.
    assert.equal(
      produceStatus({ bestBefore: '2026-03-13' }, { ...clock, zone: 'WITA' }),
      'expired',
    );
  });

  it('shows a product out of season with its months', () => {
    const mango = { season: [10, 11, 12] };
    assert.equal(produceStatus(mango, clock), 'out-of-season');
    assert.equal(statusLabel(mango, clock, 'id'), 'Di luar musim · Okt–Des');
    assert.equal(statusLabel(mango, clock, 'en'), 'Out of season · Oct–Dec');
    assert.equal(produceStatus({ season: [2, 3, 4] }, clock), 'available');
  });

  it('shows an open pre-order with its ready date, and a closed one as closed', () => {
    const pre = { season: [10, 11, 12], preOrder: { readyAt: '2026-12-14' } };
    assert.equal(produceStatus(pre, clock), 'pre-order');
    assert.equal(statusLabel(pre, clock, 'id'), 'Pre-order · siap 14 Des');
    assert.equal(statusLabel(pre, clock, 'en'), 'Pre-order · ready 14 Dec');
    const closed = { preOrder: { readyAt: '2026-12-14', orderBy: '2026-03-12' } };
    assert.equal(produceStatus(closed, clock), 'pre-order-closed');
    assert.equal(statusLabel(closed, clock, 'id'), 'Pre-order ditutup');
    // Once ready, it is sold like any other product.
    assert.equal(produceStatus({ preOrder: { readyAt: '2026-03-01' } }, clock), 'available');
  });
});
