// Every feature of the background, registered once (see content-features.ts).
import type { Feature } from './feature.js';
import { messageRouter } from './message-router.js';
import { panelOpener } from './panel-opener.js';

/** Background features, started when the background starts. */
export const BACKGROUND_FEATURES: readonly Feature[] = [messageRouter, panelOpener];
