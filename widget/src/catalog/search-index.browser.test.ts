import { expect } from '@esm-bundle/chai';
import { createProductSearch, parseCatalog } from '@etalase/catalog';
import type { Product } from '@etalase/catalog';
import { KEEP_REMOTE_MS, SearchIndex } from './search-index.js';
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

/** The answer to `query` once final: asked again each time {@link SearchIndex.settled} says. */
async function finalAnswer(index: SearchIndex, query: string): Promise<readonly Product[]> {
  for (;;) {
    const answer = await index.search(query);
    const settled = index.settled(query);
    if (!settled) return answer;
    await settled;
  }
}
const sellers = parseCatalog(sampleCatalog()).catalog.sellers;

/** Counts the Workers the page starts while `run` runs, by name. */
async function countingWorkers<T>(run: () => Promise<T>): Promise<{ result: T; names: string[] }> {
  const Original = globalThis.Worker;
  const names: string[] = [];
  globalThis.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      names.push(options?.name ?? '');
    }
  };
  try {
    return { result: await run(), names };
  } finally {
    globalThis.Worker = Original;
  }
}

/** Replaces `Worker` while `run` runs. */
async function withWorker<T>(replacement: unknown, run: () => Promise<T>): Promise<T> {
  const Original = globalThis.Worker;
  (globalThis as { Worker: unknown }).Worker = replacement;
  try {
    return await run();
  } finally {
    globalThis.Worker = Original;
  }
}

