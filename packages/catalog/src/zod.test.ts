import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCatalog } from './parse-catalog.js';
import { z } from './zod.js';

describe('zod as this package configures it', () => {
  it("keeps zod's JIT off through its documented switch", () => {
    assert.equal(z.config().jitless, true);
  });

  it('reads a catalog without compiling code (no eval for a strict CSP to report)', () => {
    const compiled: string[] = [];
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args: string[]) {
        compiled.push(args.join(','));
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        compiled.push(args.join(','));
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      const { catalog } = parseCatalog({
        version: 1,
        sellers: [{ id: 'bu-sri', name: 'Bu Sri' }],
        products: [
          { id: 'kopi', name: 'Kopi', category: 'kuliner', price: 1000, sellerId: 'bu-sri' },
        ],
      });
      assert.equal(catalog.products.length, 1);
    } finally {
      globalThis.Function = original;
    }
    assert.deepEqual(compiled, []);
  });
});
