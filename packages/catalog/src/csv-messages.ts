import { CATALOG_VERSION } from './catalog.js';
import type { Catalog } from './catalog.js';
import type { LocalizedText } from './localized-text.js';
import type { ParseCatalogResult } from './parse-catalog.js';

/** A row's path within a CSV catalog's issues: `['rows', row, header]`. */
export type Path = (string | number)[];

function emptyCatalog(): Catalog {
  return { version: CATALOG_VERSION, title: '', sellers: [], products: [] };
}

/** The result of a CSV that cannot be read at all: an empty catalog and one `fatal` issue. */
export function csvFatal(code: string, message: LocalizedText): ParseCatalogResult {
  return { catalog: emptyCatalog(), issues: [{ path: [], code, severity: 'fatal', message }] };
}

/** "Baris 7" / "Row 7": how messages name a spreadsheet row. */
export function rowLabel(row: number): LocalizedText {
  return { id: `Baris ${row}`, en: `Row ${row}` };
}

/** A message that begins with where it is about. */
export function prefixed(where: LocalizedText, message: LocalizedText): LocalizedText {
  return { id: `${where.id}: ${message.id}`, en: `${where.en}: ${message.en}` };
}

/** A short quote of a cell for a message, with a leading space; `""` when empty. */
export function quoted(text: string): string {
  const short = text.trim().slice(0, 60);
  return short ? ` “${short}”` : '';
}
