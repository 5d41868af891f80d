import Papa from 'papaparse';
import type { CatalogFigures } from './catalog-figures.js';
import { CATEGORY_LABELS } from './category.js';
import { escapeFormula } from './escape-formula.js';
import type { Lang } from './localized-text.js';
import { MARKETPLACE_NAMES } from './marketplace.js';

const HEADERS = {
  id: ['bagian', 'kode', 'nama', 'produk', 'penjual'],
  en: ['section', 'code', 'name', 'products', 'sellers'],
} as const;

const SECTIONS = {
  total: { id: 'ringkasan', en: 'summary' },
  category: { id: 'kategori', en: 'category' },
  region: { id: 'wilayah', en: 'region' },
  price: { id: 'rentang harga', en: 'price band' },
  marketplace: { id: 'marketplace', en: 'marketplace' },
  fresh: { id: 'produk segar', en: 'fresh produce' },
} as const;

const SUMMARY = {
  sellers: { id: 'Penjual', en: 'Sellers' },
  products: { id: 'Produk', en: 'Products' },
  madeLocally: { id: 'Produk buatan lokal', en: 'Products made locally' },
  regencies: { id: 'Kabupaten/kota tercakup', en: 'Kabupaten/kota covered' },
  whatsappOnly: { id: 'Hanya WhatsApp', en: 'WhatsApp only' },
  noChannel: { id: 'Tanpa marketplace dan WhatsApp', en: 'No marketplace and no WhatsApp' },
  harvested: { id: 'Dipanen bulan ini', en: 'Harvested this month' },
  preOrders: { id: 'Pre-order dibuka', en: 'Pre-orders open' },
  kuliner: { id: 'Produk kuliner', en: 'Kuliner products' },
  halal: { id: 'Kuliner bersertifikat halal', en: 'Kuliner with a halal number' },
  pirt: { id: 'Kuliner ber-P-IRT', en: 'Kuliner with a P-IRT number' },
} as const;

/** `25000` → `25rb`, `1000000` → `1jt`: short rupiah for band names. */
function shortRupiah(amount: number): string {
  if (amount >= 1_000_000) return `${amount / 1_000_000}jt`;
  if (amount >= 1_000) return `${amount / 1_000}rb`;
  return String(amount);
}

/** A price band's name for people: `Rp25rb–50rb`, `≥ Rp1jt`. */
export function priceBandLabel(band: { min: number; max?: number }): string {
  if (band.max === undefined) return `≥ Rp${shortRupiah(band.min)}`;
  if (band.min === 0) return `< Rp${shortRupiah(band.max)}`;
  return `Rp${shortRupiah(band.min)}–${shortRupiah(band.max)}`;
}

/**
 * The figures as CSV, one row per counted thing (`section, code, name, products, sellers`),
 * so an office can paste them into its own report. Names from the catalog are escaped so that
 * a spreadsheet never runs them as formulas.
 */
export function figuresToCsv(figures: CatalogFigures, lang: Lang = 'id'): string {
  const rows: (string | number)[][] = [];
  const section = (s: keyof typeof SECTIONS) => SECTIONS[s][lang];
  rows.push([section('total'), 'sellers', SUMMARY.sellers[lang], '', figures.sellers]);
  rows.push([section('total'), 'products', SUMMARY.products[lang], figures.products, '']);
  rows.push([section('total'), 'made-locally', SUMMARY.madeLocally[lang], figures.madeLocally, '']);
  rows.push([section('total'), 'regencies', SUMMARY.regencies[lang], figures.regenciesCovered, '']);
  for (const row of figures.byCategory) {
    rows.push([
      section('category'),
      row.key,
      CATEGORY_LABELS[row.key][lang],
      row.products,
      row.sellers,
    ]);
  }
  for (const row of figures.byRegion) {
    rows.push([section('region'), row.key, escapeFormula(row.name), row.products, row.sellers]);
  }
  for (const row of figures.byPriceBand) {
    rows.push([section('price'), row.key, priceBandLabel(row.band), row.products, row.sellers]);
  }
  for (const row of figures.byMarketplace) {
    rows.push([
      section('marketplace'),
      row.marketplace,
      MARKETPLACE_NAMES[row.marketplace],
      '',
      row.sellers,
    ]);
  }
  rows.push([
    section('marketplace'),
    'whatsapp-only',
    SUMMARY.whatsappOnly[lang],
    '',
    figures.whatsappOnly,
  ]);
  rows.push([section('marketplace'), 'none', SUMMARY.noChannel[lang], '', figures.noChannel]);
  if (figures.fresh) {
    const f = figures.fresh;
    rows.push([
      section('fresh'),
      `harvested-${f.month}`,
      SUMMARY.harvested[lang],
      f.harvestedThisMonth,
      '',
    ]);
    rows.push([section('fresh'), 'pre-orders-open', SUMMARY.preOrders[lang], f.preOrdersOpen, '']);
    rows.push([section('fresh'), 'kuliner', SUMMARY.kuliner[lang], f.kuliner, '']);
    rows.push([section('fresh'), 'kuliner-halal', SUMMARY.halal[lang], f.kulinerHalal, '']);
    rows.push([section('fresh'), 'kuliner-pirt', SUMMARY.pirt[lang], f.kulinerPirt, '']);
  }
  return Papa.unparse({ fields: [...HEADERS[lang]], data: rows }, { newline: '\r\n' }) + '\r\n';
}
