import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, findRegion, parseCatalog } from '@etalase/catalog';
import type { Catalog } from '@etalase/catalog';
import {
  FICTIONAL_WHATSAPP,
  IMAGE_DIR,
  buildSampleCatalog,
  checkSampleCatalog,
} from './generate-sample-catalog.js';
import { renderIllustration } from './product-illustration.js';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const jsonText = readFileSync(`${publicDir}katalog.json`, 'utf8');

function committed(): Catalog {
  const { catalog, issues } = parseCatalog(jsonText);
  assert.deepEqual(issues, []);
  return catalog;
}

/** Every string anywhere inside a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('sample catalog (demo/public/katalog.json)', () => {
  it('parses with parseCatalog without a single issue and keeps every item', () => {
    const { catalog, issues } = parseCatalog(jsonText);
    assert.deepEqual(issues, []);
    const raw = JSON.parse(jsonText) as Catalog;
    assert.equal(catalog.products.length, raw.products.length);
    assert.equal(catalog.sellers.length, raw.sellers.length);
    assert.deepEqual(catalog, raw);
  });

  it('has at least 120 products from 30 sellers in 8 kabupaten/kota across 5 provinces', () => {
    const catalog = committed();
    const places = new Set(catalog.sellers.map((s) => s.region!.code));
    const provinces = new Set([...places].map((code) => code.slice(0, 2)));
    assert.ok(catalog.products.length >= 120, `${catalog.products.length} products`);
    assert.ok(catalog.sellers.length >= 30, `${catalog.sellers.length} sellers`);
    assert.ok(places.size >= 8, `${places.size} kabupaten/kota`);
    assert.ok(provinces.size >= 5, `${provinces.size} provinces`);
    for (const seller of catalog.sellers) {
      assert.ok(
        catalog.products.some((p) => p.sellerId === seller.id),
        `${seller.id} sells nothing`,
      );
    }
  });

  it('gives every category a fair share of the products', () => {
    const { products } = committed();
    for (const category of CATEGORIES) {
      const count = products.filter((p) => p.category === category).length;
      assert.ok(count >= products.length * 0.08, `${category}: only ${count} products`);
    }
  });

  it('uses kabupaten/kota codes from the regions table with their official names', () => {
    const catalog = committed();
    const regions = [
      ...catalog.sellers.map((s) => s.region),
      ...catalog.products.map((p) => p.origin),
    ];
    for (const region of regions) {
      assert.ok(region);
      const known = findRegion(region.code);
      assert.equal(known?.level, 'kabupaten-kota', region.code);
      assert.equal(region.name, known.name);
    }
  });

  it('prices in integer rupiah with units, some ranges and a few products out of stock', () => {
    const { products } = committed();
    for (const p of products) {
      const amounts = typeof p.price === 'number' ? [p.price] : [p.price.min, p.price.max];
      for (const amount of amounts) assert.ok(Number.isInteger(amount) && amount >= 100, p.id);
      if (typeof p.price !== 'number') assert.ok(p.price.min < p.price.max, p.id);
      assert.match(p.unit ?? '', /^per /, p.id);
    }
    const ranges = products.filter((p) => typeof p.price !== 'number').length;
    const soldOut = products.filter((p) => p.stock === 0).length;
    assert.ok(ranges >= 10, `${ranges} price ranges`);
    assert.ok(soldOut >= 3 && soldOut <= products.length / 10, `${soldOut} out of stock`);
  });

  it('marks most products as made locally and a few as resold', () => {
    const { products } = committed();
    const resold = products.filter((p) => !p.madeLocally).length;
    assert.ok(resold >= 3, `${resold} resold`);
    assert.ok(resold <= products.length / 5, `${resold} resold`);
  });

  it('writes descriptions of two to four sentences, each one different', () => {
    const catalog = committed();
    for (const p of catalog.products) {
      const sentences = p.description.split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
      assert.ok(sentences >= 2 && sentences <= 4, `${p.id}: ${sentences} sentences`);
    }
    const descriptions = catalog.products.map((p) => p.description);
    assert.equal(new Set(descriptions).size, descriptions.length);
    for (const s of catalog.sellers) assert.ok((s.description ?? '').length > 40, s.id);
  });

  it('tags in lowercase, with the spelling people type for keripik', () => {
    const { products } = committed();
    for (const p of products) {
      assert.ok(p.tags.length >= 3, p.id);
      for (const tag of p.tags) assert.equal(tag, tag.toLowerCase(), p.id);
      if (p.tags.some((t) => t.includes('keripik'))) {
        assert.ok(
          p.tags.some((t) => t.includes('kripik')),
          `${p.id} is tagged keripik but not kripik`,
        );
      }
    }
  });

  it('ships one small, safe SVG illustration per product, referenced by a relative URL', () => {
    const { products } = committed();
    for (const p of products) {
      assert.equal(p.images.length, 1, p.id);
      const image = p.images[0]!;
      assert.equal(image.src, `${IMAGE_DIR}/${p.id}.svg`);
      assert.equal(image.width, 800);
      assert.equal(image.height, 800);
      assert.match(image.alt ?? '', /^Ilustrasi .+ untuk /);
      const path = `${publicDir}${image.src}`;
      assert.ok(existsSync(path), `${path} is missing`);
      assert.ok(statSync(path).size < 3072, `${path} is ${statSync(path).size} bytes`);
      const svg = readFileSync(path, 'utf8');
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 800" width="800" height="800">/,
      );
      assert.ok(!/<script/i.test(svg), `${path} has a script`);
      assert.ok(!/<text|<foreignObject|<image/i.test(svg), `${path} has text or embeds`);
      const references = svg.replaceAll('http://www.w3.org/2000/svg', '');
      assert.ok(!/https?:|href=|xlink|url\((?!#)/i.test(references), `${path} refers outside`);
    }
  });

  it('keeps no stale pictures in the image folder', () => {
    const { products } = committed();
    const expected = products.map((p) => `${p.id}.svg`).sort();
    assert.deepEqual(readdirSync(`${publicDir}${IMAGE_DIR}`).sort(), expected);
  });

  it('uses only the fictional WhatsApp numbers 0812-0000-XXXX and says so', () => {
    const catalog = committed();
    for (const s of catalog.sellers) assert.match(s.whatsapp ?? '', FICTIONAL_WHATSAPP, s.id);
    const numbers = catalog.sellers.map((s) => s.whatsapp);
    assert.equal(new Set(numbers).size, numbers.length);
    assert.match(catalog.description ?? '', /Nomor WhatsApp di katalog contoh ini fiktif\./);
  });

  it('links only to example pages on marketplaces', () => {
    const catalog = committed();
    const links = [
      ...catalog.sellers.flatMap((s) => Object.values(s.shops ?? {})),
      ...catalog.products.flatMap((p) => Object.values(p.links ?? {})),
    ];
    assert.ok(links.length >= 50, `${links.length} links`);
    for (const link of links) {
      assert.match(
        link ?? '',
        /^https:\/\/(www\.)?(tokopedia\.com|shopee\.co\.id|tiktok\.com|lazada\.co\.id|bukalapak\.com|blibli\.com)\/@?contoh-etalase\//,
      );
    }
  });

  it('keeps every product and seller text free of angle brackets', () => {
    const catalog = committed();
    for (const text of stringsIn([
      catalog.title,
      catalog.description,
      catalog.sellers,
      catalog.products,
    ])) {
      assert.ok(!/[<>]/.test(text), text);
    }
  });

  it('dates everything in 2026, before 28 November', () => {
    const catalog = committed();
    const dates = [catalog.updatedAt, ...catalog.products.map((p) => p.updatedAt)];
    for (const date of dates) {
      assert.ok(date && date >= '2026-01-01' && date < '2026-11-28', String(date));
    }
  });
});

describe('buildSampleCatalog', () => {
  it('builds exactly the committed catalog and pictures, so the data never drifts', () => {
    const build = buildSampleCatalog();
    assert.equal(build.json, jsonText, 'katalog.json differs: run `pnpm run generate:catalog`');
    for (const [file, svg] of build.images) {
      const onDisk = readFileSync(`${publicDir}${IMAGE_DIR}/${file}`, 'utf8');
      assert.equal(svg, onDisk, `${file} differs: run \`pnpm run generate:catalog\``);
    }
  });

  it('gives the same output on every run', () => {
    assert.deepEqual(buildSampleCatalog(), buildSampleCatalog());
    const art = { kind: 'fish', count: 3 } as const;
    assert.equal(renderIllustration({ id: 'x', art }), renderIllustration({ id: 'x', art }));
    assert.notEqual(renderIllustration({ id: 'x', art }), renderIllustration({ id: 'y', art }));
  });

  it('passes its own check, and the check reports a broken build', () => {
    const build = buildSampleCatalog();
    assert.deepEqual(checkSampleCatalog(build), []);
    const broken = JSON.parse(build.json) as { products: { price: unknown }[] };
    broken.products[0]!.price = -5;
    const problems = checkSampleCatalog({ ...build, json: JSON.stringify(broken) });
    assert.ok(
      problems.some((p) => p.includes('products.0.price')),
      problems.join('\n'),
    );
  });
});
