// The community demo's pages: the shared page behaviour (language toggle, offline use), the
// Etalase elements, and the host-page listeners a site's analytics would add. The elements'
// code loads once the page's own heading and text are on screen.
import { afterFirstPaint } from './page-shell.js';
import type { EtalaseErrorDetail, EtalasePhotoDetail, EtalaseReadyDetail } from '@etalase/widget';

const storefront = document.querySelector('etalase-storefront');
storefront?.addEventListener('etalase-ready', (event) => {
  const { count } = (event as CustomEvent<EtalaseReadyDetail>).detail;
  document.documentElement.dataset.products = String(count);
});
storefront?.addEventListener('etalase-error', (event) => {
  const { issues } = (event as CustomEvent<EtalaseErrorDetail>).detail;
  // The widget shows its own message; the console is for whoever maintains the catalog.
  for (const issue of issues)
    console.warn(`[katalog] ${issue.path.join('.')}: ${issue.message.id}`);
});

document.querySelector('main > etalase-photo-coach')?.addEventListener('etalase-photo', (event) => {
  const { name, blob, report, before } = (event as CustomEvent<EtalasePhotoDetail>).detail;
  // A host page would attach the fixed photo to a listing; the demo notes it for whoever
  // looks at the console (and for the end-to-end tests).
  console.info(`[foto] ${name}: ${blob.size} byte, skor ${before.score} → ${report.score}`);
  document.documentElement.dataset.fixedPhotos = String(
    Number(document.documentElement.dataset.fixedPhotos ?? 0) + 1,
  );
});

afterFirstPaint(() =>
  import('@etalase/widget').catch((error: unknown) => {
    console.error('[demo] the Etalase elements could not be loaded:', error);
  }),
);
