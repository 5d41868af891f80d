/**
 * Month names and abbreviations as Indonesian and English spreadsheets write them, lower case,
 * to the month number (1–12). Internal to the date and season readers.
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'januari jan january'],
      [2, 'februari pebruari feb peb february'],
      [3, 'maret mar march'],
      [4, 'april apr'],
      [5, 'mei may'],
      [6, 'juni jun june'],
      [7, 'juli jul july'],
      [8, 'agustus agu agt ags aug august'],
      [9, 'september sep sept'],
      [10, 'oktober okt oct october'],
      [11, 'november nov nop nopember'],
      [12, 'desember des dec december'],
    ] as const
  ).flatMap(([month, names]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Month names for people, January first. */
export const MONTH_NAMES = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(
    ' ',
  ),
  en: 'January February March April May June July August September October November December'.split(
    ' ',
  ),
} as const;

/** Short month names for people (`Agu`, `Des`; `Aug`, `Dec`), January first. */
export const SHORT_MONTHS = {
  id: MONTH_NAMES.id.map((m) => m.slice(0, 3)),
  en: MONTH_NAMES.en.map((m) => m.slice(0, 3)),
} as const;
