// The catalog builder page: the shared page behaviour plus the builder element.
import './main.js';
import { EtalaseCatalogBuilder } from './builder/catalog-builder.js';

if (!customElements.get('etalase-catalog-builder')) {
  customElements.define('etalase-catalog-builder', EtalaseCatalogBuilder);
}
