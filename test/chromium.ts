// Launches Debian's Chromium (or $CHROME_PATH) for end-to-end tests run by Node's test
// runner. Nothing here downloads a browser.
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import flags from './chromium-flags.json' with { type: 'json' };

/** The browser binary tests drive. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet and working as root on a machine with no network; shared
 * with web-test-runner.config.mjs, hence JSON.
 */
export const CHROMIUM_FLAGS: readonly string[] = flags;

/** A headless Chromium. Close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/**
 * Collects what a page reports as broken (uncaught exceptions and console errors), for a
 * test to assert is empty.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}
