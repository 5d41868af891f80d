import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SURE_CONFIDENCE } from '../photo-report.js';
import { checkExposure, LOW_KEY_LIMIT } from './check-exposure.js';

// Highlights at luma 190 read about −0.8 EV; at 150, about −1.5 EV.
const lowKey = { high: 190, subjectMedian: 90, clippedHighlights: 0, clippedShadows: 0.05 };

describe('checkExposure', () => {
  it('lets a dim photo without a light backdrop be dark on purpose, gently', () => {
    const check = checkExposure(lowKey);
    assert.ok(check.value < -0.6 && check.value > -LOW_KEY_LIMIT, String(check.value));
    assert.equal(check.verdict, 'good');
    assert.ok(check.confidence! < SURE_CONFIDENCE);
    assert.match(check.tip.id, /Jika bukan disengaja/);
  });

  it('calls the same photo too dark when a light backdrop shows it was meant to be bright', () => {
    const check = checkExposure({ ...lowKey, lightBackdrop: true });
    assert.notEqual(check.verdict, 'good');
    assert.equal(check.confidence, undefined);
    assert.match(check.tip.id, /terlalu gelap/);
  });

  it('calls a photo far too dark whatever the backdrop', () => {
    const check = checkExposure({ ...lowKey, high: 150 });
    assert.ok(check.value < -LOW_KEY_LIMIT);
    assert.equal(check.verdict, 'bad');
    assert.equal(check.confidence, undefined);
  });

  it('still flags blown highlights on a dim photo', () => {
    const check = checkExposure({ ...lowKey, clippedHighlights: 0.3 });
    assert.equal(check.verdict, 'bad');
    assert.match(check.tip.id, /gosong/);
  });

  it('costs more the darker a photo in the low-key range is, with no step at its limit', () => {
    // Highlights from white down past the low-key limit: the severity never falls, and the
    // photo just inside the limit costs about what the one just outside it costs.
    let last = -1;
    let inside = NaN;
    let outside = NaN;
    for (let high = 255; high >= 140; high -= 1) {
      const check = checkExposure({ ...lowKey, high, clippedShadows: 0 });
      assert.ok(check.severity >= last, `luma ${high}: ${check.severity} after ${last}`);
      last = check.severity;
      if (-check.value <= LOW_KEY_LIMIT) inside = check.severity;
      else if (Number.isNaN(outside)) outside = check.severity;
    }
    assert.ok(outside - inside < 0.05, `${inside} → ${outside}`);
    // A well-exposed photo is perfect; one a little under is still good but costs a little.
    assert.equal(checkExposure({ ...lowKey, high: 250, clippedShadows: 0 }).severity, 0);
    const dim = checkExposure({ ...lowKey, high: 228, clippedShadows: 0 });
    assert.equal(dim.verdict, 'good');
    assert.ok(dim.severity > 0 && dim.severity < 0.1, String(dim.severity));
  });
});
