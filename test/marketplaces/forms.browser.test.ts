import { expect } from '@esm-bundle/chai';
import { applyFill, planFill, readForm } from '@etalase/marketplaces';
import type { Marketplace } from '@etalase/catalog';
import { mountBlibliForm } from './blibli/add-product.js';
import { mountBukalapakForm } from './bukalapak/add-product.js';
import { mountLazadaForm } from './lazada/add-product.js';
import type { FormHandle, ProductFormState } from './react-kit.js';
import { freshContainer, KERIPIK, samplePhoto, watchSubmits } from './sample-listing.js';
import { mountShopeeForm } from './shopee/add-product.js';
import { mountTiktokForm } from './tiktok-shop/add-product.js';
import { mountTokopediaForm } from './tokopedia/add-product.js';

interface Case {
  readonly marketplace: Marketplace;
  /** How the fixture page keeps its state. */
  readonly framework: string;
  readonly mount: (
    container: HTMLElement,
    initial?: Partial<ProductFormState>,
  ) => FormHandle | Promise<FormHandle>;
  /** Fields rendered only after a delay or a second step (not on the page when planned). */
  readonly late: readonly string[];
  /** What the page's state must hold after the fill. */
  readonly expected: Partial<Omit<ProductFormState, 'photos'>>;
}

const DIMENSIONS = { length: '20', width: '12', height: '6' };
const CASES: readonly Case[] = [
  {
    marketplace: 'tokopedia',
    late: ['weight', 'length', 'width', 'height'],
    framework: 'React',
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
    late: ['brand', 'description', 'price', 'stock', 'sku', 'weight'],
    framework: 'React',
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
    late: ['price', 'stock', 'sku', 'weight'],
    framework: 'React',
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
  {
    marketplace: 'shopee',
    late: ['brand', 'condition', 'price', 'stock', 'sku', 'weight'],
    framework: 'Vue-style',
    mount: mountShopeeForm,
    expected: {
      title: KERIPIK.title,
      category: 'Makanan & Minuman > Makanan Ringan > Keripik',
      brand: 'Sari Rasa',
      condition: 'Baru',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      weight: '300',
      ...DIMENSIONS,
    },
  },
  {
    marketplace: 'bukalapak',
    late: [],
    framework: 'server-rendered',
    mount: mountBukalapakForm,
    expected: {
      title: 'Keripik Tempe Sagu Khas Malang Renyah Gurih 250 gram Tanpa Pengawet',
      category: 'Makanan > Keripik & Snack',
      brand: 'Sari Rasa',
      condition: 'Baru',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      weight: '300',
    },
  },
  {
    marketplace: 'blibli',
    late: [],
    framework: 'table, Vue-style',
    mount: mountBlibliForm,
    expected: {
      title: KERIPIK.title,
      category: 'Makanan & Minuman > Makanan Ringan > Keripik',
      brand: 'Sari Rasa',
      description: KERIPIK.description,
      price: '25000',
      stock: '120',
      sku: 'KTS-250',
      weight: '300',
      ...DIMENSIONS,
    },
  },
];

for (const c of CASES) {
  describe(`${c.marketplace} add-product form (${c.framework})`, () => {
    let handle: FormHandle | undefined;
    afterEach(() => handle?.unmount());

    it("fills every field so that the page's own state holds it, uploads the photos and never submits", async () => {
      handle = await c.mount(freshContainer());
      const submits = watchSubmits();
      try {
        const photos = [await samplePhoto(30), await samplePhoto(200)];
        const plans = planFill(document, KERIPIK, c.marketplace);
        const notYet = plans.filter((p) => p.element === null).map((p) => p.field);
        expect(notYet).to.include.members([...c.late]);
        const report = await applyFill(plans, {
          images: photos,
        });
        const { photos: uploaded, ...state } = handle.state;
        const compared = Object.fromEntries(
          Object.keys(c.expected).map((k) => [k, state[k as keyof typeof state]]),
        );
        expect(compared).to.deep.equal(c.expected);
        // Nothing went into a control that is not the field's (normal, wholesale, special price).
        for (const input of document.querySelectorAll<HTMLInputElement>(
          '[data-testid="normalPrice"] input, #product_wholesale_price, #special_price input, [data-testid="txtAddProductMinOrder"] input',
        )) {
          expect(input.value, 'distractor price').to.be.oneOf(['', '1']);
        }
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
      // Reading is how the extension imports a product: it must not change the page.
      const before = JSON.stringify(handle.state);
      const { listing, missing } = readForm(document, c.marketplace);
      expect(listing.title).to.equal(c.expected.title);
      expect(listing.price).to.equal(25000);
      expect(listing.stock).to.equal(120);
      expect(listing.sku).to.equal('KTS-250');
      expect(listing.weightGrams).to.equal(300);
      expect(listing.dimensionsCm).to.deep.equal(
        c.expected.length ? { length: 20, width: 12, height: 6 } : undefined,
      );
      expect(listing.description).to.equal(KERIPIK.description);
      expect(listing.category).to.equal(c.expected.category);
      expect(listing.brand).to.equal('Sari Rasa');
      expect(listing.images).to.deep.equal(['https://images.contoh.test/a.jpg']);
      if (c.expected.condition) expect(listing.condition).to.equal('new');
      expect(missing).to.deep.equal([]);
      expect(JSON.stringify(handle.state)).to.equal(before);
    });
  });
}
