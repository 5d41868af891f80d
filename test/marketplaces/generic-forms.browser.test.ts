import { expect } from '@esm-bundle/chai';
import { Listing } from '@etalase/catalog';
import { applyFill, classifyForm, planFill, readForm } from '@etalase/marketplaces';
import { mountHostileForm, mountSlotForm, mountTrapForm, ODD_FORMS } from './generic/odd-forms.js';
import { freshContainer, KERIPIK, samplePhoto, watchSubmits } from './sample-listing.js';

describe('classifyForm on forms it has never seen', () => {
  for (const form of ODD_FORMS) {
    it(`finds each field's control in ${form.name}`, () => {
      freshContainer().innerHTML = form.html;
      const found = Object.fromEntries(
        classifyForm(document).map((f) => [f.field, f.control.element.id]),
      );
      expect(found).to.deep.equal(form.expected);
      for (const f of classifyForm(document)) {
        expect(f.confidence, f.field).to.be.within(0.45, 1);
      }
    });
  }
});

describe('planFill and applyFill without a field map', () => {
  it('fills the table form, leaves the look-alikes empty and stops its submit button from being pressed', async () => {
    const container = freshContainer();
    container.innerHTML = ODD_FORMS[0]!.html;
    const submits = watchSubmits();
    try {
      const report = await applyFill(planFill(document, KERIPIK), {
        images: [await samplePhoto(10)],
      });
      const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
      expect(value('a-title')).to.equal(KERIPIK.title);
      expect(value('a-price')).to.equal('25000');
      expect(value('a-stock')).to.equal('120');
      expect(value('a-weight')).to.equal('300');
      expect(value('a-category')).to.equal('9');
      expect(value('a-description')).to.equal(KERIPIK.description);
      expect(
        document.querySelector<HTMLInputElement>('input[name="kondisi"][value="1"]')!.checked,
      ).to.equal(true);
      expect(document.querySelector<HTMLInputElement>('#a-photos')!.files!.length).to.equal(1);
      for (const id of ODD_FORMS[0]!.untouched) expect(value(id), id).to.equal('');
      expect(
        report.fields.find((f) => f.field === 'category')!.warnings.map((w) => w.code),
      ).to.deep.equal(['check-choice']);
      expect(submits.count).to.equal(0);
    } finally {
      submits.stop();
    }
  });

  it('fills the English form: weight in kilograms beside its "kg", brand from suggestions that arrive late', async () => {
    const container = freshContainer();
    container.innerHTML = ODD_FORMS[2]!.html;
    ODD_FORMS[2]!.script!(container);
    const report = await applyFill(planFill(document, KERIPIK), {
      images: [await samplePhoto(10)],
    });
    const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect(value('c-weight')).to.equal('0.3');
    expect(value('c-quantity')).to.equal('120');
    expect(value('c-alert')).to.equal('');
    expect(value('c-condition')).to.equal('n');
    expect(value('c-brand')).to.equal('Sari Rasa');
    expect(document.querySelector<HTMLInputElement>('#c-logo')!.files!.length).to.equal(0);
    expect(report.fields.map((f) => [f.field, f.status])).to.deep.include.members([
      ['brand', 'filled'],
      ['weight', 'filled'],
    ]);
  });

  it('types into a contenteditable with no map and fills placeholder-only dimensions', async () => {
    freshContainer().innerHTML = ODD_FORMS[1]!.html;
    await applyFill(planFill(document, KERIPIK), { images: [await samplePhoto(10)] });
    expect(document.querySelector<HTMLElement>('#b-description')!.innerText.trim()).to.equal(
      KERIPIK.description,
    );
    const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect([value('b-length'), value('b-width'), value('b-height')]).to.deep.equal([
      '20',
      '12',
      '6',
    ]);
    expect(value('b-compare')).to.equal('');
  });

  it('reads the weight unit from a label ("Weight (kg)") or from the text after the input ("gram")', async () => {
    freshContainer().innerHTML = ODD_FORMS[3]!.html + ODD_FORMS[4]!.html;
    // Two forms on one page: planFill takes the form element as its root.
    await applyFill(planFill(document.querySelector('#post')!, KERIPIK));
    await applyFill(planFill(document.querySelector('.el-form')!, KERIPIK));
    const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!.value;
    expect([value('w-weight'), value('w-regular'), value('w-sale'), value('w-low')]).to.deep.equal([
      '0.3',
      '25000',
      '',
      '',
    ]);
    expect([value('e-weight'), value('e-price'), value('e-promo'), value('e-short')]).to.deep.equal(
      ['300', '25000', '', ''],
    );
  });
});

describe('a page with no form', () => {
  it('plans every field as not found yet and reports each missing, without throwing', async () => {
    freshContainer().innerHTML = '<h1>Beranda</h1><p>Selamat datang</p><a href="/jual">Jual</a>';
    const plans = planFill(document, KERIPIK);
    expect(plans.every((p) => p.element === null && p.source === 'none')).to.equal(true);
    const report = await applyFill(plans, { lateFieldTimeoutMs: 200, quietMs: 100 });
    expect(report.fields.every((f) => f.status === 'missing')).to.equal(true);
    expect(report.fields.find((f) => f.field === 'price')!.warnings.map((w) => w.id)).to.deep.equal(
      ['kolom harga tidak ditemukan di halaman ini'],
    );
    expect(readForm(document).missing).to.include.members(['title', 'price', 'images']);
    expect(readForm(document, 'shopee').missing).to.include('title');
  });
});

