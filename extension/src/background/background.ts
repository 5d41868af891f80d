// The background (Chrome's service worker, Firefox's background script): starts its features.
// Listeners are added synchronously at start, as a service worker that wakes for a message
// must have them before the event is dispatched.
import { BACKGROUND_FEATURES } from '../features/background-features.js';

const controller = new AbortController();
for (const feature of BACKGROUND_FEATURES) {
  if (feature.runsIn !== 'background') continue;
  Promise.resolve(feature.init(controller.signal)).catch((error: unknown) =>
    console.error(`Etalase: ${feature.id}`, error),
  );
}
