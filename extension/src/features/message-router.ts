// The background's one door: every message from a content script or an extension page is
// checked (sender, name, payload) and answered here; anything else is rejected.
import browser from 'webextension-polyfill';
import { makeHandlers } from '../background/handlers.js';
import { ALL_MARKETPLACE_HOSTS } from '../marketplace-hosts.js';
import type { SenderContext } from '../messaging/check-sender.js';
import { routeMessage } from '../messaging/route-message.js';
import { getStore } from '../store/open-store.js';
import type { Feature } from './feature.js';

export const messageRouter: Feature = {
  id: 'message-router',
  runsIn: 'background',
  init(signal) {
    const context: SenderContext = {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('').replace(/\/$/, ''),
      isMarketplaceUrl: (url) =>
        url.protocol === 'https:' && ALL_MARKETPLACE_HOSTS.includes(url.host),
      isGrantedOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    };
    const handlers = makeHandlers(getStore);
    const listener = (message: unknown, sender: browser.Runtime.MessageSender) =>
      routeMessage(message, sender, context, handlers).catch((error: unknown) => {
        console.error('Etalase: message failed', error);
        return {
          ok: false,
          error: {
            code: 'failed',
            message: {
              id: 'Etalase gagal menjalankan permintaan ini. Coba lagi; jika terulang, muat ulang ekstensi.',
              en: 'Etalase could not do this. Try again; if it happens again, reload the extension.',
            },
          },
        };
      });
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  },
};
