import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARKETPLACE_PRESETS } from '../marketplace-presets.js';
import { checkBackground } from './check-background.js';
import type { BackgroundInput } from './check-background.js';
import {
  BRIGHT_TARGET,
  HIGH_KEY_MAX_BLOWN,
  LOW_KEY_CONFIDENCE,
  LOW_KEY_LIMIT,
  WHITE_TARGET,
  checkExposure,
  exposureError,
} from './check-exposure.js';
import { MIN_TILT_CONFIDENCE, checkTilt } from './check-tilt.js';
import { GOOD_RANGE_SEVERITY } from './rate-value.js';

const exposed = {
  high: 250,
  subjectMedian: 150,
  clippedHighlights: 0,
  clippedShadows: 0,
  lightBackdrop: true,
};

describe('exposureError', () => {
  it('is how far the highlights stay under white, or the product sits above bright', () => {
    assert.deepEqual([WHITE_TARGET, BRIGHT_TARGET, LOW_KEY_LIMIT], [242, 170, 1.1]);
    assert.equal(exposureError(exposed), 0);
    assert.equal(exposureError({ ...exposed, high: WHITE_TARGET }), 0);
    assert.ok(exposureError({ ...exposed, high: 180 }) < -0.9);
    assert.ok(exposureError({ ...exposed, high: 180 }) > -1.1);
    assert.ok(exposureError({ ...exposed, subjectMedian: 230 }) > 0.95);
    assert.ok(exposureError({ ...exposed, high: 0 }) < -13); // black: floored, not -Infinity
    assert.ok(Number.isFinite(exposureError({ ...exposed, high: 0 })));
  });
});

describe('checkExposure', () => {
  it('says a well-lit photo is right', () => {
    const right = checkExposure(exposed);
    assert.deepEqual([right.id, right.verdict, right.severity], ['exposure', 'good', 0]);
    assert.equal(right.tip.en, 'Exposure looks right.');
    assert.equal(right.tip.id, 'Pencahayaan sudah pas.');
    assert.equal(right.confidence, undefined);
  });

  it('calls a dim photo on white paper too dark, with a tip to add light', () => {
    const dark = checkExposure({ ...exposed, high: 120 });
    assert.equal(dark.verdict, 'bad');
    assert.ok(dark.value < -1.1);
    assert.match(dark.tip.id, /^Foto terlalu gelap: foto di dekat jendela/);
    assert.match(dark.tip.en, /^Too dark: shoot near a window/);
    assert.equal(checkExposure({ ...exposed, high: 190 }).verdict, 'warn');
    assert.equal(checkExposure({ ...exposed, high: 205 }).verdict, 'good');
  });

  it('does not hold darkness against a photo that may be dark on purpose', () => {
    const moody = checkExposure({ ...exposed, high: 180, lightBackdrop: false });
    assert.equal(moody.verdict, 'good');
    assert.equal(moody.confidence, LOW_KEY_CONFIDENCE);
    // Not sure: it keeps a severity, which the score weighs by the confidence.
    const sure = checkExposure({ ...exposed, high: 180 });
    assert.notEqual(sure.verdict, 'good');
    assert.ok(moody.severity < sure.severity, `${moody.severity} vs ${sure.severity}`);
    assert.match(moody.tip.id, /^Foto cukup gelap\. Jika bukan disengaja/);
    assert.match(moody.tip.en, /^The photo is rather dark\. If that is not on purpose/);
    // Darker than that is too dark whatever the intent.
    assert.equal(checkExposure({ ...exposed, high: 110, lightBackdrop: false }).verdict, 'bad');
    // Without a backdrop but well lit, it is simply right.
    assert.equal(checkExposure({ ...exposed, lightBackdrop: false }).confidence, undefined);
  });

  it('calls blown highlights too bright, and crushed shadows a loss of detail', () => {
    const blown = checkExposure({ ...exposed, clippedHighlights: 0.25 });
    assert.equal(blown.verdict, 'bad');
    assert.match(blown.tip.id, /^Foto terlalu terang atau bagian putih/);
    assert.match(blown.tip.en, /^Too bright, or whites are blown out/);
    assert.equal(checkExposure({ ...exposed, clippedHighlights: 0.06 }).verdict, 'good');
    assert.equal(checkExposure({ ...exposed, clippedHighlights: 0.1 }).verdict, 'warn');
    const crushed = checkExposure({ ...exposed, clippedShadows: 0.35 });
    assert.equal(crushed.verdict, 'bad');
    assert.match(crushed.tip.id, /^Bagian gelap produk hilang detailnya/);
    assert.match(crushed.tip.en, /^The dark parts lose detail/);
    assert.equal(checkExposure({ ...exposed, clippedShadows: 0.1 }).verdict, 'good');
    const bright = checkExposure({ ...exposed, subjectMedian: 240, clippedHighlights: 0.03 });
    assert.notEqual(bright.verdict, 'good');
    assert.match(bright.tip.en, /^Too bright/);
  });

  it('takes a light product with its highlights intact for high key, not too bright', () => {
    // A white plate of pasta: its median far over the bright level, almost nothing blown.
    const light = checkExposure({ ...exposed, subjectMedian: 240, clippedHighlights: 0.002 });
    assert.ok(light.value > 1.1, String(light.value));
    assert.equal(light.verdict, 'good');
    assert.equal(light.tip.en, 'Exposure looks right.');
    // It costs what the edge of the good range does.
    assert.equal(light.severity, GOOD_RANGE_SEVERITY);
    // From HIGH_KEY_MAX_BLOWN of the product blown, a bright product is too bright again.
    const over = { ...exposed, subjectMedian: 240, clippedHighlights: HIGH_KEY_MAX_BLOWN };
    assert.notEqual(checkExposure(over).verdict, 'good');
  });
});

