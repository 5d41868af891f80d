import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkColorCast } from './check-color-cast.js';
import { GOOD_RANGE_SEVERITY } from './rate-value.js';
import { SURE_CONFIDENCE } from '../photo-report.js';

/** `ln(R/G)` and `ln(B/G)` of a light with this strength (in %) along `[lr, lb]`. */
function tint(strength: number, direction: readonly [number, number]): [number, number] {
  const length = Math.hypot(direction[0], direction[1]);
  return [(strength / 100) * (direction[0] / length), (strength / 100) * (direction[1] / length)];
}

describe('checkColorCast', () => {
  it('names the light behind each tint read off a backdrop', () => {
    const named = (direction: [number, number]) =>
      checkColorCast(tint(30, direction), 'backdrop').tip;
    assert.match(named([1, -1]).id, /kekuningan dari lampu rumah/);
    assert.match(named([1, -1]).en, /yellow tint from indoor bulbs/);
    assert.match(named([-1, 1]).id, /kebiruan/);
    assert.match(named([-1, 1]).en, /blue tint/);
    assert.match(named([-1, -1]).id, /kehijauan dari lampu neon/);
    assert.match(named([-1, -1]).en, /green tint from fluorescent tubes/);
    assert.match(named([1, 1]).id, /keunguan/);
    assert.match(named([1, 1]).en, /magenta tint/);
  });

  it('says colours are neutral up to a 14 % tint, warns above it and calls 26 % bad', () => {
    const at = (strength: number) => checkColorCast(tint(strength, [1, -1]), 'backdrop');
    assert.equal(at(13).verdict, 'good');
    assert.equal(at(13).tip.en, 'Colours look neutral.');
    // Within the good range the severity is small but grows with the tint (score ordering).
    assert.equal(at(0).severity, 0);
    assert.ok(at(13).severity > at(5).severity && at(5).severity > 0);
    assert.ok(at(13).severity <= GOOD_RANGE_SEVERITY && at(13).severity < at(16).severity);
    assert.equal(at(16).verdict, 'warn');
    assert.ok(at(16).severity > 0);
    assert.equal(at(25).verdict, 'warn');
    assert.equal(at(27).verdict, 'bad');
    assert.ok(at(40).severity > at(27).severity, 'a stronger tint costs more');
    assert.equal(Math.round(at(16).value), 16);
  });

  it('never calls a tint guessed from the whole scene bad, and holds less of it against the photo', () => {
    for (const strength of [18, 24, 35]) {
      const fromScene = checkColorCast(tint(strength, [1, -1]), 'scene');
      const fromBackdrop = checkColorCast(tint(strength, [1, -1]), 'backdrop');
      assert.notEqual(fromScene.verdict, 'bad', `${strength} %`);
      assert.ok(
        fromScene.severity < fromBackdrop.severity,
        `${strength} %: ${fromScene.severity} vs ${fromBackdrop.severity}`,
      );
      if (strength >= 26) {
        // A strong tint: the seller is asked to compare with the product.
        assert.match(fromScene.tip.en, /If the product is not really that yellow/);
        assert.match(fromScene.tip.id, /Jika warna asli produk tidak sekuning itu/);
      } else {
        // A milder one is what orange goods read by themselves: no claim either way.
        assert.match(fromScene.tip.id, /^Tidak ada benda putih atau abu-abu/);
        assert.match(fromScene.tip.en, /^Nothing clearly white or grey/);
      }
    }
  });
});

describe('checkColorCast confidence', () => {
  it('reads a tint off the scene as a guess (confidence 0.2), off a backdrop as sure', () => {
    const scene = checkColorCast(tint(30, [1, -1]), 'scene');
    const backdrop = checkColorCast(tint(30, [1, -1]), 'backdrop');
    assert.deepEqual([scene.verdict, scene.confidence], ['good', 0.2]);
    assert.ok(scene.severity < backdrop.severity, `${scene.severity} vs ${backdrop.severity}`);
    assert.equal(backdrop.confidence, undefined);
    const neutralScene = checkColorCast(tint(5, [1, -1]), 'scene');
    assert.equal(neutralScene.tip.en, 'Colours look neutral.');
    assert.equal(neutralScene.confidence, 0.2);
  });

  it('is sure from confidence 0.5 on a neutral surface, and not below', () => {
    const sure = checkColorCast(tint(30, [-1, 1]), 'surface', 0.5);
    assert.equal(sure.verdict, 'bad');
    assert.equal(sure.confidence, undefined);
    assert.match(sure.tip.en, /^A blue tint/);
    const small = checkColorCast(tint(30, [-1, 1]), 'surface', 0.49);
    assert.equal(small.verdict, 'good');
    assert.equal(small.confidence, 0.49);
    assert.match(small.tip.en, /^The photo looks bluish\. If the product is not really that blue/);
  });
});

