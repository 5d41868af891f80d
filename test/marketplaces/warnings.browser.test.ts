import { expect } from '@esm-bundle/chai';
import { Listing } from '@etalase/catalog';
import { applyFill, planFill } from '@etalase/marketplaces';
import type { FieldPlan } from '@etalase/marketplaces';
import { mountBukalapakForm } from './bukalapak/add-product.js';
import type { FormHandle } from './react-kit.js';
import { freshContainer, KERIPIK, samplePhoto } from './sample-listing.js';
import { mountShopeeForm } from './shopee/add-product.js';
import { mountTiktokForm } from './tiktok-shop/add-product.js';
import { mountTokopediaForm } from './tokopedia/add-product.js';

const warningsOf = (plans: readonly FieldPlan[], field: string) =>
  plans.find((p) => p.field === field)!.warnings.map((w) => ({ code: w.code, id: w.id, en: w.en }));

describe('fill warnings', () => {
  let handle: FormHandle | undefined;
  afterEach(() => handle?.unmount());

  it('cuts a title to Tokopedia’s 70 characters at a word and says so in both languages', async () => {
    handle = await mountTokopediaForm(freshContainer());
    const plans = planFill(document, KERIPIK, 'tokopedia');
    expect(plans.find((p) => p.field === 'title')!.value).to.have.length(67);
    expect(warningsOf(plans, 'title')).to.deep.equal([
      {
        code: 'truncated',
        id: 'judul dipotong menjadi 67 karakter',
        en: 'title cut to 67 characters',
      },
    ]);
  });

  it('warns of a price under the minimum, a title under TikTok Shop’s 25 characters and variants to enter by hand', async () => {
    handle = await mountTokopediaForm(freshContainer());
    const cheap = Listing.parse({
      ...KERIPIK,
      price: 50,
      variants: [{ name: 'Pedas' }, { name: 'Original' }],
    });
    expect(
      warningsOf(planFill(document, cheap, 'tokopedia'), 'price').map((w) => w.id),
    ).to.deep.equal(['harga di bawah batas minimal Rp100', '2 varian perlu diisi sendiri']);
    handle.unmount();
    handle = await mountTiktokForm(freshContainer());
    const short = Listing.parse({ ...KERIPIK, title: 'Keripik tempe' });
    expect(warningsOf(planFill(document, short, 'tiktok'), 'title').map((w) => w.en)).to.deep.equal(
      ['title too short: at least 25 characters'],
    );
  });

  it('uploads only as many photos as Tokopedia takes', async () => {
    handle = await mountTokopediaForm(freshContainer());
    const many = Listing.parse({
      ...KERIPIK,
      images: ['1.jpg', '2.jpg', '3.jpg', '4.jpg', '5.jpg', '6.jpg'],
    });
    const photos = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => samplePhoto(i * 50)));
    const report = await applyFill(planFill(document, many, 'tokopedia'), { images: photos });
    expect(handle.state.photos).to.have.length(5);
    const images = report.fields.find((f) => f.field === 'images')!;
    expect(images.warnings.map((w) => w.id)).to.deep.equal(['hanya 5 foto pertama yang diunggah']);
  });

  it('leaves out a photo over Shopee’s 2 MB and uploads the rest', async () => {
    handle = mountShopeeForm(freshContainer());
    const big = new Blob([new Uint8Array(2 * 1024 * 1024 + 1)], { type: 'image/jpeg' });
    const report = await applyFill(planFill(document, KERIPIK, 'shopee'), {
      images: [big, await samplePhoto(90)],
    });
    expect(handle.state.photos).to.have.length(1);
    const images = report.fields.find((f) => f.field === 'images')!;
    expect(images.status).to.equal('review');
    expect(images.warnings.map((w) => w.en)).to.deep.equal([
      'photo 1 is over 2 MB and was not uploaded; shrink it first',
    ]);
  });

  it('fetches photos given as URLs, and leaves out one that is not a photo URL', async () => {
    handle = mountBukalapakForm(freshContainer());
    const blob = await samplePhoto(120);
    const dataUrl = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(blob);
    });
    const listing = Listing.parse({ ...KERIPIK, images: [dataUrl, 'javascript:alert(1)'] });
    const report = await applyFill(planFill(document, listing, 'bukalapak'));
    expect(handle.state.photos.map((p) => p.size)).to.deep.equal([blob.size]);
    const images = report.fields.find((f) => f.field === 'images')!;
    expect(images.warnings.map((w) => w.code)).to.deep.equal(['photo-unreadable']);
  });

  it('asks to check a category whose name differs on the marketplace', async () => {
    handle = await mountTiktokForm(freshContainer());
    const report = await applyFill(planFill(document, KERIPIK, 'tiktok'), {
      images: [await samplePhoto(5)],
    });
    const category = report.fields.find((f) => f.field === 'category')!;
    expect(category.status).to.equal('review');
    expect(category.warnings.map((w) => w.id)).to.deep.equal([
      'kategori dipilih "Keripik & Kerupuk"; periksa lagi',
    ]);
  });
});
