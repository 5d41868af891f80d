import { expect } from '@esm-bundle/chai';
import { applyFill, classifyForm, planFill } from '@etalase/marketplaces';
import { mountHostileForm, mountTrapForm, ODD_FORMS } from './generic/odd-forms.js';
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
