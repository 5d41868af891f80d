// A storefront pasted mid-page into someone else's plain site, with text below it, must not
// move that text when its catalog arrives late: it keeps its space while it loads. Measured
// as the page's cumulative layout shift (PerformanceObserver 'layout-shift' entries, as
// Lighthouse and Core Web Vitals count them) on a phone and a desktop width, on the plain page
// as pasted, and on the same page with the one CSS line the widget documents for the moment
// before its script has run (nothing but the host page can reserve space then).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from './chromium.js';
import { serveStatic } from './serve-static.js';
import { makeWidgetSite } from './widget-site.js';
import type { StaticServer } from './serve-static.js';

const demoPublic = fileURLToPath(new URL('../demo/public/', import.meta.url));
const CATALOG_DELAY_MS = 1500;
/** The line the storefront's documentation gives a host page (see `--etalase-loading-height`). */
const HOST_RULE = 'etalase-storefront:not(:defined) { display: block; min-height: 100vh; }';

interface Shift {
  readonly value: number;
  readonly at: number;
}

/** Starts recording every layout shift without recent input, from the first paint on. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        startTime: number;
      }[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftsSoFar = (page: Page): Promise<Shift[]> =>
  page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts.slice());

const sum = (shifts: readonly Shift[]): number => shifts.reduce((s, x) => s + x.value, 0);

/** The storefront's shadow root holds `selector` (polled, not in a frame of its own). */
function shows(page: Page, selector: string): Promise<unknown> {
  return page.waitForFunction(
    (sel) => !!document.querySelector('etalase-storefront')?.shadowRoot?.querySelector(sel),
    selector,
    { timeout: 15_000 },
  );
}

const twoFrames = (page: Page): Promise<unknown> =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

describe('a storefront embedded mid-page keeps its space while its catalog loads', () => {
  let browser: Browser;
  let site: string;
  let server: StaticServer;

  before(async () => {
    site = makeWidgetSite('etalase-shift-');
    cpSync(join(demoPublic, 'katalog.json'), join(site, 'katalog.json'));
    cpSync(join(demoPublic, 'katalog'), join(site, 'katalog'), { recursive: true });
    cpSync(join(demoPublic, 'favicon.svg'), join(site, 'favicon.svg'));
    const plain = readFileSync(new URL('./embed/mid-page.html', import.meta.url), 'utf8');
    writeFileSync(join(site, 'mid-page.html'), plain);
    assert.ok(plain.includes('    </style>'));
    writeFileSync(
      join(site, 'mid-page-reserved.html'),
      plain.replace('    </style>', `      ${HOST_RULE}\n    </style>`),
    );
    server = await serveStatic(site);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  /** Opens `file` with the catalog held back; resolves once the skeleton is on screen. */
  async function open(file: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors = collectPageErrors(page);
    await recordShifts(page);
    await page.route('**/katalog.json', async (route) => {
      await new Promise((done) => setTimeout(done, CATALOG_DELAY_MS));
      await route.continue();
    });
    await page.goto(`${server.origin}/${file}`);
    await shows(page, '.grid.skeleton');
    await twoFrames(page);
    return { page, errors };
  }

  async function catalogShown(page: Page): Promise<void> {
    await shows(page, 'a.card');
    await page.waitForFunction(
      () => !document.querySelector('etalase-storefront')?.shadowRoot?.querySelector('.loading'),
    );
    await page.waitForTimeout(500);
  }

  for (const width of [360, 1280]) {
    it(`moves nothing below it when the catalog arrives late, at ${width} px`, async () => {
      const { page, errors } = await open('mid-page.html', width);
      const beforeCatalog = await shiftsSoFar(page);
      // While loading it is at least a screen tall (the default reserve), so the host's text
      // below is out of the way of the products to come.
      const reserved = await page.evaluate(() => {
        const el = document.querySelector('etalase-storefront')!;
        return {
          height: el.getBoundingClientRect().height,
          bottom: el.getBoundingClientRect().bottom,
          below: document.querySelector('#below')!.getBoundingClientRect().top,
        };
      });
      assert.ok(reserved.height >= 800, `reserved ${reserved.height} px while loading`);
      await catalogShown(page);
      const all = await shiftsSoFar(page);
      const arrival = sum(all.slice(beforeCatalog.length));
      console.log(
        `  ${width} px, plain page: CLS ${sum(all).toFixed(4)} in all; ${sum(beforeCatalog).toFixed(4)} before the widget's script ran (the host's to reserve), ${arrival.toFixed(4)} when the catalog arrived; reserved ${Math.round(reserved.height)} px while loading, text below at y=${Math.round(reserved.below)}`,
      );
      assert.ok(arrival <= 0.02, `shift when the catalog arrived: ${arrival.toFixed(4)} > 0.02`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`with the documented host rule, the page does not shift at all, at ${width} px`, async () => {
      const { page, errors } = await open('mid-page-reserved.html', width);
      await catalogShown(page);
      const cls = sum(await shiftsSoFar(page));
      console.log(`  ${width} px, page with the host rule: CLS ${cls.toFixed(4)}`);
      assert.ok(cls <= 0.02, `cumulative layout shift ${cls.toFixed(4)} > 0.02`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('takes the reserved height from --etalase-loading-height, and drops it once loaded', async () => {
    const { page } = await open('mid-page.html', 360);
    const heightWith = (value: string) =>
      page.evaluate((v) => {
        const el = document.querySelector<HTMLElement>('etalase-storefront')!;
        el.style.setProperty('--etalase-loading-height', v);
        return getComputedStyle(el.shadowRoot!.querySelector('.base')!).minHeight;
      }, value);
    assert.equal(await heightWith('1500px'), '1500px');
    assert.equal(await heightWith('300px'), '300px');
    await catalogShown(page);
    const after = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('etalase-storefront')!.shadowRoot!.querySelector('.base')!,
        ).minHeight,
    );
    assert.ok(after === 'auto' || after === '0px', `min-height ${after} once loaded`);
    await page.close();
  });
});
