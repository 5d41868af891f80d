import Papa from 'papaparse';
import type { ParseError } from 'papaparse';
import type { IssueList } from './issue-list.js';
import { prefixed, rowLabel } from './csv-messages.js';
import type { CsvTable } from './csv-table.js';
import type { LocalizedText } from './localized-text.js';
import { unescapeFormula } from './escape-formula.js';

/** A record whose cells are all blank: skipped, but still counted as a spreadsheet row. */
export function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** Papa Parse with the catalog's settings; `preview` limits the rows read (0: all). */
function splitRecords(text: string, delimiter: string, preview: number) {
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

/** Stands for a stray quote while its line is split again; never in text (a noncharacter). */
const STRAY = '\uFDD0';

/**
 * Splits CSV text into records with a known separator; `preview` limits the rows read.
 *
 * A quote that is never closed would make the rest of the file one cell, and every product
 * below it would be lost. Instead its line is split again with that quote read as an
 * ordinary character, and reading goes on from the next line; the `MissingQuotes` error
 * stays, on the row where the quote opens, so the sheet's author is told.
 */
export function parseRecords(text: string, delimiter: string, preview = 0) {
  const data: string[][] = [];
  const errors: ParseError[] = [];
  let rest = text;
  for (;;) {
    const left = preview ? preview - data.length : 0;
    const parsed = splitRecords(rest, delimiter, left);
    const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
    // Papa Parse gives the position just past the opening quote.
    const at = open?.index === undefined ? -1 : rest.lastIndexOf('"', open.index);
    if (!open || at === -1 || open.row === undefined || (preview && left <= 0)) {
      const offset = data.length;
      data.push(...parsed.data);
      for (const e of parsed.errors) errors.push({ ...e, row: (e.row ?? 0) + offset });
      return { data, errors };
    }
    const offset = data.length;
    data.push(...parsed.data.slice(0, open.row));
    for (const e of parsed.errors) {
      if (e.row !== undefined && e.row < open.row) errors.push({ ...e, row: e.row + offset });
    }
    errors.push({ ...open, row: open.row + offset });
    const lineStart = rest.lastIndexOf('\n', at) + 1;
    const newline = rest.indexOf('\n', at);
    const lineEnd = newline === -1 ? rest.length : newline;
    const line = `${rest.slice(lineStart, at)}${STRAY}${rest.slice(at + 1, lineEnd)}`;
    const again = splitRecords(line, delimiter, 0);
    for (const e of again.errors) errors.push({ ...e, row: (e.row ?? 0) + data.length });
    for (const record of again.data) data.push(record.map((cell) => cell.replaceAll(STRAY, '"')));
    if (newline === -1 || (preview && data.length >= preview)) return { data, errors };
    rest = rest.slice(newline + 1);
  }
}

/** A quote Papa Parse reported on a spreadsheet row (1-based), in words for the sheet's author. */
export interface QuoteWarning {
  readonly row: number;
  readonly message: LocalizedText;
}

/**
 * Quote errors, the one thing Papa Parse reports that changes what the rows hold: one warning
 * per spreadsheet row from the header (`headerIndex`, 0-based) down.
 */
export function quoteWarnings(errors: readonly ParseError[], headerIndex: number): QuoteWarning[] {
  const warnings = new Map<number, QuoteWarning>();
  for (const error of errors) {
    if (error.type !== 'Quotes' || error.row === undefined || error.row < headerIndex) continue;
    const row = error.row + 1;
    if (warnings.has(row)) continue;
    const unterminated = error.code === 'MissingQuotes';
    warnings.set(row, {
      row,
      message: prefixed(
        rowLabel(row),
        unterminated
          ? {
              id: 'tanda kutip (") tidak ditutup. Tanda kutip itu dibaca sebagai huruf biasa; periksa isi baris ini.',
              en: 'a quote (") is never closed. It was read as an ordinary character; check this row.',
            }
          : {
              id: 'tanda kutip (") di tengah sel tidak sesuai aturan CSV; tulis "" untuk tanda kutip di dalam teks.',
              en: 'a quote (") inside a cell breaks the CSV rules; write "" for a quote inside text.',
            },
      ),
    });
  }
  return [...warnings.values()];
}

/** Adds {@link quoteWarnings} to `issues`. */
export function reportParseErrors(
  errors: readonly ParseError[],
  headerIndex: number,
  issues: IssueList,
): void {
  for (const { row, message } of quoteWarnings(errors, headerIndex)) {
    issues.add({ path: ['rows', row], code: 'csv.quotes', severity: 'warning', message });
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
