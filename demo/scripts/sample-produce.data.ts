// Fresh-produce details of the sample catalog, by product id: harvest and catch dates, minimum
// orders and wholesale prices, seasons, pre-orders, pickup points and delivery areas of the
// farmer groups (Gapoktan, KWT, subak), fishers' groups (KUB nelayan, Pokdakan) and home
// kitchens. Every certificate number here is fictional and says so ("CONTOH", example): a
// real halal or P-IRT number belongs to a real producer. Dates are on or before the
// catalog's date (24 November 2026), except pre-orders and best-before dates to come.
import type { CertificationKind } from '@etalase/catalog';

/** The produce fields of one sample product; regions by Kemendagri kabupaten/kota code. */
export interface SampleProduce {
  readonly minOrder?: number;
  readonly priceTiers?: readonly { readonly minQuantity: number; readonly price: number }[];
  readonly harvestedAt?: string;
  readonly bestBefore?: string;
  readonly season?: readonly number[];
  readonly preOrder?: {
    readonly readyAt: string;
    readonly orderBy?: string;
    readonly quota?: number;
  };
  readonly certifications?: readonly {
    readonly kind: CertificationKind;
    readonly number: string;
  }[];
  readonly pickup?: readonly {
    readonly name: string;
    readonly region: string;
    readonly address?: string;
  }[];
  readonly deliveryAreas?: readonly string[];
}

/** Fictional certificate numbers shaped like real ones, marked as examples. */
const halal = (n: string) => ({ kind: 'halal', number: `CONTOH-ID${n}` }) as const;
const pirt = (n: string) => ({ kind: 'pirt', number: `CONTOH-P-IRT ${n}` }) as const;

