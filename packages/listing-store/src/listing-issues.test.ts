import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Listing } from '@etalase/catalog';
import { listingIssues } from './listing-issues.js';

function issuesFor(input: Record<string, unknown>) {
  const parsed = Listing.safeParse(
    { id: 'a', title: 'Produk', price: 1000, ...input },
    { reportInput: true },
  );
  assert.equal(parsed.success, false);
  return listingIssues(parsed.error!.issues);
}

describe('listingIssues', () => {
  it('names the field a seller filled in, in Bahasa Indonesia and English', () => {
    const [title] = issuesFor({ title: 'x'.repeat(300) });
    assert.deepEqual(title, {
      path: ['title'],
      code: 'too-long',
      message: {
        id: 'Judul terlalu panjang (maks. 255 karakter).',
        en: 'Title is too long (max. 255 characters).',
      },
    });
    const [weight] = issuesFor({ weightGrams: 2.5 });
    assert.equal(weight?.message.id, 'Berat (gram) harus bilangan bulat.');
  });

  it('says which variant a problem is in, counting from 1', () => {
    const [price] = issuesFor({ variants: [{ name: 'A' }, { name: 'B', price: -1 }] });
    assert.deepEqual(price?.path, ['variants', 1, 'price']);
    assert.equal(price?.message.id, 'Harga varian 2 tidak boleh negatif.');
    assert.equal(price?.message.en, 'Variant 2 price cannot be negative.');
  });

  it('explains a missing title and an unknown marketplace', () => {
    assert.equal(issuesFor({ title: undefined })[0]?.message.en, 'Title is required.');
    const [market] = issuesFor({ bindings: { amazon: {} } });
    assert.equal(market?.code, 'unknown-marketplace');
    assert.match(market?.message.id ?? '', /amazon/);
  });
});
