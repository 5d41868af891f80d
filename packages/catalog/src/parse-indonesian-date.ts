import { MONTH_NUMBERS } from './month-names.js';

/** Longer text is not a date. */
const MAX_DATE_TEXT = 40;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(written: string): number {
  const year = Number(written);
  // "12/03/26": a harvest or best-before date is this century.
  return written.length === 2 ? 2000 + year : year;
}

/**
 * Reads a date as Indonesian spreadsheets write it, day first: `12/03/2026`, `12-03-2026`,
 * `12.03.2026`, `12/3/26`, `12 Maret 2026`, `12 Mar 2026`, `12 March 2026`, and ISO
 * `2026-03-12`. An ISO date-time with an offset (`2026-03-12T05:00:00+08:00`) is returned as
 * written. Returns `YYYY-MM-DD`, or `undefined` when the text is not a date that exists
 * (`31/02/2026`) or is ambiguous.
 */
export function parseIndonesianDate(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (t.length > MAX_DATE_TEXT) return undefined;
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:\d{2})$/.test(t)) {
    const date = t.slice(0, 10).split('-').map(Number);
    return isoDate(date[0]!, date[1]!, date[2]!) ? text.trim().toUpperCase() : undefined;
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (m) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTH_NUMBERS.get(m[2]!);
    return month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return undefined;
}
