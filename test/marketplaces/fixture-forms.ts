// The six fixture add-product forms, how each keeps its state, which of its fields render
// late, and what its state must hold once filled with KERIPIK. Shared by the browser tests
// and bench/fill-forms.bench.ts.
import type { Marketplace } from '@etalase/catalog';
import { mountBlibliForm } from './blibli/add-product.js';
import { mountBukalapakForm } from './bukalapak/add-product.js';
import { mountLazadaForm } from './lazada/add-product.js';
import type { FormHandle, ProductFormState } from './react-kit.js';
import { KERIPIK } from './sample-listing.js';
import { mountShopeeForm } from './shopee/add-product.js';
import { mountTiktokForm } from './tiktok-shop/add-product.js';
import { mountTokopediaForm } from './tokopedia/add-product.js';

/** One fixture form. */
export interface FixtureForm {
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
/** Every fixture form, one per marketplace. */
export const FIXTURE_FORMS: readonly FixtureForm[] = [
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
