import type { Lang } from './localized-text.js';
import { MARKETPLACES } from './marketplace.js';
import type { Marketplace } from './marketplace.js';
import { CERTIFICATION_KINDS } from './produce.js';
import type { CertificationKind } from './produce.js';

/**
 * What a catalog CSV column holds. `link.*` are a product's marketplace links; `shop.*` and
 * the `seller*`, `website` and `logo` fields describe the row's seller.
 */
export type CsvField =
  | 'id'
  | 'name'
  | 'description'
  | 'price'
  | 'unit'
  | 'category'
  | 'images'
  | 'seller'
  | 'whatsapp'
  | 'region'
  | `link.${Marketplace}`
  | 'madeLocally'
  | 'tags'
  | 'stock'
  | 'updatedAt'
  | 'minOrder'
  | 'priceTiers'
  | 'harvestedAt'
  | 'bestBefore'
  | 'season'
  | 'preOrder'
  | 'preOrderReadyAt'
  | 'preOrderOrderBy'
  | 'preOrderQuota'
  | `cert.${CertificationKind}`
  | 'pickup'
  | 'deliveryAreas'
  | 'sellerId'
  | 'sellerRegion'
  | 'sellerDescription'
  | 'website'
  | 'logo'
  | `shop.${Marketplace}`;

/** One column of the catalog CSV format. */
export interface CsvColumn {
  readonly field: CsvField;
  /** The header written in each language; the Indonesian one is also the first spelling read. */
  readonly header: Readonly<Record<Lang, string>>;
  /** Every spelling read, in the snake_case form people write; compared through {@link headerKey}. */
  readonly aliases: readonly string[];
  /** The reader refuses a CSV without this column. */
  readonly required: boolean;
  /**
   * Written only when the catalog needs it to come back unchanged: seller details and the
   * fresh-produce fields that a regional office's spreadsheet rarely has, so the usual file
   * stays narrow.
   */
  readonly optional: boolean;
}

function column(
  field: CsvField,
  en: string,
  aliases: readonly string[],
  flags: { required?: boolean; optional?: boolean } = {},
): CsvColumn {
  return {
    field,
    header: { id: aliases[0]!, en },
    aliases,
    required: flags.required ?? false,
    optional: flags.optional ?? false,
  };
}

const CERTIFICATE_ALIASES: Readonly<Record<CertificationKind, readonly string[]>> = {
  halal: ['halal', 'no_halal', 'nomor_halal', 'sertifikat_halal', 'halal_number'],
  pirt: ['pirt', 'no_pirt', 'nomor_pirt', 'spp_irt', 'pirt_number'],
  bpom: ['bpom', 'no_bpom', 'nomor_bpom', 'bpom_number'],
  organik: ['organik', 'organic', 'sertifikat_organik', 'organic_number'],
  sni: ['sni', 'no_sni', 'nomor_sni', 'sni_number'],
};

/** Fresh produce, fish and home kitchens: written only when a product has them. */
const PRODUCE_COLUMNS: readonly CsvColumn[] = [
  column('minOrder', 'min_order', ['min_order', 'minimal_order', 'min_pesan', 'minimal_pesan'], {
    optional: true,
  }),
  column('priceTiers', 'price_tiers', ['harga_grosir', 'price_tiers', 'wholesale_prices'], {
    optional: true,
  }),
  column(
    'harvestedAt',
    'harvested_at',
    ['tanggal_panen', 'harvested_at', 'tanggal_tangkap', 'tanggal_produksi', 'harvest_date'],
    { optional: true },
  ),
  column('bestBefore', 'best_before', ['baik_sebelum', 'best_before', 'kedaluwarsa'], {
    optional: true,
  }),
  column('season', 'season', ['musim', 'season', 'musim_panen'], { optional: true }),
  column('preOrder', 'pre_order', ['pre_order', 'preorder'], { optional: true }),
  column('preOrderReadyAt', 'ready_at', ['siap_tanggal', 'ready_at', 'tanggal_siap'], {
    optional: true,
  }),
  column('preOrderOrderBy', 'order_by', ['pesan_sebelum', 'order_by'], { optional: true }),
  column('preOrderQuota', 'quota', ['kuota', 'quota'], { optional: true }),
  ...CERTIFICATION_KINDS.map((kind) =>
    column(`cert.${kind}`, kind === 'organik' ? 'organic' : kind, CERTIFICATE_ALIASES[kind], {
      optional: true,
    }),
  ),
  column('pickup', 'pickup', ['ambil_di', 'pickup', 'tempat_ambil', 'pickup_points'], {
    optional: true,
  }),
  column('deliveryAreas', 'delivers_to', ['kirim_ke', 'delivers_to', 'delivery_areas'], {
    optional: true,
  }),
];

