import { CATEGORIES, toCategory } from './category.js';
import type { CsvField } from './csv-columns.js';
import { readProduceCells } from './csv-produce-cells.js';
import { prefixed, rowLabel } from './csv-messages.js';
import { repairRegionCode, unquoteNumber } from './csv-table.js';
import type { CsvTable } from './csv-table.js';
import { groupSellers } from './group-sellers.js';
import type { SellerGroups } from './group-sellers.js';
import type { IssueList } from './issue-list.js';
import { MARKETPLACES } from './marketplace.js';
import { findRegion } from './region.js';
import { Id } from './schema-primitives.js';
import { slugify } from './slugify.js';
import { UniqueIds } from './unique-ids.js';

type Json = Record<string, unknown>;

/** Photo URLs in one cell: separated by whitespace, `|` or line breaks. */
export function splitImages(cell: string): string[] {
  return cell.split(/[\s|]+/).filter(Boolean);
}

/** Tags in one cell: separated by `,`, `;`, `|` or line breaks, a leading `#` dropped. */
export function splitTags(cell: string): string[] {
  return cell
    .split(/[,;|\n]/)
    .map((t) => t.trim().replace(/^#/, ''))
    .filter(Boolean);
}

/** Where a seller's value came from, so that its issue points at that cell. */
export interface Source {
  readonly row: number;
  readonly field: CsvField;
}

/** The known region code of each row for one column, `""` when empty or unknown. */
export type RegionCodes = ReadonlyMap<'region' | 'sellerRegion', readonly string[]>;

/**
 * Checks region codes here rather than leaving them to parseCatalog, so that an unknown code
 * costs only itself and the message shows the code as written.
 */
export function readRegions(table: CsvTable, issues: IssueList): RegionCodes {
  const codes = new Map<'region' | 'sellerRegion', string[]>();
  for (const field of ['region', 'sellerRegion'] as const) {
    const header = table.headerOf(field);
    if (header === undefined) continue;
    codes.set(
      field,
      table.rows.map(({ row }, i) => {
        const written = table.cell(i, field);
        if (written === '') return '';
        const region = findRegion(repairRegionCode(written));
        if (region) return region.code;
        issues.add({
          path: ['rows', row, table.headerOf(field, i) ?? header],
          code: 'region.unknown',
          severity: 'warning',
          message: prefixed(rowLabel(row), {
            id: `kode wilayah “${written.slice(0, 20)}” tidak dikenal; diabaikan. Tulis kode Kemendagri seperti 33.72 atau 3372.`,
            en: `region code “${written.slice(0, 20)}” is not known; ignored. Write a Kemendagri code such as 33.72 or 3372.`,
          }),
        });
        return '';
      }),
    );
  }
  return codes;
}

/** The sellers found in the rows, and where each of their values came from. */
export interface SellersFromRows {
  readonly groups: SellerGroups;
  readonly raw: Json[];
  /** Per seller, where each of its values came from. */
  readonly sources: ReadonlyMap<string, Source>[];
  /** Per seller, its first row. */
  readonly firstRow: readonly number[];
}

/** Builds the raw sellers from the seller columns repeated on each product row. */
export function readSellers(table: CsvTable, regions: RegionCodes): SellersFromRows {
  const groups = groupSellers(
    table.rows.map((_, i) => ({
      id: unquoteNumber(table.cell(i, 'sellerId')),
      name: table.cell(i, 'seller'),
      whatsapp: unquoteNumber(table.cell(i, 'whatsapp')),
    })),
  );
  const rowsOf: number[][] = groups.ids.map(() => []);
  groups.groupOf.forEach((g, i) => {
    if (g >= 0) rowsOf[g]!.push(i);
  });
  const raw: Json[] = [];
  const sources: Map<string, Source>[] = [];
  groups.ids.forEach((id, g) => {
    const mine = rowsOf[g]!;
    const from = new Map<string, Source>([
      ['id', { row: table.rows[mine[0]!]!.row, field: 'sellerId' }],
    ]);
    // The first non-empty value among the seller's rows, trying `fields` in order.
    const first = (key: string, ...fields: CsvField[]): string | undefined => {
      for (const field of fields) {
        for (const i of mine) {
          const value =
            field === 'region' || field === 'sellerRegion'
              ? (regions.get(field)?.[i] ?? '')
              : table.cell(i, field);
          if (value !== '') {
            from.set(key, { row: table.rows[i]!.row, field });
            return value;
          }
        }
      }
      return undefined;
    };
    const seller: Json = { id, name: first('name', 'seller') ?? '' };
    const whatsapp = first('whatsapp', 'whatsapp');
    if (whatsapp !== undefined) seller.whatsapp = unquoteNumber(whatsapp);
    const region = first('region', 'sellerRegion', 'region');
    if (region !== undefined) seller.region = region;
    const description = first('description', 'sellerDescription');
    if (description !== undefined) seller.description = description;
    const website = first('website', 'website');
    if (website !== undefined) seller.website = website;
    const logo = first('logo', 'logo');
    if (logo !== undefined) seller.logo = logo;
    const shops: Json = {};
    for (const m of MARKETPLACES) {
      const url = first(`shops.${m}`, `shop.${m}`);
      if (url !== undefined) shops[m] = url;
    }
    if (Object.keys(shops).length > 0) seller.shops = shops;
    raw.push(seller);
    sources.push(from);
  });
  const firstRow = rowsOf.map((mine) => table.rows[mine[0]!]!.row);
  return { groups, raw, sources, firstRow };
}

/** Builds the raw products, one per row; parseCatalog's normalizeProduct reads the rest. */
export function readProducts(
  table: CsvTable,
  sellers: SellerGroups,
  regions: RegionCodes,
  issues: IssueList,
): Json[] {
  const ids = new UniqueIds();
  const idCells = table.rows.map((_, i) => unquoteNumber(table.cell(i, 'id')));
  const valid = idCells.map((id) => id !== '' && Id.safeParse(id).success);
  idCells.forEach((id, i) => {
    if (valid[i]) ids.reserve(id);
  });
  return table.rows.map(({ row }, i) => {
    const name = table.cell(i, 'name');
    const idCell = idCells[i]!;
    let id = idCell;
    if (!valid[i]) {
      id = ids.take(slugify(idCell) || slugify(name) || 'produk');
      if (idCell !== '') {
        issues.add({
          path: ['rows', row, table.headerOf('id', i)!],
          code: 'id.changed',
          severity: 'warning',
          message: prefixed(rowLabel(row), {
            id: `ID “${idCell.slice(0, 80)}” memuat karakter yang tidak boleh dipakai; diganti “${id}”.`,
            en: `ID “${idCell.slice(0, 80)}” holds characters that cannot be used; replaced by “${id}”.`,
          }),
        });
      }
    }
    const product: Json = { id, name };
    const seller = sellers.groupOf[i]!;
    if (seller >= 0) product.sellerId = sellers.ids[seller];
    const price = unquoteNumber(table.cell(i, 'price'));
    if (price !== '') product.price = price;
    const categoryCell = table.cell(i, 'category');
    const category = categoryCell === '' ? 'lainnya' : toCategory(categoryCell);
    product.category = category ?? 'lainnya';
    if (category === undefined) {
      issues.add({
        path: ['rows', row, table.headerOf('category', i)!],
        code: 'category.unknown',
        severity: 'warning',
        message: prefixed(rowLabel(row), {
          id: `kategori “${categoryCell.slice(0, 40)}” tidak dikenal; dimasukkan ke “lainnya”. Pilihan: ${CATEGORIES.join(', ')}.`,
          en: `category “${categoryCell.slice(0, 40)}” is not known; filed under “lainnya” (other). Choices: ${CATEGORIES.join(', ')}.`,
        }),
      });
    }
    for (const field of ['description', 'unit', 'madeLocally', 'updatedAt'] as const) {
      const value = table.cell(i, field);
      if (value !== '') product[field] = value;
    }
    const stock = unquoteNumber(table.cell(i, 'stock'));
    if (stock !== '') product.stock = stock;
    const origin = regions.get('region')?.[i] ?? '';
    if (origin !== '') product.origin = origin;
    readProduceCells(table, i, row, origin, product, issues);
    const images = table.cells(i, 'images').flatMap(splitImages);
    if (images.length > 0) product.images = images;
    const tags = table.cells(i, 'tags').flatMap(splitTags);
    if (tags.length > 0) product.tags = tags;
    const links: Json = {};
    for (const m of MARKETPLACES) {
      const url = table.cell(i, `link.${m}`);
      if (url !== '') links[m] = url;
    }
    if (Object.keys(links).length > 0) product.links = links;
    return product;
  });
}
