// Import: on her product edit page, or on a public product page of one of the six
// marketplaces, "Simpan ke Etalase" saves the listing and its photos in Etalase, bound to
// that marketplace.
import { html } from 'lit';
import { importListing } from '../content/import-listing.js';
import { t } from '../i18n.js';
import { mountPageShell } from '../ui/page-shell.js';
import { failureText } from './fill.js';
import type { Feature, PageContext } from './feature.js';
import type { PageShell } from '../ui/page-shell.js';

/** Shows the "Simpan ke Etalase" button and runs the import when it is clicked. */
export function offerImport(shell: PageShell, page: PageContext, signal: AbortSignal): void {
  const idle = (message?: TemplateMessage) =>
    shell.show(
      html`${
          message
            ? html`<section
                class="panel"
                role="status"
                data-outcome=${message.error ? 'failed' : 'saved'}
              >
                <div class="head">
                  <h2>${message.title}</h2>
                  <button class="close" aria-label=${t('close')} @click=${() => idle()}>×</button>
                </div>
                <p class=${message.error ? 'error' : ''}>${message.body}</p>
              </section>`
            : null
        } <button class="launcher primary" @click=${run}>${t('importButton')}</button>`,
    );
  async function run(): Promise<void> {
    shell.show(html`<section class="panel"><p>${t('importing')}</p></section>`);
    try {
      const saved = await importListing(
        { url: page.url, marketplace: page.marketplace, fromForm: page.kind === 'edit' },
        signal,
      );
      idle({
        title: saved.created ? t('importSavedTitle') : t('importUpdatedTitle'),
        body: t('importSaved', saved.title, saved.photoCount),
        error: false,
      });
    } catch (error) {
      idle({ title: t('importFailedTitle'), body: failureText(error), error: true });
    }
  }
  idle();
}

interface TemplateMessage {
  title: string;
  body: string;
  error: boolean;
}

export const importFeature: Feature = {
  id: 'import',
  runsIn: 'content',
  pages: ['edit', 'product'],
  init(signal, page) {
    offerImport(mountPageShell('import', signal), page, signal);
  },
};
