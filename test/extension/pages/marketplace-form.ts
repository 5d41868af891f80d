// A marketplace seller page for the extension's end-to-end tests: the fixture form of the
// marketplace named in <body data-marketplace>, started with the values in
// <script id="initial" type="application/json"> (an edit page) or empty (an add page). The
// form's handle is `window.__form`, so a test reads the values as the page's framework
// holds them.
import { mountBlibliForm } from '../../marketplaces/blibli/add-product.js';
import { mountBukalapakForm } from '../../marketplaces/bukalapak/add-product.js';
import { mountLazadaForm } from '../../marketplaces/lazada/add-product.js';
import type { FormHandle, ProductFormState } from '../../marketplaces/react-kit.js';
import { mountShopeeForm } from '../../marketplaces/shopee/add-product.js';
import { mountTiktokForm } from '../../marketplaces/tiktok-shop/add-product.js';
import { mountTokopediaForm } from '../../marketplaces/tokopedia/add-product.js';

const MOUNT: Record<
  string,
  (container: HTMLElement, initial?: Partial<ProductFormState>) => FormHandle | Promise<FormHandle>
> = {
  tokopedia: mountTokopediaForm,
  shopee: mountShopeeForm,
  lazada: mountLazadaForm,
  bukalapak: mountBukalapakForm,
  blibli: mountBlibliForm,
  tiktok: mountTiktokForm,
};

const initial = JSON.parse(
  document.getElementById('initial')?.textContent || '{}',
) as Partial<ProductFormState>;
const mount = MOUNT[document.body.dataset['marketplace'] ?? '']!;
const handle = await mount(document.getElementById('app')!, initial);
(window as unknown as { __form: FormHandle }).__form = handle;
