// The demo pages' shared header (skip link, site navigation, language toggle) and footer,
// written once here and put into every page by Vite where the page says
// `<!-- site-header -->` and `<!-- site-footer -->`. The link to the page being shown gets
// aria-current="page".
import { basename } from 'node:path';
import type { Plugin } from 'vite';

/** The pages in the navigation, in order: file, Indonesian label, English label. */
export const SITE_PAGES: readonly (readonly [file: string, id: string, en: string])[] = [
  ['toko.html', 'Etalase produk', 'Storefront'],
  ['foto.html', 'Pelatih foto', 'Photo coach'],
  ['buat-katalog.html', 'Buat katalog', 'Catalog builder'],
  ['angka.html', 'Angka wilayah', 'Regional figures'],
];

/** The header for `page` (a file name such as `toko.html`). */
export function siteHeader(page: string): string {
  const links = SITE_PAGES.map(
    ([file, id, en]) =>
      `<li><a href="./${file}"${file === page ? ' aria-current="page"' : ''} data-en="${en}">${id}</a></li>`,
  ).join('\n            ');
  return `<a class="skip" href="#main" data-en="Skip to content">Langsung ke isi</a>
    <header class="site-header">
      <div class="wrap header-row">
        <a class="brand" href="./index.html">Etalase</a>
        <nav aria-label="Halaman" data-en-aria-label="Pages">
          <ul>
            ${links}
          </ul>
        </nav>
        <button type="button" class="lang-toggle" data-lang-toggle lang="en">English</button>
      </div>
    </header>`;
}

export const SITE_FOOTER = `<footer class="site-footer">
      <div class="wrap">
        <p
          data-en="Sample catalog: sellers' names and WhatsApp numbers are fictional. Region data: idn-area-data (ODbL). Etalase is open source (MIT)."
        >
          Katalog contoh: nama penjual dan nomor WhatsApp fiktif. Data wilayah: idn-area-data
          (ODbL). Etalase adalah perangkat sumber terbuka (MIT).
        </p>
      </div>
    </footer>`;

/** Vite plugin: fills the header and footer placeholders of every page, in dev and build. */
export function siteChrome(): Plugin {
  return {
    name: 'etalase-site-chrome',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        const page = basename(filename);
        if (!html.includes('<!-- site-header -->') || !html.includes('<!-- site-footer -->')) {
          throw new Error(
            `${page}: the <!-- site-header --> or <!-- site-footer --> line is missing`,
          );
        }
        return html
          .replace('<!-- site-header -->', siteHeader(page))
          .replace('<!-- site-footer -->', SITE_FOOTER);
      },
    },
  };
}
