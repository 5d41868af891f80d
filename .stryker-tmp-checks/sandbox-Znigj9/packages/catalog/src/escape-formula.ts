/**
 * Cells a spreadsheet would run as a formula (or, for tab and CR, may shift into one): `=`,
 * `+`, `-` and `@` start formulas in Excel, LibreOffice and Google Sheets, which is how a
 * catalog text like `=HYPERLINK("http://evil", "Klik")` or `-2+3+cmd|' /C calc'!A0` turns
 * into a live link or a DDE command on the office computer that opens the export (OWASP "CSV
 * injection"). Apostrophes already in front are counted so that escaping stays reversible.
 */
// @ts-nocheck

const RISKY = /^'*[=+\-@\t\r]/;

/**
 * Prefixes a cell that a spreadsheet would treat as a formula with `'`, which spreadsheets
 * read as "this is text". Prices and stock are written as plain non-negative numbers, so no
 * numeric cell is ever touched.
 */
export function escapeFormula(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link escapeFormula}, so a written catalog reads back unchanged. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && RISKY.test(cell) ? cell.slice(1) : cell;
}