describe('checkBackground', () => {
  const plainWhite = {
    edgeDensity: 0,
    coverage: 1,
    transitions: 0,
    color: [245, 245, 240],
  } as const;

  it('calls a plain backdrop plain and a busy one busy', () => {
    const plain = checkBackground(plainWhite, MARKETPLACE_PRESETS.shopee);
    assert.deepEqual([plain.id, plain.verdict, plain.value], ['background', 'good', 0]);
    assert.equal(plain.tip.en, 'The background is plain.');
    assert.equal(plain.tip.id, 'Latar sudah polos.');
    const busy = checkBackground({ ...plainWhite, edgeDensity: 0.15 }, MARKETPLACE_PRESETS.shopee);
    assert.equal(busy.verdict, 'bad');
    assert.equal(busy.value, 0.6);
    assert.match(busy.tip.id, /^Latar terlalu ramai/);
    assert.match(busy.tip.en, /^The background is busy/);
  });

  it('reads clutter from edges, a patchy border or many colour changes round it', () => {
    const at = (input: Partial<BackgroundInput>) =>
      checkBackground({ ...plainWhite, ...input }, MARKETPLACE_PRESETS.shopee).value;
    assert.equal(at({ edgeDensity: 0.05 }), 0.2);
    assert.equal(at({ coverage: 0.7 }), 0.30000000000000004);
    assert.equal(at({ transitions: 2 }), 0);
    assert.equal(at({ transitions: 8 }), 0.5);
    assert.equal(at({ edgeDensity: 1 }), 1);
    assert.equal(
      checkBackground({ ...plainWhite, edgeDensity: 0.05 }, MARKETPLACE_PRESETS.shopee).verdict,
      'good',
    );
    assert.equal(
      checkBackground({ ...plainWhite, coverage: 0.7 }, MARKETPLACE_PRESETS.shopee).verdict,
      'warn',
    );
  });

  it('asks for white where the marketplace wants it, and only there', () => {
    const grey = { ...plainWhite, color: [200, 200, 200] } as const;
    const lazada = checkBackground(grey, MARKETPLACE_PRESETS.lazada);
    assert.deepEqual([lazada.verdict, lazada.severity], ['warn', 0.15]);
    assert.match(lazada.tip.id, /^Lazada meminta latar putih/);
    assert.match(lazada.tip.en, /^Lazada asks for a white background/);
    assert.equal(checkBackground(grey, MARKETPLACE_PRESETS.shopee).verdict, 'good');
    assert.equal(checkBackground(plainWhite, MARKETPLACE_PRESETS.lazada).verdict, 'good');
    // The preset for every marketplace is not named as if it were one ("Semua marketplace
    // asks …" in English).
    const every = checkBackground(grey, MARKETPLACE_PRESETS.semua);
    assert.equal(every.verdict, 'warn');
    assert.match(every.tip.id, /^Agar diterima di semua marketplace, pakai latar putih/);
    assert.match(every.tip.en, /^For every marketplace to accept it, use a white background/);
    assert.doesNotMatch(every.tip.en, /Semua/);
    // Bright but tinted is not white; 225 and a spread of 20 still are.
    const cream = { ...plainWhite, color: [250, 240, 200] } as const;
    assert.equal(checkBackground(cream, MARKETPLACE_PRESETS.lazada).verdict, 'warn');
    const edge = { ...plainWhite, color: [245, 235, 225] } as const;
    assert.equal(checkBackground(edge, MARKETPLACE_PRESETS.lazada).verdict, 'good');
    const dim = { ...plainWhite, color: [224, 230, 230] } as const;
    assert.equal(checkBackground(dim, MARKETPLACE_PRESETS.lazada).verdict, 'warn');
  });
});

