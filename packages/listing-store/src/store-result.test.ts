import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFailure, writeFailure } from './store-result.js';

describe('writeFailure', () => {
  it('tells a full disk apart from other refusals, in both languages', () => {
    const quota = writeFailure(new DOMException('x', 'QuotaExceededError'));
    assert.equal(quota?.reason, 'quota');
    assert.match(quota?.issues[0]?.message.id ?? '', /penuh/);
    assert.match(quota?.issues[0]?.message.en ?? '', /storage is full/);
    assert.equal(writeFailure(new DOMException('x', 'UnknownError'))?.reason, 'write-failed');
    assert.equal(writeFailure(new DOMException('x', 'InvalidStateError'))?.reason, 'closed');
  });

  it('leaves errors that are bugs to be thrown', () => {
    assert.equal(writeFailure(new TypeError('bug')), undefined);
    assert.equal(readFailure(new RangeError('bug')), undefined);
    assert.equal(readFailure(new DOMException('x', 'NotReadableError'))?.reason, 'read-failed');
  });
});
