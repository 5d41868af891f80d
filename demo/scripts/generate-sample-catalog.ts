// Builds the demo's sample catalog (`demo/public/katalog.json`) and one illustration per
// product (`demo/public/katalog/img/<id>.svg`) from the hand-written table in
// `sample-catalog.data.ts`. Deterministic: running it twice writes identical files.
//
//   cd demo && pnpm run generate:catalog
//
// The output is checked with `parseCatalog` before anything is written; any issue stops the
// script with a non-zero exit code.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { CATALOG_VERSION, CATEGORIES, findRegion, parseCatalog } from '@etalase/catalog';
import type { Catalog, Marketplace, Product, Seller } from '@etalase/catalog';
import { SAMPLE_SELLERS } from './sample-catalog.data.js';
import type { SampleProduct, SampleSeller } from './sample-catalog.data.js';
import { SAMPLE_PRODUCE } from './sample-produce.data.js';
import { hashString, illustrationNoun, renderIllustration } from './product-illustration.js';

/** The catalog's own date; every product's `updatedAt` is on or before it. */
export const SAMPLE_CATALOG_DATE = '2026-11-24';

/** Where the illustrations live, relative to `katalog.json`. */
export const IMAGE_DIR = 'katalog/img';

/** Example shop addresses: real marketplace hosts, with a path that says it is an example. */
const SHOP_BASE: Readonly<Record<Marketplace, string>> = {
  tokopedia: 'https://www.tokopedia.com/contoh-etalase',
  shopee: 'https://shopee.co.id/contoh-etalase',
  lazada: 'https://www.lazada.co.id/contoh-etalase',
  bukalapak: 'https://www.bukalapak.com/contoh-etalase',
  blibli: 'https://www.blibli.com/contoh-etalase',
  tiktok: 'https://www.tiktok.com/@contoh-etalase',
};

/** The fictional WhatsApp numbers: 0812-0000-XXXX, stored in the catalog's `62…` form. */
export const FICTIONAL_WHATSAPP = /^6281200000\d{4}$/;

/** What {@link buildSampleCatalog} returns: the files, in memory. */
export interface SampleCatalogBuild {
  readonly catalog: Catalog;
  /** Exactly what `katalog.json` holds. */
  readonly json: string;
  /** File name (`<product-id>.svg`) → SVG text, in product order. */
  readonly images: ReadonlyMap<string, string>;
}

function regionOf(code: string, where: string): { code: string; name: string } {
  const region = findRegion(code);
  if (!region || region.level !== 'kabupaten-kota') {
    throw new Error(`${where}: "${code}" is not a kabupaten/kota code in the regions table`);
  }
  return { code: region.code, name: region.name };
}

/** A date in 2026 between 5 January and 20 November, fixed per product id. */
function updatedAtFor(id: string): string {
  const day = hashString(`updated:${id}`) % 320;
  return new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);
}

function whatsappFor(index: number): string {
  return `6281200000${String(index + 1).padStart(4, '0')}`;
}

function shopsOf(seller: SampleSeller): Seller['shops'] {
  if (seller.shops.length === 0) return undefined;
  return Object.fromEntries(seller.shops.map((m) => [m, `${SHOP_BASE[m]}/${seller.id}`]));
}

/** About two products in three link to the seller's marketplace pages; the rest are WhatsApp-only. */
function linksOf(seller: SampleSeller, product: SampleProduct): Product['links'] {
  if (seller.shops.length === 0 || hashString(`links:${product.id}`) % 3 === 0) return undefined;
  return Object.fromEntries(
    seller.shops.map((m) => [m, `${SHOP_BASE[m]}/${seller.id}/${product.id}`]),
  );
}

