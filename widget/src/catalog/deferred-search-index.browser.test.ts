import { expect } from '@esm-bundle/chai';
import { createProductSearch, parseCatalog } from '@etalase/catalog';
import type { Product } from '@etalase/catalog';
import { DeferredSearchIndex } from './deferred-search-index.js';
import { sampleCatalog } from '../shared/storefront-fixture.js';

const { catalog } = parseCatalog(sampleCatalog());

/** The sample catalog's products cloned to `count`, with their own ids, from `offset`. */
function products(count: number, offset = 0): Product[] {
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const p = catalog.products[i % catalog.products.length]!;
    return { ...p, id: `p${i}`, name: `${p.name} ${i}` };
  });
}

const ids = (list: readonly Product[]) => list.map((p) => p.id);

/** The answer to `query` once final, asked again each time `settled` says it may change. */
async function finalAnswer(index: DeferredSearchIndex, query: string) {
  for (;;) {
    const answer = await index.search(query);
    const settled = index.settled(query);
    if (!settled) return answer;
    await settled;
  }
}

const QUERIES = ['k', 'tempe', 'kripik', 'sambal bawang', 'kerajinan', 'zzzq'];

describe('DeferredSearchIndex (the search index whose code loads on first use)', () => {
  it('indexes every page added before its code came, in order, as an index built at once', async () => {
    const index = new DeferredSearchIndex();
    const first = products(300);
    const second = products(200, 300);
    // Both added in the same task: the code cannot have come in between.
    index.add(first, catalog.sellers, true);
    index.add(second, [], false);
    expect(index.pending).to.equal(500);
    const whole = createProductSearch({
      products: [...first, ...second],
      sellers: catalog.sellers,
    });
    for (const query of QUERIES)
      expect(ids(await finalAnswer(index, query)), query).to.deep.equal(
        ids(whole.searchProducts(query)),
      );
  });

  it('forgets what was added before a clear, even before its code came', async () => {
    const index = new DeferredSearchIndex();
    index.add(products(100), catalog.sellers);
    index.clear();
    const kept = products(50, 1000);
    index.add(kept, catalog.sellers);
    const answer = await finalAnswer(index, 'tempe');
    expect(answer.length).to.be.greaterThan(0);
    expect(answer.every((p) => kept.includes(p))).to.equal(true);
  });

  it('stays paused when paused before its code came, and builds once resumed', async () => {
    const index = new DeferredSearchIndex();
    index.pause();
    index.add(products(3000), catalog.sellers);
    // The code is here once a search has been answered (the quick path, while paused).
    await index.search('tempe');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Paused: nothing was built while idle, so the answer is not final.
    expect(index.settled('tempe')).to.not.equal(undefined);
    index.resume();
    await finalAnswer(index, 'tempe');
    expect(index.settled('tempe')).to.equal(undefined);
  });
});
