import { it } from 'node:test';
import { launchWithExtension } from './harness.js';
it('dbg', async () => {
  const h = await launchWithExtension();
  h.worker.on('console', (m) => console.log('SW', m.text()));
  const page = await h.context.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERR', e.message));
  await page.goto('https://seller.tokopedia.com/edit-product/5551234');
  await new Promise((r) => setTimeout(r, 3000));
  console.log(await page.evaluate(() => [location.href, !!(window as any).__form, document.querySelectorAll('[data-etalase]').length, document.body.innerText.slice(0, 200)]));
  await page.locator('[data-etalase="import"] button.launcher').click();
  await new Promise((r) => setTimeout(r, 4000));
  console.log(await page.evaluate(() => document.querySelector('[data-etalase="import"]')!.shadowRoot!.querySelector('.mount')!.textContent));
  await h.close();
});
