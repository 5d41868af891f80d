import { expect } from '@esm-bundle/chai';
import { createProductSearch, parseCatalog } from '@etalase/catalog';
import type { Product } from '@etalase/catalog';
import { SearchIndex } from './search-index.js';
import { sampleCatalog } from '../shared/storefront-fixture.js';

/** The sample catalog's products, checked once, cloned to `count` with their own ids. */
function products(count: number, offset = 0): { products: Product[]; catalog: Product[] } {
  const { catalog } = parseCatalog(sampleCatalog());
  const base = catalog.products;
  return {
    catalog: base,
    products: Array.from({ length: count }, (_, k) => {
      const i = offset + k;
      const p = base[i % base.length]!;
      return { ...p, id: `p${i}`, name: `${p.name} ${i}` };
    }),
  };
}

/** What the quick path promises: every word a substring of the text, name matches first. */
function substringAnswer(list: readonly Product[], query: string): Product[] {
  const words = query.trim().toLowerCase().split(/\s+/);
  const has = (text: string) => words.every((w) => text.toLowerCase().includes(w));
  const found = list.filter((p) =>
    has(`${p.name} ${p.tags.join(' ')} ${p.category} ${p.description}`),
  );
  return [...found.filter((p) => has(p.name)), ...found.filter((p) => !has(p.name))];
}

const ids = (list: readonly Product[]) => list.map((p) => p.id);
const sellers = parseCatalog(sampleCatalog()).catalog.sellers;

describe('SearchIndex over pages added while it builds', () => {
  it('answers from what it indexed, then the rest by substring; once built, as an index built at once', async () => {
    const index = new SearchIndex();
    // The index answers for what it holds from 20,000 products on.
    const first = products(20_000).products;
    const rest = products(2000, 20_000).products;
    index.add(first, sellers);
    await index.whenComplete();
    // The next pages arrive while building is paused: nothing of them is indexed yet.
    index.pause();
    index.add(rest.slice(0, 1000), []);
    index.add(rest.slice(1000), []);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(index.complete).to.equal(false);
    const head = createProductSearch({ products: first, sellers });
    for (const query of ['k', 'tempe', 'kripik', 'sambal bawang', 'ba', 'tempe sa', 'tempe'])
      expect(ids(await index.search(query)), query).to.deep.equal(
        ids([...head.searchProducts(query), ...substringAnswer(rest, query)]),
      );
    expect(index.complete).to.equal(false);
    index.resume();
    await index.whenComplete();
    const whole = createProductSearch({ products: [...first, ...rest], sellers });
    for (const query of ['k', 'tempe', 'kripik', 'sambal bawang', 'ba', 'tempe sa', 'kerajinan'])
      expect(ids(await index.search(query)), query).to.deep.equal(ids(whole.searchProducts(query)));
  });

  it('answers by substring alone while the index holds few products', async () => {
    const index = new SearchIndex();
    const first = products(3000).products;
    const rest = products(1000, 3000).products;
    index.add(first, sellers);
    // Found by the index only (a variant spelling): the index is finished at once.
    expect((await index.search('kripik')).length).to.be.greaterThan(0);
    expect(index.complete).to.equal(true);
    index.pause();
    index.add(rest, []);
    expect(index.pending).to.equal(1000);
    // 3,000 indexed: too few to split the answer, which would change at every keystroke.
    for (const query of ['tempe', 'sambal b', 'k'])
      expect(ids(await index.search(query)), query).to.deep.equal(
        ids(substringAnswer([...first, ...rest], query)),
      );
  });

  it('leaves a typo to the index on a large catalog instead of freezing the page to finish it', async () => {
    const index = new SearchIndex();
    index.add(products(13_000).products, sellers);
    // "kripik" is how many write "keripik": no substring of any product, a variant to the index.
    expect(await index.search('kripik')).to.deep.equal([]);
    expect(index.complete).to.equal(false);
    await index.whenComplete();
    const found = await index.search('kripik');
    expect(found.length).to.be.greaterThan(0);
    expect(found.every((p) => p.name.startsWith('Keripik'))).to.equal(true);
  });
});
