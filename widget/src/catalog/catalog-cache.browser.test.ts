import { expect } from '@esm-bundle/chai';
import { readCachedCatalog, writeCachedCatalog } from './catalog-cache.js';
import { parseCatalog } from '@etalase/catalog';
import { sampleCatalog } from '../shared/storefront-fixture.js';

const DB_NAME = 'etalase-storefront';
const url = 'https://toko.example/pertama.json';

function deleted(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('not deleted'));
  });
}

describe('catalog cache on a first visit', () => {
  it('looks for a saved copy without creating the database, and creates it on saving', async () => {
    await deleted();
    expect(await readCachedCatalog(url)).to.equal(undefined);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.to.include(DB_NAME);
    const entry = {
      url,
      savedAt: Date.now(),
      catalog: parseCatalog(sampleCatalog()).catalog,
      issues: [],
    };
    expect(await writeCachedCatalog(entry)).to.equal(true);
    expect((await readCachedCatalog(url))?.catalog.products).to.have.length(6);
  });
});
