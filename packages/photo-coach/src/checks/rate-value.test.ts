import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rateValue, worse } from './rate-value.js';

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
