// Sync: on her product list page, prices and stock are read and compared with the master
// listings; what drifted is listed with a one-click fix (opens the edit page and fills the
// changed fields), and a product sold out here offers to set stock 0 on the others.
import { MARKETPLACE_NAMES } from '@etalase/catalog';
import type { Marketplace } from '@etalase/catalog';
import { editPageUrl, readProductList } from '@etalase/marketplaces';
import { html } from 'lit';
import { rupiah, t } from '../i18n.js';
import type { ProductRow, SyncField, SyncRowState } from '../messaging/messages.js';
import { sendMessage } from '../messaging/send-message.js';
import { mountPageShell } from '../ui/page-shell.js';
import { failureText } from './fill.js';
import type { Feature } from './feature.js';

function shownValue(field: SyncField, value: string | number): string {
  return field === 'price' && typeof value === 'number' ? rupiah(value) : String(value);
}

export const sync: Feature = {
  id: 'sync',
  runsIn: 'content',
  pages: ['product-list'],
  async init(signal, page) {
    const marketplace = page.marketplace;
    if (!marketplace) return;
    const shell = mountPageShell('sync', signal);
    const name = MARKETPLACE_NAMES[marketplace];
    let open = true;
    let notice: string | undefined;
    let rows: ProductRow[] = [];
    let states: SyncRowState[] = [];

    async function check(): Promise<void> {
      shell.show(html`<section class="panel"><p>${t('syncChecking')}</p></section>`);
      try {
        rows = (await readProductList(document, marketplace!)).map((row) => ({
          externalId: row.externalId,
          title: row.title,
          price: row.price,
          stock: row.stock,
          url: row.url,
        }));
        states = (await sendMessage('sync:compare', { marketplace: marketplace!, rows })).rows;
        notice = undefined;
      } catch (error) {
        notice = failureText(error);
      }
      view();
    }
    async function fix(state: SyncRowState): Promise<void> {
      const row = rows[state.index];
      // The list links to the public product page; the fix needs her edit page.
      const url = editPageUrl(marketplace!, row?.externalId) ?? row?.url;
      if (!url || !state.listingId) return;
      try {
        await sendMessage('fill:open', {
          listingId: state.listingId,
          marketplace: marketplace!,
          url,
          fields: state.changes.map((c) => c.field),
        });
        notice = t('syncFixOpened', state.listingTitle ?? '');
      } catch (error) {
        notice = failureText(error);
      }
      view();
    }
    async function soldOut(state: SyncRowState): Promise<void> {
      if (!state.listingId) return;
      try {
        const { opened, withoutPage } = await sendMessage('sync:sold-out', {
          listingId: state.listingId,
          marketplace: marketplace!,
        });
        notice = [
          opened.length ? t('syncSoldOutOpened', names(opened)) : '',
          withoutPage.length ? t('syncSoldOutNoPage', names(withoutPage)) : '',
        ]
          .filter(Boolean)
          .join(' ');
      } catch (error) {
        notice = failureText(error);
      }
      view();
    }
    const names = (list: readonly Marketplace[]) =>
      list.map((m) => MARKETPLACE_NAMES[m]).join(', ');

    function view(): void {
      const drift = states.filter((s) => s.state === 'drift');
      const soldOutRows = states.filter((s) => s.soldOutElsewhere.length > 0);
      const unbound = states.filter((s) => s.state === 'unbound').length;
      if (!open) {
        shell.show(
          html`<button
            class="launcher ${drift.length ? 'primary' : ''}"
            @click=${() => ((open = true), view())}
          >
            ${drift.length ? t('syncBadge', drift.length) : t('syncBadgeNone')}
          </button>`,
        );
        return;
      }
      shell.show(
        html`<section class="panel drift" role="region" aria-label=${t('syncTitle', name)}>
          <div class="head">
            <h2>${t('syncTitle', name)}</h2>
            <button class="close" aria-label=${t('close')} @click=${() => ((open = false), view())}>
              ×
            </button>
          </div>
          ${notice ? html`<p class="note" role="status">${notice}</p>` : null}
          <p>
            ${drift.length ? t('syncSummary', drift.length, states.length) : t('syncAllSame', states.length - unbound)}
          </p>
          ${unbound ? html`<p class="muted">${t('syncUnbound', unbound)}</p>` : null}
          <ul>
            ${drift.map(
              (s) =>
                html`<li data-drift=${s.listingId ?? ''}>
                  <strong>${s.listingTitle}</strong>
                  ${s.changes.map(
                    (c) =>
                      html`<div>
                        ${t(`field_${c.field}`)}: ${t('syncHere', name)}
                        <strong>${shownValue(c.field, c.marketplace)}</strong>,
                        ${t('syncInEtalase')} <strong>${shownValue(c.field, c.master)}</strong>
                      </div>`,
                  )}
                  <div class="row-actions">
                    <button class="primary" data-action="fix" @click=${() => void fix(s)}>
                      ${t('syncFix', name)}
                    </button>
                  </div>
                </li>`,
            )}
            ${soldOutRows.map(
              (s) =>
                html`<li data-sold-out=${s.listingId ?? ''}>
                  <strong>${s.listingTitle}</strong>
                  <div>${t('syncSoldOut', name, names(s.soldOutElsewhere))}</div>
                  <div class="row-actions">
                    <button class="primary" data-action="sold-out" @click=${() => void soldOut(s)}>
                      ${t('syncSoldOutButton')}
                    </button>
                  </div>
                </li>`,
            )}
          </ul>
          <div class="row-actions">
            <button @click=${() => void check()}>${t('syncAgain')}</button>
          </div>
        </section>`,
      );
    }
    await check();
  },
};
