import { parseRupiah } from '@etalase/catalog';

/** A price read from text: the amount in the currency's units and, when known, its ISO 4217 code. */
export interface ParsedPrice {
  readonly amount: number;
  readonly currency?: string;
}

/** Options for {@link parsePriceText}. */
export interface ParsePriceOptions {
  /**
   * The page's currency (ISO 4217), used when the text has none and to read an ambiguous
   * symbol: `$` on a page priced in ARS is ARS. Default: none.
   */
  readonly currency?: string;
}

/**
 * Symbols and words that name a currency, longest first so `R$` wins over `$` and `NT$`
 * over `$`. A bare `$` is USD unless the page says which dollar or peso it means.
 */
const CURRENCY_SYMBOLS: readonly (readonly [RegExp, string])[] = [
  [/R\$/, 'BRL'],
  [/NT\$/i, 'TWD'],
  [/HK\$/i, 'HKD'],
  [/US\$/, 'USD'],
  [/NZ\$/, 'NZD'],
  [/CA?\$/, 'CAD'],
  [/AU?\$/, 'AUD'],
  [/S\$/, 'SGD'],
  [/\bRp\.?/i, 'IDR'],
  [/\bRM(?=[\s\d])/, 'MYR'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/¥|円/, 'JPY'],
  [/元/, 'CNY'],
  [/₹/, 'INR'],
  [/\bRs\.?(?=[\s\d])/, 'INR'],
  [/₩|원/, 'KRW'],
  [/₽|(?<!\p{L})(?:руб|р\.(?=\s|$))/iu, 'RUB'],
  [/₸|(?<!\p{L})(?:тг|тенге)/iu, 'KZT'],
  [/₴|(?<!\p{L})грн/iu, 'UAH'],
  [/(?<!\p{L})лв/iu, 'BGN'],
  [/(?<!\p{L})zł/iu, 'PLN'],
  [/\bKč/i, 'CZK'],
  [/\bkn\b/i, 'HRK'],
  [/\bFt\b/, 'HUF'],
  [/\blei\b/i, 'RON'],
  [/₺|\bTL\b/, 'TRY'],
  [/฿|บาท/, 'THB'],
  [/₱/, 'PHP'],
  [/₫|\bđ\b/, 'VND'],
  [/₪/, 'ILS'],
  [/\bCHF\b|\bFr\.(?=\s?\d)/, 'CHF'],
  [/\$/, 'USD'],
];

/** ISO 4217 codes written out ("EUR 15,99", "15.99 USD"). */
const ISO_CODE =
  /(?<![A-Za-z])(IDR|EUR|USD|GBP|JPY|CNY|INR|PKR|KRW|RUB|KZT|UAH|BYN|BGN|PLN|CZK|HRK|HUF|RON|TRY|THB|PHP|VND|ILS|CHF|BRL|ARS|CLP|COP|MXN|PEN|UYU|TWD|HKD|SGD|MYR|AUD|CAD|NZD|SEK|NOK|DKK|ISK|ZAR|AED|SAR|EGP|NGN|KES|BDT|LKR|KWD|BHD|OMR|JOD|TND|IQD|LYD)(?![A-Za-z])/;

/** Currencies whose `$` sign a page's own currency code disambiguates. */
const DOLLAR_OR_PESO = new Set([
  'USD',
  'ARS',
  'CLP',
  'COP',
  'MXN',
  'UYU',
  'TWD',
  'HKD',
  'SGD',
  'AUD',
  'CAD',
  'NZD',
]);

/** Currencies with three decimals, where `1.234` is one and a bit, not a thousand. */
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Longer text is not one price. */
const MAX_PRICE_TEXT = 120;

/**
 * A number as written: digits with `.`, `,`, `'` or a space (plain, no-break or thin) as
 * separators; a space only groups when three digits follow it ("44 890").
 */
const NUMBER = /\d(?:[\d.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))*/g;

/** What stands between the two ends of a price range, currency signs aside. */
const RANGE_BETWEEN = /^[^\d]{0,6}?\s*(?:–|—|-|~|to|bis|s\/d|sampai|až|до|à|a)\s*[^\d]{0,6}$/i;

/** How many separate numbers the text holds ("Rp50.000 Rp42.500" holds two). */
export function countNumbers(text: string): number {
  return [...text.matchAll(NUMBER)].length;
}

/** The Indonesian shorthand `25rb`, `1,5 jt`, read by the catalog's own rupiah parser. */
const RUPIAH_SHORTHAND = /(?:(?:rp\.?|idr) ?)?\d[\d.,]* ?(?:rb|ribu|jt|juta)\b/i;

/** The ISO 4217 code a text names, from a symbol or a code; `undefined` when it names none. */
export function detectCurrency(text: string, pageCurrency?: string): string | undefined {
  const code = ISO_CODE.exec(text);
  if (code) return code[1]!;
  for (const [pattern, currency] of CURRENCY_SYMBOLS) {
    if (!pattern.test(text)) continue;
    if (currency === 'USD' && pageCurrency && DOLLAR_OR_PESO.has(pageCurrency)) return pageCurrency;
    if (currency === 'INR' && pageCurrency && /^(PKR|LKR|NPR)$/.test(pageCurrency))
      return pageCurrency;
    return currency;
  }
  return undefined;
}

