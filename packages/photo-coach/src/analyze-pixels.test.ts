import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SURE_CONFIDENCE } from './photo-report.js';
import { analyzePixels } from './analyze-pixels.js';
import type { PixelImage } from './pixel-image.js';
import type { CheckId, PhotoReport } from './photo-report.js';
import { CHECK_IDS } from './photo-report.js';
import {
  addNoise,
  applyGains,
  blurGaussian,
  blurMotion,
  reduceContrast,
  shiftExposure,
} from './test-support/degrade.js';
import { renderProductScene } from './test-support/render-product-scene.js';

type Rgb = readonly [number, number, number];

/** Where the discs of {@link fruitOnCloth} lie: centre x, y and radius, as frame fractions. */
const FRUIT_PLACES = [
  [0.2, 0.3, 0.12],
  [0.45, 0.55, 0.16],
  [0.75, 0.35, 0.1],
  [0.7, 0.75, 0.13],
  [0.25, 0.75, 0.09],
] as const;

/**
 * Five discs of `colors` and several sizes on a plain `cloth`, with a soft (2 px) rim; when
 * `lit`, each is shaded as a ball lit from its upper left (up to 35 % darker away from it).
 */
function fruitOnCloth(
  width: number,
  height: number,
  cloth: Rgb,
  colors: readonly Rgb[],
  lit = false,
): PixelImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb: readonly number[] = cloth;
      FRUIT_PLACES.forEach(([fx, fy, fr], k) => {
        const d = Math.hypot(x - fx * width, y - fy * height) - fr * width;
        const cover = Math.min(1, Math.max(0, 0.5 - d / 2));
        const away = Math.hypot(x - (fx - 0.3 * fr) * width, y - (fy - 0.3 * fr) * height);
        const shade = lit ? 1 - 0.35 * Math.min(1, away / (1.3 * fr * width)) : 1;
        rgb = rgb.map((v, c) => v * (1 - cover) + colors[k]![c]! * shade * cover);
      });
      data.set([rgb[0]!, rgb[1]!, rgb[2]!, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** Discs of several colours and sizes on a plain light cloth. */
function roundFruit(width: number, height: number): PixelImage {
  const colors: Rgb[] = [
    [200, 60, 40],
    [230, 160, 30],
    [90, 150, 50],
    [150, 30, 60],
    [240, 200, 60],
  ];
  return fruitOnCloth(width, height, [232, 228, 220], colors);
}

/**
 * Saturated orange, yellow and red fruit, each lit from its upper left, on a brown cloth:
 * nothing in the frame is white or grey.
 */
function saturatedFruit(width: number, height: number): PixelImage {
  const colors: Rgb[] = [
    [245, 110, 10],
    [240, 170, 0],
    [230, 40, 25],
    [250, 140, 20],
    [200, 200, 0],
  ];
  return fruitOnCloth(width, height, [70, 45, 30], colors, true);
}

function check(report: PhotoReport, id: CheckId) {
  const found = report.checks.find((c) => c.id === id);
  assert.ok(found, `check ${id} is missing`);
  return found;
}

/** A cluttered room (no plain border) with a large plate of `color` in front. */
function plateInRoom(color: readonly [number, number, number], fill = 0.7) {
  return renderProductScene({
    width: 800,
    height: 600,
    clutter: true,
    kind: 'round',
    color,
    fill,
  });
}

describe('analyzePixels', () => {
  const scene = renderProductScene({ width: 800, height: 600, seed: 3 });
  const clean = analyzePixels(scene.image);

  it('reports every check once, in order, with a tip in both languages', () => {
    assert.deepEqual(
      clean.checks.map((c) => c.id),
      [...CHECK_IDS],
    );
    for (const c of clean.checks) {
      assert.ok(c.tip.id.length > 0 && c.tip.en.length > 0);
      assert.ok(Number.isFinite(c.value));
    }
  });

  it('does not call a sharp product on a plain background blurry', () => {
    assert.equal(check(clean, 'sharpness').verdict, 'good');
  });

  it('flags the same scene blurred with σ = 3 as bad, and scores it lower', () => {
    const blurred = analyzePixels(blurGaussian(scene.image, 3));
    assert.equal(check(blurred, 'sharpness').verdict, 'bad');
    assert.ok(blurred.score < clean.score - 15, `${blurred.score} vs ${clean.score}`);
    assert.equal(blurred.tips?.[0]?.check, 'sharpness');
  });

  it('ranks a slightly warmer, darker or softer copy below the original by fineScore', () => {
    assert.equal(clean.score, Math.round(clean.fineScore!));
    const copies = {
      warmer: applyGains(scene.image, [1.04, 1, 0.96]),
      darker: shiftExposure(scene.image, -0.3),
      softer: blurGaussian(scene.image, 0.6),
    };
    for (const [name, image] of Object.entries(copies)) {
      const copy = analyzePixels(image);
      // Each is still good on its own check: only the fine score tells them apart.
      assert.ok(
        copy.fineScore! < clean.fineScore!,
        `${name}: ${copy.fineScore} vs ${clean.fineScore}`,
      );
      assert.equal(copy.score, Math.round(copy.fineScore!));
    }
  });

  it('catches horizontal shake that leaves horizontal edges sharp', () => {
    const shaken = analyzePixels(blurMotion(scene.image, 12));
    assert.notEqual(check(shaken, 'sharpness').verdict, 'good');
  });

  it('finds the product within a few percent of its true box', () => {
    const { x, y, width, height } = scene.subject;
    const s = clean.subject;
    const tol = 0.05 * 800;
    assert.ok(Math.abs(s.x - x) < tol && Math.abs(s.y - y) < tol, JSON.stringify(s));
    assert.ok(Math.abs(s.x + s.width - (x + width)) < tol, JSON.stringify(s));
    // The contact shadow may add a little below the product, never much.
    assert.ok(s.y + s.height - (y + height) > -tol && s.y + s.height - (y + height) < 2 * tol);
    assert.ok(Math.abs(check(clean, 'subject-size').value - scene.fill) < 0.06);
  });

  it('reads a 5° rotated scene as tilted within ±1.5°, and a level one as level', () => {
    const tilted = analyzePixels(
      renderProductScene({ width: 800, height: 600, tiltDegrees: 5 }).image,
    );
    assert.ok(
      Math.abs(check(tilted, 'tilt').value - 5) <= 1.5,
      String(check(tilted, 'tilt').value),
    );
    assert.equal(check(tilted, 'tilt').verdict, 'bad');
    assert.ok(Math.abs(check(clean, 'tilt').value) < 0.5);
  });

  it('gives a scene without straight lines low tilt confidence and does not judge its tilt', () => {
    // Round fruit on a plain cloth: nothing in it shows which way is level. (A round jar is
    // no such scene: its printed label's straight sides are read, rightly.)
    const round = analyzePixels(roundFruit(800, 600));
    assert.ok((round.measurements?.tiltConfidence ?? 1) < 0.2);
    assert.equal(check(round, 'tilt').verdict, 'good');
    // A box, whose sides are straight, turned 3° is read confidently.
    const edge = analyzePixels(
      renderProductScene({ width: 800, height: 600, kind: 'box', tiltDegrees: 3 }).image,
    );
    assert.ok((edge.measurements?.tiltConfidence ?? 0) > 0.5);
    assert.ok(Math.abs(check(edge, 'tilt').value - 3) < 0.5, String(check(edge, 'tilt').value));
  });

  it('measures a product filling 80 % of the frame in front of clutter near 0.8', () => {
    for (const kind of ['box', 'bottle'] as const) {
      const report = analyzePixels(
        renderProductScene({ width: 800, height: 600, kind, clutter: true, fill: 0.8 }).image,
      );
      assert.equal(report.measurements?.subjectMethod, 'saliency');
      const fill = check(report, 'subject-size').value;
      assert.ok(Math.abs(fill - 0.8) < 0.1, `${kind}: ${fill}`);
    }
  });

  it('calls a photo two stops under too dark and one under by two stops darker', () => {
    const dark = analyzePixels(shiftExposure(scene.image, -2));
    assert.equal(check(dark, 'exposure').verdict, 'bad');
    assert.ok(check(dark, 'exposure').value < -1.2);
    assert.equal(check(clean, 'exposure').verdict, 'good');
  });

  it('does not take a pure white backdrop for blown highlights, but a blown product is', () => {
    // Marketplaces ask for this: a product on white at full brightness, the box around it
    // mostly white.
    const onWhite = renderProductScene({ width: 800, height: 600, background: [255, 255, 255] });
    const report = analyzePixels(onWhite.image);
    assert.equal(report.measurements?.subjectMethod, 'backdrop');
    assert.equal(check(report, 'exposure').verdict, 'good');
    // Two stops over, the product's own highlights blow out: that is still caught.
    const over = analyzePixels(shiftExposure(onWhite.image, 2));
    assert.notEqual(check(over, 'exposure').verdict, 'good');
  });

  it('names the warm cast of indoor bulbs', () => {
    const warm = analyzePixels(applyGains(scene.image, [1.25, 1, 0.7]));
    const cast = check(warm, 'color-cast');
    assert.equal(cast.verdict, 'bad');
    assert.match(cast.tip.id, /kekuningan/);
  });

  it('holds nothing against a tint when nothing neutral in the frame shows the light', () => {
    // A product on orange cloth: the whole frame is warm. In daylight, the edges between the
    // cloth and the product read nearly neutral (grey edge), so the tint read is small.
    const onOrange = renderProductScene({
      width: 800,
      height: 600,
      background: [225, 150, 70],
      color: [200, 90, 40],
    });
    const daylight = analyzePixels(onOrange.image);
    assert.equal(daylight.measurements?.illuminantReference, 'scene');
    assert.equal(check(daylight, 'color-cast').verdict, 'good');
    // Under a warm bulb the tint is strong, but nothing neutral shows whether it is the
    // light's or the cloth's: the verdict stays good but not sure; the tip asks to compare.
    const report = analyzePixels(applyGains(onOrange.image, [1.2, 1, 0.8]));
    assert.equal(report.measurements?.illuminantReference, 'scene');
    const cast = check(report, 'color-cast');
    assert.ok(cast.value > check(daylight, 'color-cast').value + 15, String(cast.value));
    assert.ok(cast.value > 26, String(cast.value));
    assert.equal(cast.verdict, 'good');
    assert.ok(cast.confidence !== undefined && cast.confidence < SURE_CONFIDENCE);
    // A sure tint this strong has severity 1; this one costs at most 0.3 of the scale.
    assert.ok(cast.severity > 0 && cast.severity <= 0.3, String(cast.severity));
    assert.equal(
      report.tips?.some((t) => t.check === 'color-cast'),
      false,
    );
    assert.match(cast.tip.id, /Jika warna asli produk tidak sekuning itu/);
    assert.match(cast.tip.en, /If the product is not really that yellow/);
    assert.equal(cast.possibleProblem, true);
    // On white paper the same light would be certain, and named as the bulbs'.
    assert.equal(clean.measurements?.illuminantReference, 'backdrop');
    assert.equal(check(clean, 'color-cast').confidence, undefined);
  });

  it('reads a warm or cool light off a white backdrop blown in some channels only', () => {
    // A product on white paper, exposed a little over so the paper is blown (255 in every
    // channel): the paper shows nothing of the light's colour, and nothing is claimed from it.
    const paper = renderProductScene({
      width: 800,
      height: 600,
      background: [255, 255, 255],
      tableEdge: null,
    }).image;
    // The light's gains act before the sensor clips, as a real light's do.
    const lit = (r: number, b: number) => applyGains(paper, [1.12 * r, 1.12, 1.12 * b]);
    const clean = analyzePixels(lit(1, 1));
    assert.deepEqual(clean.measurements?.background, [255, 255, 255]);
    assert.notEqual(clean.measurements?.illuminantReference, 'backdrop');
    assert.equal(check(clean, 'color-cast').verdict, 'good');
    // Under warm bulbs red and green stay blown but blue falls under: the paper reads
    // yellowish, at least as warm as the light, and that is judged.
    const warm = analyzePixels(lit(1.25, 0.7));
    assert.equal(warm.measurements?.illuminantReference, 'backdrop');
    const cast = check(warm, 'color-cast');
    assert.notEqual(cast.verdict, 'good');
    assert.equal(cast.confidence, undefined);
    assert.match(cast.tip.id, /kekuningan dari lampu rumah/);
    assert.ok(warm.fineScore! < clean.fineScore!, `${warm.fineScore} vs ${clean.fineScore}`);
    const cool = check(analyzePixels(lit(0.78, 1.3)), 'color-cast');
    assert.notEqual(cool.verdict, 'good');
    assert.match(cool.tip.id, /kebiruan/);
    // Blue a few levels under the blown channels is not a cast.
    const nearly = analyzePixels(lit(1, 0.9));
    assert.equal(check(nearly, 'color-cast').verdict, 'good');
  });

  it('reads the light off a white plate in a busy frame, and judges it', () => {
    // A cluttered room (no plain border) with a large white plate: the plate shows the light.
    const room = plateInRoom([215, 215, 212]);
    const neutral = analyzePixels(room.image);
    assert.equal(neutral.measurements?.illuminantReference, 'surface');
    assert.equal(check(neutral, 'color-cast').verdict, 'good');
    const warm = analyzePixels(applyGains(room.image, [1.25, 1, 0.7]));
    assert.equal(warm.measurements?.illuminantReference, 'surface');
    const cast = check(warm, 'color-cast');
    assert.notEqual(cast.verdict, 'good');
    assert.match(cast.tip.id, /kekuningan dari lampu rumah/);
  });

  it('flags a grey plate at least as strongly as the warm light on it grows', () => {
    // The busy room with a grey plate under warmer and warmer bulbs. The strongest (R×1.45,
    // B×0.55) is what a household bulb does to a camera set for daylight: the plate reads a
    // tint of 0.7, which the surface finder once refused as "coloured", so the check fell
    // back to a guess from the scene and called it good.
    const room = plateInRoom([215, 215, 212]);
    const rank = { good: 0, warn: 1, bad: 2 } as const;
    let before = { rank: 0, value: 0, severity: 0 };
    for (const step of [1, 2, 3]) {
      const report = analyzePixels(applyGains(room.image, [1 + 0.15 * step, 1, 1 - 0.15 * step]));
      assert.equal(report.measurements?.illuminantReference, 'surface', `step ${step}`);
      const cast = check(report, 'color-cast');
      const now = { rank: rank[cast.verdict], value: cast.value, severity: cast.severity };
      assert.ok(now.rank >= before.rank, `step ${step}: ${cast.verdict}`);
      assert.ok(now.value > before.value, `step ${step}: ${now.value} after ${before.value}`);
      assert.ok(now.severity >= before.severity, `step ${step}: severity ${now.severity}`);
      before = now;
    }
    assert.equal(before.rank, rank.bad);
  });

  it('doubts a light surface that is cream rather than grey when the scene does not lean warm', () => {
    // The same busy room with a cream plate: the plate reads as warm as a strong cast, but the
    // edges of the rest of the scene do not lean warm, so the plate is taken for coloured.
    const room = plateInRoom([236, 220, 196]);
    const report = analyzePixels(room.image);
    assert.equal(report.measurements?.illuminantReference, 'surface');
    const cast = check(report, 'color-cast');
    assert.ok(cast.value > 26, String(cast.value));
    assert.equal(cast.verdict, 'good');
    assert.ok(cast.confidence !== undefined && cast.confidence < SURE_CONFIDENCE);
    assert.match(cast.tip.en, /If the product is not really that yellow/);
  });

  it('does not call a low-key photo too dark, but one that is far too dark is', () => {
    // A red product on a dark cloth, lit so that its highlights stay 0.8 stops under white.
    const lowKey = {
      image: shiftExposure(
        renderProductScene({
          width: 800,
          height: 600,
          background: [40, 38, 36],
          color: [150, 40, 40],
          tableEdge: null,
        }).image,
        -0.8,
      ),
    };
    const report = analyzePixels(lowKey.image);
    const exposure = check(report, 'exposure');
    assert.ok(exposure.value < -0.6 && exposure.value > -1.1, String(exposure.value));
    assert.equal(exposure.verdict, 'good');
    assert.ok(exposure.confidence !== undefined && exposure.confidence < SURE_CONFIDENCE);
    assert.match(exposure.tip.id, /Jika bukan disengaja/);
    const under = check(analyzePixels(shiftExposure(lowKey.image, -1.5)), 'exposure');
    assert.equal(under.verdict, 'bad');
    assert.equal(under.confidence, undefined);
  });

  it('reads the highlights of saturated colours off their brightest channel, not their luma', () => {
    // Orange, yellow and red fruit on a brown cloth, nothing white: the brightest fruit is at
    // 245 in red, fully exposed, but its luma stays near 165 (1.2 EV under white by luma).
    const fruit = saturatedFruit(640, 480);
    const exposure = check(analyzePixels(fruit), 'exposure');
    assert.ok(exposure.value > -0.6, String(exposure.value));
    assert.equal(exposure.verdict, 'good');
    assert.equal(exposure.confidence, undefined);
    // One and a half stops under, it is too dark, surely.
    const under = check(analyzePixels(shiftExposure(fruit, -1.5)), 'exposure');
    assert.equal(under.verdict, 'bad');
    assert.equal(under.confidence, undefined);
  });

  it('does not call a white plate filling the frame too bright unless it blows out', () => {
    // A white plate in a room: its median is nearly a stop over the bright level, but its
    // highlights keep their detail (high key).
    const plate = plateInRoom([232, 230, 225], 0.9).image;
    const exposure = check(analyzePixels(plate), 'exposure');
    assert.ok(exposure.value > 0.6, String(exposure.value));
    assert.equal(exposure.verdict, 'good');
    // Half a stop over, the plate blows out: too bright.
    const over = check(analyzePixels(shiftExposure(plate, 0.5)), 'exposure');
    assert.equal(over.verdict, 'bad');
    assert.match(over.tip.en, /^Too bright/);
  });

  it('judges a grey-looking white backdrop as too dark, with no low-key excuse', () => {
    // White paper one stop under reads grey: the paper shows the photo was meant to be bright.
    const under = analyzePixels(shiftExposure(scene.image, -1));
    const exposure = check(under, 'exposure');
    assert.notEqual(exposure.verdict, 'good');
    assert.equal(exposure.confidence, undefined);
  });

  it('flags grain and low contrast', () => {
    assert.notEqual(check(analyzePixels(addNoise(scene.image, 12)), 'noise').verdict, 'good');
    assert.equal(check(clean, 'noise').verdict, 'good');
    assert.equal(
      check(analyzePixels(reduceContrast(scene.image, 0.35)), 'contrast').verdict,
      'bad',
    );
  });

  it('flags a cluttered room and a small product', () => {
    const busy = analyzePixels(
      renderProductScene({ width: 640, height: 480, clutter: true }).image,
    );
    assert.equal(check(busy, 'background').verdict, 'bad');
    const small = analyzePixels(renderProductScene({ width: 640, height: 480, fill: 0.3 }).image);
    assert.equal(check(small, 'subject-size').verdict, 'bad');
  });

  it('neither takes grain for clutter nor lets it hide a cluttered room', () => {
    const plain = renderProductScene({ width: 640, height: 480, seed: 4 }).image;
    // A dim room, its clutter at a quarter of the contrast: grain of σ 10 used to hide it.
    const busy = reduceContrast(
      renderProductScene({ width: 640, height: 480, clutter: true, seed: 4 }).image,
      0.25,
    );
    for (const sigma of [5, 10]) {
      const grainyPlain = check(analyzePixels(addNoise(plain, sigma)), 'background');
      assert.ok(grainyPlain.value <= 0.2, `plain, σ ${sigma}: clutter ${grainyPlain.value}`);
      const grainyBusy = check(analyzePixels(addNoise(busy, sigma)), 'background');
      assert.equal(grainyBusy.verdict, 'bad', `busy, σ ${sigma}: clutter ${grainyBusy.value}`);
    }
  });

  it('checks resolution and aspect against the preset', () => {
    const small = renderProductScene({ width: 480, height: 360 }).image;
    assert.equal(check(analyzePixels(small, { preset: 'tiktok' }), 'resolution').verdict, 'bad');
    assert.equal(
      check(analyzePixels(small, { preset: 'tokopedia' }), 'resolution').verdict,
      'warn',
    );
    assert.notEqual(check(clean, 'aspect').verdict, 'good');
    assert.equal(check(analyzePixels(small, { preset: 'tokopedia' }), 'aspect').verdict, 'good');
  });

  it('gives at most three tips, the biggest impact first', () => {
    const bad = analyzePixels(addNoise(shiftExposure(blurGaussian(scene.image, 2), -1.5), 10));
    const tips = bad.tips ?? [];
    assert.ok(tips.length === 3);
    for (let i = 1; i < tips.length; i++) assert.ok(tips[i - 1]!.impact >= tips[i]!.impact);
  });

  it('reports odd images as data instead of crashing', () => {
    const empty = analyzePixels({ data: new Uint8ClampedArray(0), width: 0, height: 0 });
    assert.equal(empty.problem?.code, 'empty');
    assert.equal(empty.score, 0);
    const dot = analyzePixels({ data: new Uint8ClampedArray([9, 9, 9, 255]), width: 1, height: 1 });
    assert.equal(dot.problem?.code, 'too-small');
    assert.equal(check(dot, 'resolution').verdict, 'bad');
    const black = new Uint8ClampedArray(320 * 240 * 4);
    for (let i = 3; i < black.length; i += 4) black[i] = 255;
    const night = analyzePixels({ data: black, width: 320, height: 240 });
    assert.equal(night.problem?.code, 'blank');
    assert.equal(check(night, 'exposure').verdict, 'bad');
    assert.ok(night.score < 40);
  });

  it('throws a TypeError when the data does not match the size', () => {
    assert.throws(
      () => analyzePixels({ data: new Uint8ClampedArray(10), width: 2, height: 2 }),
      TypeError,
    );
  });
});

describe('analyzePixels onStage', () => {
  it('reports each stage with its time, and the same report as without it', () => {
    const { image } = renderProductScene({ width: 640, height: 480, seed: 9 });
    const stages: [string, number][] = [];
    const timed = analyzePixels(image, { onStage: (stage, ms) => stages.push([stage, ms]) });
    assert.deepEqual(
      stages.map(([stage]) => stage),
      [
        'analysisPlanes',
        'makeWorkingImage',
        'estimateNoise',
        'softGradients (blur + Scharr)',
        'findEdges',
        'estimateBackground',
        'locateSubject',
        'estimateBlur',
        'estimateTilt',
        'estimateIlluminant',
        'toneStats',
        'edgeDensity',
      ],
    );
    for (const [, ms] of stages) assert.ok(ms >= 0 && Number.isFinite(ms));
    assert.deepEqual(timed, analyzePixels(image));
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
