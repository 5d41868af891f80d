import { expect } from '@esm-bundle/chai';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { analyzePixels } from '@etalase/photo-coach';
import { applyGains } from '../../../packages/photo-coach/src/test-support/degrade.js';
import { renderProductScene } from '../../../packages/photo-coach/src/test-support/render-product-scene.js';
import { cameraProblem } from './live-camera.js';
import { EtalasePhotoCoach } from './photo-coach.js';
import { describeValue, scoreBand } from './photo-report-view.js';
import { defineElement } from '../shared/define-element.js';
import { until } from '../shared/storefront-fixture.js';
import type { Check, PhotoReport, PixelImage } from '@etalase/photo-coach';

declare const axe: { run(context: Element | Document, options?: object): Promise<AxeResults> };
defineElement('etalase-photo-coach', EtalasePhotoCoach);

const root = (el: Element) => el.shadowRoot!;

async function mountCoach(attributes: Record<string, string> = {}): Promise<EtalasePhotoCoach> {
  const el = document.createElement('etalase-photo-coach') as EtalasePhotoCoach;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await until(() => root(el).querySelector('.drop'), 10_000);
  return el;
}

/** A rendered product photo (by default a box on grey paper) as a PNG file. */
async function photoFile(
  name: string,
  image: PixelImage = renderProductScene({ width: 800, height: 600, seed: 2 }).image,
): Promise<File> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas
    .getContext('2d')!
    .putImageData(
      new ImageData(new Uint8ClampedArray(image.data), image.width, image.height),
      0,
      0,
    );
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, {
    type: 'image/png',
  });
}

/**
 * A round orange product filling an orange-brown frame under a warm bulb: nothing white or
 * grey shows the light, so the strong tint may be the goods' own colour (the coach is not
 * sure, and only asks the seller to compare).
 */
function warmOrangeScene(): PixelImage {
  const { image } = renderProductScene({
    width: 1400,
    height: 1400,
    kind: 'round',
    fill: 0.85,
    background: [200, 170, 130],
    color: [200, 90, 40],
  });
  return applyGains(image, [1.2, 1, 0.8]);
}

async function addPhoto(el: EtalasePhotoCoach, file: File): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input.choose')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => root(el).querySelector('.report .score text'), 20_000);
}

const clean = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => {
  document.querySelectorAll('etalase-photo-coach').forEach((el) => el.remove());
});

describe('<etalase-photo-coach>', () => {
  it('loads its interface on demand, in English when asked, with a valid preset', async () => {
    const el = await mountCoach({ lang: 'en', preset: 'no-such-marketplace' });
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Product Photo Coach');
    expect(text).to.contain('Guided camera');
    // An unknown preset falls back to all marketplaces.
    expect(root(el).querySelector('select')!.value).to.equal('semua');
    // Named in the page's language; the marketplaces' own names stay as they are.
    const options = [...root(el).querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).to.include('All marketplaces');
    expect(options).to.include('Tokopedia');
    expect(text).to.not.contain('Semua marketplace');
    el.lang = 'id';
    await el.updateComplete;
    expect(root(el).querySelector('option[value="semua"]')!.textContent!.trim()).to.equal(
      'Semua marketplace',
    );
  });

  it('checks a photo in its Worker and re-judges it when the preset changes', async () => {
    // The test page loads hundreds of modules: make room to see the Worker's file load.
    performance.setResourceTimingBufferSize(10_000);
    const el = await mountCoach({ preset: 'semua' });
    const input = root(el).querySelector<HTMLInputElement>('input.choose')!;
    const transfer = new DataTransfer();
    transfer.items.add(await photoFile('kotak.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const score = await until(() => root(el).querySelector('.report .score text'), 20_000);
    expect(Number(score.textContent)).to.be.within(0, 100);
    // The photo was read by the Worker; the page never loaded the code that reads on the page.
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.endsWith('/photo-coach-worker.ts'))).to.equal(true);
    expect(loaded.filter((name) => name.endsWith('/src/browser/index.ts'))).to.deep.equal([]);
    // A 4:3 photo is the wrong shape for all marketplaces at once (square), and fine for
    // Tokopedia (no shape rule): the verdict must follow the preset.
    const aspectVerdict = () =>
      root(el).querySelector('.checks .check:nth-child(2) .icon')?.getAttribute('class') ?? '';
    expect(aspectVerdict()).to.not.contain('good');
    el.preset = 'tokopedia';
    await until(() => aspectVerdict()?.includes('good'), 20_000);
  });
});

