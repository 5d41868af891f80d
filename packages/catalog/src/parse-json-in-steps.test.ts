import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCatalog } from './parse-catalog.js';
import { parseJsonInSteps } from './parse-json-in-steps.js';

const sampleText = readFileSync(
  new URL('../../../demo/public/katalog.json', import.meta.url),
  'utf8',
);
const sample = JSON.parse(sampleText) as {
  sellers: Record<string, unknown>[];
  products: Record<string, unknown>[];
};

/** Steps through `text`, counting the steps; the value, or what it threw. */
function stepped(text: string): {
  steps: number;
  whole: boolean;
  value?: unknown;
  error?: unknown;
} {
  const parsing = parseJsonInSteps(text);
  let steps = 0;
  try {
    while (!parsing.step()) steps++;
    return { steps: steps + 1, whole: parsing.whole, value: parsing.finish() };
  } catch (error) {
    return { steps, whole: parsing.whole, error };
  }
}

/** What JSON.parse gives for `text` (a leading BOM dropped, as the storefront does). */
function whole(text: string): { value?: unknown; error?: unknown } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { error };
  }
}

/** The sliced parse gives JSON.parse's value, or throws its error (same class, same message). */
function assertSameAsJsonParse(text: string): { whole: boolean } {
  const got = stepped(text);
  const want = whole(text);
  if (want.error) {
    assert.ok(got.error instanceof SyntaxError, `no error for ${JSON.stringify(text)}`);
    assert.equal(got.error.message, (want.error as Error).message);
  } else {
    assert.equal(got.error, undefined, `threw for ${JSON.stringify(text)}`);
    assert.deepEqual(got.value, want.value, JSON.stringify(text));
    // Same key order too (deepEqual does not look at it).
    assert.equal(JSON.stringify(got.value), JSON.stringify(want.value));
  }
  return got;
}

/** Same as JSON.parse, and read in slices (not handed to JSON.parse whole). */
function assertSliced(text: string): void {
  assert.equal(assertSameAsJsonParse(text).whole, false, `parsed whole: ${JSON.stringify(text)}`);
}

const manyProducts = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => ({
    ...sample.products[i % sample.products.length],
    id: `p-${i}`,
  }));

