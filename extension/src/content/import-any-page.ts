// Injected by the side panel (scripting.executeScript) into a page the seller allowed:
// offers "Simpan ke Etalase" there. Injecting twice shows one button.
import { INJECTED_FEATURES } from '../features/content-features.js';
import { recognisePage } from './recognise-page.js';
import { runFeatures } from './run-features.js';

const FLAG = '__etalaseImportAnyPage';
const scope = globalThis as unknown as Record<string, AbortController | undefined>;
scope[FLAG]?.abort();
const controller = new AbortController();
scope[FLAG] = controller;
const page = recognisePage(new URL(location.href));
runFeatures(INJECTED_FEATURES, { ...page, kind: page.kind ?? 'product' }, controller.signal);