/** Produce details by product id. */
export const SAMPLE_PRODUCE: Readonly<Record<string, SampleProduce>> = {
  'beras-pandan-wangi-cianjur-5kg': {
    harvestedAt: '2026-11-16',
    minOrder: 2,
    priceTiers: [
      { minQuantity: 10, price: 90_000 },
      { minQuantity: 40, price: 86_000 },
    ],
    season: [3, 4, 8, 9, 11, 12],
    pickup: [
      { name: 'Lumbung Gapoktan Saluyu Mekar', region: '32.03', address: 'Desa Cibeber, Cianjur' },
    ],
    deliveryAreas: ['32.03', '32.02', '32.73'],
  },
  'ikan-kakap-merah-segar': {
    harvestedAt: '2026-11-24',
    minOrder: 1,
    priceTiers: [{ minQuantity: 10, price: 80_000 }],
    pickup: [{ name: 'TPI Pangandaran', region: '32.18', address: 'Pantai Timur Pangandaran' }],
    deliveryAreas: ['32.18', '32.07', '32.78'],
  },
  'teri-nasi-kering': { harvestedAt: '2026-11-12', bestBefore: '2027-02-12' },
  'cumi-asin-pangandaran': { harvestedAt: '2026-11-10', bestBefore: '2027-02-10' },
  'mangga-gedong-gincu': {
    harvestedAt: '2026-11-22',
    season: [9, 10, 11, 12],
    minOrder: 2,
    priceTiers: [
      { minQuantity: 10, price: 33_000 },
      { minQuantity: 25, price: 30_000 },
    ],
    pickup: [{ name: 'Kebun Kang Darma', region: '32.12', address: 'Desa Sukagumiwang' }],
    deliveryAreas: ['32.12', '32.09', '31'],
  },
  'mangga-harum-manis': { season: [8, 9, 10, 11], minOrder: 2 },
  'salak-pondoh-super': {
    harvestedAt: '2026-11-23',
    minOrder: 1,
    priceTiers: [
      { minQuantity: 10, price: 16_000 },
      { minQuantity: 50, price: 14_000 },
    ],
    pickup: [{ name: 'Kebun Salak Pak Warno', region: '34.04', address: 'Kapanewon Turi' }],
    deliveryAreas: ['34'],
  },
  'lele-segar-boyolali': {
    harvestedAt: '2026-11-24',
    minOrder: 1,
    priceTiers: [
      { minQuantity: 10, price: 24_000 },
      { minQuantity: 50, price: 22_000 },
    ],
    pickup: [
      { name: 'Kolam Pokdakan Mina Lestari', region: '33.09', address: 'Desa Tegalrejo, Sawit' },
      { name: 'Pasar Sunggingan', region: '33.09', address: 'Jl. Pandanaran, Boyolali' },
    ],
    deliveryAreas: ['33.09', '33.72'],
  },
  'nila-merah-segar': {
    harvestedAt: '2026-11-24',
    minOrder: 1,
    pickup: [
      { name: 'Kolam Pokdakan Mina Lestari', region: '33.09', address: 'Desa Tegalrejo, Sawit' },
    ],
    deliveryAreas: ['33.09', '33.72'],
  },
  'bandeng-segar-tambak': {
    harvestedAt: '2026-11-23',
    minOrder: 1,
    pickup: [{ name: 'Tambak Bu Tatik', region: '33.18', address: 'Desa Bakaran, Juwana' }],
  },
  'bawang-merah-brebes-bima': {
    harvestedAt: '2026-11-17',
    minOrder: 1,
    priceTiers: [
      { minQuantity: 10, price: 30_000 },
      { minQuantity: 50, price: 28_000 },
    ],
    deliveryAreas: ['33.29', '33.28', '31'],
  },
  'kentang-dieng-granola': {
    harvestedAt: '2026-11-19',
    minOrder: 2,
    priceTiers: [
      { minQuantity: 25, price: 13_000 },
      { minQuantity: 100, price: 12_000 },
    ],
  },
  'apel-manalagi-batu': {
    harvestedAt: '2026-11-21',
    priceTiers: [{ minQuantity: 10, price: 20_000 }],
    pickup: [
      { name: 'Kebun Petik KWT Sumber Rejeki', region: '35.79', address: 'Desa Tulungrejo' },
    ],
  },
  'jeruk-siam-kintamani': {
    season: [12, 1, 2],
    preOrder: { readyAt: '2026-12-14', orderBy: '2026-12-10', quota: 500 },
    minOrder: 2,
    priceTiers: [{ minQuantity: 20, price: 17_000 }],
    deliveryAreas: ['51'],
  },
  'udang-vaname-segar': {
    preOrder: { readyAt: '2026-12-20', orderBy: '2026-12-15', quota: 300 },
    minOrder: 2,
    priceTiers: [{ minQuantity: 20, price: 72_000 }],
    deliveryAreas: ['35.15', '35.78'],
  },
  'lemuru-segar-beku': {
    harvestedAt: '2026-11-24',
    minOrder: 2,
    priceTiers: [{ minQuantity: 20, price: 18_000 }],
  },
  'tuna-loin-beku': {
    harvestedAt: '2026-11-20',
    minOrder: 1,
    priceTiers: [{ minQuantity: 10, price: 100_000 }],
    deliveryAreas: ['71.72', '71.71'],
  },
  'rumput-laut-kering-cottonii': {
    harvestedAt: '2026-11-10',
    minOrder: 5,
    priceTiers: [
      { minQuantity: 50, price: 32_000 },
      { minQuantity: 100, price: 30_000 },
    ],
  },
  'beras-merah-jatiluwih': {
    harvestedAt: '2026-10-30',
    certifications: [{ kind: 'organik', number: 'CONTOH-LSO-0107-2025' }],
  },
  'keripik-tempe-malang-original': {
    harvestedAt: '2026-11-22',
    bestBefore: '2027-02-22',
    certifications: [halal('35110000000000101'), pirt('2063573010001-29')],
    priceTiers: [
      { minQuantity: 10, price: 20_000 },
      { minQuantity: 50, price: 18_500 },
    ],
    pickup: [{ name: 'Rumah produksi Bu Yayuk', region: '35.73', address: 'Sentra Tempe Sanan' }],
  },
  'keripik-tempe-pedas-daun-jeruk': {
    harvestedAt: '2026-11-22',
    bestBefore: '2027-02-22',
    certifications: [halal('35110000000000101'), pirt('2063573010002-29')],
  },
  'tempe-segar-sanan': {
    harvestedAt: '2026-11-24',
    bestBefore: '2026-11-26',
    certifications: [pirt('2063573010003-29')],
    pickup: [{ name: 'Rumah produksi Bu Yayuk', region: '35.73', address: 'Sentra Tempe Sanan' }],
  },
  'rendang-daging-kering-250g': {
    harvestedAt: '2026-11-20',
    bestBefore: '2027-01-20',
    certifications: [halal('13110000000000202'), pirt('2061376010001-28')],
  },
  'abon-sapi-manis-solo': {
    bestBefore: '2027-03-01',
    certifications: [halal('33110000000000303'), pirt('2063372010004-27')],
    pickup: [
      { name: 'Toko Oleh-oleh Mbak Wulan', region: '33.72', address: 'Jl. Slamet Riyadi, Laweyan' },
    ],
    deliveryAreas: ['33.72', '33.11', '33.13'],
  },
  'sambal-roa': {
    preOrder: { readyAt: '2026-12-11', orderBy: '2026-12-09', quota: 40 },
    certifications: [halal('71110000000000404'), pirt('2067172010005-28')],
  },
  'thiwul-instan-gula-jawa': { certifications: [pirt('2063403010006-27')] },
  'dodol-garut-aneka-rasa-500g': {
    bestBefore: '2027-05-01',
    certifications: [halal('32110000000000505'), pirt('2063205010007-29')],
  },
};
