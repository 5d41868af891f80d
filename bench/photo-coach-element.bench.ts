// `<etalase-photo-coach>` from the built bundle in headless Chromium:
// 1. live-camera guidance: frames judged per second from Chromium's fake camera playing a
//    1280×720 product scene at 30 frames a second (the camera's own rate is the baseline);
// 2. main-thread long tasks while a 12-megapixel JPEG is read and analysed through the
//    element, against the baseline of only decoding the same file into pixels on the page's
//    thread (what any main-thread analysis must do first).
// Prints figures; never fails on timing.
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderProductScene } from '../packages/photo-coach/src/test-support/render-product-scene.js';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../test/chromium.js';
import { storeTwelveMegapixelJpeg, writeY4m } from '../test/photo-fixtures.js';
import type { TwelveMegapixelWindow } from '../test/photo-fixtures.js';
import { serveStatic } from '../test/serve-static.js';
import { makeWidgetSite } from '../test/widget-site.js';
import { median } from './sample-stats.js';

const site = makeWidgetSite('etalase-coach-bench-');
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="etalase.js"></script>
<etalase-photo-coach preset="shopee"></etalase-photo-coach>`,
);
const streams = mkdtempSync(join(tmpdir(), 'etalase-bench-stream-'));
const stream = join(streams, 'scene.y4m');
writeY4m(
  stream,
  renderProductScene({ width: 1280, height: 720, fill: 0.6, seed: 4, tiltDegrees: 4 }).image,
  30,
  30,
);
const server = await serveStatic(site);
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: [
    ...CHROMIUM_FLAGS,
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${stream}`,
  ],
});
const context = await browser.newContext({ permissions: ['camera'] });
// tsx names the functions it compiles with a helper the page does not have.
await context.addInitScript('globalThis.__name = (fn) => fn;');
const origin = server.origin.replace('127.0.0.1', 'localhost'); // a secure context

// 1. Live guidance.
const live = await context.newPage();
await live.goto(`${origin}/index.html`);
const coach = live.locator('etalase-photo-coach');
await coach.getByRole('button', { name: 'Kamera dengan panduan' }).click();
await coach.locator('.cue[data-cue]:not([data-cue=""])').waitFor({ timeout: 20_000 });
await live.waitForTimeout(1000);
const samples = await live.evaluate(async () => {
  const root = document.querySelector('etalase-photo-coach')!.shadowRoot!;
  const video = root.querySelector('video')!;
  const fps: number[] = [];
  let cameraFrames = 0;
  const count = () => {
    cameraFrames++;
    video.requestVideoFrameCallback(count);
  };
  video.requestVideoFrameCallback(count);
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    fps.push(Number(/\d+/.exec(root.querySelector('.fps')?.textContent ?? '0')![0]));
  }
  return { fps, camera: cameraFrames / 8 };
});
await live.close();

// 2. Long tasks while a 12-megapixel photo is analysed.
const page = await context.newPage();
await page.goto(`${origin}/index.html`);
await page.locator('etalase-photo-coach .drop').waitFor();
await page.evaluate(storeTwelveMegapixelJpeg);
const longTasks = await page.evaluate(async () => {
  const blob = (window as unknown as TwelveMegapixelWindow).etalaseTwelveMegapixel;
  const root = document.querySelector('etalase-photo-coach')!.shadowRoot!;
  const measure = async (work: () => Promise<void>) => {
    await new Promise((r) => setTimeout(r, 300));
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    await work();
    const elapsed = performance.now() - start;
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    return { tasks, elapsed };
  };
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const ours = await measure(async () => {
      const input = root.querySelector<HTMLInputElement>('input.choose')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], `foto-${run}.jpg`, { type: 'image/jpeg' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      const before = root.querySelectorAll('.thumb-score:not(.busy)').length;
      while (root.querySelectorAll('.thumb-score:not(.busy)').length === before)
        await new Promise((r) => setTimeout(r, 10));
    });
    const baseline = await measure(async () => {
      const bitmap = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const x = c.getContext('2d', { willReadFrequently: true })!;
      x.drawImage(bitmap, 0, 0);
      x.getImageData(0, 0, c.width, c.height);
      bitmap.close();
    });
    runs.push({ ours, baseline });
  }
  return runs;
});
await browser.close();
await server.close();
rmSync(site, { recursive: true, force: true });
rmSync(streams, { recursive: true, force: true });

console.log('## Live camera guidance (fake camera, 1280×720 at 30 fps, 8 one-second samples)');
console.log(
  `judged frames per second: median ${median(samples.fps)}, min ${Math.min(...samples.fps)}, max ${Math.max(...samples.fps)}`,
);
console.log(
  `camera frames per second (baseline): ${samples.camera.toFixed(1)}; ratio ${(median(samples.fps) / samples.camera).toFixed(2)}×`,
);
console.log('target: at least 10 guidance updates a second');
console.log('\n## Main-thread long tasks while a 12 MP JPEG is read and analysed (3 runs)');
console.log('                                          longest (ms)   total (ms)   elapsed (ms)');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
for (const [name, pick] of [
  ['photo coach (decode + analysis in Worker)', (r: (typeof longTasks)[number]) => r.ours],
  ['baseline: decode to pixels on the page  ', (r: (typeof longTasks)[number]) => r.baseline],
] as const) {
  const longest = median(longTasks.map((r) => Math.max(0, ...pick(r).tasks)));
  const total = median(longTasks.map((r) => sum(pick(r).tasks)));
  const elapsed = median(longTasks.map((r) => pick(r).elapsed));
  console.log(
    `${name} ${longest.toFixed(0).padStart(12)} ${total.toFixed(0).padStart(12)} ${elapsed.toFixed(0).padStart(14)}`,
  );
}
