// A Tokopedia seller page for the extension's end-to-end tests: the React fixture form,
// started with the values in <script id="initial" type="application/json"> (an edit page)
// or empty (the add page). The form's handle is `window.__form`, so a test reads the values
// as React holds them.
import { mountTokopediaForm } from '../../marketplaces/tokopedia/add-product.js';
import type { FormHandle, ProductFormState } from '../../marketplaces/react-kit.js';

const initial = JSON.parse(document.getElementById('initial')?.textContent || '{}') as Partial<ProductFormState>;
const handle = await mountTokopediaForm(document.getElementById('app')!, initial);
(window as unknown as { __form: FormHandle }).__form = handle;
