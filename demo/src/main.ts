// The community demo page: the storefront widget on the sample catalog. The page listens
// to the widget's events the way a host site's analytics would, and reports problems.
import '@etalase/widget';
import type { EtalaseErrorDetail, EtalaseReadyDetail } from '@etalase/widget';

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
