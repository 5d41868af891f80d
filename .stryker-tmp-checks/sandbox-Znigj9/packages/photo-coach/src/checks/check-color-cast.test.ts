// @ts-nocheck
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePixels } from '../analyze-pixels.js';
import { applyGains } from '../test-support/degrade.js';
import { renderProductScene } from '../test-support/render-product-scene.js';
import { checkColorCast } from './check-color-cast.js';

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
    assert.equal(at(13).severity, 0);
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
      // The seller is asked to compare with the product before changing the light.
      assert.match(fromScene.tip.en, /If the product is not really that yellow/);
    }
  });
});

describe('colour cast in a photo', () => {
  const scene = renderProductScene({ width: 640, height: 480, seed: 5 });
  const castOf = (gains: readonly [number, number, number]) => {
    const found = analyzePixels(applyGains(scene.image, gains)).checks.find(
      (c) => c.id === 'color-cast',
    );
    assert.ok(found);
    return found;
  };

  it('sees no cast in daylight on white paper', () => {
    assert.equal(castOf([1, 1, 1]).verdict, 'good');
  });

  it('names a cool cast from shade, a green one from tubes and a magenta one', () => {
    const cool = castOf([0.78, 1, 1.3]);
    assert.notEqual(cool.verdict, 'good');
    assert.match(cool.tip.id, /kebiruan/);
    const green = castOf([0.8, 1.1, 0.8]);
    assert.notEqual(green.verdict, 'good');
    assert.match(green.tip.id, /kehijauan/);
    const magenta = castOf([1.15, 0.8, 1.15]);
    assert.notEqual(magenta.verdict, 'good');
    assert.match(magenta.tip.id, /keunguan/);
  });
});
