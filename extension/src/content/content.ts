// The content script on marketplace pages: recognises the page and starts its features.
// Single-page marketplaces change the URL without a load, so the features restart when the
// page's URL changes.
import { CONTENT_FEATURES } from '../features/content-features.js';
import { recognisePage } from './recognise-page.js';
import { runFeatures } from './run-features.js';

let controller: AbortController | undefined;
let current = '';

function start(): void {
  if (location.href === current) return;
  current = location.href;
  controller?.abort();
  controller = new AbortController();
  runFeatures(CONTENT_FEATURES, recognisePage(new URL(location.href)), controller.signal);
}

start();
// Navigation inside a single-page app: no event fires in the content script's world for
// pushState, so check the URL now and then (cheap) and on history events.
addEventListener('popstate', start);
setInterval(start, 1000);
