// Import from any product page: injected by the side panel into the active tab after the
// seller allowed that site (an optional host permission asked when she clicks), it shows
// the same "Simpan ke Etalase" button as on a marketplace's product page.
import { mountPageShell } from '../ui/page-shell.js';
import { offerImport } from './import.js';
import type { Feature } from './feature.js';

export const importAnyPage: Feature = {
  id: 'import-any-page',
  runsIn: 'content',
  pages: ['any'],
  init(signal, page) {
    offerImport(mountPageShell('import', signal), page, signal);
  },
};
