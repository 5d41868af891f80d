// The photo coach's Worker entry, built as `etalase-photo-worker.js` beside the embed bundle
// (and served from source in tests): the photo-coach package's Worker, as it is.
import '@etalase/photo-coach/browser/photo-worker.js';
