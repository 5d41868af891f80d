import browser from 'webextension-polyfill';
import type { PendingFill } from '../messaging/messages.js';

// Kept in session storage: a service worker may stop between opening a tab and the tab
// asking for its fill; session storage survives that and is never written to disk.
const key = (tabId: number) => `pending-fill:${tabId}`;

/** Remembers that `tabId`, once loaded, fills `fill`. */
export async function queueFill(tabId: number, fill: PendingFill): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: fill });
}

/** The fill waiting for `tabId`, taken (a page fills once). */
export async function takeFill(tabId: number): Promise<PendingFill | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as
    PendingFill | undefined;
  if (!stored) return null;
  await browser.storage.session.remove(key(tabId));
  return stored;
}
