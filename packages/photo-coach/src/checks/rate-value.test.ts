import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GOOD_RANGE_SEVERITY, rateGraded, rateValue, worse } from './rate-value.js';

describe('rateValue', () => {
  it('is good up to the good threshold, warns between, and is bad from the bad one', () => {
    assert.deepEqual(rateValue(10, 10, 20), { verdict: 'good', severity: 0 });
    assert.deepEqual(rateValue(15, 10, 20), { verdict: 'warn', severity: 0.25 });
    assert.deepEqual(rateValue(20, 10, 20), { verdict: 'bad', severity: 0.5 });
    assert.deepEqual(rateValue(25, 10, 20), { verdict: 'bad', severity: 0.75 });
    assert.deepEqual(rateValue(90, 10, 20), { verdict: 'bad', severity: 1 });
  });

  it('reads the other way when smaller is worse', () => {
    assert.deepEqual(rateValue(5, 4.5, 3), { verdict: 'good', severity: 0 });
    assert.deepEqual(rateValue(3.75, 4.5, 3), { verdict: 'warn', severity: 0.25 });
    assert.deepEqual(rateValue(2.25, 4.5, 3), { verdict: 'bad', severity: 0.75 });
  });

  it('with equal thresholds, is good only at that value', () => {
    assert.deepEqual(rateValue(1, 1, 1), { verdict: 'good', severity: 0 });
    assert.deepEqual(rateValue(1.01, 1, 1), { verdict: 'bad', severity: 1 });
  });

  it('calls a measurement that is not a number good (nothing to hold against the photo)', () => {
    assert.deepEqual(rateValue(Number.NaN, 1, 2), { verdict: 'good', severity: 0 });
  });
});

describe('rateGraded', () => {
  it('gives the same verdicts as rateValue', () => {
    for (const v of [0, 5, 10, 12, 15, 19.9, 20, 25, 40, 90]) {
      assert.equal(rateGraded(v, 10, 20).verdict, rateValue(v, 10, 20).verdict, String(v));
    }
  });

  it('grows continuously from 0 over the good range, then as rateValue past `bad`', () => {
    assert.equal(rateGraded(0, 10, 20).severity, 0);
    assert.equal(rateGraded(5, 10, 20).severity, GOOD_RANGE_SEVERITY / 2);
    assert.equal(rateGraded(10, 10, 20).severity, GOOD_RANGE_SEVERITY);
    assert.ok(Math.abs(rateGraded(10.001, 10, 20).severity - GOOD_RANGE_SEVERITY) < 1e-3);
    assert.ok(Math.abs(rateGraded(19.999, 10, 20).severity - 0.5) < 1e-3);
    assert.deepEqual(rateGraded(25, 10, 20), rateValue(25, 10, 20));
    let last = -1;
    for (let v = 0; v <= 40; v += 0.5) {
      const s = rateGraded(v, 10, 20).severity;
      assert.ok(s > last || s === 1, `${v}: ${s} after ${last}`);
      last = s;
    }
  });

  it('calls a measurement that is not a number good', () => {
    assert.deepEqual(rateGraded(Number.NaN, 1, 2), { verdict: 'good', severity: 0 });
  });
});

describe('worse', () => {
  it('keeps the more severe rating, the first on a tie', () => {
    const a = { verdict: 'warn', severity: 0.2 } as const;
    const b = { verdict: 'bad', severity: 0.6 } as const;
    const c = { verdict: 'warn', severity: 0.2 } as const;
    assert.equal(worse(a, b), b);
    assert.equal(worse(b, a), b);
    assert.equal(worse(a, c), a);
  });
});