describe('checkColorCast severity for the score', () => {
  it('keeps rising with a tint it is not sure of, past where a sure one is already at full cost', () => {
    const scene = (strength: number) => checkColorCast(tint(strength, [1, -1]), 'scene').severity;
    assert.equal(checkColorCast(tint(40, [1, -1]), 'backdrop').severity, 1);
    assert.ok(scene(8) > scene(3) && scene(30) > scene(8) && scene(50) > scene(40));
    assert.ok(scene(90) > scene(60) && scene(90) <= 0.3, String(scene(90)));
  });

  it('holds more of a tint against the photo as the surface showing it grows towards sure', () => {
    const on = (confidence: number) =>
      checkColorCast(tint(30, [1, -1]), 'surface', confidence).severity;
    assert.ok(on(0.2) < on(0.4) && on(0.4) < on(0.49) && on(0.49) < on(0.5));
    assert.ok(on(0.49) > 0.75 * on(0.5), 'nearly sure costs most of what sure costs');
  });
});

describe('colour-cast tips guessed from the scene', () => {
  it('names each tint and asks the seller to compare with the product', () => {
    const tip = (direction: [number, number]) => checkColorCast(tint(30, direction), 'scene').tip;
    assert.match(
      tip([-1, 1]).id,
      /^Foto tampak kebiruan\. Jika warna asli produk tidak sebiru itu/,
    );
    assert.match(tip([-1, 1]).en, /^The photo looks bluish/);
    assert.match(tip([-1, -1]).id, /^Foto tampak kehijauan\. Jika warna asli produk tidak sehijau/);
    assert.match(tip([-1, -1]).en, /^The photo looks greenish/);
    assert.match(tip([1, 1]).id, /^Foto tampak keunguan\. Jika warna asli produk tidak seungu/);
    assert.match(tip([1, 1]).en, /^The photo looks purplish/);
    assert.match(tip([1, -1]).id, /^Foto tampak kekuningan/);
    assert.match(tip([1, -1]).en, /^The photo looks yellowish/);
  });

  it('tells a tint between two directions by the stronger one', () => {
    // Mostly warm with a little green: warm. Mostly green with a little warmth: green.
    assert.match(checkColorCast([0.2, -0.12], 'backdrop').tip.en, /yellow tint/);
    assert.match(checkColorCast([-0.05, -0.3], 'backdrop').tip.en, /green tint/);
    assert.match(checkColorCast([0.3, 0.05], 'backdrop').tip.en, /magenta tint/);
  });
});

const warm: readonly [number, number] = [0.2, -0.25];

describe('checkColorCast by reference and confidence', () => {
  it('judges a tint read off a backdrop or a large neutral surface, and names the bulbs', () => {
    for (const reference of ['backdrop', 'surface'] as const) {
      const check = checkColorCast(warm, reference, 1);
      assert.equal(check.verdict, 'bad');
      assert.ok(check.severity > 0.5);
      assert.equal(check.confidence, undefined);
      assert.match(check.tip.id, /kekuningan dari lampu rumah/);
    }
  });

  it('holds nothing against a tint guessed from the scene, and asks the seller to compare', () => {
    const check = checkColorCast(warm, 'scene');
    assert.equal(check.verdict, 'good');
    assert.ok(check.severity < checkColorCast(warm, 'backdrop').severity / 2);
    assert.ok(check.confidence! < SURE_CONFIDENCE);
    assert.ok(check.value > 26);
    assert.match(check.tip.id, /Jika warna asli produk tidak sekuning itu/);
    assert.equal(check.possibleProblem, true);
  });

  it('says nothing for sure from a small surface, and calls a neutral scene neutral', () => {
    const small = checkColorCast(warm, 'surface', 0.35);
    assert.equal(small.verdict, 'good');
    assert.equal(small.confidence, 0.35);
    const neutral = checkColorCast([0.02, -0.03], 'scene');
    assert.equal(neutral.verdict, 'good');
    assert.match(neutral.tip.id, /netral/);
    assert.equal(neutral.possibleProblem, undefined);
  });

  it('marks only a gentle mention as a possible problem, never a verdict or a mild tint', () => {
    // 20 %: not sure, nothing in the frame shows the light: no mention.
    const mild = checkColorCast(tint(20, [1, -1]), 'scene');
    assert.match(mild.tip.en, /Nothing clearly white or grey/);
    assert.equal(mild.possibleProblem, undefined);
    // Sure and bad: a verdict, not a mention.
    assert.equal(checkColorCast(warm, 'backdrop').possibleProblem, undefined);
  });
});
