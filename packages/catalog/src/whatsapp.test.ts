import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWhatsapp, orderMessage, whatsappOrderLink } from './whatsapp.js';
import type { OrderMessageInput } from './whatsapp.js';

/** The decoded `text` parameter of a wa.me link, and the link's other parts. */
function readLink(link: string | undefined): { url: URL; text: string } {
  assert.ok(link, 'expected a link');
  const url = new URL(link);
  const params = new URLSearchParams(url.search);
  const text = params.get('text');
  assert.ok(text !== null, 'expected a text parameter');
  return { url, text };
}

function order(overrides: Partial<OrderMessageInput> = {}): OrderMessageInput {
  return { productName: 'Keripik Tempe Sagu', price: 25_000, sellerName: 'Bu Sri', ...overrides };
}

describe('normalizeWhatsapp', () => {
  it('reads a local 08… number with dashes, spaces, dots or parentheses', () => {
    for (const input of [
      '081234567890',
      '0812-3456-7890',
      '0812 3456 7890',
      '0812.3456.7890',
      '(0812) 34567890',
      ' 0812-3456-7890 ',
    ]) {
      assert.equal(normalizeWhatsapp(input), '6281234567890', input);
    }
  });

  it('reads the international forms +62…, 62… and 0062…', () => {
    for (const input of [
      '+62 812 3456 7890',
      '+62-812-3456-7890',
      '+6281234567890',
      '6281234567890',
      '62 812-3456-7890',
      '0062 812 3456 7890',
      '00 62 812 3456 7890',
    ]) {
      assert.equal(normalizeWhatsapp(input), '6281234567890', input);
    }
  });

  it('reads a number written without its leading 0 (8…)', () => {
    assert.equal(normalizeWhatsapp('812 3456 7890'), '6281234567890');
    assert.equal(normalizeWhatsapp('81234567890'), '6281234567890');
  });

  it('drops the trunk 0 kept after the country code, as in +62 (0)812…', () => {
    assert.equal(normalizeWhatsapp('+62 (0)812 3456 7890'), '6281234567890');
    assert.equal(normalizeWhatsapp('62 0812 3456 7890'), '6281234567890');
  });

  it('reads landline numbers', () => {
    assert.equal(normalizeWhatsapp('021-1234567'), '62211234567');
    assert.equal(normalizeWhatsapp('(0271) 712345'), '62271712345');
  });

  it('refuses text with letters or other symbols', () => {
    for (const input of [
      '08abc',
      '0812-3456-789O',
      'nomor saya 0812',
      '0812/3456/7890',
      '0812#34567890',
    ]) {
      assert.equal(normalizeWhatsapp(input), undefined, input);
    }
  });

  it('refuses numbers that are too short or too long', () => {
    for (const input of ['0812', '0812-345', '+62 812', '081234567890123456', '']) {
      assert.equal(normalizeWhatsapp(input), undefined, JSON.stringify(input));
    }
  });

  it('refuses numbers of other countries, even when the rest starts with 8', () => {
    for (const input of [
      '+1 415 555 0100',
      '+65 8123 4567',
      '+81 90 1234 5678',
      '+886 912 345 678',
      '0081 90 1234 5678',
      '+44 7911 123456',
      '+0812 3456 7890',
    ]) {
      assert.equal(normalizeWhatsapp(input), undefined, input);
    }
  });

  it('refuses a number whose digits do not start like an Indonesian one', () => {
    assert.equal(normalizeWhatsapp('1234567890'), undefined);
    assert.equal(normalizeWhatsapp('5812345678'), undefined);
  });

  it('keeps the zeros inside an international number', () => {
    assert.equal(normalizeWhatsapp('+62 812-0000-0001'), '6281200000001');
    assert.equal(normalizeWhatsapp('0062 812 0000 0001'), '6281200000001');
  });

  it('ignores spaces around the number, and reads up to 40 characters', () => {
    const padded = `${' '.repeat(30)}0812-3456-7890${' '.repeat(30)}`;
    assert.equal(normalizeWhatsapp(padded), '6281234567890');
    const forty = `0812${' '.repeat(28)}34567890`;
    assert.equal(forty.length, 40);
    assert.equal(normalizeWhatsapp(forty), '6281234567890');
    assert.equal(normalizeWhatsapp(`0812${' '.repeat(29)}34567890`), undefined);
  });

  it('refuses very long text without working through it', () => {
    assert.equal(normalizeWhatsapp(`0812${'-'.repeat(1_000_000)}34567890`), undefined);
  });
});

