// Export and import of a built catalog as one zip (fflate: small, well kept, no Worker needed
// for a few MB): katalog.json and katalog.csv for the storefront, the photos under foto/, and
// the builder's own working copy so that a re-import loses nothing (rows still being fixed too).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { catalogToCsv, formatPrice, parseCatalog } from '@etalase/catalog';
import type { Catalog, CatalogIssue } from '@etalase/catalog';
import { draftToCatalogInput, newKey, newProduct, newSeller } from './draft.js';
import type { Draft, DraftProduct } from './draft.js';

/** The working copy's file inside the zip. */
export const DRAFT_FILE = 'etalase-builder.json';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** Where a product's photo lives beside katalog.json: `foto/<key>.jpg`. */
export function photoPath(key: string, type: string): string {
  return `foto/${key}.${EXTENSIONS[type] ?? 'jpg'}`;
}

/** What an export holds, and what was left out of katalog.json (still in the working copy). */
export interface ExportResult {
  readonly zip: Uint8Array;
  readonly catalog: Catalog;
  readonly issues: readonly CatalogIssue[];
}

/** Builds the zip. `photos` maps photo keys to their Blobs. */
export async function exportCatalogZip(
  draft: Draft,
  photos: ReadonlyMap<string, Blob>,
): Promise<ExportResult> {
  const input = draftToCatalogInput(draft, (key) =>
    photoPath(key, photos.get(key)?.type ?? 'image/jpeg'),
  );
  const { catalog, issues } = parseCatalog(input);
  const files: Record<string, Uint8Array> = {
    'katalog.json': strToU8(`${JSON.stringify(catalog, null, 2)}\n`),
    'katalog.csv': strToU8(catalogToCsv(catalog, { bom: true })),
    [DRAFT_FILE]: strToU8(JSON.stringify({ format: 'etalase-builder', version: 1, draft })),
  };
  for (const product of draft.products) {
    for (const key of product.photos) {
      const blob = photos.get(key);
      if (blob) files[photoPath(key, blob.type)] = new Uint8Array(await blob.arrayBuffer());
    }
  }
  // Photos are already compressed: store them, deflate only the text.
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [
        name,
        [data, { level: name.startsWith('foto/') ? 0 : 6 }],
      ]),
    ),
  );
  return { zip, catalog, issues };
}

/** A zip read back: the draft and its photos, or why it could not be used. */
export type ImportResult =
  | { readonly ok: true; readonly draft: Draft; readonly photos: Map<string, Blob> }
  | { readonly ok: false; readonly message: { id: string; en: string } };

const NOT_A_CATALOG = {
  id: 'Berkas ini bukan zip katalog Etalase (tidak ada katalog.json di dalamnya). Pilih zip yang diunduh dari pembuat katalog.',
  en: 'This file is not an Etalase catalog zip (there is no katalog.json in it). Choose a zip downloaded from the catalog builder.',
};

/** Reads a zip made by {@link exportCatalogZip} (or any zip with a katalog.json and its photos). */
export function importCatalogZip(bytes: Uint8Array): ImportResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, message: NOT_A_CATALOG };
  }
  const typeOf = (name: string) =>
    Object.entries(EXTENSIONS).find(([, ext]) => name.toLowerCase().endsWith(`.${ext}`))?.[0] ??
    'image/jpeg';
  const photoBlob = (name: string) =>
    files[name]
      ? new Blob([files[name] as Uint8Array<ArrayBuffer>], { type: typeOf(name) })
      : undefined;

  if (files[DRAFT_FILE]) {
    try {
      const saved = JSON.parse(strFromU8(files[DRAFT_FILE])) as { format?: string; draft?: Draft };
      if (
        saved.format === 'etalase-builder' &&
        saved.draft &&
        Array.isArray(saved.draft.products)
      ) {
        const photos = new Map<string, Blob>();
        for (const name of Object.keys(files)) {
          const match = /^foto\/(.+)\.[a-z]+$/.exec(name);
          const blob = match && photoBlob(name);
          if (match && blob) photos.set(match[1]!, blob);
        }
        return { ok: true, draft: saved.draft, photos };
      }
    } catch {
      // Fall back to katalog.json below.
    }
  }
  const json = files['katalog.json'];
  if (!json) return { ok: false, message: NOT_A_CATALOG };
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(json));
  } catch {
    return { ok: false, message: NOT_A_CATALOG };
  }
  const { catalog } = parseCatalog(data);
  const photos = new Map<string, Blob>();
  const sellerKeys = new Map(catalog.sellers.map((s) => [s.id, newKey('s')]));
  const draft: Draft = {
    title: catalog.title,
    region: catalog.region?.code ?? '',
    sellers: catalog.sellers.map((s) =>
      newSeller({
        key: sellerKeys.get(s.id)!,
        name: s.name,
        region: s.region?.code ?? '',
        whatsapp: s.whatsapp ?? '',
        description: s.description ?? '',
        shops: { ...s.shops },
      }),
    ),
    products: catalog.products.map((p): DraftProduct => {
      const keys: string[] = [];
      for (const image of p.images) {
        const blob = photoBlob(image.src.replace(/^\.\//, ''));
        if (!blob) continue;
        const key = newKey('f');
        photos.set(key, blob);
        keys.push(key);
      }
      return newProduct(sellerKeys.get(p.sellerId) ?? '', {
        name: p.name,
        category: p.category,
        price: formatPrice(p.price),
        unit: p.unit ?? '',
        description: p.description,
        madeLocally: p.madeLocally,
        stock: p.stock === undefined ? '' : String(p.stock),
        photos: keys,
      });
    }),
  };
  return { ok: true, draft, photos };
}
