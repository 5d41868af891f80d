import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import { checkAspect } from './check-aspect.js';
import { checkResolution } from './check-resolution.js';
import { DEFAULT_FILL, checkSubjectSize } from './check-subject-size.js';

const { shopee, tokopedia, lazada, semua } = MARKETPLACE_PRESETS;

describe('checkAspect', () => {
  it('takes any shape where the marketplace names none', () => {
    const any = checkAspect(1600, 900, tokopedia);
    assert.deepEqual([any.id, any.verdict, any.severity], ['aspect', 'good', 0]);
    assert.equal(any.value, 1600 / 900);
    assert.equal(any.tip.en, 'Any aspect ratio is fine here.');
    assert.equal(any.tip.id, 'Rasio foto bebas untuk marketplace ini.');
    assert.equal(checkAspect(100, 0, shopee).value, 0);
    assert.equal(checkAspect(100, 0, shopee).verdict, 'good');
  });

  it('calls a square within 3 % square, and asks a 4:3 photo to be made square', () => {
    const square = checkAspect(1030, 1000, shopee);
    assert.equal(square.verdict, 'good');
    assert.equal(square.tip.en, 'The aspect ratio fits.');
    assert.equal(square.tip.id, 'Rasio foto sudah sesuai.');
    assert.equal(checkAspect(1000, 1031, shopee).verdict, 'warn');
    const wide = checkAspect(1600, 1200, shopee);
    assert.equal(wide.verdict, 'warn');
    assert.match(wide.tip.id, /^Foto belum persegi: pakai mode kamera 1:1/);
    assert.match(wide.tip.en, /^The photo is not square: use the camera’s 1:1 mode/);
    assert.equal(checkAspect(2600, 1000, shopee).verdict, 'bad');
    assert.equal(checkAspect(1000, 2600, shopee).verdict, 'bad');
  });

  it('words the tip for a marketplace whose shape is not square', () => {
    const portrait = { ...semua, aspect: 3 / 4 };
    const tip = checkAspect(1000, 1000, portrait).tip;
    assert.match(tip.id, /^Rasio foto belum sesuai marketplace/);
    assert.match(tip.en, /^The aspect ratio does not fit this marketplace/);
  });
});

describe('checkResolution', () => {
  it("refuses a photo under the marketplace's minimum, saying both sizes", () => {
    const small = checkResolution(800, 450, MARKETPLACE_PRESETS.tiktok);
    assert.deepEqual([small.id, small.verdict, small.value], ['resolution', 'bad', 450]);
    assert.ok(Math.abs(small.severity - (0.6 + (0.4 * 150) / 600)) < 1e-12);
    assert.match(small.tip.id, /^Foto terlalu kecil \(450 px, minimal 600 px\)/);
    assert.match(small.tip.en, /^Photo too small \(450 px, at least 600 px\)/);
    assert.equal(checkResolution(0, 0, MARKETPLACE_PRESETS.tiktok).severity, 1);
  });

  it('warns under the recommended side, and is happy from it', () => {
    const borderline = checkResolution(900, 900, shopee);
    assert.equal(borderline.verdict, 'warn');
    assert.ok(Math.abs(borderline.severity - (0.3 * 124) / 1024) < 1e-12);
    assert.match(borderline.tip.id, /^Resolusi pas-pasan \(900 px, disarankan 1024 px\)/);
    assert.match(borderline.tip.en, /^Resolution is borderline \(900 px, 1024 px recommended\)/);
    const fine = checkResolution(2000, 1024, shopee);
    assert.deepEqual([fine.verdict, fine.severity, fine.value], ['good', 0, 1024]);
    assert.equal(fine.tip.en, 'Resolution is high enough.');
    assert.equal(fine.tip.id, 'Resolusi cukup besar.');
  });

  it('uses 600 px and 1024 px where a marketplace publishes no sizes', () => {
    const noRules = { ...semua, minSide: undefined, recommendedSide: undefined };
    assert.equal(checkResolution(599, 599, noRules).verdict, 'bad');
    assert.equal(checkResolution(600, 600, noRules).verdict, 'warn');
    assert.equal(checkResolution(1023, 1023, noRules).verdict, 'warn');
    assert.equal(checkResolution(1024, 1024, noRules).verdict, 'good');
    // A recommended side under the minimum counts as the minimum.
    const odd = { ...semua, minSide: 800, recommendedSide: 500 };
    assert.equal(checkResolution(800, 800, odd).verdict, 'good');
  });
});

describe('checkSubjectSize', () => {
  it("asks for the marketplace's fill (Lazada 80 %), good from 5 points under it", () => {
    assert.equal(checkSubjectSize(0.75, false, lazada).verdict, 'good');
    assert.equal(checkSubjectSize(0.74, false, lazada).verdict, 'warn');
    const small = checkSubjectSize(0.5, false, lazada);
    assert.deepEqual([small.id, small.verdict, small.value], ['subject-size', 'bad', 0.5]);
    assert.match(small.tip.id, /memenuhi sekitar 80% bingkai/);
    assert.match(small.tip.en, /until it fills about 80% of the frame/);
    const good = checkSubjectSize(0.9, false, lazada);
    assert.equal(good.tip.en, 'The product fills the frame well.');
    assert.equal(good.tip.id, 'Ukuran produk di bingkai sudah pas.');
  });

  it('uses 70 % where the marketplace names no fill', () => {
    assert.equal(DEFAULT_FILL, 0.7);
    assert.match(checkSubjectSize(0.3, false, shopee).tip.en, /about 70% of the frame/);
    assert.equal(checkSubjectSize(0.65, false, shopee).verdict, 'good');
  });

  it('warns that a product touching two opposite edges may be cut off', () => {
    const cut = checkSubjectSize(0.98, true, shopee);
    assert.deepEqual([cut.verdict, cut.severity], ['warn', 0.25]);
    assert.match(cut.tip.id, /^Produk mungkin terpotong/);
    assert.match(cut.tip.en, /^The product may be cut off/);
    assert.equal(checkSubjectSize(0.97, true, shopee).verdict, 'good');
    assert.equal(checkSubjectSize(0.98, false, shopee).verdict, 'good');
  });
});
