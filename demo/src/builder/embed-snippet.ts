/**
 * The two lines an organiser pastes into their site, for the address where they will host
 * the catalog and the widget's files (`https://desa.example/etalase/`). Relative to that
 * folder: `etalase.js` and `katalog.json` sit side by side there.
 */
export function embedSnippet(folderUrl: string): { ok: true; html: string } | { ok: false } {
  let url: URL;
  try {
    url = new URL(folderUrl.trim());
  } catch {
    return { ok: false };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  const attr = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    ok: true,
    html: `<script type="module" src="${attr(new URL('etalase.js', url).href)}"></script>\n<etalase-storefront src="${attr(new URL('katalog.json', url).href)}"></etalase-storefront>`,
  };
}
