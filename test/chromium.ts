// Launches Debian's Chromium (or $CHROME_PATH) for end-to-end tests run by Node's test
// runner. Nothing here downloads a browser.
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** The browser binary tests drive. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet and working as root on a machine with no network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium. Close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_FLAGS });
}
