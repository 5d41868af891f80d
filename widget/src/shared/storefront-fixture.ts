// Test-only helpers: build catalogs and mount storefronts. Not part of the bundle.
import type { CatalogInput, ProductInput } from '@etalase/catalog';
import type { EtalaseStorefront } from '../storefront/storefront.js';
import '../define.js';

/** A small catalog with two sellers in two kabupaten and every category. */
export function sampleCatalog(extra: Partial<CatalogInput> = {}): CatalogInput {
  const products: ProductInput[] = [
    {
      id: 'keripik-tempe',
      name: 'Keripik Tempe Sagu',
      category: 'kuliner',
      price: 15000,
      unit: 'per 250 g',
      sellerId: 'bu-sri',
      madeLocally: true,
      images: [{ src: 'img/a.svg', width: 800, height: 800, alt: 'Keripik tempe' }],
      tags: ['camilan'],
      updatedAt: '2026-10-01',
    },
    {
      id: 'sambal-bawang',
      name: 'Sambal Bawang Pedas',
      category: 'kuliner',
      price: 22000,
      unit: 'per botol 150 ml',
      sellerId: 'bu-sri',
      madeLocally: true,
      updatedAt: '2026-11-01',
    },
    {
      id: 'batik-lasem',
      name: 'Batik Tulis Lasem Latohan',
      category: 'fashion',
      price: 650000,
      unit: 'per lembar',
      sellerId: 'pak-budi',
      madeLocally: true,
      updatedAt: '2026-09-01',
      links: { tokopedia: 'https://www.tokopedia.com/contoh/batik' },
    },
    {
      id: 'anyaman-pandan',
      name: 'Tas Anyaman Pandan',
      category: 'kerajinan',
      price: 85000,
      sellerId: 'pak-budi',
      madeLocally: false,
      stock: 0,
    },
    {
      id: 'beras-merah',
      name: 'Beras Merah Organik',
      category: 'pertanian',
      price: { min: 18000, max: 20000 },
      unit: 'per kg',
      sellerId: 'bu-sri',
      madeLocally: true,
    },
    {
      id: 'bandeng-presto',
      name: 'Bandeng Presto Duri Lunak',
      category: 'perikanan',
      price: 45000,
      unit: 'per ekor',
      sellerId: 'pak-budi',
      madeLocally: true,
    },
  ];
  return {
    version: 1,
    title: 'Katalog uji',
    sellers: [
      {
        id: 'bu-sri',
        name: 'Dapur Bu Sri',
        region: { code: '33.72', name: 'Kota Surakarta' },
        whatsapp: '6281200000001',
      },
      {
        id: 'pak-budi',
        name: 'Batik Pak Budi',
        region: { code: '33.17', name: 'Kabupaten Rembang' },
        whatsapp: '6281200000002',
        shops: { shopee: 'https://shopee.co.id/contoh-batik' },
      },
    ],
    products,
    ...extra,
  };
}

/** Mounts a storefront, waits until it has rendered its catalog (or failed). */
export async function mount(
  setup: (el: EtalaseStorefront) => void,
  container: HTMLElement = document.body,
): Promise<EtalaseStorefront> {
  const el = document.createElement('etalase-storefront');
  setup(el);
  const settled = new Promise<void>((resolve) => {
    const done = () => resolve();
    el.addEventListener('etalase-ready', done, { once: true });
    el.addEventListener('etalase-error', (e) => {
      if (
        (e as CustomEvent<{ issues: { severity: string }[] }>).detail.issues.some(
          (i) => i.severity === 'fatal',
        )
      )
        done();
    });
  });
  container.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

/** The storefront's shadow root, asserted present. */
export function shadow(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Waits until `check` returns a truthy value (or fails after `timeout` ms). */
export async function until<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Types into an input as a user would (sets value, fires input). */
export function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Moves a storefront as a page may: into a tab at once, then out and back a frame later
 * (a framework re-parenting it). Resolves with the tab, to be removed after.
 */
export async function moveOnPage(el: HTMLElement): Promise<HTMLElement> {
  const tab = document.createElement('div');
  document.body.append(tab);
  tab.append(el);
  el.remove();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  document.body.append(el);
  return tab;
}
