import { expect } from '@esm-bundle/chai';
import { applyFill, planFill, readForm } from '@etalase/marketplaces';
import type { Marketplace } from '@etalase/catalog';
import { mountLazadaForm } from './lazada/add-product.js';
import type { FormHandle, ProductFormState } from './react-kit.js';
import { freshContainer, KERIPIK, samplePhoto, watchSubmits } from './sample-listing.js';
import { mountTiktokForm } from './tiktok-shop/add-product.js';
import { mountTokopediaForm } from './tokopedia/add-product.js';

interface Case {
  readonly marketplace: Marketplace;
  readonly mount: (
    container: HTMLElement,
    initial?: Partial<ProductFormState>,
  ) => Promise<FormHandle>;
  /** What React state must hold after the fill. */
  readonly expected: Partial<Omit<ProductFormState, 'photos'>>;
}

const DIMENSIONS = { length: '20', width: '12', height: '6' };
const CASES: readonly Case[] = [
  {
    marketplace: 'tokopedia',
    mount: mountTokopediaForm,
    expected: {
      title: 'Keripik Tempe Sagu Khas Malang Renyah Gurih 250 gram Tanpa Pengawet',
      category: 'Makanan & Minuman / Makanan Ringan / Keripik',
      brand: 'Sari Rasa',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      condition: 'Baru',
      weight: '300',
      ...DIMENSIONS,
    },
  },
  {
    marketplace: 'lazada',
    mount: mountLazadaForm,
    expected: {
      title: KERIPIK.title,
      category: 'Makanan & Minuman / Camilan / Keripik',
      brand: 'Sari Rasa',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      weight: '0.3',
      ...DIMENSIONS,
    },
  },
  {
    marketplace: 'tiktok',
    mount: mountTiktokForm,
    expected: {
      title: KERIPIK.title,
      category: 'Makanan & Minuman / Makanan Ringan / Keripik & Kerupuk',
      brand: 'Sari Rasa',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      condition: 'Baru',
      weight: '300',
      ...DIMENSIONS,
    },
  },
];

for (const c of CASES) {
  describe(`${c.marketplace} add-product form (React)`, () => {
    let handle: FormHandle | undefined;
    afterEach(() => handle?.unmount());

    it('fills every field so that React state holds it, uploads the photos and never submits', async () => {
      handle = await c.mount(freshContainer());
      const submits = watchSubmits();
      try {
        const photos = [await samplePhoto(30), await samplePhoto(200)];
        const report = await applyFill(planFill(document, KERIPIK, c.marketplace), {
          images: photos,
        });
        const { photos: uploaded, ...state } = handle.state;
        const compared = Object.fromEntries(
          Object.keys(c.expected).map((k) => [k, state[k as keyof typeof state]]),
        );
        expect(compared).to.deep.equal(c.expected);
        expect(uploaded.map((p) => p.size)).to.deep.equal(photos.map((p) => p.size));
        expect(
          report.fields.filter(
            (f) => f.status === 'missing' || f.status === 'lost' || f.status === 'failed',
          ),
        ).to.deep.equal([]);
        expect(submits.count).to.equal(0);
        expect(handle.submits).to.equal(0);
        expect(report.submitsBlocked).to.equal(0);
      } finally {
        submits.stop();
      }
    });

    it('reads the listing back from the edit page with the same map', async () => {
      handle = await c.mount(freshContainer(), {
        ...c.expected,
        photos: [{ name: 'a.jpg', url: 'https://images.contoh.test/a.jpg', size: 1 }],
      });
      // The edit page shows every section; wait for lazily rendered ones.
      await new Promise((resolve) => setTimeout(resolve, 700));
      const { listing, missing } = readForm(document, c.marketplace);
      expect(listing.title).to.equal(c.expected.title);
      expect(listing.price).to.equal(25000);
      expect(listing.stock).to.equal(120);
      expect(listing.sku).to.equal('KTS-250');
      expect(listing.weightGrams).to.equal(300);
      expect(listing.dimensionsCm).to.deep.equal({ length: 20, width: 12, height: 6 });
      expect(listing.description).to.equal(KERIPIK.description);
      expect(listing.category).to.equal(c.expected.category);
      expect(listing.brand).to.equal('Sari Rasa');
      expect(listing.images).to.deep.equal(['https://images.contoh.test/a.jpg']);
      if (c.expected.condition) expect(listing.condition).to.equal('new');
      expect(missing).to.deep.equal([]);
    });
  });
}
