// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRAME_CUES } from './frame-guidance.js';
import { guideFrame } from './guide-frame.js';
import { blurMotion, shiftExposure } from './test-support/degrade.js';
import { renderProductScene } from './test-support/render-product-scene.js';

// Camera frames as a phone's viewfinder gives them (640×480), rendered with a known defect.
const frame = (options: Parameters<typeof renderProductScene>[0] = {}) =>
  renderProductScene({ width: 640, height: 480, fill: 0.6, seed: 5, ...options }).image;

describe('guideFrame', () => {
  it('says a well-framed product is ready to shoot', () => {
    const guidance = guideFrame(frame());
    assert.equal(guidance.cue, 'ready');
    assert.match(guidance.message.id, /Tekan tombol foto/);
    assert.ok(guidance.score > 60, `score ${guidance.score}`);
  });

  it('asks for light when the frame is two stops dark', () => {
    const guidance = guideFrame(shiftExposure(frame(), -2));
    assert.equal(guidance.cue, 'dark');
    assert.match(guidance.message.en, /dark/);
  });

  it('says how far the phone is tilted', () => {
    const guidance = guideFrame(frame({ tiltDegrees: 8 }));
    assert.equal(guidance.cue, 'tilted');
    assert.ok(Math.abs(Math.abs(guidance.tiltDegrees) - 8) < 1.5, `tilt ${guidance.tiltDegrees}`);
    assert.match(guidance.message.id, /Miring [78]°/);
  });

  it('asks to come closer to a small product', () => {
    assert.equal(guideFrame(frame({ fill: 0.2 })).cue, 'small');
  });

  it('asks to centre a product at the edge of the frame', () => {
    assert.equal(guideFrame(frame({ center: [0.3, 0.5], fill: 0.5 })).cue, 'off-centre');
  });

  it('notices a shaken phone', () => {
    assert.equal(guideFrame(blurMotion(frame(), 14)).cue, 'blurry');
  });

  it('puts darkness before tilt, and a covered lens is not "ready"', () => {
    assert.equal(guideFrame(shiftExposure(frame({ tiltDegrees: 8 }), -2.5)).cue, 'dark');
    const black = { data: new Uint8ClampedArray(640 * 480 * 4).fill(0), width: 640, height: 480 };
    for (let i = 3; i < black.data.length; i += 4) black.data[i] = 255;
    const covered = guideFrame(black);
    assert.notEqual(covered.cue, 'ready');
    assert.ok(FRAME_CUES.includes(covered.cue));
  });
});
