import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzePixels } from './analyze-pixels.js';
import { fixChecked, fixPixels } from './fix-pixels.js';
import { MARKETPLACE_PRESETS } from './marketplace-presets.js';
import type { Check, CheckId, PhotoReport } from './photo-report.js';
import { SURE_CONFIDENCE } from './photo-report.js';
import type { PixelImage } from './pixel-image.js';
import { applyGains, reduceContrast, shiftExposure } from './test-support/degrade.js';
import { renderProductScene } from './test-support/render-product-scene.js';

const check = (r: PhotoReport, id: CheckId) => r.checks.find((c) => c.id === id);
const verdict = (r: PhotoReport, id: CheckId) => check(r, id)?.verdict;

/** A luma percentile (0–1) of the whole image. */
function lumaAt(image: PixelImage, p: number): number {
  const d = image.data;
  const luma: number[] = [];
  for (let i = 0; i < d.length; i += 4)
    luma.push(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
  luma.sort((a, b) => a - b);
  return luma[Math.floor((luma.length - 1) * p)]!;
}

describe('fixPixels', () => {
  it('crops to the preset aspect with the whole product inside, near the target fill', () => {
    const scene = renderProductScene({ width: 800, height: 600, fill: 0.45, center: [0.3, 0.5] });
    const report = analyzePixels(scene.image, { preset: 'lazada' });
    const out = fixPixels(scene.image, report, 'lazada');
    assert.equal(out.width, out.height);
    assert.ok(out.width >= MARKETPLACE_PRESETS.lazada.minSide!);
    const after = analyzePixels(out, { preset: 'lazada' });
    const s = after.subject;
    assert.ok(s.x > 0 && s.y > 0 && s.x + s.width < out.width && s.y + s.height < out.height);
    assert.equal(verdict(after, 'centering'), 'good');
    assert.ok(after.score > report.score);
  });

  it('pads with the backdrop instead of cutting a product that fills the frame', () => {
    const scene = renderProductScene({ width: 800, height: 600, fill: 0.95, kind: 'round' });
    const out = fixPixels(scene.image, analyzePixels(scene.image), 'shopee');
    assert.equal(out.width, out.height);
    const after = analyzePixels(out);
    const s = after.subject;
    assert.ok(s.y > 2 && s.y + s.height < out.height - 2, JSON.stringify(s));
  });

  it('brightens a dark photo, neutralises a warm cast and straightens a tilt', () => {
    const scene = renderProductScene({ width: 800, height: 600, tiltDegrees: 4 }).image;
    const bad = applyGains(shiftExposure(scene, -1.5), [1.2, 1, 0.75]);
    const report = analyzePixels(bad);
    assert.equal(verdict(report, 'exposure'), 'bad');
    const after = analyzePixels(fixPixels(bad, report));
    assert.equal(verdict(after, 'exposure'), 'good');
    assert.equal(verdict(after, 'color-cast'), 'good');
    assert.equal(verdict(after, 'tilt'), 'good');
  });

  it('fixes the contrast of a photo that may be dark on purpose without brightening it', () => {
    // A dark product on a dark grey cloth, its light label the only bright part, seen through
    // a hazy lens: dark enough to be low key (exposure good, not sure), flat for sure.
    const scene = renderProductScene({
      width: 800,
      height: 600,
      fill: 0.5,
      background: [70, 70, 72],
      color: [90, 80, 70],
      tableEdge: null,
    }).image;
    const moody = reduceContrast(scene, 0.7);
    const report = analyzePixels(moody);
    const exposure = check(report, 'exposure')!;
    assert.equal(exposure.verdict, 'good');
    assert.ok(exposure.confidence! < SURE_CONFIDENCE && exposure.value < -0.6);
    assert.notEqual(verdict(report, 'contrast'), 'good');
    const out = fixPixels(moody, report);
    // The median keeps its level (a sure −0.8 EV would be lifted to 110), the highlights are
    // stretched to near white, and the fixed photo's contrast is good.
    assert.ok(Math.abs(lumaAt(out, 0.5) - lumaAt(moody, 0.5)) <= 4);
    assert.ok(lumaAt(out, 0.995) >= 240 && lumaAt(moody, 0.995) < 200);
    const after = analyzePixels(out);
    assert.equal(verdict(after, 'contrast'), 'good');
    assert.ok(after.score >= report.score);
  });

  it('does not turn a blown cream label into a white patch the colour check trusts', () => {
    // An orange tin filling the frame on tan card under a warm lamp, nothing white: its cream
    // label is clipped in red, the colour check is not sure of the light and says so gently.
    const scene = renderProductScene({
      width: 800,
      height: 800,
      kind: 'round',
      fill: 0.85,
      background: [200, 150, 100],
      color: [218, 90, 36],
    }).image;
    const warm = applyGains(scene, [1.25, 1, 0.85]);
    const report = analyzePixels(warm);
    const cast = check(report, 'color-cast')!;
    assert.ok(cast.verdict === 'good' && cast.confidence! < SURE_CONFIDENCE);
    const after = analyzePixels(fixPixels(warm, report));
    // Levels once capped the clipped label at 248: the check then read it as white paper under
    // warm light, said `bad` for sure, and the fixed photo scored 86 → 82.
    const castAfter = check(after, 'color-cast')!;
    assert.ok((castAfter.confidence ?? 1) < SURE_CONFIDENCE, JSON.stringify(castAfter));
    assert.ok(after.score >= report.score - 1, `${report.score} → ${after.score}`);
  });

  it('leaves a tilt it is not sure of to the seller', () => {
    const scene = renderProductScene({ width: 800, height: 600, tiltDegrees: 4 }).image;
    const report = analyzePixels(scene);
    assert.equal(verdict(report, 'tilt'), 'bad');
    // The same angle read off short lines: "may be tilted" (see checkTilt), or only mentioned.
    const unsure = (tilt: Partial<Check>): PhotoReport => ({
      ...report,
      checks: report.checks.map((c) => (c.id === 'tilt' ? { ...c, confidence: 0.35, ...tilt } : c)),
      measurements: { ...report.measurements!, tiltConfidence: 0.35 },
    });
    const level = fixPixels(scene, unsure({ verdict: 'good', value: 0 }));
    assert.deepEqual(fixPixels(scene, unsure({ verdict: 'warn' })).data, level.data);
    assert.deepEqual(
      fixPixels(scene, unsure({ verdict: 'good', possibleProblem: true })).data,
      level.data,
    );
    // As sure of the same angle as a check gets (SURE_CONFIDENCE), the fix straightens it.
    assert.notDeepEqual(
      fixPixels(scene, unsure({ verdict: 'warn', confidence: 0.5 })).data,
      level.data,
    );
  });

  it('keeps the whole photo padded to the preset aspect when the crop is left out', () => {
    const scene = renderProductScene({ width: 800, height: 600, fill: 0.5 });
    const report = analyzePixels(scene.image, { preset: 'lazada' });
    const out = fixPixels(scene.image, report, 'lazada', { crop: false });
    assert.equal(out.width, out.height);
    // 600 of 800 rows hold the photo: an eighth of the height is padding above and below,
    // in the backdrop colour.
    const [br, bg, bb] = report.measurements!.background;
    const at = (x: number, y: number) => {
      const i = (y * out.width + x) * 4;
      return [out.data[i]!, out.data[i + 1]!, out.data[i + 2]!];
    };
    for (const y of [0, Math.floor(out.height * 0.1), out.height - 1]) {
      const [r, g, b] = at(out.width >> 1, y);
      assert.ok(Math.abs(r! - br) + Math.abs(g! - bg) + Math.abs(b! - bb) <= 6, `row ${y}`);
    }
    // The product's left and right edges stay where they were, relative to the width: nothing
    // was cut.
    const s = analyzePixels(out, { preset: 'lazada' }).subject;
    const before = report.subject;
    assert.ok(Math.abs(s.x / out.width - before.x / 800) < 0.02);
    assert.ok(Math.abs(s.width / out.width - before.width / 800) < 0.02);
    const own = fixPixels(scene.image, report, 'lazada', { crop: false, pad: false });
    assert.ok(Math.abs(own.width / own.height - 800 / 600) < 0.01);
  });

  it('pads a straightened whole photo with plain bands, not slivers of its turned edges', () => {
    // A busy portrait photo (blocks of many colours), surely tilted 6°, kept whole and padded
    // to a square.
    const width = 600;
    const height = 800;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const block = ((y / 20) | 0) * 31 + ((x / 20) | 0);
        const i = (y * width + x) * 4;
        data[i] = (block * 97) % 256;
        data[i + 1] = (block * 57) % 256;
        data[i + 2] = (block * 151) % 256;
        data[i + 3] = 255;
      }
    }
    const image: PixelImage = { data, width, height };
    const base = analyzePixels(image, { preset: 'semua' });
    const report: PhotoReport = {
      ...base,
      checks: base.checks.map((c) =>
        c.id === 'tilt' ? { ...c, verdict: 'bad', confidence: 1 } : c,
      ),
      measurements: { ...base.measurements!, tiltDegrees: 6, tiltConfidence: 1 },
    };
    const out = fixPixels(image, report, 'semua', { crop: false, tone: false });
    assert.equal(out.width, out.height);
    // The photo straightened inside itself is 3:4, so an eighth of the width each side is
    // padding: all of it the backdrop colour, on every row.
    const [br, bg, bb] = base.measurements!.background;
    let off = 0;
    for (let y = 0; y < out.height; y++) {
      for (const x of [0, Math.floor(out.width * 0.06), out.width - 1]) {
        const i = (y * out.width + x) * 4;
        const d =
          Math.abs(out.data[i]! - br) +
          Math.abs(out.data[i + 1]! - bg) +
          Math.abs(out.data[i + 2]! - bb);
        if (d > 6) off++;
      }
    }
    assert.equal(off, 0);
  });

  it('returns new pixels and leaves the input untouched', () => {
    const scene = renderProductScene({ width: 320, height: 240 }).image;
    const before = scene.data.slice();
    const out = fixPixels(scene, analyzePixels(scene), 'tokopedia');
    assert.notEqual(out.data, scene.data);
    assert.deepEqual(scene.data, before);
  });

  it('returns a copy of an empty image', () => {
    const empty = { data: new Uint8ClampedArray(0), width: 0, height: 0 };
    const out = fixPixels(empty, analyzePixels(empty));
    assert.equal(out.width, 0);
  });
});

