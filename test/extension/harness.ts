// Starts headless Chromium with the BUILT extension (extension/dist/chrome) loaded, and the
// marketplace fixture site answering for the marketplaces' host names.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.js';
import { ALL_MARKETPLACE_HOSTS } from '../../extension/src/marketplace-hosts.js';
import { startFixtureSite } from './fixture-site.js';
import type { FixtureSite } from './fixture-site.js';

/** The built Chrome extension. */
export const EXTENSION_DIR = fileURLToPath(
  new URL('../../extension/dist/chrome/', import.meta.url),
);

/** Host names the fixture site answers for: the marketplaces', and one other shop. */
const HOSTS = [...ALL_MARKETPLACE_HOSTS, 'toko.example'];

/** A browser with the extension, and the site. */
export interface ExtensionHarness {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  readonly site: FixtureSite;
  /** Opens the side panel's page in a tab (what Chrome shows in its side panel). */
  openPanel(size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension; close it when done. */
export async function launchWithExtension(): Promise<ExtensionHarness> {
  assert.ok(
    existsSync(join(EXTENSION_DIR, 'manifest.json')),
    'extension/dist/chrome is missing: run `pnpm run build` first',
  );
  const site = await startFixtureSite();
  const profile = mkdtempSync(join(tmpdir(), 'etalase-extension-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false,
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    // The interface language Chromium (and chrome.i18n) uses on Linux; Debian's Chromium has
    // it only with chromium-l10n installed, else English. The tests do not depend on it.
    env: { ...process.env, LANGUAGE: 'id' },
    args: [
      '--headless=new',
      ...CHROMIUM_FLAGS,
      '--lang=id',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${site.port}`).join(', ')}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    site,
    async openPanel(size = { width: 400, height: 800 }) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await page.locator('etalase-panel-app nav').waitFor();
      return page;
    },
    async close() {
      await context.close();
      await site.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