describe('parseJsonInSteps', () => {
  it('gives exactly parseCatalog’s result on the sample catalog', () => {
    const got = stepped(sampleText);
    assert.equal(got.error, undefined);
    assert.equal(got.whole, false);
    assert.deepEqual(got.value, sample);
    assert.deepEqual(parseCatalog(got.value), parseCatalog(sampleText));
  });

  it('reads a large catalog in many small steps, with the same result', () => {
    const text = JSON.stringify({
      version: 1,
      sellers: sample.sellers,
      products: manyProducts(1000),
    });
    const got = stepped(text);
    // About 32 K characters a step: the 850 KB catalog takes over twenty.
    assert.ok(got.steps > 20, `${got.steps} steps`);
    assert.equal(got.whole, false);
    assert.deepEqual(got.value, JSON.parse(text));
    assert.deepEqual(parseCatalog(got.value), parseCatalog(text));
  });

  it('keeps strings with brackets, commas, quotes, escapes and any unicode as they are', () => {
    const odd = [
      'a ] b } c , d',
      '[{"not": "json"}]',
      'quote \\" and "quoted" and \\\\',
      'back\\slash at the end\\',
      '\\',
      '\u0000\u001f control',
      '😀 emoji, 日本語, عربي, \u2028 line separator',
      '\\u0022 looks like an escape',
      '"',
      '}]},{"products":[',
    ];
    const products = odd.map((name, i) => ({
      ...sample.products[0],
      id: `odd-${i}`,
      name,
      description: name,
      nested: { deeper: [[name], { name }], empty: {}, list: [] },
      numbers: [-0, 1.5e300, -2e-7, 0, 1234567890123456],
      flags: [true, false, null],
    }));
    const text = JSON.stringify({ version: 1, sellers: sample.sellers, products });
    assertSliced(text);
    // Enough of them for several batches: odd products on both sides of each batch's edge.
    const many = JSON.stringify({ products: Array.from({ length: 12 }, () => products).flat() });
    assert.ok(stepped(many).steps > 3);
    assertSliced(many);
    // Escapes written by hand rather than by JSON.stringify.
    assertSliced(
      '{"products":[{"name":"\\u005d\\u007d\\"\\\\","x":"\\/\\b\\f\\n\\r\\t\\uD83D\\uDE00"}, "\\"]", 1, [2,[3]], 12345678901234567890, -1.0e-400, 1E+2 ]}',
    );
  });

  it('reads keys before and after the products, in their order, and odd layouts', () => {
    for (const text of [
      '{"version":1,"products":[{"id":"a"}],"sellers":[{"id":"s"}],"title":"after"}',
      '{"products":[{"id":"a"}],"next":"halaman-2.json"}',
      '  \n{ "products" :\t[ {"id":"a"} , {"id":"b"}\n ] , "x" : { "products": [1, 2] } }\n ',
      '{"products":[]}',
      '{"products":[ ]}',
      '{"products":[],"title":"t"}',
      '\uFEFF{"products":[{"id":"bom"}]}',
      '{"\\u0070roducts":[{"id":"escaped key"}],"a":1}',
      '{"products":[1,"two",null,true,false,{"x":[]},[]]}',
      '{"__proto__":{"x":1},"products":[{"__proto__":{"id":"p"},"constructor":1}]}',
    ])
      assertSliced(text);
    for (const text of [
      '{}',
      '{ }',
      '{"title":"no products"}',
      '[{"id":"a list, not a catalog"}]',
      '"text"',
      '12',
      'null',
      '{"products":{"id":"not a list"}}',
      '{"products":"text"}',
      '{"products":null,"sellers":[]}',
    ])
      assert.equal(assertSameAsJsonParse(text).whole, true);
  });

  it('leaves a list given twice to JSON.parse, which keeps the last', () => {
    for (const text of [
      '{"products":[{"id":"first"}],"products":[{"id":"last"}]}',
      '{"products":[{"id":"first"}],"title":"t","\\u0070roducts":[]}',
      '{"products":[{"id":"first"}],"products":"text"}',
    ]) {
      assert.equal(assertSameAsJsonParse(text).whole, true);
    }
  });

  it('throws JSON.parse’s own error for broken JSON', () => {
    const good = JSON.stringify({ version: 1, sellers: [], products: manyProducts(60) });
    for (const text of [
      good.slice(0, good.length - 1),
      good.slice(0, good.length / 2),
      good.replace('},{', '}{'),
      good.replace('},{', '},,{'),
      good.replace(/}]/, '},]'),
      good.replace('[{', '[,{'),
      good.replace('"name"', 'name'),
      good + ' x',
      good + '}',
      '{"products":[1,]}',
      '{"products":[1 2]}',
      '{"products":[{"a":1]}]}',
      '{"products":[{"a":"unterminated}]}',
      '{"products":[tru]}',
      '{"products":[01]}',
      '{"products":[1],}',
      '{"products":[1]',
      '{"products":',
      '{',
      '',
      '   ',
      '{"a":1,}',
      '{"a":"\\x"}',
      '{"products":["\\x"]}',
    ])
      assertSameAsJsonParse(text);
  });

  it('matches JSON.parse on thousands of randomly damaged catalogs', () => {
    const base = JSON.stringify({
      version: 1,
      sellers: sample.sellers.slice(0, 2),
      products: manyProducts(4).map((p, i) => ({ ...p, name: `a]"\\${i}},{` })),
      after: { products: [1] },
    });
    const pieces = ['"', '\\', ',', ']', '}', '[', '{', ' ', ':', '1', 'products', '"products":[]'];
    let seed = 14;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let sliced = 0;
    for (let k = 0; k < 3000; k++) {
      let text = base;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length);
        const cut = random(3);
        text =
          text.slice(0, at) +
          (random(2) ? pieces[random(pieces.length)]! : '') +
          text.slice(at + cut);
      }
      if (!assertSameAsJsonParse(text).whole) sliced++;
    }
    // Damage outside the products (and inside strings) leaves them to be read in slices.
    assert.ok(sliced > 300, `${sliced} read in slices`);
  });
});
