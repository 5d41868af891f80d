import { expect } from '@esm-bundle/chai';
import { render } from 'lit';
import { renderProductScene } from '../../../packages/photo-coach/src/test-support/render-product-scene.js';
import { renderBeforeAfter } from './before-after.js';
import type { BeforeWindow } from './before-after.js';
import { EtalasePhotoCoach } from './photo-coach.js';
import { photoCoachStyles } from './photo-coach.styles.js';
import { defineElement } from '../shared/define-element.js';
import { until } from '../shared/storefront-fixture.js';

defineElement('etalase-photo-coach', EtalasePhotoCoach);

/** A 400×300 PNG, as an object URL. */
async function pngUrl(): Promise<string> {
  const canvas = new OffscreenCanvas(400, 300);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#888';
  context.fillRect(0, 0, 400, 300);
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

/** Shows a comparison of `width` px in a shadow root with the coach's styles; returns its box. */
function mount(width: number, window: BeforeWindow | undefined, before: string): HTMLElement {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [photoCoachStyles.styleSheet!];
  const view = { before, after: before, width: 1024, height: 1024, at: 50, window };
  render(
    renderBeforeAfter(view, 'id', () => {}),
    shadow,
  );
  return shadow.querySelector<HTMLElement>('.compare')!;
}

/** Where the laid-out, transformed before image shows its source pixel (x, y), in the box. */
function shownAt(box: HTMLElement, x: number, y: number, of: BeforeWindow['of']): DOMPoint {
  const img = box.querySelector<HTMLImageElement>('img.before')!;
  const style = getComputedStyle(img);
  const px = (v: string) => parseFloat(v);
  const [ox, oy] = style.transformOrigin.split(' ').map(px) as [number, number];
  const local = new DOMPoint((x / of.width) * px(style.width), (y / of.height) * px(style.height));
  const turned = new DOMMatrix(style.transform).transformPoint(
    new DOMPoint(local.x - ox, local.y - oy),
  );
  return new DOMPoint(px(style.left) + ox + turned.x, px(style.top) + oy + turned.y);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('before/after comparison', () => {
  const window: BeforeWindow = {
    cx: 230,
    cy: 140,
    width: 180,
    height: 180,
    degrees: -4,
    of: { width: 400, height: 300 },
  };

  for (const width of [300, 1200]) {
    it(`shows each point of the original where the fix put it (${width} px wide)`, async () => {
      const box = mount(width, window, await pngUrl());
      const { clientWidth: bw, clientHeight: bh } = box;
      // A square at the host's width, or narrower where 70 % of the viewport's height is less.
      expect(bw).to.be.closeTo(Math.min(width, 0.7 * innerHeight), 1);
      expect(bh).to.equal(bw);
      // The fix's output pixel of source point s: the window's centre at the output's centre,
      // s turned clockwise by `degrees` about it, scaled so the window fills the output.
      const t = (window.degrees * Math.PI) / 180;
      for (const [x, y] of [
        [230, 140],
        [150, 80],
        [300, 220],
        [0, 0],
      ] as const) {
        const dx = (x - window.cx) / window.width;
        const dy = (y - window.cy) / window.height;
        const u = (0.5 + dx * Math.cos(t) - dy * Math.sin(t)) * bw;
        const v = (0.5 + dx * Math.sin(t) + dy * Math.cos(t)) * bh;
        const p = shownAt(box, x, y, window.of);
        expect(Math.hypot(p.x - u, p.y - v), `${x},${y}: ${p.x},${p.y} vs ${u},${v}`).to.be.below(
          0.5,
        );
      }
    });
  }

  it('shows the whole original, untouched, when it does not know the window', async () => {
    const box = mount(300, undefined, await pngUrl());
    const img = box.querySelector<HTMLImageElement>('img.before')!;
    expect(box.classList.contains('framed')).to.equal(false);
    expect(getComputedStyle(img).transform).to.equal('none');
    expect(img.getBoundingClientRect().width).to.equal(300);
  });
});

describe('<etalase-photo-coach> before/after, after the one-tap fix', () => {
  it('frames the original like the fix: cropped round the product and straightened', async () => {
    const el = document.createElement('etalase-photo-coach') as EtalasePhotoCoach;
    document.body.append(el);
    const root = el.shadowRoot!;
    await until(() => root.querySelector('input.choose'), 10_000);
    // A tilted box off to the left of a wide photo: the fix crops a square round it.
    const { image } = renderProductScene({
      width: 800,
      height: 600,
      fill: 0.35,
      center: [0.3, 0.5],
      tiltDegrees: 4,
      seed: 2,
    });
    const canvas = new OffscreenCanvas(image.width, image.height);
    canvas
      .getContext('2d')!
      .putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width), 0, 0);
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([await canvas.convertToBlob()], 'miring.png', { type: 'image/png' }),
    );
    const input = root.querySelector<HTMLInputElement>('input.choose')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => root.querySelector('.report .actions button.primary'), 20_000);
    root.querySelector<HTMLButtonElement>('.report .actions button.primary')!.click();
    const box = await until(() => root.querySelector<HTMLElement>('.compare.framed'), 20_000);
    const before = box.querySelector<HTMLImageElement>('img.before')!;
    const after = box.querySelector<HTMLImageElement>('img.after')!;
    // Turned back by about the tilt, and the photo wider than the box: only the window shows.
    const turn = /rotate\((-?[\d.]+)deg\)/.exec(before.style.transform);
    expect(Number(turn?.[1])).to.be.within(-5, -3);
    expect(parseFloat(before.style.width)).to.be.above(120);
    // The box keeps the fixed photo's shape, so both sides share one scale.
    await until(() => after.complete && after.naturalWidth > 0, 10_000);
    const { width, height } = box.getBoundingClientRect();
    expect(width / height).to.be.closeTo(after.naturalWidth / after.naturalHeight, 0.01);
  });
});