describe('fixChecked', () => {
  const scene = renderProductScene({ width: 640, height: 640, fill: 0.7 }).image;
  const report = analyzePixels(scene);

  it('keeps the whole fix when it does not lower the score', () => {
    const fixed = fixChecked(scene, report);
    assert.deepEqual(fixed.skipped, []);
    assert.deepEqual(fixed.image.data, fixPixels(scene, report).data);
    assert.ok(fixed.report.score >= report.score);
  });

  it('leaves out a step that makes the fixed photo score lower than the original', () => {
    // A report that misreads the light of a neutral grey-paper shot as a strong, sure warm
    // cast: its white balance would turn the photo blue.
    const misread: PhotoReport = {
      ...report,
      checks: report.checks.map((c) =>
        c.id === 'color-cast' ? { ...c, verdict: 'bad', confidence: 1 } : c,
      ),
      measurements: {
        ...report.measurements!,
        illuminant: [2, 1, 0.5],
        illuminantReference: 'backdrop',
      },
    };
    const whole = analyzePixels(fixPixels(scene, misread));
    assert.ok(whole.score < report.score, `${report.score} → ${whole.score}`);
    const fixed = fixChecked(scene, misread);
    assert.ok(fixed.skipped.includes('tone'));
    assert.ok(fixed.report.score >= report.score, `${report.score} → ${fixed.report.score}`);
    assert.equal(fixed.report.checks.find((c) => c.id === 'color-cast')?.verdict, 'good');
  });
});

