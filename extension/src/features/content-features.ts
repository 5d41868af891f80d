// Every feature that runs on web pages, registered once. A meta-test checks that each file
// of this folder is registered here or in background-features.ts, and named in the README.
import type { Feature } from './feature.js';
import { fill } from './fill.js';
import { importAnyPage } from './import-any-page.js';
import { importFeature } from './import.js';
import { queuedFill } from './queued-fill.js';
import { sync } from './sync.js';

/** Content features, run on the marketplace pages they name. */
export const CONTENT_FEATURES: readonly Feature[] = [fill, queuedFill, importFeature, sync];

/** Injected on demand into a page the seller allowed. */
export const INJECTED_FEATURES: readonly Feature[] = [importAnyPage];
