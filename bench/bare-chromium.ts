// Chromium driven over its DevTools pipe with only the Target, Page, Emulation and Runtime
// domains: no Network domain. Playwright enables the Network domain on every page, and with
// it Chromium's DevTools network agent keeps a decoded copy of each response on the page's
// main thread (ResponseBodyLoader::DidFinishLoadingBody → TextResourceDecoder::Decode in a
// trace: 8–13 ms for an 837 KB catalog, 60–110 ms for 8 MB, right after the download ends).
// A buyer's browser does none of that, so the first-cards timings are taken without it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../test/chromium.js';

interface Reply {
  id?: number;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

/** A tab in a fresh browser context (no cache, no storage shared with other tabs). */
export interface BarePage {
  /** Runs `source` in every document of this tab before its own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Starts loading `url` (resolves once the navigation is under way). */
  navigate(url: string): Promise<void>;
  /** The value of a JavaScript expression in the page (promises awaited), as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Closes the tab and its context. */
  close(): Promise<void>;
}

/** A headless Chromium without DevTools agents beyond what {@link BarePage} needs. */
export interface BareBrowser {
  newPage(viewport: { width: number; height: number }): Promise<BarePage>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium (or $CHROME_PATH) with `--remote-debugging-pipe`. */
export async function launchBareChromium(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'etalase-bare-chromium-'));
  const child: ChildProcess = spawn(
    CHROME_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      // Playwright's own switches (its chromiumSwitches) that bear on a page's timing. Those
      // for extensions, crash reports, keychains and the like are left out, and Playwright
      // also enables Runtime, Log and lifecycle events: the two harnesses differ in more than
      // the Network domain, which is why BENCH_PLAYWRIGHT=1 prints the same rows through it.
      '--disable-features=PaintHolding,ThirdPartyStoragePartitioning,AvoidUnnecessaryBeforeUnloadCheckSync,MediaRouter,OptimizationHints',
      '--disable-field-trial-config',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-back-forward-cache',
      '--disable-ipc-flooding-protection',
      '--disable-hang-monitor',
      '--allow-pre-commit-input',
      '--force-color-profile=srgb',
      '--no-startup-window',
      '--hide-scrollbars',
      '--mute-audio',
      '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as Reply;
      buffer = buffer.slice(end + 1);
      const pending = message.id === undefined ? undefined : waiting.get(message.id);
      if (!pending) continue; // an event: none are enabled that matter here
      waiting.delete(message.id!);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result);
    }
  });
  // A browser that stops answering fails the bench instead of hanging it.
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`Chromium did not answer ${method} within 60 s`));
      }, 60_000);
      waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await send('Browser.getVersion');

  return {
    async newPage({ width, height }) {
      const { browserContextId } = await send<{ browserContextId: string }>(
        'Target.createBrowserContext',
        { disposeOnDetach: true },
      );
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      // Scripts given to addScriptToEvaluateOnNewDocument run only with the Page domain on.
      await send('Page.enable', {}, sessionId);
      await send(
        'Emulation.setDeviceMetricsOverride',
        { width, height, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      return {
        async addInitScript(source) {
          await send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId);
        },
        async navigate(url) {
          const { errorText } = await send<{ errorText?: string }>(
            'Page.navigate',
            { url },
            sessionId,
          );
          if (errorText) throw new Error(`${url}: ${errorText}`);
        },
        async evaluate<T>(expression: string) {
          // The tab may still show about:blank a moment after navigate: ask again until the
          // page's own document answers (one small evaluation, not a polling loop).
          for (;;) {
            const { result, exceptionDetails } = await send<{
              result: { value?: unknown };
              exceptionDetails?: { text: string; exception?: { description?: string } };
            }>(
              'Runtime.evaluate',
              {
                expression: `location.href === 'about:blank' ? { blank: true } : (async () => ({ value: await (${expression}) }))()`,
                awaitPromise: true,
                returnByValue: true,
              },
              sessionId,
            ).catch((error: Error) => {
              // The navigation replaced the document the expression ran in.
              if (/context|destroyed|navigat/i.test(error.message))
                return { result: { value: { blank: true } }, exceptionDetails: undefined };
              throw error;
            });
            if (exceptionDetails)
              throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
            const answer = result.value as { blank?: true; value?: T };
            if (!answer.blank) return answer.value as T;
            await new Promise((r) => setTimeout(r, 5));
          }
        },
        async close() {
          await send('Target.closeTarget', { targetId });
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
