import { formatSeason } from './format-season.js';
import type { Lang } from './localized-text.js';
import type { Product } from './product.js';
import { calendarDateOf, relativeDay, shortDate, todayIn } from './produce-dates.js';
import type { IndonesianTimeZone } from './produce-dates.js';

/**
 * Whether a product can be bought now:
 * - `expired`: past its `bestBefore`;
 * - `pre-order`: taking orders for a `readyAt` still to come;
 * - `pre-order-closed`: a pre-order whose `orderBy` has passed, not ready yet;
 * - `out-of-season`: this month is not in its `season` (and no pre-order is open);
 * - `available`: anything else, including every product without these fields.
 */
export type ProduceStatus =
  'available' | 'expired' | 'pre-order' | 'pre-order-closed' | 'out-of-season';

/** When a product is looked at: the instant and the time zone its dates are read in. */
export interface ProduceClock {
  /** Milliseconds since the epoch (`Date.now()`). */
  readonly now: number;
  /** The seller's zone (see `timeZoneOfRegion`), so "today" is the seller's calendar day. */
  readonly zone: IndonesianTimeZone;
}

type ProduceDates = Pick<Product, 'bestBefore' | 'preOrder' | 'season'>;

/** The {@link ProduceStatus} of a product at `clock`. */
export function produceStatus(product: ProduceDates, clock: ProduceClock): ProduceStatus {
  const today = todayIn(clock.now, clock.zone);
  if (product.bestBefore && calendarDateOf(product.bestBefore, clock.zone) < today) {
    return 'expired';
  }
  const pre = product.preOrder;
  if (pre && calendarDateOf(pre.readyAt, clock.zone) > today) {
    return pre.orderBy && calendarDateOf(pre.orderBy, clock.zone) < today
      ? 'pre-order-closed'
      : 'pre-order';
  }
  const month = Number(today.slice(5, 7));
  if (product.season && !product.season.includes(month)) return 'out-of-season';
  return 'available';
}

const FRESHNESS_VERBS: Readonly<Record<'caught' | 'made' | 'harvested', Record<Lang, string>>> = {
  caught: { id: 'Ditangkap', en: 'Caught' },
  made: { id: 'Dibuat', en: 'Made' },
  harvested: { id: 'Panen', en: 'Harvested' },
};

/**
 * How fresh it is, at a glance: `Panen 2 hari lalu`, `Ditangkap kemarin` (fish),
 * `Dibuat hari ini` (home kitchens), in the buyer's language; `undefined` without
 * `harvestedAt`.
 */
export function freshnessLabel(
  product: Pick<Product, 'harvestedAt' | 'category'>,
  clock: ProduceClock,
  lang: Lang,
): string | undefined {
  if (!product.harvestedAt) return undefined;
  const verb =
    product.category === 'perikanan'
      ? FRESHNESS_VERBS.caught
      : product.category === 'kuliner'
        ? FRESHNESS_VERBS.made
        : FRESHNESS_VERBS.harvested;
  const today = todayIn(clock.now, clock.zone);
  return `${verb[lang]} ${relativeDay(calendarDateOf(product.harvestedAt, clock.zone), today, lang)}`;
}

/**
 * What a shopper should know about its status, or `undefined` when it is simply available:
 * `Pre-order · siap 14 Des`, `Pre-order ditutup`, `Lewat masa simpan`, `Di luar musim · Okt–Des`.
 */
export function statusLabel(
  product: Pick<Product, 'bestBefore' | 'preOrder' | 'season'>,
  clock: ProduceClock,
  lang: Lang,
): string | undefined {
  const id = lang === 'id';
  const today = todayIn(clock.now, clock.zone);
  switch (produceStatus(product, clock)) {
    case 'expired':
      return id ? 'Lewat masa simpan' : 'Past its best-before date';
    case 'pre-order': {
      const ready = shortDate(calendarDateOf(product.preOrder!.readyAt, clock.zone), lang, today);
      return id ? `Pre-order · siap ${ready}` : `Pre-order · ready ${ready}`;
    }
    case 'pre-order-closed':
      return id ? 'Pre-order ditutup' : 'Pre-order closed';
    case 'out-of-season': {
      const months = formatSeason(product.season!, lang, '–');
      return `${id ? 'Di luar musim' : 'Out of season'} · ${months}`;
    }
    default:
      return undefined;
  }
}
