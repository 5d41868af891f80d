// The marketplace pages the extension's end-to-end tests visit, served over HTTPS under the
// marketplaces' own host names (Chromium maps them to this server with
// --host-resolver-rules and accepts its test certificate with --ignore-certificate-errors),
// so the built extension runs on them exactly as on the real sites.
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { realJpeg } from '../photo-fixtures.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** One response of the site. */
export interface Page {
  readonly type: string;
  readonly body: string | Buffer;
}

/** A running HTTPS site: `routes` maps `host/path` to a page; tests may add routes. */
export interface FixtureSite {
  readonly port: number;
  readonly routes: Map<string, Page>;
  close(): Promise<void>;
}

const html = (body: string): Page => ({ type: 'text/html; charset=utf-8', body });

/** An HTML page around a bundled script, with optional initial JSON for it. */
export function scriptPage(title: string, script: string, initial?: unknown): Page {
  return html(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div id="app"></div>
${initial === undefined ? '' : `<script id="initial" type="application/json">${JSON.stringify(initial).replace(/</g, '\\u003c')}</script>`}
<script type="module" src="${script}"></script></body></html>`);
}

/** Bundles a page script (React and the fixture forms) once, for the browser. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [`${here}pages/${entry}`],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The Tokopedia product the edit page shows: what "import" reads. */
export const TOKOPEDIA_PRODUCT = {
  id: '5551234',
  state: {
    title: 'Batik Tulis Pekalongan Motif Jlamprang Katun Primisima',
    description: 'Batik tulis asli Pekalongan.\nKain katun primisima 2 x 1,15 m.\nDicanting tangan, pewarna alam.',
    price: '450000',
    stock: '7',
    sku: 'BTP-JLM-01',
    condition: 'Baru',
    weight: '350',
    length: '30',
    width: '25',
    height: '3',
    brand: 'Batik Keris',
    category: 'Fashion Muslim / Batik / Kemeja Batik',
    photos: [
      { name: 'batik-1.jpg', url: '/foto/batik-1.jpg', size: 0 },
      { name: 'batik-2.jpg', url: '/foto/batik-2.jpg', size: 0 },
    ],
  },
};

/** Starts the site with the pages every test uses. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const routes = new Map<string, Page>();
  const tokopediaScript = await bundle('tokopedia-form.ts');
  routes.set('seller.tokopedia.com/__pages/tokopedia-form.js', { type: 'text/javascript', body: tokopediaScript });
  routes.set('seller.tokopedia.com/add-product', scriptPage('Tambah Produk', '/__pages/tokopedia-form.js'));
  routes.set(
    `seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`,
    scriptPage('Ubah Produk', '/__pages/tokopedia-form.js', TOKOPEDIA_PRODUCT.state),
  );
  const jpeg = realJpeg();
  routes.set('seller.tokopedia.com/foto/batik-1.jpg', { type: 'image/jpeg', body: jpeg });
  // A second, different photo: the same bytes with a comment segment after the SOI marker.
  const second = Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe, 0x00, 0x08]), Buffer.from('batik2'), jpeg.subarray(2)]);
  routes.set('seller.tokopedia.com/foto/batik-2.jpg', { type: 'image/jpeg', body: second });
  routes.set('toko.example/', html('<!doctype html><title>Toko lain</title><p>Bukan marketplace.</p>'));

  const server: Server = createServer(
    { key: readFileSync(`${here}tls/key.pem`), cert: readFileSync(`${here}tls/cert.pem`) },
    (request, response) => {
      const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
      const page = routes.get(`${url.hostname}${url.pathname}`);
      if (!page) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    routes,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