describe('fixChecked window', () => {
  /** Paints a 5×5 pure green dot centred on source pixel (x, y). */
  function dot(image: PixelImage, x: number, y: number): void {
    for (let v = y - 2; v <= y + 2; v++)
      for (let u = x - 2; u <= x + 2; u++) {
        const i = (v * image.width + u) * 4;
        image.data[i] = 0;
        image.data[i + 1] = 255;
        image.data[i + 2] = 0;
      }
  }

  /** Centre (pixel centres at +0.5) of the green pixels of `image` within `r` of (x, y). */
  function findDot(image: PixelImage, x: number, y: number, r: number): [number, number] {
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (let v = Math.max(0, Math.floor(y - r)); v < Math.min(image.height, y + r); v++)
      for (let u = Math.max(0, Math.floor(x - r)); u < Math.min(image.width, x + r); u++) {
        const i = (v * image.width + u) * 4;
        const [red, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (g - Math.max(red, b) > 60) {
          sx += u + 0.5;
          sy += v + 0.5;
          n++;
        }
      }
    assert.ok(n > 0, `no dot near ${x}, ${y}`);
    return [sx / n, sy / n];
  }

  it('tells where each point of the source lands in the fixed photo, straightened and cropped', () => {
    const scene = renderProductScene({
      width: 800,
      height: 600,
      center: [0.4, 0.5],
      tiltDegrees: 4,
    });
    const image = scene.image;
    const points: [number, number][] = [
      [250, 200],
      [420, 380],
      [520, 260],
    ];
    for (const [x, y] of points) dot(image, x, y);
    const fixed = fixChecked(image, analyzePixels(image));
    const w = fixed.window;
    // Straightened (turned back by the 4° tilt) and cropped to a square around the product.
    assert.ok(Math.abs(w.degrees + 4) < 1, JSON.stringify(w));
    assert.ok(w.width < 600, JSON.stringify(w));
    const out = fixed.image;
    const scale = w.width / out.width;
    const t = (w.degrees * Math.PI) / 180;
    for (const [x, y] of points) {
      const dx = x + 0.5 - w.cx;
      const dy = y + 0.5 - w.cy;
      const u = out.width / 2 + (dx * Math.cos(t) - dy * Math.sin(t)) / scale;
      const v = out.height / 2 + (dx * Math.sin(t) + dy * Math.cos(t)) / scale;
      const [fu, fv] = findDot(out, u, v, 12 / scale);
      assert.ok(Math.hypot(fu - u, fv - v) < 1.5 / scale, `${x},${y}: ${fu},${fv} vs ${u},${v}`);
    }
  });

  it('is the whole image for one with nothing to fix', () => {
    const empty = { data: new Uint8ClampedArray(8 * 8 * 4), width: 8, height: 8 };
    const fixed = fixChecked(empty, analyzePixels(empty));
    assert.deepEqual(fixed.window, { cx: 4, cy: 4, width: 8, height: 8, degrees: 0 });
  });
});
