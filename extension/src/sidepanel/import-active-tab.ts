import browser from 'webextension-polyfill';
import { ALL_MARKETPLACE_HOSTS } from '../marketplace-hosts.js';

/** How offering an import on the open tab went; each outcome has a text for the seller. */
export type ImportTabOutcome =
  'injected' | 'marketplace' | 'noPage' | 'refused' | 'notWeb' | 'failed';

/** The open tab, as far as Etalase may see it (its URL only for pages it may see). */
export interface OpenTab {
  readonly id: number | undefined;
  readonly url: string | undefined;
}

/**
 * The tab open beside the panel. Read ahead of the click: Firefox accepts a permission
 * request only as the very first thing a click handler does.
 */
export async function openTab(): Promise<OpenTab> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/**
 * "Import from the page that is open": asks the seller, at this click, for access to that one
 * site (an optional host permission), then adds the "Simpan ke Etalase" button to the page.
 * Call it synchronously from the click's handler. Marketplace pages already have the button.
 */
export async function offerImportOn(tab: OpenTab): Promise<ImportTabOutcome> {
  if (tab.id === undefined || !tab.url) return 'noPage';
  const url = new URL(tab.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'notWeb';
  if (ALL_MARKETPLACE_HOSTS.includes(url.host)) return 'marketplace';
  const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] });
  if (!granted) return 'refused';
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['import-any-page.js'],
    });
    return 'injected';
  } catch {
    return 'failed';
  }
}
