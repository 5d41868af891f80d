import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCentering } from './check-centering.js';
import { checkContrast, tonalRange } from './check-contrast.js';
import { checkNoise } from './check-noise.js';
import { SHARPNESS_THRESHOLDS, checkSharpness } from './check-sharpness.js';

describe('checkCentering', () => {
  it('calls a product within 8 % of the centre centred, and asks to move one 20 % off', () => {
    const centred = checkCentering(0.08);
    assert.equal(centred.id, 'centering');
    assert.equal(centred.verdict, 'good');
    assert.equal(centred.value, 0.08);
    assert.equal(centred.tip.en, 'The product is centred.');
    assert.equal(centred.tip.id, 'Produk sudah di tengah.');
    assert.equal(checkCentering(0.14).verdict, 'warn');
    const off = checkCentering(0.2);
    assert.equal(off.verdict, 'bad');
    assert.match(off.tip.id, /^Letakkan produk di tengah bingkai/);
    assert.match(off.tip.en, /^Put the product in the middle of the frame/);
  });
});

describe('checkNoise', () => {
  it('calls grain up to σ 3 clean and from σ 6 bad, with a tip about light', () => {
    const clean = checkNoise(3);
    assert.deepEqual([clean.id, clean.verdict, clean.value], ['noise', 'good', 3]);
    assert.equal(clean.tip.en, 'No visible grain.');
    assert.equal(clean.tip.id, 'Foto bersih dari bintik.');
    assert.equal(checkNoise(4.5).verdict, 'warn');
    const grainy = checkNoise(6);
    assert.equal(grainy.verdict, 'bad');
    assert.match(grainy.tip.id, /^Foto berbintik \(noise\): tambah cahaya/);
    assert.match(grainy.tip.en, /^The photo is grainy: add light/);
  });
});

describe('checkSharpness', () => {
  it('calls a photo sharp up to σ 1.05 and blurry from σ 1.45', () => {
    assert.deepEqual(SHARPNESS_THRESHOLDS, { good: 1.05, bad: 1.45 });
    const sharp = checkSharpness(1.05);
    assert.deepEqual([sharp.id, sharp.verdict, sharp.value], ['sharpness', 'good', 1.05]);
    assert.equal(sharp.tip.en, 'The product is sharp.');
    assert.equal(sharp.tip.id, 'Produk tajam.');
    assert.equal(checkSharpness(1.25).verdict, 'warn');
    const blurry = checkSharpness(1.45);
    assert.equal(blurry.verdict, 'bad');
    assert.match(blurry.tip.id, /^Foto buram: sandarkan HP/);
    assert.match(blurry.tip.en, /^The photo is blurry: rest the phone/);
  });

  it('reports a photo with no measurable edge as 8 px of blur: nothing is in focus', () => {
    const none = checkSharpness(Number.POSITIVE_INFINITY);
    assert.equal(none.value, 8);
    assert.equal(none.verdict, 'bad');
    assert.equal(none.severity, 1);
  });
});

describe('checkContrast', () => {
  it('measures the tonal range in stops of linear light, with blacks floored at 8', () => {
    assert.ok(Math.abs(tonalRange(8, 255) - tonalRange(0, 255)) < 1e-12);
    assert.ok(tonalRange(8, 255) > 7 && tonalRange(8, 255) < 9, String(tonalRange(8, 255)));
    assert.equal(tonalRange(128, 128), 0);
  });

  it('calls a full range fine and a hazy one flat, with a tip about the lens and backlight', () => {
    const fine = checkContrast(10, 250);
    assert.deepEqual([fine.id, fine.verdict], ['contrast', 'good']);
    assert.equal(fine.tip.en, 'Contrast is fine.');
    assert.equal(fine.tip.id, 'Kontras sudah cukup.');
    const hazy = checkContrast(90, 200);
    assert.equal(hazy.verdict, 'bad');
    assert.ok(hazy.value < 3, String(hazy.value));
    assert.match(hazy.tip.id, /^Foto tampak pucat\/berkabut: lap lensa/);
    assert.match(hazy.tip.en, /^The photo looks flat or hazy: wipe/);
    assert.equal(checkContrast(60, 200).verdict, 'warn');
    assert.equal(checkContrast(40, 200).verdict, 'good');
  });

  it('calls an all-black photo flat', () => {
    const black = checkContrast(0, 0);
    assert.equal(black.value, 0);
    assert.equal(black.verdict, 'bad');
  });
});
