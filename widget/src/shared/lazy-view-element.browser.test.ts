import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { defineElement } from './define-element.js';
import { LazyViewElement } from './lazy-view-element.js';

/** A view chunk the test lets arrive (or fail) when it wants. */
let arrive: (view: { render(): unknown }) => void = () => {};
let fail: (error: Error) => void = () => {};
let loads = 0;

class TestLazy extends LazyViewElement<{ render(): unknown }> {
  protected override readonly loadingText = { id: 'Memuat contoh…', en: 'Loading the example…' };
  protected override readonly failedText = {
    id: 'Contoh tidak bisa dimuat.',
    en: 'The example could not be loaded.',
  };
  protected override loadView() {
    loads++;
    return new Promise<{ render(): unknown }>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
  }
}
defineElement('test-lazy-view', TestLazy);

async function mount(lang = 'id'): Promise<TestLazy> {
  const el = document.createElement('test-lazy-view') as TestLazy;
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  loads = 0;
});

describe('LazyViewElement', () => {
  it('says it is loading, in its language, then shows the view once its chunk arrives', async () => {
    const el = await mount('en');
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
      'Loading the example…',
    );
    arrive({ render: () => html`<p class="view">siap</p>` });
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.view')?.textContent).to.equal('siap');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('says the chunk could not be loaded instead of staying blank, and tries again when put back', async () => {
    const el = await mount();
    fail(new Error('offline'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.equal(
      'Contoh tidak bisa dimuat.',
    );
    el.remove();
    document.body.append(el);
    expect(loads).to.equal(2);
  });

  it('loads its chunk once however often it is moved', async () => {
    const el = await mount();
    el.remove();
    document.body.append(el);
    expect(loads).to.equal(1);
  });
});
