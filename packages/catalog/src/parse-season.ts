import { MONTH_NUMBERS } from './month-names.js';

const MAX_SEASON_TEXT = 80;
const ALL_YEAR = new Set(['sepanjang tahun', 'setahun', 'all year', 'year round', 'year-round']);

function month(word: string): number | undefined {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(w)) {
    const n = Number(w);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return MONTH_NUMBERS.get(w);
}

/**
 * Reads the months a product is in season as people write them: `Okt-Des`,
 * `Oktober–Desember`, `10-12`, `Nov - Feb` (across the new year), `Jan, Mar, Mei`, or
 * `sepanjang tahun`. Returns the months (1–12) in calendar order, or `undefined` when any part
 * is not a month.
 */
export function parseSeason(text: string): number[] | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '' || t.length > MAX_SEASON_TEXT) return undefined;
  if (ALL_YEAR.has(t)) return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const months = new Set<number>();
  for (const part of t.split(/[,;]| dan | and /)) {
    const ends = part.split(/\s*(?:[-–—]|\bs\/d\b|\bsampai\b|\bto\b)\s*/);
    if (ends.length > 2) return undefined;
    const from = month(ends[0]!);
    const to = ends.length === 2 ? month(ends[1]!) : from;
    if (from === undefined || to === undefined) return undefined;
    for (let m = from; ; m = (m % 12) + 1) {
      months.add(m);
      if (m === to) break;
    }
  }
  return [...months].sort((a, b) => a - b);
}
