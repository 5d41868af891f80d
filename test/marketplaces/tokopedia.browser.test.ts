import { expect } from '@esm-bundle/chai';
import { applyFill, planFill } from '@etalase/marketplaces';
import { mountTokopediaForm } from './tokopedia/add-product.js';
import { freshContainer, KERIPIK, samplePhoto, watchSubmits } from './sample-listing.js';

describe('Tokopedia add-product form (React)', () => {
  it('fills every field so that React state holds it, and never submits', async () => {
    const handle = await mountTokopediaForm(freshContainer());
    const submits = watchSubmits();
    try {
      const plans = planFill(document, KERIPIK, 'tokopedia');
      const photos = [await samplePhoto(30), await samplePhoto(200)];
      const report = await applyFill(plans, { images: photos });
      const s = handle.state;
      console.log(
        JSON.stringify(
          report.fields.map((f) => [f.field, f.status, f.shown, f.warnings.map((w) => w.en)]),
        ),
      );
      expect(s.title).to.equal(
        'Keripik Tempe Sagu Khas Malang Renyah Gurih 250 gram Tanpa Pengawet',
      );
      expect(s.price).to.equal('25000');
      expect(s.stock).to.equal('120');
      expect(s.sku).to.equal('KTS-250');
      expect(s.condition).to.equal('Baru');
      expect(s.weight).to.equal('300');
      expect([s.length, s.width, s.height]).to.deep.equal(['20', '12', '6']);
      expect(s.description).to.equal(KERIPIK.description);
      expect(s.category).to.equal('Makanan & Minuman / Makanan Ringan / Keripik');
      expect(s.brand).to.equal('Sari Rasa');
      expect(s.photos.map((p) => p.size)).to.deep.equal(photos.map((p) => p.size));
      expect(submits.count).to.equal(0);
      expect(handle.submits).to.equal(0);
    } finally {
      submits.stop();
      handle.unmount();
    }
  });
});
