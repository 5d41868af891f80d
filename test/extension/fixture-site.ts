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
export function scriptPage(
  title: string,
  script: string,
  marketplace: string,
  initial?: unknown,
): Page {
  return html(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body data-marketplace="${marketplace}"><div id="app"></div>
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
    title: 'Kopi Robusta Dampit Sangrai Medium 200 gram Biji Utuh',
    description:
      'Kopi robusta petani Dampit, Malang.\nSangrai medium, biji utuh 200 gram.\nDikemas dengan katup satu arah.',
    price: '45000',
    stock: '7',
    sku: 'KRD-200',
    condition: 'Baru',
    weight: '250',
    length: '15',
    width: '10',
    height: '6',
    brand: 'Sari Rasa',
    category: 'Makanan & Minuman / Minuman / Kopi',
    photos: [
      { name: 'kopi-1.jpg', url: '/foto/kopi-1.jpg', size: 0 },
      { name: 'kopi-2.jpg', url: '/foto/kopi-2.jpg', size: 0 },
    ],
  },
};

/** Where each marketplace's add-product page is (a URL its field map recognises). */
export const ADD_PAGES = {
  tokopedia: 'https://seller.tokopedia.com/add-product',
  shopee: 'https://seller.shopee.co.id/portal/product/new',
  lazada: 'https://sellercenter.lazada.co.id/apps/product/publish',
  bukalapak: 'https://www.bukalapak.com/products/new',
  blibli: 'https://seller.blibli.com/product/create',
  tiktok: 'https://seller-id.tiktok.com/product/create',
} as const;

/** Her Tokopedia product list: the imported product, with a price that drifted. */
export const TOKOPEDIA_LIST_URL = 'https://seller.tokopedia.com/manage-product';
/** The price the list shows (the edit page and Etalase say 45.000). */
export const DRIFTED_PRICE = 42_500;

/** Her Lazada product list: the same coffee, which binds it to Lazada by its exact title. */
export const LAZADA_LIST_URL = 'https://sellercenter.lazada.co.id/apps/product/list';
/** The coffee's id on Lazada. */
export const LAZADA_PRODUCT_ID = '888001';

function lazadaList(): Page {
  const s = TOKOPEDIA_PRODUCT.state;
  return html(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kelola Produk</title></head>
<body><table class="next-table"><tbody>
<tr class="next-table-row" data-row-key="${LAZADA_PRODUCT_ID}">
  <td><div class="product-name"><a href="https://www.lazada.co.id/products/kopi-robusta-dampit-i${LAZADA_PRODUCT_ID}.html">${s.title}</a></div></td>
  <td><div class="product-price">Rp ${Number(s.price).toLocaleString('id-ID')}</div></td>
  <td><div class="product-stock">${s.stock}</div></td>
</tr></tbody></table></body></html>`);
}

/** Her Tokopedia product list with the coffee at `price` and `stock`. */
export function tokopediaList(
  price: number = DRIFTED_PRICE,
  stock = Number(TOKOPEDIA_PRODUCT.state.stock),
): Page {
  const edit = `https://seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`;
  return html(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Daftar Produk</title></head>
<body><h1>Daftar Produk</h1><table><tbody>
<tr data-testid="rowManageProduct" data-product-id="${TOKOPEDIA_PRODUCT.id}">
  <td><a data-testid="lnkManageProductName" href="${edit}">${TOKOPEDIA_PRODUCT.state.title}</a></td>
  <td><div data-testid="txtManageProductPrice"><span>Rp</span><input value="${price.toLocaleString('id-ID')}"></div></td>
  <td><div data-testid="txtManageProductStock"><input value="${stock}"></div></td>
</tr>
<tr data-testid="rowManageProduct" data-product-id="777">
  <td><a data-testid="lnkManageProductName" href="https://seller.tokopedia.com/edit-product/777">Gula Aren Cair 500 ml</a></td>
  <td><div data-testid="txtManageProductPrice"><span>Rp</span><input value="45.000"></div></td>
  <td><div data-testid="txtManageProductStock"><input value="12"></div></td>
</tr>
</tbody></table></body></html>`);
}

/** Starts the site with the pages every test uses. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const routes = new Map<string, Page>();
  const script = { type: 'text/javascript', body: await bundle('marketplace-form.ts') };
  for (const [marketplace, url] of Object.entries(ADD_PAGES)) {
    const { host, pathname } = new URL(url);
    routes.set(`${host}/__pages/marketplace-form.js`, script);
    routes.set(
      `${host}${pathname}`,
      scriptPage('Tambah Produk', '/__pages/marketplace-form.js', marketplace),
    );
  }
  routes.set(
    `seller.tokopedia.com/edit-product/${TOKOPEDIA_PRODUCT.id}`,
    scriptPage('Ubah Produk', '/__pages/marketplace-form.js', 'tokopedia', TOKOPEDIA_PRODUCT.state),
  );
  routes.set('seller.tokopedia.com/manage-product', tokopediaList());
  routes.set('sellercenter.lazada.co.id/apps/product/list', lazadaList());
  routes.set(
    `sellercenter.lazada.co.id/apps/product/publish?productId=${LAZADA_PRODUCT_ID}`,
    scriptPage('Edit Produk', '/__pages/marketplace-form.js', 'lazada', TOKOPEDIA_PRODUCT.state),
  );
  const jpeg = realJpeg();
  routes.set('seller.tokopedia.com/foto/kopi-1.jpg', { type: 'image/jpeg', body: jpeg });
  // A second, different photo: the same bytes with a comment segment after the SOI marker.
  const second = Buffer.concat([
    jpeg.subarray(0, 2),
    Buffer.from([0xff, 0xfe, 0x00, 0x08]),
    Buffer.from('kopi-2'),
    jpeg.subarray(2),
  ]);
  routes.set('seller.tokopedia.com/foto/kopi-2.jpg', { type: 'image/jpeg', body: second });
  // The benchmark's baseline: the same forms with the fill engine in the page, at a path no
  // field map recognises (so the extension stays idle there).
  const direct = { type: 'text/javascript', body: await bundle('engine-fill.ts') };
  for (const [marketplace, url] of Object.entries(ADD_PAGES)) {
    const { host } = new URL(url);
    routes.set(`${host}/__pages/engine-fill.js`, direct);
    routes.set(
      `${host}/__bench/fill`,
      scriptPage('Tambah Produk', '/__pages/engine-fill.js', marketplace),
    );
  }
  routes.set(
    'toko.example/',
    html('<!doctype html><title>Toko lain</title><p>Bukan marketplace.</p>'),
  );

  const server: Server = createServer(
    { key: readFileSync(`${here}tls/key.pem`), cert: readFileSync(`${here}tls/cert.pem`) },
    (request, response) => {
      const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
      const page =
        routes.get(`${url.hostname}${url.pathname}${url.search}`) ??
        routes.get(`${url.hostname}${url.pathname}`);
      if (!page) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response
        .writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' })
        .end(page.body);
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
