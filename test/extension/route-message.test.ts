import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SenderContext, SenderFacts } from '../../extension/src/messaging/check-sender.js';
import { HandlerFailure, routeMessage } from '../../extension/src/messaging/route-message.js';
import type { Handlers } from '../../extension/src/messaging/route-message.js';
import { MESSAGES } from '../../extension/src/messaging/messages.js';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

function context(granted: string[] = []): SenderContext {
  return {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    isMarketplaceUrl: (url) => url.protocol === 'https:' && url.host === 'seller.tokopedia.com',
    isGrantedOrigin: async (origin) => granted.includes(origin),
  };
}

const fromTokopedia: SenderFacts = {
  id: ID,
  url: 'https://seller.tokopedia.com/add-product',
  tab: { id: 7, url: 'https://seller.tokopedia.com/add-product' },
};
const fromPanel: SenderFacts = { id: ID, url: `${ORIGIN}/sidepanel.html` };

/** Handlers that record what reached them. */
function recording(): { handlers: Handlers; calls: { name: string; request: unknown }[] } {
  const calls: { name: string; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    Object.keys(MESSAGES).map((name) => [
      name,
      async (request: unknown) => {
        calls.push({ name, request });
        return { listings: [], pending: null, tabId: 1 };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('routeMessage', () => {
  it('answers a well-formed message from a content script on a marketplace page', async () => {
    const { handlers, calls } = recording();
    const answer = await routeMessage(
      { type: 'listings:summaries', payload: { query: 'batik' } },
      fromTokopedia,
      context(),
      handlers,
    );
    assert.equal(answer.ok, true);
    assert.deepEqual(calls, [{ name: 'listings:summaries', request: { query: 'batik' } }]);
  });

  it('rejects unknown names, non-objects and inherited property names before any handler', async () => {
    const { handlers, calls } = recording();
    for (const raw of [
      { type: 'store:wipe', payload: {} },
      { type: 'toString', payload: {} },
      { type: '__proto__', payload: {} },
      'listings:summaries',
      null,
      42,
    ]) {
      const answer = await routeMessage(raw, fromTokopedia, context(), handlers);
      assert.equal(answer.ok, false);
      if (!answer.ok) assert.equal(answer.error.code, 'unknown-message');
    }
    assert.equal(calls.length, 0);
  });

  it('rejects a payload that fails its schema, with the path of each problem', async () => {
    const { handlers, calls } = recording();
    const answer = await routeMessage(
      {
        type: 'listing:import',
        payload: {
          listing: { title: '', price: -5 },
          photos: [{ name: 'x', dataUrl: 'javascript:alert(1)' }],
          imageUrls: ['file:///etc/passwd'],
          url: 'https://seller.tokopedia.com/edit-product/1',
        },
      },
      fromTokopedia,
      context(),
      handlers,
    );
    assert.equal(answer.ok, false);
    if (answer.ok) return;
    assert.equal(answer.error.code, 'malformed');
    const paths = (answer.error.issues ?? []).map((i) => i.path.join('.'));
    assert.ok(paths.includes('listing.title'), paths.join());
    assert.ok(paths.includes('listing.price'), paths.join());
    assert.ok(paths.includes('photos.0.dataUrl'), paths.join());
    assert.ok(paths.includes('imageUrls.0'), paths.join());
    assert.equal(calls.length, 0);
  });

  it('rejects senders the browser did not stamp as this extension in a trusted place', async () => {
    const { handlers, calls } = recording();
    const forged: SenderFacts[] = [
      { ...fromTokopedia, id: 'another-extension' },
      { ...fromTokopedia, id: undefined },
      // A content script on a page that is not a marketplace and was not granted.
      { id: ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } },
      // Plain http under a marketplace host name.
      { id: ID, url: 'http://seller.tokopedia.com/add-product', tab: { id: 3 } },
      // No tab: not a content script.
      { id: ID, url: 'https://seller.tokopedia.com/add-product' },
      // An extension page may not send content-script messages.
      { ...fromPanel, tab: { id: 4, url: `${ORIGIN}/sidepanel.html` } },
    ];
    for (const sender of forged) {
      const answer = await routeMessage(
        { type: 'listings:summaries', payload: {} },
        sender,
        context(),
        handlers,
      );
      assert.equal(answer.ok, false, JSON.stringify(sender));
      if (!answer.ok) assert.equal(answer.error.code, 'forbidden-sender');
    }
    // A content script may not send a message only the panel may send.
    const fromPage = await routeMessage(
      {
        type: 'panel:fill-open',
        payload: {
          listingId: 'a',
          marketplace: 'shopee',
          url: 'https://seller.shopee.co.id/portal/product/1',
        },
      },
      fromTokopedia,
      context(),
      handlers,
    );
    assert.equal(fromPage.ok, false);
    assert.equal(calls.length, 0);
  });

  it('accepts a content script on a site the seller granted for an import, and the panel for its messages', async () => {
    const { handlers, calls } = recording();
    const granted = await routeMessage(
      { type: 'listings:summaries', payload: {} },
      { id: ID, url: 'https://toko.example/produk/1', tab: { id: 9 } },
      context(['https://toko.example']),
      handlers,
    );
    assert.equal(granted.ok, true);
    const panel = await routeMessage(
      {
        type: 'panel:fill-open',
        payload: {
          listingId: 'a',
          marketplace: 'shopee',
          url: 'https://seller.shopee.co.id/portal/product/1',
        },
      },
      fromPanel,
      context(),
      handlers,
    );
    assert.equal(panel.ok, true);
    assert.equal(calls.length, 2);
  });

  it("returns a handler's expected failure as data with the seller's message", async () => {
    const { handlers } = recording();
    const failing = {
      ...handlers,
      'listings:summaries': async () => {
        throw new HandlerFailure({ id: 'Penuh.', en: 'Full.' });
      },
    } as Handlers;
    const answer = await routeMessage(
      { type: 'listings:summaries', payload: {} },
      fromTokopedia,
      context(),
      failing,
    );
    assert.deepEqual(answer, {
      ok: false,
      error: { code: 'failed', message: { id: 'Penuh.', en: 'Full.' } },
    });
  });
});
