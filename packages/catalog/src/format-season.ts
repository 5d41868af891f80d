import type { Lang } from './localized-text.js';
import { SHORT_MONTHS } from './month-names.js';

/**
 * The months of a season as short ranges, `Okt-Des` or `Nov-Feb` (across the new year),
 * `Jan, Mar-Apr`; every month is `sepanjang tahun` / `all year`. `parseSeason` reads it back.
 * `dash` joins a range's ends (`'–'` for people, `'-'` for a spreadsheet).
 */
export function formatSeason(months: readonly number[], lang: Lang = 'id', dash = '-'): string {
  const has = new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12));
  if (has.size === 12) return lang === 'id' ? 'sepanjang tahun' : 'all year';
  if (has.size === 0) return '';
  const next = (m: number) => (m % 12) + 1;
  const previous = (m: number) => ((m + 10) % 12) + 1;
  // Start each range at a month whose previous month is out of season.
  const ranges: string[] = [];
  for (let m = 1; m <= 12; m++) {
    if (!has.has(m) || has.has(previous(m))) continue;
    let end = m;
    while (has.has(next(end))) end = next(end);
    const names = SHORT_MONTHS[lang];
    ranges.push(end === m ? names[m - 1]! : `${names[m - 1]!}${dash}${names[end - 1]!}`);
  }
  return ranges.join(', ');
}
