import { expect } from '@esm-bundle/chai';
import { wrap } from 'comlink';
import { analysisPlanes } from '../analysis-planes.js';
import { analyzePixels } from '../analyze-pixels.js';
import { kernelsFor, setWasmEnabled } from '../wasm/kernels.js';
import { analyzeFile, fixFile } from './coach-file.js';
import { coachPhotos, startPhotoWorker } from './coach-photos.js';
import { decodePhoto } from './decode-photo.js';
import { encodePhoto } from './encode-photo.js';
import type { PhotoWorkerApi } from './photo-worker.js';

/** A JPEG made here: a gradient with a dark product-like block, `width`×`height`. */
async function jpegOf(width: number, height: number, noise = 0): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#f4efe6');
  gradient.addColorStop(1, '#d9cbb3');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#7a3b12';
  ctx.fillRect(width * 0.3, height * 0.25, width * 0.4, height * 0.5);
  if (noise) {
    const data = ctx.getImageData(0, 0, width, height);
    let seed = 7;
    for (let i = 0; i < data.data.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      data.data[i] = data.data[i]! + ((seed % (2 * noise)) - noise);
    }
    ctx.putImageData(data, 0, 0);
  }
  return new Uint8Array(
    await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
  );
}

/** Inserts an EXIF block with an orientation tag and a GPS pointer, as phones write. */
function withExif(file: Uint8Array, orientation: number): Uint8Array<ArrayBuffer> {
  const tiff = [
    0x4d,
    0x4d,
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    2,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0x88,
    0x25,
    0,
    4,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const payload = [...new TextEncoder().encode('Exif'), 0, 0, ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  return new Uint8Array([...file.subarray(0, 2), ...segment, ...file.subarray(2)]);
}

function contains(bytes: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('decodePhoto', () => {
  it('runs the analysis in WebAssembly here, with the verdicts JavaScript alone gives', async () => {
    // A 12-megapixel photo (4 × 4 blocks for the working copy) drawn on a canvas.
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ece9e2';
    ctx.fillRect(0, 0, 4000, 3000);
    ctx.fillStyle = '#b8322e';
    ctx.fillRect(1300, 800, 1400, 1500);
    ctx.fillStyle = '#f6f0e4';
    ctx.fillRect(1500, 1300, 1000, 500);
    const pixels = ctx.getImageData(0, 0, 4000, 3000);
    const image = { data: pixels.data, width: 4000, height: 3000 };
    try {
      const withWasm = analyzePixels(image);
      expect(kernelsFor(analysisPlanes(1000 * 750).r), 'kernels in Chromium').to.not.equal(
        undefined,
      );
      setWasmEnabled(false);
      const withoutWasm = analyzePixels(image);
      expect(kernelsFor(analysisPlanes(1000 * 750).r)).to.equal(undefined);
      expect(withWasm.score).to.equal(withoutWasm.score);
      expect(withWasm.subject).to.deep.equal(withoutWasm.subject);
      expect(withWasm.checks.map((c) => c.verdict)).to.deep.equal(
        withoutWasm.checks.map((c) => c.verdict),
      );
    } finally {
      setWasmEnabled(true);
    }
  });

  it('decodes a JPEG upright, applying its EXIF orientation', async () => {
    const file = new Blob([withExif(await jpegOf(64, 48), 6)], { type: 'image/jpeg' });
    const result = await decodePhoto(file);
    if (!result.ok) throw new Error(result.error.message.en);
    expect([result.photo.image.width, result.photo.image.height]).to.deep.equal([48, 64]);
    expect(result.photo.original).to.deep.equal({ width: 48, height: 64 });
    expect(result.photo.header.hasExif).to.equal(true);
  });

  it('downscales a large photo while decoding', async () => {
    const result = await decodePhoto(new Blob([await jpegOf(3000, 2000)]), { maxSide: 1000 });
    if (!result.ok) throw new Error(result.error.message.en);
    expect([result.photo.image.width, result.photo.image.height]).to.deep.equal([1000, 667]);
    expect(result.photo.original).to.deep.equal({ width: 3000, height: 2000 });
  });

  it('says what to do with an empty file, an SVG, an iPhone HEIC, a non-image and a broken JPEG', async () => {
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode('ftypheic'),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    const jpeg = await jpegOf(64, 48);
    const cases: [Blob, string][] = [
      [new Blob([]), 'empty'],
      [
        new Blob(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], { type: 'image/svg+xml' }),
        'svg',
      ],
      [new Blob([heic], { type: 'image/heic' }), 'heic'],
      [new Blob(['bukan foto sama sekali'], { type: 'text/plain' }), 'not-an-image'],
      [new Blob([jpeg.slice(0, 40)], { type: 'image/jpeg' }), 'corrupt'],
    ];
    for (const [file, code] of cases) {
      const result = await decodePhoto(file);
      expect(result.ok, code).to.equal(false);
      if (result.ok) continue;
      expect(result.error.code).to.equal(code);
      expect(result.error.message.id.length).to.be.greaterThan(20);
      expect(result.error.message.en.length).to.be.greaterThan(20);
    }
    const heicResult = await decodePhoto(new Blob([heic], { type: 'image/heic' }));
    expect(heicResult.ok ? '' : heicResult.error.message.id).to.contain('Paling Kompatibel');
  });
});

describe('encodePhoto', () => {
  it('fits the byte limit by lowering quality, and the file carries no EXIF (no GPS)', async () => {
    const decoded = await decodePhoto(new Blob([withExif(await jpegOf(1200, 1200, 40), 1)]));
    if (!decoded.ok) throw new Error(decoded.error.message.en);
    const limit = 120 * 1024;
    const out = await encodePhoto(decoded.photo.image, { maxBytes: limit });
    const bytes = new Uint8Array(await out.blob.arrayBuffer());
    expect(out.blob.type).to.equal('image/jpeg');
    expect(out.blob.size).to.be.at.most(limit);
    expect(out.quality).to.be.below(0.92);
    expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xd8]);
    expect(contains(bytes, 'Exif')).to.equal(false);
  });

  it('scales down when even the lowest quality is too big', async () => {
    const decoded = await decodePhoto(new Blob([await jpegOf(1600, 1600, 60)]));
    if (!decoded.ok) throw new Error(decoded.error.message.en);
    const out = await encodePhoto(decoded.photo.image, { maxBytes: 30 * 1024 });
    expect(out.blob.size).to.be.at.most(30 * 1024);
    expect(out.width).to.be.below(1600);
  });
});

