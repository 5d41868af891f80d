import { CSV_COLUMNS, csvColumnOf } from './csv-columns.js';
import type { CsvField } from './csv-columns.js';
import { csvFatal as fatal } from './csv-messages.js';
import { clean, isBlank } from './csv-records.js';
import type { CsvTable } from './csv-table.js';
import type { IssueList } from './issue-list.js';
import type { ParseCatalogResult } from './parse-catalog.js';

/** Rows searched for the header, for spreadsheets with a title or a note above it. */
const HEADER_SEARCH_ROWS = 10;
/** Fields that may come from several columns ("Foto 1", "Foto 2"); the rest use the first. */
const MULTI_COLUMN: ReadonlySet<CsvField> = new Set(['images', 'tags']);

/** The row taken for the header, the fields it names, and whether it has every required one. */
export interface HeaderGuess {
  readonly index: number;
  readonly fields: ReadonlySet<CsvField>;
  readonly complete: boolean;
}

/**
 * Finds the header row: the first of the first non-blank rows that has every required column,
 * else the one naming the most columns, else the first (whose cells the error message shows).
 */
export function locateHeader(records: readonly string[][]): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  let seen = 0;
  for (let i = 0; i < records.length && seen < HEADER_SEARCH_ROWS; i++) {
    const record = records[i]!;
    if (isBlank(record)) continue;
    seen++;
    const fields = new Set<CsvField>();
    for (const cell of record) {
      const column = csvColumnOf(cell);
      if (column) fields.add(column.field);
    }
    const complete = CSV_COLUMNS.every((c) => !c.required || fields.has(c.field));
    if (!best || fields.size > best.fields.size || complete) best = { index: i, fields, complete };
    if (complete) break;
  }
  return best;
}

/** The `fatal` issue for a header without every required column, naming what is missing. */
export function missingHeaderIssue(found: ReadonlySet<CsvField>): ParseCatalogResult {
  const missing = CSV_COLUMNS.filter((c) => c.required && !found.has(c.field));
  const names = { id: missing.map((c) => c.header.id), en: missing.map((c) => c.header.en) };
  const spellings = missing.map((c) => `${c.header.id} = ${c.aliases.join(', ')}`).join('; ');
  const plural = missing.length > 1;
  const noHeader = found.size === 0;
  return fatal('csv.header.missing', {
    id:
      `${noHeader ? 'Tidak ada judul kolom katalog di baris-baris teratas CSV. ' : ''}` +
      `Kolom wajib tidak ditemukan: ${names.id.join(', ')}. ` +
      `Tulis judul kolom di baris pertama; ejaan yang diterima: ${spellings}.`,
    en:
      `${noHeader ? 'No row at the top of the CSV is a catalog header. ' : ''}` +
      `Required column${plural ? 's' : ''} missing: ${names.id.join(', ')} (${names.en.join(', ')}). ` +
      `Put the column headers in the first row; accepted spellings: ${spellings}.`,
  });
}

/** Rows skipped above the header, unknown columns, and columns that mean the same. */
export function reportHeaderProblems(
  records: readonly string[][],
  headerIndex: number,
  { headers, columns, fieldColumns, rows }: CsvTable,
  issues: IssueList,
): void {
  const headerRow = headerIndex + 1;
  const skipped = records.slice(0, headerIndex).filter((r) => !isBlank(r)).length;
  if (skipped > 0) {
    issues.add({
      path: ['rows', headerRow],
      code: 'csv.header.offset',
      severity: 'warning',
      message: {
        id: `Judul kolom ada di baris ${headerRow}; ${skipped} baris di atasnya dilewati.`,
        en: `The column headers are on row ${headerRow}; ${skipped} row${skipped > 1 ? 's' : ''} above ${skipped > 1 ? 'were' : 'was'} skipped.`,
      },
    });
  }
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    if (columns[index]) return;
    if (header !== '') unknown.push(`“${header.slice(0, 40)}”`);
    // An untitled column is usually a trailing empty one; if it holds data, say so.
    else if (rows.some(({ record }) => clean(record[index]) !== '')) {
      unknown.push(`#${index + 1}`);
    }
  });
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 20).join(', ') + (unknown.length > 20 ? ', …' : '');
    issues.add({
      path: ['rows', headerRow],
      code: 'csv.header.unknown',
      severity: 'warning',
      message: {
        id: `Kolom yang tidak dikenal diabaikan: ${shown}.`,
        en: `Unknown column${unknown.length > 1 ? 's' : ''} ignored: ${shown}.`,
      },
    });
  }
  for (const [field, indexes] of fieldColumns) {
    if (indexes.length < 2 || MULTI_COLUMN.has(field)) continue;
    const names = indexes.map((i) => `“${headers[i]!}”`).join(', ');
    const column = columns[indexes[0]!]!;
    issues.add({
      path: ['rows', headerRow, headers[indexes[1]!]!],
      code: 'csv.header.duplicate',
      severity: 'warning',
      message: {
        id: `Kolom ${names} sama-sama berarti “${column.header.id}”; di tiap baris dipakai yang pertama terisi.`,
        en: `Columns ${names} all mean “${column.header.en}”; on each row the first one filled in is used.`,
      },
    });
  }
}