function toProduct(seller: SampleSeller, p: SampleProduct): Product {
  const where = `product "${p.id}"`;
  const product: Product = {
    id: p.id,
    name: p.name,
    description: p.description,
    category: p.category,
    price: typeof p.price === 'number' ? p.price : { min: p.price.min, max: p.price.max },
    unit: p.unit,
    images: [
      {
        src: `${IMAGE_DIR}/${p.id}.svg`,
        alt: `Ilustrasi ${illustrationNoun(p.art)} untuk ${p.name}`,
        width: 800,
        height: 800,
      },
    ],
    sellerId: seller.id,
    origin: regionOf(p.origin ?? seller.region, where),
    madeLocally: p.madeLocally ?? true,
    tags: [...p.tags],
  };
  const links = linksOf(seller, p);
  if (links) product.links = links;
  if (p.stock !== undefined) product.stock = p.stock;
  product.updatedAt = updatedAtFor(p.id);
  addProduce(product, where);
  return product;
}

/** Copies the product's fresh-produce details from {@link SAMPLE_PRODUCE}, if it has any. */
function addProduce(product: Product, where: string): void {
  if (!Object.hasOwn(SAMPLE_PRODUCE, product.id)) return;
  const produce = SAMPLE_PRODUCE[product.id]!;
  if (produce.minOrder !== undefined) product.minOrder = produce.minOrder;
  if (produce.priceTiers) product.priceTiers = produce.priceTiers.map((t) => ({ ...t }));
  if (produce.harvestedAt) product.harvestedAt = produce.harvestedAt;
  if (produce.bestBefore) product.bestBefore = produce.bestBefore;
  if (produce.season) product.season = [...produce.season];
  if (produce.preOrder) product.preOrder = { ...produce.preOrder };
  if (produce.certifications)
    product.certifications = produce.certifications.map((c) => ({ ...c }));
  if (produce.pickup) {
    product.pickup = produce.pickup.map((point) => ({
      ...point,
      region: regionOf(point.region, `${where}, pickup "${point.name}"`),
    }));
  }
  if (produce.deliveryAreas) product.deliveryAreas = [...produce.deliveryAreas];
}

function toSeller(seller: SampleSeller, index: number): Seller {
  const out: Seller = {
    id: seller.id,
    name: seller.name,
    description: seller.description,
    region: regionOf(seller.region, `seller "${seller.id}"`),
    whatsapp: whatsappFor(index),
  };
  const shops = shopsOf(seller);
  if (shops) out.shops = shops;
  return out;
}

/**
 * Builds the sample catalog and its illustrations in memory, without touching the disk.
 * Throws when the table names a region code that is not a kabupaten/kota.
 */
export function buildSampleCatalog(): SampleCatalogBuild {
  const catalog: Catalog = {
    version: CATALOG_VERSION,
    title: 'Etalase UMKM Nusantara — katalog contoh',
    description:
      'Katalog contoh untuk halaman demo Etalase: produk buatan UMKM dari berbagai daerah di Indonesia, dari batik dan tenun sampai kopi, ikan asin, dan gerabah. Penjual, harga, dan tautan toko hanyalah contoh, dan gambarnya ilustrasi, bukan foto produk. Nomor WhatsApp di katalog contoh ini fiktif.',
    updatedAt: SAMPLE_CATALOG_DATE,
    sellers: SAMPLE_SELLERS.map(toSeller),
    products: SAMPLE_SELLERS.flatMap((s) => s.products.map((p) => toProduct(s, p))),
  };
  const ids = new Set(catalog.products.map((p) => p.id));
  for (const id of Object.keys(SAMPLE_PRODUCE)) {
    if (!ids.has(id)) throw new Error(`sample-produce.data.ts: no product "${id}"`);
  }
  const images = new Map<string, string>();
  for (const seller of SAMPLE_SELLERS) {
    for (const p of seller.products) {
      images.set(`${p.id}.svg`, renderIllustration({ id: p.id, art: p.art }));
    }
  }
  return { catalog, json: `${toJson(catalog, '', '', '')}\n`, images };
}

const PRINT_WIDTH = 100;

/**
 * `JSON.stringify(value, null, 2)`, except that an array of plain values stays on one line
 * when it fits in 100 columns: the layout Prettier gives JSON, so the repository's format
 * check accepts the file as written.
 */
