import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CatalogPrefixReader } from './catalog-prefix.js';
import { previewCatalog } from './preview-catalog.js';

const text = readFileSync(new URL('../../../demo/public/katalog.json', import.meta.url), 'utf8');
const sample = JSON.parse(text) as Record<string, unknown> & { products: unknown[] };

/** Feeds `json` in pieces of `size` characters until a preview of `count` comes. */
function readUntilPreview(json: string, count: number, size: number) {
  const reader = new CatalogPrefixReader();
  for (let at = 0; at < json.length; at += size) {
    reader.feed(json.slice(at, at + size));
    const preview = reader.preview(count);
    if (preview) return { preview, read: Math.min(json.length, at + size) };
  }
  return undefined;
}

describe('CatalogPrefixReader', () => {
  it('gives the same preview as the whole file, long before the whole file has arrived', () => {
    const whole = previewCatalog(sample, 12)!;
    for (const size of [1, 7, 100, 4096]) {
      const found = readUntilPreview(text, 12, size);
      assert.ok(found, `pieces of ${size}`);
      assert.deepEqual(found.preview.products, whole.products);
      assert.deepEqual([...found.preview.sellers], [...whole.sellers]);
      assert.ok(found.read < text.length / 2, `read ${found.read} of ${text.length}`);
    }
  });

  it('waits for the whole list when it is shorter than asked', () => {
    const small = JSON.stringify({ ...sample, products: sample.products.slice(0, 3) });
    const found = readUntilPreview(small, 48, 50);
    assert.equal(found?.preview.products.length, 3);
    assert.equal(found?.read, small.length);
  });

  it('gives no preview for layouts it cannot vouch for early', () => {
    const { products, sellers, ...rest } = sample;
    const layouts = {
      'products before sellers': { ...rest, products, sellers },
      'products given twice': `{"version":1,"sellers":${JSON.stringify(sellers)},"products":${JSON.stringify(products)},"products":[]}`,
      'another version': { ...sample, version: 2 },
      'no version': { sellers, products },
      'a list, not an object': [sample],
    };
    for (const [name, layout] of Object.entries(layouts)) {
      const json = typeof layout === 'string' ? layout : JSON.stringify(layout);
      const reader = new CatalogPrefixReader();
      let early = false;
      for (let at = 0; at < json.length; at += 500) {
        reader.feed(json.slice(at, at + 500));
        // "Given twice" is only known at the second key: no preview may come before it.
        if (reader.preview(500)) early = true;
      }
      assert.equal(early, false, name);
    }
  });

  it('gives up at once on CSV', () => {
    const reader = new CatalogPrefixReader();
    reader.feed('id,nama,harga\n"p1","Kopi {Gayo}",1000\n');
    assert.equal(reader.hopeful, false);
    assert.equal(reader.preview(1), undefined);
  });

  it('is not fooled by brackets, quotes and keys inside strings', () => {
    const tricky = {
      version: 1,
      title: 'Toko "kurung" ] } [ { \\ "products": [',
      sellers: [{ id: 's1', name: 'Bu "Sri" ]}' }],
      products: [
        {
          id: 'p1',
          name: 'Kain [tenun] {ikat} "asli"',
          category: 'fashion',
          price: 1,
          sellerId: 's1',
        },
      ],
    };
    const found = readUntilPreview(JSON.stringify(tricky), 1, 3);
    assert.deepEqual(
      found?.preview.products.map((p) => p.name),
      ['Kain [tenun] {ikat} "asli"'],
    );
  });

  it('stops reading at its limit, with the same preview, and then hopes for no more', () => {
    const whole = previewCatalog(sample, 12)!;
    for (const size of [1, 100, text.length]) {
      const reader = new CatalogPrefixReader(12);
      let preview;
      let at = 0;
      for (; at < text.length && !preview; at += size) {
        reader.feed(text.slice(at, at + size));
        preview = reader.preview(12);
      }
      assert.deepEqual(preview?.products, whole.products, `pieces of ${size}`);
      assert.equal(reader.hopeful, false);
    }
    // A first screenful that is all broken: nothing to show, and no reading on for more.
    const broken = JSON.stringify({
      ...sample,
      products: sample.products.map((p) => ({ ...(p as object), price: 'mahal' })),
    });
    const reader = new CatalogPrefixReader(12);
    reader.feed(broken);
    assert.equal(reader.preview(12)?.products.length, 0);
    assert.equal(reader.hopeful, false);
  });

  it('reads escapes and quotes split across pieces', () => {
    const names = ['A \\ "b" \\', '\\\\', 'x\\"y', 'ujung \\', '"', 'polos'];
    const json = JSON.stringify({
      version: 1,
      sellers: [{ id: 's1', name: 'S\\"1' }],
      products: names.map((name, i) => ({
        id: `p${i}`,
        name,
        description: '\\'.repeat(i) + '"]}',
        category: 'fashion',
        price: 1,
        sellerId: 's1',
      })),
    });
    for (const size of [1, 2, 3, 5, 8, 13]) {
      const found = readUntilPreview(json, names.length, size);
      assert.deepEqual(
        found?.preview.products.map((p) => p.name),
        names,
        `pieces of ${size}`,
      );
    }
  });
});
