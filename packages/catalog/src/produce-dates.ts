import type { Lang } from './localized-text.js';
import { MONTH_NAMES, SHORT_MONTHS } from './month-names.js';

/** Indonesia's three time zones; none has daylight saving time. */
export const INDONESIAN_TIME_ZONES = { WIB: 7, WITA: 8, WIT: 9 } as const;

/** WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9). */
export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;

const WITA_PROVINCES = new Set([
  '51',
  '52',
  '53',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
]);

/**
 * The time zone of a province or kabupaten/kota by its Kemendagri code: WIT for Maluku and
 * Papua (8x, 9x), WITA for Bali, Nusa Tenggara, South, East and North Kalimantan and
 * Sulawesi, WIB for the rest (Sumatra, Java, West and Central Kalimantan). `undefined` for a
 * code that is not a region code.
 */
export function timeZoneOfRegion(code: string | undefined): IndonesianTimeZone | undefined {
  const province = /^(\d{2})(?:\.?\d{2})?$/.exec(code?.trim() ?? '')?.[1];
  if (province === undefined) return undefined;
  if (province.startsWith('8') || province.startsWith('9')) return 'WIT';
  return WITA_PROVINCES.has(province) ? 'WITA' : 'WIB';
}

/**
 * The Indonesian time zone whose offset matches a `Date#getTimezoneOffset()` (minutes west
 * of UTC, so WIB is -420), or `undefined` for a buyer outside Indonesia's offsets.
 */
export function timeZoneOfOffset(minutesWest: number): IndonesianTimeZone | undefined {
  for (const [zone, hours] of Object.entries(INDONESIAN_TIME_ZONES)) {
    if (-minutesWest === hours * 60) return zone as IndonesianTimeZone;
  }
  return undefined;
}

/** The calendar date (`YYYY-MM-DD`) it is in `zone` at the instant `now` (ms since epoch). */
export function todayIn(now: number, zone: IndonesianTimeZone): string {
  return new Date(now + INDONESIAN_TIME_ZONES[zone] * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The calendar date a catalog date stands for in `zone`: a date (`2026-03-12`) is that day
 * where the seller wrote it; a date-time with an offset is converted to `zone`.
 */
export function calendarDateOf(value: string, zone: IndonesianTimeZone): string {
  if (value.length <= 10) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value.slice(0, 10) : todayIn(time, zone);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `14 Des` (`14 Dec`), with the year when it is not `today`'s year. */
export function shortDate(date: string, lang: Lang, today?: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  const text = `${day} ${SHORT_MONTHS[lang][month! - 1] ?? ''}`;
  return today !== undefined && today.slice(0, 4) === date.slice(0, 4) ? text : `${text} ${year}`;
}

/** `14 Desember 2026` (`14 December 2026`): a date written out, for messages. */
export function longDate(date: string, lang: Lang): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTH_NAMES[lang][month! - 1] ?? ''} ${year}`;
}

/**
 * A day relative to today, in the buyer's language: `hari ini`, `kemarin`, `2 hari lalu`,
 * `besok`, `dalam 3 hari` (`today`, `yesterday`, `2 days ago`, `tomorrow`, `in 3 days`); past
 * a week either way, the date itself (`14 Des`).
 */
export function relativeDay(date: string, today: string, lang: Lang): string {
  const days = daysBetween(today, date);
  const id = lang === 'id';
  if (days === 0) return id ? 'hari ini' : 'today';
  if (days === -1) return id ? 'kemarin' : 'yesterday';
  if (days === 1) return id ? 'besok' : 'tomorrow';
  if (days < 0 && days >= -7) return id ? `${-days} hari lalu` : `${-days} days ago`;
  if (days > 0 && days <= 7) return id ? `dalam ${days} hari` : `in ${days} days`;
  return shortDate(date, lang, today);
}