function toJson(value: unknown, indent: string, head: string, tail: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}${head}[]${tail}`;
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const line = `${indent}${head}[${value.map((v) => JSON.stringify(v)).join(', ')}]${tail}`;
      if (line.length <= PRINT_WIDTH) return line;
    }
    const items = value.map((v, i) => toJson(v, inner, '', i < value.length - 1 ? ',' : ''));
    return `${indent}${head}[\n${items.join('\n')}\n${indent}]${tail}`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return `${indent}${head}{}${tail}`;
    const lines = entries.map(([k, v], i) =>
      toJson(v, inner, `${JSON.stringify(k)}: `, i < entries.length - 1 ? ',' : ''),
    );
    return `${indent}${head}{\n${lines.join('\n')}\n${indent}}${tail}`;
  }
  return `${indent}${head}${JSON.stringify(value)}${tail}`;
}

/**
 * Checks a build the way a storefront would read it: `parseCatalog` must report nothing and
 * keep the catalog exactly as written, and the sample's own promises must hold. Returns one
 * line per problem; an empty list means the build is good.
 */
export function checkSampleCatalog(build: SampleCatalogBuild): string[] {
  const problems: string[] = [];
  const { catalog, issues } = parseCatalog(build.json);
  for (const issue of issues) {
    problems.push(`${issue.severity} at ${issue.path.join('.') || '(root)'}: ${issue.message.en}`);
  }
  if (issues.length === 0 && !isDeepStrictEqual(catalog, JSON.parse(build.json))) {
    problems.push('parseCatalog changed the catalog: some value is not in its canonical form');
  }
  for (const seller of build.catalog.sellers) {
    if (!seller.whatsapp || !FICTIONAL_WHATSAPP.test(seller.whatsapp)) {
      problems.push(`seller "${seller.id}": WhatsApp number is not of the form 0812-0000-XXXX`);
    }
  }
  for (const product of build.catalog.products) {
    if (!build.images.has(`${product.id}.svg`)) {
      problems.push(`product "${product.id}": no illustration`);
    }
    if (product.updatedAt === undefined || product.updatedAt > SAMPLE_CATALOG_DATE) {
      problems.push(`product "${product.id}": updatedAt is after the catalog's date`);
    }
  }
  for (const [file, svg] of build.images) {
    if (svg.length >= 3072) problems.push(`${file}: ${svg.length} bytes, over the 3 kB budget`);
  }
  return problems;
}

/** One line: how many products, sellers, places and products per category. */
export function summarizeSampleCatalog(catalog: Catalog): string {
  const places = new Set(catalog.sellers.map((s) => s.region?.code));
  for (const p of catalog.products) places.add(p.origin?.code);
  places.delete(undefined);
  const provinces = new Set([...places].map((code) => code!.slice(0, 2)));
  const perCategory = CATEGORIES.map(
    (c) => `${c} ${catalog.products.filter((p) => p.category === c).length}`,
  ).join(', ');
  return `${catalog.products.length} products, ${catalog.sellers.length} sellers, ${places.size} kabupaten/kota, ${provinces.size} provinces (${perCategory})`;
}

function main(): void {
  const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '../public');
  const build = buildSampleCatalog();
  const problems = checkSampleCatalog(build);
  if (problems.length > 0) {
    console.error(`Sample catalog is not valid (${problems.length} problems); nothing written:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const imageDir = join(publicDir, IMAGE_DIR);
  mkdirSync(imageDir, { recursive: true });
  // Remove pictures of products that are no longer in the table.
  for (const file of readdirSync(imageDir)) {
    if (file.endsWith('.svg') && !build.images.has(file)) rmSync(join(imageDir, file));
  }
  for (const [file, svg] of build.images) writeFileSync(join(imageDir, file), svg);
  writeFileSync(join(publicDir, 'katalog.json'), build.json);
  console.log(`katalog.json: ${summarizeSampleCatalog(build.catalog)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
