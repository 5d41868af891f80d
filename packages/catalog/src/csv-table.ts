import type { CsvColumn, CsvField } from './csv-columns.js';
import { clean } from './csv-records.js';

/**
 * Numbers typed as `'0812…` stay text in a spreadsheet (so the leading 0 survives); some
 * exports keep the apostrophe. It is never part of a number, an id or a code.
 */
export function unquoteNumber(cell: string): string {
  return cell.replace(/^'(?=[\d+])/, '');
}

/**
 * A spreadsheet that takes `33.10` for a number writes it back as `33.1` (or `33,1` in an
 * Indonesian locale): put back the lost zero, so a kabupaten/kota code survives a round trip
 * through Excel.
 */
export function repairRegionCode(cell: string): string {
  const code = unquoteNumber(cell).replace(/^(\d{2}),(\d{1,2})$/, '$1.$2');
  return /^\d{2}\.\d$/.test(code) ? `${code}0` : code;
}

/** A non-blank row under the header. */
export interface DataRow {
  /** The row as a spreadsheet numbers it, 1-based. */
  readonly row: number;
  readonly record: readonly string[];
}

/** The rows under the header, read through the header's columns. */
export class CsvTable {
  readonly fieldColumns = new Map<CsvField, number[]>();

  constructor(
    readonly headers: readonly string[],
    readonly columns: readonly (CsvColumn | undefined)[],
    readonly rows: readonly DataRow[],
  ) {
    columns.forEach((column, index) => {
      if (!column) return;
      const list = this.fieldColumns.get(column.field) ?? [];
      list.push(index);
      this.fieldColumns.set(column.field, list);
    });
  }

  /**
   * The header as written of the column holding `field`: on data row `i`, the column whose
   * cell `cell(i, field)` reads (when two columns mean the same, an issue about the value
   * points at the one it came from); without `i`, or when every such cell is empty, the first.
   */
  headerOf(field: CsvField, i?: number): string | undefined {
    const indexes = this.fieldColumns.get(field) ?? [];
    const record = i === undefined ? undefined : this.rows[i]?.record;
    const used = record && indexes.find((index) => clean(record[index]) !== '');
    const index = used ?? indexes[0];
    return index === undefined ? undefined : this.headers[index];
  }

  /** The data row index of spreadsheet row `row`, or undefined. */
  indexOfRow(row: number): number | undefined {
    const i = this.rows.findIndex((r) => r.row === row);
    return i === -1 ? undefined : i;
  }

  /** The first non-empty cell of `field` on data row `i`, or `""`. */
  cell(i: number, field: CsvField): string {
    const record = this.rows[i]!.record;
    for (const index of this.fieldColumns.get(field) ?? []) {
      const value = clean(record[index]);
      if (value !== '') return value;
    }
    return '';
  }

  /** Every non-empty cell of `field` on data row `i` (photos, tags). */
  cells(i: number, field: CsvField): string[] {
    const record = this.rows[i]!.record;
    return (this.fieldColumns.get(field) ?? [])
      .map((index) => clean(record[index]))
      .filter(Boolean);
  }
}