describe('SearchIndex over pages added while it builds', () => {
  it('answers from what it indexed, then the rest by substring; once built, as an index built at once', async () => {
    const index = new SearchIndex();
    // The index answers for what it holds from 20,000 products on; built here where no
    // Worker can start (else see below).
    const first = products(20_000).products;
    const rest = products(2000, 20_000).products;
    await withWorker(undefined, async () => {
      index.add(first, sellers);
      await index.whenComplete();
    });
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

describe('SearchIndex when the search engine cannot load (offline, a chunk gone after a deploy)', () => {
  const unavailable = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

  it('answers by substring instead of failing the search', async () => {
    const index = new SearchIndex(unavailable);
    const list = products(100).products;
    index.add(list, sellers);
    // Few products: a search would finish the index at once, with the engine it cannot load.
    expect(ids(await index.search('tempe'))).to.deep.equal(ids(substringAnswer(list, 'tempe')));
  });

  it('says the substring answer is final once the engine failed, instead of waiting forever', async () => {
    const index = new SearchIndex(unavailable);
    const list = products(13_000).products;
    index.add(list, sellers);
    const answer = Promise.race([
      finalAnswer(index, 'kripik'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000)),
    ]);
    expect(await answer).to.deep.equal([]);
    expect(index.settled('tempe')).to.equal(undefined);
    expect(ids(await index.search('tempe'))).to.deep.equal(ids(substringAnswer(list, 'tempe')));
  });
});

const QUERIES = ['k', 'tempe', 'kripik', 'sambal bawang', 'ba', 'tempe sa', 'kerajinan', 'zzzq'];

/**
 * Adds `count` products in pages of `page`, as a catalog read page after page (each page
 * but the last links the next).
 */
function addPages(index: SearchIndex, count: number, page: number, offset = 0): Product[] {
  const list = products(count, offset).products;
  for (let i = 0; i < list.length; i += page)
    index.add(list.slice(i, i + page), i ? [] : sellers, i + page < list.length);
  return list;
}

describe('SearchIndex in a Worker for a large catalog', () => {
  it('answers as the main-thread index over the same products, and only the newest search', async function () {
    // Three main-thread indexes of 21,000+ products to compare against: seconds on a busy machine.
    this.timeout(40_000);
    const { result: index, names } = await countingWorkers(async () => {
      const index = new SearchIndex();
      addPages(index, 21_000, 1000);
      await index.whenComplete();
      return index;
    });
    expect(names).to.deep.equal(['etalase-search']);
    const all = products(21_000).products;
    const whole = createProductSearch({ products: all, sellers });
    for (const query of QUERIES) {
      const want = ids(whole.searchProducts(query));
      // The first screenful ranked at once, every other match after it; then the whole order.
      const first = ids(await index.search(query));
      expect(first.slice(0, 48), query).to.deep.equal(want.slice(0, 48));
      expect([...first].sort(), query).to.deep.equal([...want].sort());
      expect(index.settled(query) === undefined, query).to.equal(want.length <= 4 * 48);
      expect(ids(await finalAnswer(index, query)), query).to.deep.equal(want);
    }

    // A page added now: the Worker answers for what it holds when asked (it indexes in
    // steps of 25 and answers between slices of them), the rest by substring.
    const more = addPages(index, 5000, 5000, 21_000);
    const found = ids(await index.search('tempe'));
    const ordinal = (id: string) => Number(id.slice(1));
    let split = -1;
    for (let held = 21_000; held <= 26_000 && split < 0; held += 25) {
      const tail = ids(substringAnswer(more.slice(held - 21_000), 'tempe'));
      const head = found.slice(0, found.length - tail.length);
      if (found.slice(head.length).join() === tail.join() && head.every((id) => ordinal(id) < held))
        split = held;
    }
    expect(split, 'an answer split where the Worker index ends').to.be.greaterThan(0);
    const heldThen = createProductSearch({ products: all, sellers });
    heldThen.add(more.slice(0, split - 21_000), []);
    const tailThen = ids(substringAnswer(more.slice(split - 21_000), 'tempe'));
    const headThen = ids(heldThen.searchProducts('tempe'));
    expect(found.slice(0, 48)).to.deep.equal(headThen.slice(0, 48));
    expect(found.slice(0, headThen.length).sort()).to.deep.equal([...headThen].sort());
    expect(found.slice(headThen.length)).to.deep.equal(tailThen);
    await index.whenComplete();
    const held = createProductSearch({ products: all, sellers });
    held.add(more, []);
    expect(ids(await finalAnswer(index, 'sambal'))).to.deep.equal(
      ids(held.searchProducts('sambal')),
    );

    // Two keys before the Worker answers: the older answer is dropped, the newer one given.
    const older = index.search('tempe');
    const newer = index.search('batik');
    expect(await older).to.deep.equal([]);
    const batik = ids(held.searchProducts('batik'));
    expect(ids(await newer).slice(0, 48)).to.deep.equal(batik.slice(0, 48));
    expect(ids(await finalAnswer(index, 'batik'))).to.deep.equal(batik);
  });

  it('still owes the whole order when it is asked for late (after the Worker has sent it)', async function () {
    this.timeout(40_000);
    const index = new SearchIndex();
    addPages(index, 5000, 1000);
    await index.whenComplete();
    const whole = createProductSearch({ products: products(5000).products, sellers });
    const want = ids(whole.searchProducts('k'));
    expect(want.length).to.be.greaterThan(4 * 48);
    const first = ids(await index.search('k'));
    expect(first).to.not.deep.equal(want); // the first screen ranked only
    // The storefront asks once its answer is filtered (a filter's code loading, a busy
    // page): after the Worker's whole order came and was let go.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const settled = index.settled('k');
    expect(settled, 'the answer given is not final').to.not.equal(undefined);
    await settled;
    expect(ids(await finalAnswer(index, 'k'))).to.deep.equal(want);
    index.clear();
  });

  /**
   * The Workers an index of 2,000 products starts when paused (the storefront off the page)
   * for `ms`, a page of 1,000 added meanwhile, then resumed; checks the final answer over
   * all 3,000 products. `meanwhile` runs while it is paused, the page added.
   */
  async function workersOverPause(ms: number, meanwhile?: (index: SearchIndex) => Promise<void>) {
    const { result, names } = await countingWorkers(async () => {
      const index = new SearchIndex();
      addPages(index, 2000, 1000);
      await index.whenComplete();
      index.pause();
      await new Promise((resolve) => setTimeout(resolve, ms));
      index.add(products(1000, 2000).products, [], false);
      await meanwhile?.(index);
      index.resume();
      await index.whenComplete();
      // Past the pause's grace, whatever it was.
      await new Promise((resolve) => setTimeout(resolve, KEEP_REMOTE_MS));
      const found = await finalAnswer(index, 'kripik');
      index.clear();
      return found;
    });
    const whole = createProductSearch({ products: products(3000).products, sellers });
    expect(ids(result)).to.deep.equal(ids(whole.searchProducts('kripik')));
    expect(result.length).to.equal(500);
    return names;
  }

  it('starts its Worker again after a pause, with the pages added meanwhile', async function () {
    this.timeout(40_000);
    // The storefront leaves the page: the Worker goes; a page comes meanwhile.
    const names = await workersOverPause(KEEP_REMOTE_MS + 100, async (index) => {
      expect(index.complete).to.equal(false);
      // The quick path answers meanwhile.
      expect(await index.search('kripik')).to.deep.equal([]);
    });
    expect(names).to.deep.equal(['etalase-search', 'etalase-search']);
  });

  it('keeps its Worker over a short pause (the storefront moved), with the pages added meanwhile', async function () {
    this.timeout(40_000);
    expect(await workersOverPause(KEEP_REMOTE_MS / 2)).to.deep.equal(['etalase-search']);
  });

  it('answers the same search again at once when a page comes, without asking the Worker', async function () {
    this.timeout(40_000);
    const posted: unknown[] = [];
    const first = products(20_000).products;
    const pages = products(2000, 20_000).products;
    const again = await withWorker(
      class extends Worker {
        override postMessage(
          message: unknown,
          options?: StructuredSerializeOptions | Transferable[],
        ): void {
          posted.push((message as { type: string }).type);
          super.postMessage(message, options as StructuredSerializeOptions);
        }
      },
      async () => {
        const index = new SearchIndex();
        index.add(first, sellers, true);
        await index.whenComplete();
        await finalAnswer(index, 'sambal');
        // A page indexed since the last answer, and another not yet.
        index.add(pages.slice(0, 1000), []);
        await index.whenComplete();
        const asked = posted.filter((type) => type === 'index-search').length;
        index.add(pages.slice(1000), []);
        const answer = await index.search('sambal');
        expect(posted.filter((type) => type === 'index-search').length).to.equal(asked);
        await index.whenComplete();
        return { answer, final: await finalAnswer(index, 'sambal') };
      },
    );
    // The last answer, then the pages' products by substring; the index's answer once built.
    const before = createProductSearch({ products: first, sellers });
    expect(ids(again.answer)).to.deep.equal([
      ...ids(before.searchProducts('sambal')),
      ...ids(substringAnswer(pages, 'sambal')),
    ]);
    before.add(pages, []);
    expect(ids(again.final)).to.deep.equal(ids(before.searchProducts('sambal')));
  });

  it('decides at the first page: one that links a next page goes to a Worker, a lone one stays', async () => {
    const paged = await countingWorkers(async () => {
      const index = new SearchIndex();
      index.add(products(1000).products, sellers, true);
      await index.whenComplete();
      // Few products, all held by the Worker: it answers (a variant spelling only it finds).
      const found = await finalAnswer(index, 'kripik');
      index.clear();
      return found;
    });
    expect(paged.names).to.deep.equal(['etalase-search']);
    const whole = createProductSearch({ products: products(1000).products, sellers });
    expect(ids(paged.result)).to.deep.equal(ids(whole.searchProducts('kripik')));
    const lone = await countingWorkers(async () => {
      const index = new SearchIndex();
      index.add(products(1000).products, sellers);
      await index.whenComplete();
    });
    expect(lone.names).to.deep.equal([]);
  });

  it('builds the index here when no Worker can start, with the pages added while one was tried', async () => {
    const first = products(2000).products;
    const second = products(1000, 2000).products;
    const found = await withWorker(undefined, async () => {
      const index = new SearchIndex();
      index.add(first, sellers, true);
      // While a Worker is tried, the quick path answers: nothing as typed, not final.
      expect(await index.search('kripik')).to.deep.equal([]);
      const settled = index.settled('kripik');
      expect(settled).to.not.equal(undefined);
      // One product in six of the sample is a Keripik: 500 of both pages, 333 of the first.
      index.add(second, [], false);
      await settled;
      return finalAnswer(index, 'kripik');
    });
    const whole = createProductSearch({ products: [...first, ...second], sellers });
    expect(found.length).to.equal(500);
    expect(ids(found)).to.deep.equal(ids(whole.searchProducts('kripik')));
  });

  it('builds the index on the main thread where no Worker can start', async () => {
    const index = new SearchIndex();
    await withWorker(undefined, async () => {
      addPages(index, 21_000, 3000);
      await index.whenComplete();
    });
    const whole = createProductSearch({ products: products(21_000).products, sellers });
    for (const query of QUERIES)
      expect(ids(await index.search(query)), query).to.deep.equal(ids(whole.searchProducts(query)));
  });

  it('builds the index on the main thread when the Worker fails', async () => {
    /** A Worker that cannot receive the products (as a product it cannot copy). */
    class Refusing extends EventTarget {
      postMessage(): void {
        throw new DOMException('cannot copy', 'DataCloneError');
      }
      terminate(): void {}
    }
    const index = new SearchIndex();
    await withWorker(Refusing, async () => {
      addPages(index, 20_000, 4000);
      // Products added after the Worker failed are indexed too.
      await new Promise((resolve) => setTimeout(resolve, 50));
      addPages(index, 1000, 1000, 20_000);
      await index.whenComplete();
    });
    const whole = createProductSearch({ products: products(21_000).products, sellers });
    for (const query of QUERIES)
      expect(ids(await index.search(query)), query).to.deep.equal(ids(whole.searchProducts(query)));
  });
});

describe('SearchIndex over the demo catalog cloned, in a Worker and on the main thread', () => {
  it('gives the same final answers as one index built at once', async function () {
    this.timeout(90_000);
    const response = await fetch(new URL('/demo/public/katalog.json', location.href));
    const { catalog } = parseCatalog(await response.json());
    // The demo's real products (long descriptions, tags, origins), cloned with their own ids.
    const all = Array.from({ length: 21_000 }, (_, i) => ({
      ...catalog.products[i % catalog.products.length]!,
      id: `d${i}`,
    }));
    const queries = [
      'k',
      'kopi',
      'kopi gayo',
      'batik tulis',
      'kripik', // a variant spelling of "keripik"
      'kerajian', // a typo
      'aceh tengah',
      'inen ratna',
      'sambal bawang',
      'zzqx',
    ];
    const addAll = (index: SearchIndex) => {
      for (let i = 0; i < all.length; i += 1000)
        index.add(all.slice(i, i + 1000), i ? [] : catalog.sellers, i + 1000 < all.length);
    };
    const { result: inWorker, names } = await countingWorkers(async () => {
      const index = new SearchIndex();
      addAll(index);
      await index.whenComplete();
      return index;
    });
    expect(names).to.deep.equal(['etalase-search']);
    const here = await withWorker(undefined, async () => {
      const index = new SearchIndex();
      addAll(index);
      await index.whenComplete();
      return index;
    });
    const whole = createProductSearch({ products: all, sellers: catalog.sellers });
    for (const query of queries) {
      const want = ids(whole.searchProducts(query));
      if (query !== 'zzqx') expect(want.length, query).to.be.greaterThan(0);
      expect(ids(await finalAnswer(inWorker, query)), `Worker: ${query}`).to.deep.equal(want);
      expect(ids(await finalAnswer(here, query)), `main thread: ${query}`).to.deep.equal(want);
    }
    inWorker.clear();
    here.clear();
  });
});