/** The fields of {@link PRODUCE_COLUMNS}, for the writer. */
export const PRODUCE_FIELDS: readonly CsvField[] = PRODUCE_COLUMNS.map((c) => c.field);

/**
 * The columns of the catalog CSV, in the order they are written. The reader accepts them in
 * any order and any of their spellings.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  column('id', 'id', ['id', 'kode', 'sku', 'kode_produk', 'product_id']),
  column(
    'name',
    'name',
    ['nama', 'nama_produk', 'name', 'product', 'produk', 'product_name', 'nama_barang'],
    { required: true },
  ),
  column('description', 'description', ['deskripsi', 'description', 'keterangan']),
  column('price', 'price', ['harga', 'price'], { required: true }),
  column('unit', 'unit', ['satuan', 'unit']),
  column('category', 'category', ['kategori', 'category']),
  column('images', 'images', ['foto', 'gambar', 'image', 'images', 'photo', 'photos']),
  column(
    'seller',
    'seller',
    ['penjual', 'nama_toko', 'toko', 'seller', 'shop', 'nama_penjual', 'seller_name', 'shop_name'],
    { required: true },
  ),
  column('whatsapp', 'whatsapp', [
    'whatsapp',
    'wa',
    'no_wa',
    'nomor_whatsapp',
    'nomor_wa',
    'no_whatsapp',
    // Named like wilayah_penjual and deskripsi_penjual, as a sheet with seller columns is.
    'whatsapp_penjual',
    'wa_penjual',
    'nomor_wa_penjual',
    'seller_whatsapp',
  ]),
  column('region', 'region_code', ['kode_wilayah', 'wilayah', 'region_code', 'region']),
  ...MARKETPLACES.map((m) =>
    column(`link.${m}`, m, m === 'tiktok' ? ['tiktok', 'tiktok_shop'] : [m]),
  ),
  column('madeLocally', 'made_locally', ['produk_lokal', 'buatan_lokal', 'lokal', 'made_locally']),
  column('tags', 'tags', ['tag', 'tags', 'label']),
  column('stock', 'stock', ['stok', 'stock']),
  column('updatedAt', 'updated_at', ['diperbarui', 'updated_at', 'tanggal']),
  ...PRODUCE_COLUMNS,
  column('sellerId', 'seller_id', ['id_penjual', 'seller_id'], { optional: true }),
  column(
    'sellerRegion',
    'seller_region',
    ['wilayah_penjual', 'kode_wilayah_penjual', 'seller_region', 'seller_region_code'],
    { optional: true },
  ),
  column('sellerDescription', 'seller_description', ['deskripsi_penjual', 'seller_description'], {
    optional: true,
  }),
  column('website', 'website', ['situs_web', 'website', 'situs'], { optional: true }),
  column('logo', 'logo', ['logo'], { optional: true }),
  ...MARKETPLACES.map((m) =>
    column(`shop.${m}`, `${m}_store`, [`toko_${m}`, `${m}_store`], { optional: true }),
  ),
];

/** Photo columns may be numbered ("Foto 1", "Foto 2"): every one of them is read. */
const NUMBERED_IMAGES = /^(?:foto|gambar|image|images|photo|photos)\d+$/;

/**
 * The form headers are compared in: lower case, without spaces, underscores, hyphens or other
 * punctuation, and without a parenthesised note, so `Nama Produk`, `nama_produk`,
 * `NAMA-PRODUK` and `Harga (Rp)` match `nama_produk` and `harga`.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^()]*\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const MAX_HEADER_LENGTH = 100;

let byKey: Map<string, CsvColumn> | undefined;

/** The column a header names, or `undefined` when it is not one of {@link CSV_COLUMNS}. */
export function csvColumnOf(header: string): CsvColumn | undefined {
  // No header is this long; a cell of junk text is not worth normalising.
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  byKey ??= new Map(CSV_COLUMNS.flatMap((c) => c.aliases.map((a) => [headerKey(a), c] as const)));
  const key = headerKey(header);
  const found = byKey.get(key);
  if (found) return found;
  return NUMBERED_IMAGES.test(key) ? byKey.get('foto') : undefined;
}