/**
 * Reads a number written with any common grouping and decimal marks: `1.299.000`,
 * `1,299.00`, `119,01`, `44 890`, `1'299.50`. A lone mark followed by exactly three digits
 * groups thousands (`25.000` is 25000, `$1,299` is 1299), except in the few currencies
 * with three decimals.
 */
function readNumber(raw: string, currency: string | undefined): number | undefined {
  const token = raw.replace(/[ \u00a0\u202f'’]/g, '').replace(/[.,]+$/, '');
  if (!/^\d[\d.,]*$/.test(token)) return undefined;
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark.
    const decimalAt = Math.max(lastDot, lastComma);
    const group = decimalAt === lastDot ? ',' : '.';
    integer = token.slice(0, decimalAt);
    fraction = token.slice(decimalAt + 1);
    if (integer.includes(decimalAt === lastDot ? '.' : ',')) return undefined;
    integer = integer.split(group).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = token.split(mark);
    const tail = parts[parts.length - 1]!;
    if (parts.length > 2) {
      // Several of one mark can only group ("1.299.000").
      if (parts.slice(1).some((p) => p.length !== 3)) return undefined;
      integer = parts.join('');
    } else if (tail.length === 3 && !(currency && THREE_DECIMALS.has(currency))) {
      integer = parts.join('');
    } else {
      integer = parts[0]!;
      fraction = tail;
    }
  } else {
    integer = token;
  }
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads a price as shops write it: `Rp25.000`, `Rp 1.299.000`, `25rb`, `1,5 jt`,
 * `1,299.00`, `€119,01`, `119,-`, `$1,299`, `44 890 тг.`, `EUR15.99`. The currency comes from
 * a symbol or code in the text, else from `options.currency`. When the text holds several
 * numbers, the one written beside the currency wins, else the first. Returns `undefined`
 * when the text holds no amount (or is too long to be one price).
 */
export function parsePriceText(
  text: string,
  options: ParsePriceOptions = {},
): ParsedPrice | undefined {
  const compact = text.replace(/\s+/g, ' ').trim();
  if (compact === '' || compact.length > MAX_PRICE_TEXT) return undefined;
  const named = detectCurrency(compact, options.currency);
  const currency = named ?? options.currency;

  const shorthand = RUPIAH_SHORTHAND.exec(compact);
  if (shorthand && (currency === undefined || currency === 'IDR')) {
    const amount = parseRupiah(shorthand[0]);
    if (amount !== undefined) return { amount, currency: 'IDR' };
  }

  const numbers = [...compact.matchAll(NUMBER)];
  if (numbers.length === 0) return undefined;
  let chosen = numbers[0]!;
  if (numbers.length === 2) {
    // A range ("352,00 – 376,45", "Rp25rb s/d Rp40rb" is above): the price starts at its low end.
    const [low, high] = numbers as [RegExpExecArray, RegExpExecArray];
    const between = compact.slice(low.index + low[0].length, high.index);
    if (RANGE_BETWEEN.test(between)) {
      const a = readNumber(low[0], currency);
      const b = readNumber(high[0], currency);
      if (a !== undefined && b !== undefined) {
        const amount = Math.min(a, b);
        return currency ? { amount, currency } : { amount };
      }
    }
  }
  if (named && numbers.length > 1) {
    // The number touching the symbol: "Was 20 € now 15 €" is ambiguous, "最低價$99元起" is not.
    const symbolAt = symbolIndex(compact, named);
    if (symbolAt >= 0) {
      let best = Infinity;
      for (const match of numbers) {
        const start = match.index;
        const end = start + match[0].length;
        const gap = symbolAt >= end ? symbolAt - end : start - symbolAt;
        if (gap >= 0 && gap < best) {
          best = gap;
          chosen = match;
        }
      }
    }
  }
  const amount = readNumber(chosen[0], currency);
  if (amount === undefined) return undefined;
  return currency ? { amount, currency } : { amount };
}

/** Where in `text` the currency `code` is written, as a symbol or as the code; -1 if nowhere. */
function symbolIndex(text: string, code: string): number {
  const byCode = text.indexOf(code);
  if (byCode >= 0) return byCode;
  for (const [pattern, currency] of CURRENCY_SYMBOLS) {
    if (currency !== code && !(currency === 'USD' && DOLLAR_OR_PESO.has(code))) continue;
    const match = pattern.exec(text);
    if (match) return match.index;
  }
  return -1;
}

/**
 * Reads a price given as structured data (`"price": "1299.00"`, `content="15.99"`), where
 * schema.org asks for a plain decimal with a dot. Falls back to {@link parsePriceText} for
 * the pages that write `"1.299,00"` or `"Rp 25.000"` there anyway.
 */
export function parseStructuredPrice(value: string, currency?: string): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    // "23.450" in a structured field is still a decimal; only grouping marks are ambiguous.
    const amount = Number(trimmed);
    return Number.isFinite(amount) ? amount : undefined;
  }
  return parsePriceText(trimmed, currency ? { currency } : {})?.amount;
}