describe('fixFile', () => {
  it('tells the window of the photo it shows, in the upright photo the analysis saw', async () => {
    // Stored 800×600 with the product at (320–560, 150–450), shown turned a quarter clockwise
    // (EXIF 6): upright 600×800, the product at (150–450, 240–560), centred on (300, 400).
    const file = new Blob([withExif(await jpegOf(800, 600), 6)], { type: 'image/jpeg' });
    const analysis = await analyzeFile(file, 'shopee');
    if (!analysis.ok) throw new Error(analysis.error.message.en);
    const fix = await fixFile(file, analysis.report, 'shopee');
    if (!fix.ok) throw new Error(fix.error.message.en);
    const window = fix.window!;
    expect(window.of).to.deep.equal(analysis.analysed);
    expect(window.of).to.deep.equal({ width: 600, height: 800 });
    expect(window.width / window.height).to.be.closeTo(fix.width / fix.height, 0.01);
    expect(window.cx).to.be.closeTo(300, 30);
    expect(window.cy).to.be.closeTo(400, 30);
  });
});

describe('photo Worker', () => {
  it('analyses and fixes a photo off the main thread, transferring the pixels', async () => {
    // The real Worker module, behind a probe that reports what each reply transfers.
    // (A static import: messages that arrive while a top-level await runs would be lost.)
    const probe = `
      import ${JSON.stringify(new URL('./photo-worker.ts', import.meta.url).href)};
      const post = self.postMessage.bind(self);
      self.postMessage = (message, transfers = []) => {
        post(message, transfers);
        post({ probe: transfers.map((t) => t instanceof ArrayBuffer && t.byteLength === 0) });
      };`;
    const probeUrl = URL.createObjectURL(new Blob([probe], { type: 'text/javascript' }));
    const worker = new Worker(probeUrl, { type: 'module' });
    const detached: boolean[][] = [];
    worker.addEventListener('message', (event: MessageEvent<{ probe?: boolean[] }>) => {
      if (event.data.probe) detached.push(event.data.probe);
    });
    const api = wrap<PhotoWorkerApi>(worker);
    const decoded = await decodePhoto(new Blob([await jpegOf(800, 600)]));
    if (!decoded.ok) throw new Error(decoded.error.message.en);
    const report = await api.analyze(decoded.photo.image);
    expect(report.score).to.be.within(0, 100);
    expect(report.checks.map((c) => c.id)).to.include('sharpness');
    const fixed = await api.fix(decoded.photo.image, report, 'shopee');
    expect(fixed.width).to.equal(fixed.height); // Shopee photos are square
    expect(fixed.data.length).to.equal(fixed.width * fixed.height * 4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The report came back copied (nothing to transfer); the fixed pixels were transferred
    // (the Worker's buffer is detached once sent), not copied.
    expect(detached).to.deep.equal([[], [true]]);
    worker.terminate();
    URL.revokeObjectURL(probeUrl);
  });
});

describe('coachPhotos', () => {
  it('coaches several photos in order, reporting progress, keeping going past a bad file', async () => {
    const worker = startPhotoWorker(new URL('./photo-worker.ts', import.meta.url));
    const files = [
      new Blob([await jpegOf(900, 700)], { type: 'image/jpeg' }),
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }),
      new Blob([await jpegOf(640, 640, 10)], { type: 'image/jpeg' }),
    ];
    const progress: [number, number, boolean][] = [];
    const results = await coachPhotos(files, worker, {
      preset: 'shopee',
      fix: true,
      onProgress: (done, total, latest) => progress.push([done, total, latest.ok]),
    });
    worker.terminate();
    expect(progress).to.deep.equal([
      [1, 3, true],
      [2, 3, false],
      [3, 3, true],
    ]);
    const [first, second] = results;
    expect(second!.ok ? '' : second!.error.code).to.equal('svg');
    if (!first!.ok) throw new Error('first photo failed');
    expect(first!.original).to.deep.equal({ width: 900, height: 700 });
    expect(first!.fixed!.width).to.equal(first!.fixed!.height); // Shopee: square
    expect(first!.fixed!.blob.size).to.be.at.most(2 * 1024 * 1024);
  });
});
