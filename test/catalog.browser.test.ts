import { expect } from '@esm-bundle/chai';
import {
  formatPrice,
  formatRupiah,
  isSafeUrl,
  parseCatalog,
  whatsappOrderLink,
} from '@etalase/catalog';

// The catalog package is pure and tested in Node; these tests prove it behaves the same in
// a real browser, where URL parsing and JSON.parse are the browser's own.
describe('@etalase/catalog in Chromium', () => {
  it('parses a catalog and keeps the valid products', () => {
    const { catalog, issues } = parseCatalog(
      JSON.stringify({
        version: 1,
        title: 'Uji',
        sellers: [{ id: 's', name: 'Bu Sri', whatsapp: '0812 0000 1234' }],
        products: [
          { id: 'a', name: 'Keripik', category: 'kuliner', price: 'Rp25.000', sellerId: 's' },
          { id: 'b', name: 'Minus', category: 'kuliner', price: -1, sellerId: 's' },
        ],
      }),
    );
    expect(catalog.products.map((p) => p.id)).to.deep.equal(['a']);
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.deep.equal(['products', 1, 'price']);
  });

  it('formats rupiah as Rp25.000 where Intl would print something else', () => {
    expect(formatRupiah(25000)).to.equal('Rp25.000');
    expect(formatPrice({ min: 15000, max: 1250000 })).to.equal('Rp15.000–Rp1.250.000');
    // The reason formatRupiah exists: the browser's own output is not the PUEBI form.
    const intl = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency: 'IDR',
      maximumFractionDigits: 0,
    }).format(25000);
    expect(intl).to.not.equal('Rp25.000');
  });

  it('accepts only URLs that the browser resolves to http(s)', () => {
    const base = 'https://contoh.id/katalog/';
    const inputs = [
      'https://contoh.id/a.jpg',
      'http://contoh.id/a.jpg',
      'img/a.svg',
      '/img/a.svg',
      '../a.svg',
      '?x=1',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/a.js',
      '\\\\evil.example\\a',
    ];
    for (const input of inputs) {
      if (!isSafeUrl(input)) continue;
      const protocol = new URL(input, base).protocol;
      expect(['http:', 'https:'], input).to.include(protocol);
    }
    expect(inputs.filter(isSafeUrl)).to.deep.equal([
      'https://contoh.id/a.jpg',
      'http://contoh.id/a.jpg',
      'img/a.svg',
      '/img/a.svg',
      '../a.svg',
      '?x=1',
    ]);
  });

  it('builds a wa.me link the browser reads back to the same message', () => {
    const link = whatsappOrderLink('0812-0000-1234', {
      productName: 'Sambal & Keripik #1',
      price: 25000,
      quantity: 2,
      sellerName: 'Bu Sri',
    })!;
    const url = new URL(link);
    expect(url.origin).to.equal('https://wa.me');
    expect(url.pathname).to.equal('/6281200001234');
    const text = url.searchParams.get('text')!;
    expect(text).to.contain('Sambal & Keripik #1');
    expect(text).to.contain('Rp25.000 × 2 = Rp50.000');
  });
});
