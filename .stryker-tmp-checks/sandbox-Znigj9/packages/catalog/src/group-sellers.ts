// @ts-nocheck
import { slugify } from './slugify.js';
import { UniqueIds } from './unique-ids.js';
import { normalizeWhatsapp } from './whatsapp.js';

/** The seller cells of one CSV row. Empty strings for empty cells. */
export interface SellerCells {
  /** The seller id column (`id_penjual`), when the file has one. */
  readonly id: string;
  readonly name: string;
  readonly whatsapp: string;
}

/** Which seller each row belongs to. */
export interface SellerGroups {
  /** For each row, the index of its seller in `ids`, or -1 when the row names no seller. */
  readonly groupOf: readonly number[];
  /** The seller ids, in order of first appearance. */
  readonly ids: readonly string[];
}

function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function whatsappKey(whatsapp: string): string {
  const trimmed = whatsapp.trim();
  return trimmed === '' ? '' : (normalizeWhatsapp(trimmed) ?? trimmed);
}

/**
 * Derives sellers from the rows of a catalog CSV, where each product row repeats its seller.
 * Rows with the same seller name (ignoring case and spacing) and the same WhatsApp number are
 * one seller. A row whose WhatsApp cell is empty joins the first seller of that name, since in
 * spreadsheets the number is often filled in on one row only; a different number means a
 * different seller (two branches, two people with one shop name). A seller id cell, when
 * given, decides on its own.
 *
 * Ids are slugs of the seller's name, made unique with `-2`, `-3`, never one given in the id
 * column. Shared by the reader and the writer, so the writer knows when the slugs would not
 * give back the catalog's own ids and it must write the id column.
 */
export function groupSellers(rows: readonly SellerCells[]): SellerGroups {
  const firstWhatsapp = new Map<string, string>();
  for (const row of rows) {
    const wa = whatsappKey(row.whatsapp);
    const name = nameKey(row.name);
    if (row.id.trim() === '' && name !== '' && wa !== '' && !firstWhatsapp.has(name)) {
      firstWhatsapp.set(name, wa);
    }
  }
  const ids = new UniqueIds();
  for (const row of rows) if (row.id.trim() !== '') ids.reserve(row.id.trim());

  const groupOfKey = new Map<string, number>();
  const groupIds: string[] = [];
  const groupOf = rows.map((row) => {
    const explicit = row.id.trim();
    const name = nameKey(row.name);
    if (explicit === '' && name === '') return -1;
    const key =
      explicit !== ''
        ? `id\n${explicit}`
        : `name\n${name}\n${whatsappKey(row.whatsapp) || (firstWhatsapp.get(name) ?? '')}`;
    let group = groupOfKey.get(key);
    if (group === undefined) {
      group = groupIds.length;
      groupOfKey.set(key, group);
      groupIds.push(explicit !== '' ? explicit : ids.take(slugify(row.name) || 'penjual'));
    }
    return group;
  });
  return { groupOf, ids: groupIds };
}
