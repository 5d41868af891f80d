import type { ParseCatalogResult } from './parse-catalog.js';
import { csvFatal as fatal } from './csv-messages.js';
import { locateHeader } from './locate-csv-header.js';
import { parseRecords, quoteWarnings } from './csv-records.js';
import type { QuoteWarning } from './csv-records.js';

const SEPARATORS = [',', ';', '\t'] as const;
/** Rows parsed per separator while guessing it; enough to find the header below a title. */
export const SEPARATOR_PREVIEW_ROWS = 30;

/** Refuses what is not CSV text before parsing it, with a message saying what it is instead. */
export function refuseNonCsv(text: unknown, maxLength: number): ParseCatalogResult | undefined {
  if (typeof text !== 'string') {
    return fatal('type', {
      id: `Isi CSV harus berupa teks, bukan ${text === null ? 'null' : typeof text}.`,
      en: `CSV content must be text, not ${text === null ? 'null' : typeof text}.`,
    });
  }
  if (text.length > maxLength) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return fatal('size', {
      id: `CSV terlalu besar (${mb(text.length)} MB; maks. ${mb(maxLength)} MB). Bagi menjadi beberapa berkas.`,
      en: `The CSV is too large (${mb(text.length)} MB; max. ${mb(maxLength)} MB). Split it into several files.`,
    });
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    return fatal('empty', { id: 'Berkas CSV kosong.', en: 'The CSV file is empty.' });
  }
  const sample = start.slice(0, 4096);
  const replacements = sample.match(/\uFFFD/g)?.length ?? 0;
  if (sample.includes('\u0000') || sample.startsWith('PK\u0003\u0004') || replacements > 16) {
    return fatal('csv.binary', {
      id: 'Berkas ini bukan teks CSV (mungkin berkas Excel atau ZIP). Simpan sebagai "CSV UTF-8" lalu coba lagi.',
      en: 'This file is not CSV text (perhaps an Excel or ZIP file). Save it as "CSV UTF-8" and try again.',
    });
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    return fatal('csv.json', {
      id: 'Berkas ini berisi JSON, bukan CSV: muat sebagai katalog JSON.',
      en: 'This file holds JSON, not CSV: load it as a JSON catalog.',
    });
  }
  if (/^<(?:!doctype|html|head|body|\?xml)/i.test(start)) {
    return fatal('csv.html', {
      id: 'Ini halaman web (HTML), bukan CSV. Di Google Sheets pilih Bagikan → Publikasikan ke web → format CSV, lalu pakai tautan itu.',
      en: 'This is a web page (HTML), not CSV. In Google Sheets choose Share → Publish to web → CSV format, and use that link.',
    });
  }
  return undefined;
}

/**
 * Picks the separator that makes the most sense of the header row. Papa Parse's own guess
 * counts fields per row and is thrown off by `Rp 25.000,00` prices in a `;` file or by a
 * title row above the header; recognising our column names is a much stronger signal.
 */
export function chooseSeparator(text: string): string {
  let best: { separator: string; score: number; width: number } | undefined;
  for (const separator of SEPARATORS) {
    const records = parseRecords(text, separator, SEPARATOR_PREVIEW_ROWS).data;
    const header = locateHeader(records);
    const score = header ? header.fields.size + (header.complete ? 1000 : 0) : 0;
    const width = header ? records[header.index]!.length : 0;
    if (!best || score > best.score || (score === best.score && width > best.width)) {
      best = { separator, score, width };
    }
  }
  return best!.separator;
}

/** How much of the text the header and separator are judged on. */
const HEAD_LENGTH = 256 * 1024;

/**
 * A spreadsheet's CSV text made ready to split: the byte order mark dropped, CRLF and LF made
 * alike, and the separator (`,`, `;` or tab) chosen by the header it finds in the text's head.
 */
export function prepareCsv(text: string): { source: string; head: string; separator: string } {
  // Quoted cells keep their line breaks as "\n" either way; normalising first means a file
  // that mixes CRLF and LF (hand-edited after a spreadsheet export) still splits into rows.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The header is judged on the head of the text, so that megabytes of something that is not
  // a catalog are refused without being parsed in full.
  const head = source.slice(0, HEAD_LENGTH);
  return { source, head, separator: chooseSeparator(head) };
}

/** A spreadsheet's CSV split into records, and what its quotes did to them. */
export interface CsvSheet {
  /** Rows of cells as written; blank lines stay (empty) records. */
  readonly records: string[][];
  /** A quote never closed or misplaced, per spreadsheet row (1-based). */
  readonly quoteWarnings: readonly QuoteWarning[];
}

/**
 * A spreadsheet's CSV as records, split as the catalog reader splits it: see
 * {@link prepareCsv}, and a quote that is never closed is read as a character on its own line
 * rather than swallowing every row below it; that row gets a warning.
 */
export function readCsvSheet(text: string): CsvSheet {
  const { source, separator } = prepareCsv(text);
  const { data, errors } = parseRecords(source, separator);
  return { records: data, quoteWarnings: quoteWarnings(errors, 0) };
}