describe('checkTilt', () => {
  it('calls a photo level within 1° and tilted from 3°, saying the angle', () => {
    const level = checkTilt(1, 1);
    assert.deepEqual([level.id, level.verdict, level.value], ['tilt', 'good', 1]);
    assert.equal(level.tip.en, 'The photo is level.');
    assert.equal(level.tip.id, 'Foto sudah lurus.');
    assert.equal(level.confidence, undefined);
    assert.equal(checkTilt(2, 1).verdict, 'warn');
    const tilted = checkTilt(-3.24, 0.9);
    assert.deepEqual([tilted.verdict, tilted.value], ['bad', -3.24]);
    assert.match(tilted.tip.id, /^Foto miring 3,2°: luruskan HP/);
    assert.match(tilted.tip.en, /^The photo is tilted 3\.2°: hold the phone level/);
  });

  it('with few or short lines, says it may be tilted and costs a fraction', () => {
    const unsure = checkTilt(4, 0.3);
    assert.equal(unsure.verdict, 'warn');
    assert.equal(unsure.confidence, 0.3);
    assert.ok(Math.abs(unsure.severity - 0.75 * 0.3) < 1e-12);
    assert.match(unsure.tip.id, /^Foto mungkin miring 4,0°/);
    assert.match(unsure.tip.en, /^The photo may be tilted 4\.0°/);
    assert.equal(checkTilt(2, 0.3).verdict, 'warn');
    assert.equal(checkTilt(4, 0.5).verdict, 'bad');
    assert.equal(checkTilt(4, 0.5).confidence, undefined);
  });

  it('with no straight line to go by, does not judge', () => {
    assert.equal(MIN_TILT_CONFIDENCE, 0.2);
    const none = checkTilt(12, 0.19);
    assert.deepEqual([none.verdict, none.value, none.severity], ['good', 0, 0]);
    assert.equal(none.confidence, 0.19);
    assert.match(none.tip.id, /^Tidak ada garis lurus/);
    assert.match(none.tip.en, /^No straight line is long enough/);
    assert.equal(checkTilt(12, 0.2).verdict, 'warn');
  });
});