describe('older forms', () => {
  it('types into an iframe editor, puts one photo in each slot and searches the category by its parent', async () => {
    mountSlotForm(freshContainer());
    const photos = [await samplePhoto(10), await samplePhoto(99)];
    const report = await applyFill(planFill(document, KERIPIK), {
      images: photos,
      optionTimeoutMs: 300,
    });
    const frame = document.querySelector<HTMLIFrameElement>('#f-editor')!;
    expect(frame.contentDocument!.body.innerText.trim()).to.equal(KERIPIK.description);
    const files = ['f-photo-1', 'f-photo-2', 'f-photo-3'].map(
      (id) => document.querySelector<HTMLInputElement>(`#${id}`)!.files!.length,
    );
    expect(files).to.deep.equal([1, 1, 0]);
    expect(document.querySelector<HTMLInputElement>('#f-category')!.value).to.equal('Camilan');
    const category = report.fields.find((f) => f.field === 'category')!;
    expect(category.warnings.map((w) => w.code)).to.deep.equal(['check-choice']);

    // And reads it back without a map.
    const { listing } = readForm(document);
    expect(listing.title).to.equal(KERIPIK.title);
    expect(listing.description).to.equal(KERIPIK.description);
    expect(listing.category).to.equal('Camilan');
  });
});

describe('a picker without ARIA options', () => {
  it('chooses among the items of the menu it opens, never in a menu that was already open', async () => {
    freshContainer().innerHTML = `
<nav class="dropdown site-menu"><a href="/kategori/camilan" id="h-nav">Camilan</a></nav>
<form><label for="h-title">Nama Produk</label><input id="h-title">
  <div class="form-group"><label>Kategori</label>
    <div class="dropdown"><button type="button" id="h-toggle" aria-haspopup="true" aria-expanded="false">Pilih kategori</button>
    <div class="dropdown-menu" hidden><a class="dropdown-item" href="#">Kerajinan</a><a class="dropdown-item" href="#">Camilan</a></div></div>
  </div></form>`;
    const toggle = document.querySelector<HTMLButtonElement>('#h-toggle')!;
    const menu = document.querySelector<HTMLElement>('.dropdown-menu')!;
    toggle.addEventListener('click', () => (menu.hidden = false));
    for (const item of menu.querySelectorAll('a')) {
      item.addEventListener('click', (event) => {
        event.preventDefault();
        toggle.textContent = item.textContent;
        menu.hidden = true;
      });
    }
    let navClicks = 0;
    document.querySelector('#h-nav')!.addEventListener('click', (event) => {
      event.preventDefault();
      navClicks++;
    });
    const report = await applyFill(planFill(document, KERIPIK), { optionTimeoutMs: 300 });
    expect(toggle.textContent).to.equal('Camilan');
    expect(navClicks).to.equal(0);
    expect(report.fields.find((f) => f.field === 'category')!.status).to.equal('review');
  });
});

describe('a condition checkbox', () => {
  it('is checked for a used product and cleared for a new one', async () => {
    const html = `<form><label for="g-title">Nama Produk</label><input id="g-title">
      <div>Kondisi</div><label><input type="checkbox" id="g-used"> Bekas</label></form>`;
    freshContainer().innerHTML = html;
    const box = () => document.querySelector<HTMLInputElement>('#g-used')!;
    let changes = 0;
    box().addEventListener('change', () => changes++);
    await applyFill(planFill(document, Listing.parse({ ...KERIPIK, condition: 'used' })));
    expect([box().checked, changes]).to.deep.equal([true, 1]);
    await applyFill(planFill(document, KERIPIK));
    expect([box().checked, changes]).to.deep.equal([false, 2]);
  });
});

describe('applyFill on pages that fight back', () => {
  it('reports a field that keeps losing its value and refills one the page re-rendered once', async () => {
    mountHostileForm(freshContainer());
    const report = await applyFill(planFill(document, KERIPIK));
    const byField = Object.fromEntries(report.fields.map((f) => [f.field, f]));
    expect(byField.title!.status).to.equal('lost');
    expect(byField.title!.warnings.map((w) => w.id)).to.include(
      'halaman menggambar ulang kolom judul dan isinya hilang; isi sendiri',
    );
    expect(byField.price!.status).to.equal('filled');
    expect(byField.price!.rerendered).to.equal(true);
    expect(document.querySelector<HTMLInputElement>('#d-price')!.value).to.equal('25000');
    expect(byField.stock!.status).to.equal('filled');
  });

  it('says the category must be chosen by hand, and stops the submit its picker button causes', async () => {
    const trap = mountTrapForm(freshContainer());
    let saveClicks = 0;
    document.querySelector('#e-save')!.addEventListener('click', () => saveClicks++);
    const report = await applyFill(planFill(document, KERIPIK), { optionTimeoutMs: 300 });
    const category = report.fields.find((f) => f.field === 'category')!;
    expect(category.status).to.equal('review');
    expect(category.warnings.map((w) => [w.id, w.en])).to.deep.equal([
      ['kategori perlu dipilih sendiri', 'category needs to be chosen by hand'],
    ]);
    expect(trap.submitsSeen()).to.equal(0);
    expect(saveClicks).to.equal(0);
    expect(report.submitsBlocked).to.equal(1);
    expect(report.warnings.map((w) => w.code)).to.deep.equal(['submit-blocked']);
  });
});
