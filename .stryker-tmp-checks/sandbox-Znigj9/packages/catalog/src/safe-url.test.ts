// @ts-nocheck
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeUrl, safeUrl } from './safe-url.js';

describe('isSafeUrl', () => {
  it('accepts http and https URLs with a host, in any letter case', () => {
    for (const url of [
      'https://umkm.example/foto/keripik.jpg',
      'http://umkm.example',
      'https://umkm.example:8443/a?b=1&c=2#d',
      'HTTPS://UMKM.EXAMPLE/A.JPG',
      'https://wa.me/6281234567890?text=Halo',
    ]) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });

  it('accepts relative URLs', () => {
    for (const url of [
      'foto/keripik.jpg',
      '/foto/keripik.jpg',
      './a.jpg',
      '../a.jpg',
      '?halaman=2',
      '#produk',
      'katalog-2.json',
    ]) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });

  it('ignores spaces around a URL, as browsers do', () => {
    assert.equal(isSafeUrl('  https://umkm.example/a.jpg  '), true);
  });

  it('refuses javascript: in any letter case and behind leading whitespace', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      '\u2028javascript:alert(1)',
    ]) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses schemes split by characters browsers drop (java\\nscript:)', () => {
    for (const url of [
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
    ]) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses data:, vbscript:, file: and other schemes', () => {
    for (const url of [
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:penjual@umkm.example',
      'ftp://umkm.example/a.jpg',
      'blob:https://umkm.example/1',
    ]) {
      assert.equal(isSafeUrl(url), false, url);
    }
  });

  it('refuses protocol-relative and backslash URLs that reach another host', () => {
    for (const url of [
      '//evil.example',
      '//evil.example/a.jpg',
      '\\\\evil.example',
      '\\evil.example',
      '/\\evil.example',
      'http:\\\\evil.example',
    ]) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses http(s) URLs without a host', () => {
    for (const url of [
      'https://',
      'https:',
      'http:/evil.example',
      'https:evil.example',
      'https://?x=1',
      'https:///a',
    ]) {
      assert.equal(isSafeUrl(url), false, url);
    }
  });

  it('refuses control characters and whitespace inside a URL', () => {
    for (const url of [
      'https://umkm.example/a\u0000.jpg',
      'https://umkm.example/\u001f',
      'https://umkm.example/\u007f',
      'https://umkm.example/a b.jpg',
      'foto/\na.jpg',
      '/\t/evil.example',
    ]) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('refuses empty and overlong URLs', () => {
    assert.equal(isSafeUrl(''), false);
    assert.equal(isSafeUrl('   '), false);
    assert.equal(isSafeUrl(`https://umkm.example/${'a'.repeat(2048)}`), false);
    assert.equal(isSafeUrl(`https://umkm.example/${'a'.repeat(2000)}`), true);
  });
});

describe('safeUrl', () => {
  it('returns the trimmed URL when it is safe', () => {
    assert.equal(safeUrl(' https://umkm.example/a.jpg '), 'https://umkm.example/a.jpg');
    assert.equal(safeUrl('foto/a.jpg'), 'foto/a.jpg');
  });

  it('returns undefined for unsafe URLs and for values that are not text', () => {
    for (const value of [
      'javascript:alert(1)',
      '//evil.example',
      42,
      null,
      undefined,
      { href: 'https://a.example' },
    ]) {
      assert.equal(safeUrl(value), undefined, String(value));
    }
  });
});
