import Papa from 'papaparse';
import type { ParseError } from 'papaparse';
import type { IssueList } from './issue-list.js';
import { prefixed, rowLabel } from './csv-messages.js';
import type { CsvTable } from './csv-table.js';
import { unescapeFormula } from './escape-formula.js';

/** A record whose cells are all blank: skipped, but still counted as a spreadsheet row. */
export function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** Splits CSV text into records with a known separator; `preview` limits the rows read. */
export function parseRecords(text: string, delimiter: string, preview = 0) {
  return Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    // Blank lines are kept so record indexes stay spreadsheet row numbers.
    skipEmptyLines: false,
    preview,
  });
}

/** Quote errors: the one thing Papa Parse reports that changes what the rows hold. */
export function reportParseErrors(
  errors: readonly ParseError[],
  headerIndex: number,
  issues: IssueList,
): void {
  const reported = new Set<number>();
  for (const error of errors) {
    if (error.type !== 'Quotes' || error.row === undefined || error.row < headerIndex) continue;
    const row = error.row + 1;
    if (reported.has(row)) continue;
    reported.add(row);
    const unterminated = error.code === 'MissingQuotes';
    issues.add({
      path: ['rows', row],
      code: 'csv.quotes',
      severity: 'warning',
      message: prefixed(
        rowLabel(row),
        unterminated
          ? {
              id: 'tanda kutip (") tidak ditutup, sehingga sisa berkas terbaca sebagai satu sel.',
              en: 'a quote (") is not closed, so the rest of the file was read as one cell.',
            }
          : {
              id: 'tanda kutip (") di tengah sel tidak sesuai aturan CSV; tulis "" untuk tanda kutip di dalam teks.',
              en: 'a quote (") inside a cell breaks the CSV rules; write "" for a quote inside text.',
            },
      ),
    });
  }
}

/** A cell as the catalog reads it: trimmed, with a formula guard written by the writer removed. */
export function clean(cell: string | undefined): string {
  return cell === undefined ? '' : unescapeFormula(cell.trim()).trim();
}

/** Cells beyond the headed columns: usually a separator inside unquoted text. */
export function reportExtraCells(table: CsvTable, separator: string, issues: IssueList): void {
  const shown =
    separator === '\t'
      ? { id: 'tab', en: 'a tab' }
      : { id: `"${separator}"`, en: `"${separator}"` };
  for (const { row, record } of table.rows) {
    const extra = record.slice(table.headers.length).filter((c) => c.trim() !== '').length;
    if (extra === 0) continue;
    issues.add({
      path: ['rows', row],
      code: 'csv.cells.extra',
      severity: 'warning',
      message: prefixed(rowLabel(row), {
        id: `ada ${extra} sel di luar kolom berjudul dan diabaikan. Mungkin ada ${shown.id} dalam teks yang tidak diapit tanda kutip.`,
        en: `${extra} cell${extra > 1 ? 's' : ''} beyond the headed columns ${extra > 1 ? 'were' : 'was'} ignored. Perhaps a text holds ${shown.en} without quotes around it.`,
      }),
    });
  }
}
