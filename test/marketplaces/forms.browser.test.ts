import { expect } from '@esm-bundle/chai';
import { applyFill, planFill, readForm, readFormWhenReady } from '@etalase/marketplaces';
import { FIXTURE_FORMS } from './fixture-forms.js';
import type { FormHandle } from './react-kit.js';
import { freshContainer, KERIPIK, samplePhoto, watchSubmits } from './sample-listing.js';

for (const c of FIXTURE_FORMS) {
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

    it('reads the edit page as soon as it opens, waiting for the sections it draws late', async () => {
      handle = await c.mount(freshContainer(), {
        ...c.expected,
        photos: [{ name: 'a.jpg', url: 'https://images.contoh.test/a.jpg', size: 1 }],
      });
      // A plain read this early misses the sections the page has not drawn yet.
      expect(readForm(document, c.marketplace).missing).to.include.members([...c.late]);
      const started = performance.now();
      const { listing, missing } = await readFormWhenReady(document, c.marketplace, {
        timeoutMs: 10_000,
        quietMs: 5000,
      });
      expect(missing).to.deep.equal([]);
      expect(listing.weightGrams).to.equal(300);
      expect(listing.price).to.equal(25000);
      // It stops as soon as everything is there, not at its timeout.
      expect(performance.now() - started).to.be.below(4000);
    });

    it('gives up at its timeout on a form that never shows a field, with what it found', async () => {
      handle = await c.mount(freshContainer(), { ...c.expected, photos: [] });
      const started = performance.now();
      const { listing, missing } = await readFormWhenReady(document, c.marketplace, {
        timeoutMs: 1200,
        quietMs: 1200,
      });
      expect(missing).to.include('images');
      expect(listing.title).to.equal(c.expected.title);
      expect(performance.now() - started).to.be.within(1000, 5000);
    });
  });
}
