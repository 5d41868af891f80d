import { expect } from '@esm-bundle/chai';
import type { EtalaseStorefront } from './storefront.js';
import { mount, sampleCatalog, shadow, type, until } from '../shared/storefront-fixture.js';

afterEach(() => {
  document.querySelectorAll('etalase-storefront').forEach((el) => el.remove());
});

/** The sample catalog's six products repeated to `count`, each with its own id. */
function repeatedSample(count: number) {
  const base = sampleCatalog();
  const products = Array.from({ length: count }, (_, i) => ({
    ...base.products![i % base.products!.length]!,
    id: `p${i}`,
  }));
  return { ...base, products };
}

const status = (el: EtalaseStorefront) => shadow(el).querySelector('.count')!;
const input = (el: EtalaseStorefront) =>
  shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;

describe('<etalase-storefront> while its search index builds', () => {
  it('says it is still searching for a typo the quick path misses, and "no results" only once sure', async function () {
    this.timeout(30_000);
    // 19,000 products in one file: indexed on the main thread, too many to finish at once
    // for a query the quick path finds nothing for.
    const el = await mount((e) => (e.catalog = repeatedSample(19_000)));
    // "kripik" is how many write "keripik": no substring of any product, a variant to the index.
    type(input(el), 'kripik');
    await el.updateComplete;
    await until(() => status(el).textContent === 'Masih mencari…');
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    expect(shadow(el).querySelector('.panel')).to.equal(null);
    // Once the index is built, the answer: one product in six is a Keripik.
    await until(() => status(el).textContent === '3.167 dari 19.000 produk', 25_000);

    // A word no product has: "no results" once the index is complete, not "still searching".
    type(input(el), 'zzqx');
    await until(() => shadow(el).querySelector('.panel'));
    expect(status(el).textContent).to.equal('0 dari 19.000 produk');
  });

  it('says so in English too', async () => {
    const el = await mount((e) => {
      e.lang = 'en';
      e.catalog = repeatedSample(19_000);
    });
    type(input(el), 'kripik');
    await until(() => status(el).textContent === 'Still searching…');
  });
});
