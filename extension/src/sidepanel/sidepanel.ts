// The side panel page: defines its elements (once) and renders the app.
import { EtalaseBulkEdit } from './bulk-edit.js';
import { EtalaseDataTools } from './data-tools.js';
import { EtalaseListingEditor } from './listing-editor.js';
import { EtalasePanelApp } from './panel-app.js';
import { t } from '../i18n.js';

const elements: [string, CustomElementConstructor][] = [
  ['etalase-panel-app', EtalasePanelApp],
  ['etalase-listing-editor', EtalaseListingEditor],
  ['etalase-bulk-edit', EtalaseBulkEdit],
  ['etalase-data-tools', EtalaseDataTools],
];
for (const [name, element] of elements)
  if (!customElements.get(name)) customElements.define(name, element);
document.documentElement.lang = t('langCode');

declare global {
  interface HTMLElementTagNameMap {
    'etalase-panel-app': EtalasePanelApp;
    'etalase-listing-editor': EtalaseListingEditor;
    'etalase-bulk-edit': EtalaseBulkEdit;
    'etalase-data-tools': EtalaseDataTools;
  }
}
