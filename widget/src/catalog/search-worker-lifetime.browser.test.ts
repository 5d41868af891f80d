import { expect } from '@esm-bundle/chai';
import {
  mount,
  moveOnPage,
  sampleCatalog,
  shadow,
  type,
  until,
} from '../shared/storefront-fixture.js';
import { RemoteSearch } from './remote-search.js';

const NativeWorker = globalThis.Worker;
/** The search Workers started, in order (see {@link dieSilently}). */
const searchWorkers: Worker[] = [];
/** Search Workers started from now on end at once, as {@link dieSilently} does. */
let stillborn = false;

/**
 * Records the search Workers the page starts and terminates while `run` runs (the catalog
 * reader's Worker, if any, is not counted).
 */
async function watchingSearchWorkers(
  run: (workers: { started: number; terminated: number }) => Promise<void>,
): Promise<void> {
  const Original = globalThis.Worker;
  const workers = { started: 0, terminated: 0 };
  globalThis.Worker = class extends Original {
    readonly #search: boolean;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.#search = options?.name === 'etalase-search';
      if (this.#search) {
        workers.started++;
        searchWorkers.push(this);
        if (stillborn) super.terminate();
      }
    }
    override terminate(): void {
      if (this.#search) workers.terminated++;
      super.terminate();
    }
  };
  try {
    await run(workers);
  } finally {
    globalThis.Worker = Original;
  }
}

/**
 * Ends the last search Worker as a crash or an out-of-memory kill does: no `error` event,
 * no reply, and the page not told (not counted as terminated).
 */
function dieSilently(): void {
  NativeWorker.prototype.terminate.call(searchWorkers.at(-1));
}

/** A first page that links a next one: its search index is built in a Worker. */
function pagedCatalog(prefix: string) {
  const base = sampleCatalog();
  const products = Array.from({ length: 600 }, (_, i) => ({
    ...base.products![i % base.products!.length]!,
    id: `${prefix}${i}`,
  }));
  return { ...base, next: 'https://example.com/katalog-2.json', products };
}

/** Waits for `check`; says how many Workers were started and terminated if it never holds. */
async function untilWorkers(
  workers: { started: number; terminated: number },
  check: () => boolean,
) {
  await until(check).catch((error: unknown) => {
    throw new Error(`${String(error)}: ${JSON.stringify(workers)}`);
  });
}

const input = (el: HTMLElement) =>
  shadow(el as never).querySelector<HTMLInputElement>('input[type="search"]')!;

const status = (el: HTMLElement) => shadow(el as never).querySelector('.count')?.textContent;

describe('the search Worker of a storefront', () => {
  afterEach(() => document.querySelectorAll('etalase-storefront').forEach((el) => el.remove()));

  it('is terminated when another catalog replaces the one it indexes', async () => {
    await watchingSearchWorkers(async (workers) => {
      const el = await mount((e) => (e.catalog = pagedCatalog('a')));
      await untilWorkers(workers, () => workers.started === 1);
      el.catalog = pagedCatalog('b');
      await untilWorkers(workers, () => workers.started === 2);
      // The first catalog's Worker goes; the second one's stays for its searches.
      await untilWorkers(workers, () => workers.terminated === 1);
      type(input(el), 'kripik');
      await until(() => status(el) === '100 dari 600 produk', 10_000);
      expect(workers.terminated).to.equal(1);
    });
  });

  it('is not started for a catalog replaced while it was still being read', async () => {
    await watchingSearchWorkers(async (workers) => {
      const el = document.createElement('etalase-storefront');
      el.catalog = pagedCatalog('a');
      document.body.append(el);
      await el.updateComplete;
      const ready = new Promise((resolve) => el.addEventListener('etalase-ready', resolve));
      el.catalog = pagedCatalog('b');
      await ready;
      type(input(el), 'kripik');
      await until(() => status(el) === '100 dari 600 produk', 10_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // One Worker at work: the second catalog's.
      expect(workers.started - workers.terminated).to.equal(1);
    });
  });

  it('is kept, with its index, when the storefront is moved on the page', async () => {
    await watchingSearchWorkers(async (workers) => {
      const el = await mount((e) => (e.catalog = pagedCatalog('a')));
      await untilWorkers(workers, () => workers.started === 1);
      type(input(el), 'kripik');
      await until(() => status(el) === '100 dari 600 produk', 10_000);
      const tab = await moveOnPage(el);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(workers).to.deep.equal({ started: 1, terminated: 0 });
      // The search state stayed, and the same Worker answers a new query.
      expect(input(el).value).to.equal('kripik');
      expect(status(el)).to.equal('100 dari 600 produk');
      type(input(el), '');
      await until(() => status(el) === '600 produk');
      type(input(el), 'kripik');
      await until(() => status(el) === '100 dari 600 produk');
      expect(workers).to.deep.equal({ started: 1, terminated: 0 });
      tab.remove();
    });
  });

  it('is replaced by an index on the page when it dies without a word', async () => {
    const silence = RemoteSearch.silenceMs;
    RemoteSearch.silenceMs = 500;
    try {
      await watchingSearchWorkers(async (workers) => {
        const el = await mount((e) => (e.catalog = pagedCatalog('a')));
        await untilWorkers(workers, () => workers.started === 1);
        // The Worker's index holds the catalog: a variant spelling only it finds is found.
        type(input(el), 'kripik');
        await until(() => status(el) === '100 dari 600 produk', 10_000);
        type(input(el), '');
        await until(() => status(el) === '600 produk');
        dieSilently();
        // A typo only an index finds: answered by the page's own index, not waited for.
        type(input(el), 'sambel');
        await until(() => status(el) === '100 dari 600 produk', 5000);
        expect(workers.started).to.equal(1);
      });
    } finally {
      RemoteSearch.silenceMs = silence;
    }
  });

  it('is replaced by an index on the page when it dies without a word while building', async () => {
    const silence = RemoteSearch.silenceMs;
    RemoteSearch.silenceMs = 500;
    stillborn = true;
    try {
      await watchingSearchWorkers(async (workers) => {
        const el = await mount((e) => (e.catalog = pagedCatalog('a')));
        await untilWorkers(workers, () => workers.started === 1);
        // A typo the quick path misses: "still searching" until an index holds the catalog.
        type(input(el), 'sambel');
        await until(() => status(el) === 'Masih mencari…');
        await until(() => status(el) === '100 dari 600 produk', 5000);
        expect(workers.started).to.equal(1);
      });
    } finally {
      RemoteSearch.silenceMs = silence;
      stillborn = false;
    }
  });

  it('is terminated when the storefront leaves the page, and started again when it comes back', async () => {
    await watchingSearchWorkers(async (workers) => {
      const el = await mount((e) => (e.catalog = pagedCatalog('a')));
      await untilWorkers(workers, () => workers.started === 1);
      el.remove();
      await untilWorkers(workers, () => workers.terminated === 1);
      document.body.append(el);
      await untilWorkers(workers, () => workers.started === 2);
      // Its index is built again: a variant spelling only the index finds is found.
      type(input(el), 'kripik');
      await until(() => status(el) === '100 dari 600 produk', 10_000);
      expect(workers.terminated).to.equal(1);
    });
  });
});