describe('<etalase-photo-coach> and a possible problem it is not sure of', () => {
  const castRow = (el: Element) =>
    root(el).querySelectorAll('.checks .check')[6 /* color-cast, see CHECK_IDS */]!;

  it('shows it as "check for yourself" beside its tip, in both languages, with no axe violation', async () => {
    const image = warmOrangeScene();
    // The fixture still says what this test is about: a gentle mention, not a verdict.
    const cast = analyzePixels(image).checks.find((c) => c.id === 'color-cast')!;
    expect([cast.verdict, cast.possibleProblem]).to.deep.equal(['good', true]);

    const el = await mountCoach();
    await addPhoto(el, await photoFile('jeruk.png', image));
    expect(clean(castRow(el).querySelector('.check-name'))).to.contain('Warna cahaya');
    expect(castRow(el).querySelector('.icon')!.getAttribute('class')).to.equal('icon maybe');
    expect(clean(castRow(el))).to.contain('Periksa sendiri');
    expect(clean(castRow(el).querySelector('.visually-hidden'))).to.equal(
      ': Mungkin perlu diperbaiki, periksa sendiri.',
    );
    // The tip is where a seller reads tips, after the sure ones.
    const tips = [...root(el).querySelectorAll('.tips .tip')];
    const gentle = tips.at(-1)!;
    expect(clean(gentle)).to.contain('Warna cahaya');
    expect(clean(gentle)).to.contain('Jika warna asli produk tidak sekuning itu');
    expect(gentle.querySelector('.icon')!.getAttribute('class')).to.equal('icon maybe');
    expect(tips.length).to.be.within(1, 3);
    let results = await axe.run(el, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);

    el.lang = 'en';
    await el.updateComplete;
    expect(clean(castRow(el))).to.contain('Check yourself');
    expect(
      clean(
        root(el)
          .querySelectorAll('.tips .tip')
          .item(tips.length - 1),
      ),
    ).to.contain('If the product is not really that yellow');
    results = await axe.run(el, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('leaves the colours alone in the one-tap fix', async () => {
    const el = await mountCoach();
    await addPhoto(el, await photoFile('jeruk.png', warmOrangeScene()));
    const fixed = new Promise<CustomEvent<{ report: PhotoReport; before: PhotoReport }>>(
      (resolve) =>
        el.addEventListener('etalase-photo', (e) => resolve(e as CustomEvent), { once: true }),
    );
    root(el).querySelector<HTMLButtonElement>('.report .actions button.primary')!.click();
    const { report, before } = (await fixed).detail;
    const tint = (r: PhotoReport) => r.checks.find((c) => c.id === 'color-cast')!.value;
    expect(before.checks.find((c) => c.id === 'color-cast')!.possibleProblem).to.equal(true);
    // White balance read off the scene would take away half the tint or more (see
    // whiteBalanceCurves); cropping alone moves it by a few percent.
    expect(tint(report)).to.be.above(0.85 * tint(before));
  });
});

describe('<etalase-photo-coach> after the one-tap fix', () => {
  for (const [lang, said] of [
    ['id', 'Siap untuk semua marketplace: '],
    ['en', 'Ready for all marketplaces: '],
  ] as const) {
    it(`says what the photo is ready for in a sentence (${lang})`, async () => {
      const el = await mountCoach({ lang });
      await addPhoto(el, await photoFile('kotak.png'));
      root(el).querySelector<HTMLButtonElement>('.report .actions button.primary')!.click();
      const note = await until(() => root(el).querySelector('.note.good'), 20_000);
      // "Semua marketplace" is the preset's name in the list; mid-sentence it is lower case.
      expect(clean(note).startsWith(said), clean(note)).to.equal(true);
    });
  }
});

describe('<etalase-photo-coach> and the host page', () => {
  function pasteEvent(file: File): ClipboardEvent {
    const data = new DataTransfer();
    data.items.add(file);
    // composed, like a real paste: it crosses shadow roots to the document.
    return new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  }
  const thumbs = (el: Element) => root(el).querySelectorAll('.strip .thumb').length;

  it("leaves a paste into the page's own text box to that box, and takes one onto the page", async () => {
    const el = await mountCoach();
    const chat = document.createElement('textarea');
    document.body.append(chat);
    try {
      chat.focus();
      const intoChat = pasteEvent(await photoFile('tangkapan-layar.png'));
      chat.dispatchEvent(intoChat);
      expect(intoChat.defaultPrevented).to.equal(false);
      await el.updateComplete;
      expect(thumbs(el)).to.equal(0);

      chat.blur();
      const ontoPage = pasteEvent(await photoFile('ditempel.png'));
      document.body.dispatchEvent(ontoPage);
      expect(ontoPage.defaultPrevented).to.equal(true);
      await until(() => thumbs(el) === 1);
    } finally {
      chat.remove();
    }
  });

  it('takes a paste while focus is inside it, even with a text box elsewhere on the page', async () => {
    const el = await mountCoach();
    const chat = document.createElement('input');
    document.body.append(chat);
    try {
      const select = root(el).querySelector('select')!;
      select.focus();
      const event = pasteEvent(await photoFile('ditempel.png'));
      select.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      await until(() => thumbs(el) === 1);
    } finally {
      chat.remove();
    }
  });

  it('releases its photo previews when removed, and shows them again when put back', async () => {
    const el = await mountCoach();
    const input = root(el).querySelector<HTMLInputElement>('input.choose')!;
    const transfer = new DataTransfer();
    transfer.items.add(await photoFile('kotak.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const preview = () => root(el).querySelector<HTMLImageElement>('.strip img')!.src;
    await until(() => root(el).querySelector('.strip img'));
    const first = preview();
    expect(first).to.match(/^blob:/);
    expect((await fetch(first)).ok).to.equal(true);
    el.remove();
    let released = false;
    try {
      await fetch(first);
    } catch {
      released = true;
    }
    expect(released, 'the object URL is revoked').to.equal(true);
    document.body.append(el);
    await until(() => preview() !== first);
    expect((await fetch(preview())).ok).to.equal(true);
  });
});

describe('photo report view', () => {
  const report = { problem: undefined } as unknown as PhotoReport;
  const check = (id: Check['id'], value: number) => ({ id, value }) as Check;

  it('writes measurements the way each language reads them', () => {
    expect(describeValue(check('exposure', -1.25), report, 'id')).to.equal('-1,3 EV');
    expect(describeValue(check('exposure', 0.5), report, 'en')).to.equal('+0.5 EV');
    expect(describeValue(check('tilt', -3.04), report, 'id')).to.equal('3,0°');
    expect(describeValue(check('subject-size', 0.456), report, 'en')).to.equal('46 %');
    expect(describeValue(check('resolution', 1999.6), report, 'id')).to.equal('2000 px');
  });

  it('bands scores as a seller would read them', () => {
    expect([95, 80, 79, 60, 59, 0].map(scoreBand)).to.deep.equal([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });

  it('tells a refused camera from a missing or busy one', () => {
    const error = (name: string) => Object.assign(new Error(name), { name });
    expect(cameraProblem(error('NotAllowedError'))).to.equal('cameraDenied');
    expect(cameraProblem(error('NotReadableError'))).to.equal('cameraBusy');
    expect(cameraProblem(error('NotFoundError'))).to.equal('cameraMissing');
    expect(cameraProblem(undefined)).to.equal('cameraMissing');
  });
});
