import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTilt, MIN_TILT_CONFIDENCE } from './check-tilt.js';

describe('checkTilt', () => {
  it('calls a clear tilt bad, with the angle, when long lines agree', () => {
    const check = checkTilt(6, 0.9);
    assert.equal(check.verdict, 'bad');
    assert.equal(check.confidence, undefined);
    assert.match(check.tip.id, /Foto miring 6,0°/);
    assert.match(check.tip.en, /tilted 6\.0°/);
  });

  it('says "may be tilted" and at most warn when the lines are short or few', () => {
    const check = checkTilt(6, 0.3);
    assert.equal(check.verdict, 'warn');
    assert.equal(check.confidence, 0.3);
    assert.ok(check.severity < checkTilt(6, 0.9).severity);
    assert.match(check.tip.id, /mungkin miring/);
  });

  it('says it could not tell when no straight line gives an angle', () => {
    const check = checkTilt(9, MIN_TILT_CONFIDENCE / 2);
    assert.equal(check.verdict, 'good');
    assert.equal(check.value, 0);
    assert.match(check.tip.id, /Tidak ada garis lurus/);
  });
});