describe('orderMessage', () => {
  it('writes the greeting, product, quantity and price in Bahasa Indonesia by default', () => {
    const text = orderMessage(order());
    assert.equal(
      text,
      [
        'Halo Bu Sri,',
        'saya mau pesan:',
        '',
        'Keripik Tempe Sagu',
        'Jumlah: 1',
        'Harga: Rp25.000',
        '',
        'Terima kasih.',
      ].join('\n'),
    );
  });

  it('writes the same order in English', () => {
    const text = orderMessage(order({ lang: 'en', quantity: 2, unit: '250 g' }));
    assert.equal(
      text,
      [
        'Hello Bu Sri,',
        "I'd like to order:",
        '',
        'Keripik Tempe Sagu (250 g)',
        'Quantity: 2',
        'Price: Rp25.000 × 2 = Rp50.000',
        '',
        'Thank you.',
      ].join('\n'),
    );
  });

  it("shows one item's price in English without a total", () => {
    assert.match(orderMessage(order({ lang: 'en' })), /^Price: Rp25\.000$/m);
    assert.match(orderMessage(order({ quantity: 3 })), /^Harga: Rp25\.000 × 3 = Rp75\.000$/m);
  });

  it('adds the product page only when it is an http(s) link', () => {
    const withLink = orderMessage(order({ productUrl: 'https://toko.example/?produk=keripik' }));
    assert.match(withLink, /\n\nhttps:\/\/toko\.example\/\?produk=keripik\n\nTerima kasih\.$/);
    assert.match(orderMessage(order({ productUrl: 'HTTP://toko.example/a' })), /\nHTTP:\/\/toko/);
    for (const productUrl of ['javascript:alert(1)', 'toko.example/a', 'ftp://toko.example/a']) {
      assert.doesNotMatch(orderMessage(order({ productUrl })), /toko|javascript/, productUrl);
    }
  });

  it('greets without a name when the seller has none', () => {
    assert.match(orderMessage(order({ sellerName: undefined })), /^Halo,\n/);
    assert.match(orderMessage(order({ sellerName: '', lang: 'en' })), /^Hello,\n/);
  });

  it('asks for the exact price of a range instead of computing a total', () => {
    const id = orderMessage(order({ price: { min: 25_000, max: 40_000 }, quantity: 3 }));
    assert.match(id, /^Harga: Rp25\.000–Rp40\.000 \(mohon info harga pastinya\)$/m);
    const en = orderMessage(order({ price: { min: 25_000, max: 40_000 }, lang: 'en' }));
    assert.match(en, /^Price: Rp25\.000–Rp40\.000 \(please confirm the exact price\)$/m);
  });

  it('orders at least one whole item whatever quantity it is given', () => {
    const cases: [number, string][] = [
      [0, 'Jumlah: 1'],
      [-3, 'Jumlah: 1'],
      [2.7, 'Jumlah: 2'],
      [Number.NaN, 'Jumlah: 1'],
      [Number.POSITIVE_INFINITY, 'Jumlah: 1'],
    ];
    for (const [quantity, line] of cases) {
      const text = orderMessage(order({ quantity }));
      assert.ok(text.split('\n').includes(line), `${quantity}: ${text}`);
      assert.doesNotMatch(text, /NaN|Rp–/);
    }
  });

  it('adds the product page only when it is an http(s) link', () => {
    assert.match(
      orderMessage(order({ productUrl: 'https://umkm.example/p/1' })),
      /\nhttps:\/\/umkm\.example\/p\/1\n/,
    );
    assert.doesNotMatch(orderMessage(order({ productUrl: 'javascript:alert(1)' })), /javascript/);
    assert.doesNotMatch(orderMessage(order({ productUrl: '/p/1' })), /\/p\/1/);
  });
});

describe('whatsappOrderLink', () => {
  it('links to wa.me with the normalised number', () => {
    const { url } = readLink(whatsappOrderLink('0812-3456-7890', order()));
    assert.equal(url.origin, 'https://wa.me');
    assert.equal(url.pathname, '/6281234567890');
  });

  it('carries product, quantity, total and seller name in the text, in Bahasa Indonesia', () => {
    const { text } = readLink(whatsappOrderLink('081234567890', order({ quantity: 3 })));
    assert.match(text, /Halo Bu Sri,/);
    assert.match(text, /Keripik Tempe Sagu/);
    assert.match(text, /Jumlah: 3/);
    assert.match(text, /Rp25\.000 × 3 = Rp75\.000/);
    assert.match(text, /Terima kasih\./);
  });

  it('carries the same order in English', () => {
    const { text } = readLink(
      whatsappOrderLink('081234567890', order({ quantity: 3, lang: 'en' })),
    );
    assert.match(text, /Hello Bu Sri,/);
    assert.match(text, /I'd like to order:/);
    assert.match(text, /Keripik Tempe Sagu/);
    assert.match(text, /Quantity: 3/);
    assert.match(text, /Price: Rp25\.000 × 3 = Rp75\.000/);
    assert.match(text, /Thank you\./);
  });

  it('encodes &, #, ?, +, emoji and newlines so the text arrives whole', () => {
    const productName = 'Kopi & Teh #1? 100% + gula 🌶️☕\nedisi "spesial"';
    const sellerName = 'Toko A&B #2';
    const link = whatsappOrderLink('081234567890', order({ productName, sellerName }));
    const { url, text } = readLink(link);
    assert.deepEqual([...new URLSearchParams(url.search).keys()], ['text']);
    assert.equal(url.hash, '');
    assert.equal(text, orderMessage(order({ productName, sellerName })));
    assert.ok(text.includes(productName));
    assert.ok(text.includes(`Halo ${sellerName},`));
    // Nothing after "?text=" may be read as a separator or a space by wa.me.
    assert.doesNotMatch(link!.slice(link!.indexOf('?text=') + 6), /[&#?+\s]/);
  });

  it('does not throw on a lone surrogate in untrusted text', () => {
    const link = whatsappOrderLink('081234567890', order({ productName: 'Batik \uD800 Solo' }));
    const { text } = readLink(link);
    assert.match(text, /Batik \uFFFD Solo/);
  });

  it('returns undefined when the number is not usable', () => {
    assert.equal(whatsappOrderLink('bukan nomor', order()), undefined);
    assert.equal(whatsappOrderLink('+1 415 555 0100', order()), undefined);
    assert.equal(whatsappOrderLink('', order()), undefined);
  });
});
