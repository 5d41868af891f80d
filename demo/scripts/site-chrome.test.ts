import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SITE_PAGES, siteChrome, siteHeader } from './site-chrome.js';

const fill = (html: string, filename: string): string => {
  const hook = siteChrome().transformIndexHtml as {
    handler: (html: string, ctx: { filename: string }) => string;
  };
  return hook.handler(html, { filename });
};

describe('the demo pages’ shared header and footer', () => {
  it('marks the page being shown, and only it, as the current one', () => {
    for (const [file] of SITE_PAGES) {
      const header = siteHeader(file);
      assert.equal(header.match(/aria-current/g)?.length, 1, file);
      assert.match(header, new RegExp(`href="\\./${file}" aria-current="page"`));
    }
    assert.doesNotMatch(siteHeader('index.html'), /aria-current/);
  });

  it('has a tile on the landing page for every page in the navigation, in both languages', () => {
    const landing = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    for (const [file, id, en] of SITE_PAGES) {
      assert.ok(
        landing.includes(`<a href="./${file}" data-en="${en}">${id}</a>`),
        `the landing page has no tile for ${file}`,
      );
    }
  });

  it('fills every page of the site, and refuses a page without the placeholders', () => {
    for (const page of ['index', 'toko', 'foto', 'buat-katalog', 'angka']) {
      const path = new URL(`../${page}.html`, import.meta.url);
      const html = fill(readFileSync(path, 'utf8'), path.pathname);
      assert.match(html, /<header class="site-header">/);
      assert.match(html, /<footer class="site-footer">/);
      assert.doesNotMatch(html, /<!-- site-(header|footer) -->/);
    }
    assert.throws(() => fill('<body></body>', '/x/lain.html'), /lain\.html/);
  });
});
