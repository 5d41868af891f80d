// @ts-nocheck
// Text folding for search: shoppers type "kripik", "sambel", "batik-tulis", "Djogja" or
// "saté" and expect to find "Keripik", "Sambal", "Batik Tulis", "Yogyakarta" and "Sate".
// Index and query go through the same folding, so a rule only has to be consistent, not
// linguistically perfect; what it must not do is merge words a shopper means apart.

/**
 * Informal, regional and old spellings of words that appear in product names, grouped by
 * the form they fold to (the KBBI form where there is one). Only real variants that people
 * write for the same thing; never synonyms (lada/merica) and never words that also mean
 * something else in a catalog (`the` for `teh`, `lombok` for cabai, `kris` for keris).
 * Old-spelling forms that the letter rules below already fold (`djamoe` → `jamu`, `tahoe`
 * → `tahu`, `loenpia` → `lunpia`) need no entry.
 */
const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  alpukat: ['apokat', 'avokad'],
  bakpao: ['bakpau'],
  bakso: ['baso'],
  cabai: ['cabe'],
  cokelat: ['coklat'],
  gurami: ['gurame'],
  kaus: ['kaos'],
  kedelai: ['kedele'],
  keripik: ['kripik'],
  kerupuk: ['krupuk'],
  kue: ['kueh'],
  kunyit: ['kunir'],
  lumpia: ['lunpia'],
  mete: ['mede'],
  mi: ['mie'],
  nanas: ['nenas'],
  // Old spelling wrote "ny" as "nj", but modern words keep "nj" (panjang, senja), so the
  // one famous old form gets an entry instead of a letter rule.
  nyonya: ['njonja'],
  pempek: ['empek', 'mpek'],
  pepaya: ['papaya'],
  rempeyek: ['peyek'],
  rendang: ['randang'],
  sambal: ['sambel'],
  sandal: ['sendal'],
  sarung: ['sarong'],
  satai: ['sate'],
  serai: ['sereh'],
  sirup: ['sirop'],
  tapai: ['tape'],
  telur: ['telor'],
  tempe: ['tempeh'],
  terasi: ['trasi'],
  // Place names shoppers write their own way; "Djokdja" folds to "jokja" by the letter rules.
  yogyakarta: ['yogya', 'jogja', 'jogjakarta', 'jokja', 'jokjakarta', 'ngayogyakarta'],
  surakarta: ['solo'],
};

// Pre-1972 (Van Ophuijsen / Soewandi) spelling that still lives on in brand and place
// names: Djamoe, Tjap, Soerabaja, Achmad. "ch" never starts a native modern word, and
// loanwords with "ch" (chips, schotel) fold the same way on both sides, so it is safe.
const OLD_SPELLING = /dj|tj|oe|ch/g;
const OLD_SPELLING_TO_NEW: Readonly<Record<string, string>> = {
  dj: 'j',
  tj: 'c',
  oe: 'u',
  ch: 'kh',
};

const COMBINING_MARKS = /\p{M}+/gu;
// Dropped inside a word so "Jum'at" and "Jumat" fold alike.
const APOSTROPHES = /['‘’ʼ`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
// "oleh2" and "kue2" are how people write reduplicated words (oleh-oleh, kue-kue) in a hurry.
const REDUPLICATED = /^(\p{L}{3,})2$/u;
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
// Doubled letters are rare in Indonesian (maaf, saat, mangga) and common in typing
// ("kopii", "enakkk") and in Dutch-era spelling ("kaasstengel"), so a run folds to one.
const REPEATED_LETTER = /(\p{L})\1+/gu;

function respell(word: string): string {
  return word
    .replace(OLD_SPELLING, (digraph) => OLD_SPELLING_TO_NEW[digraph] ?? digraph)
    .replace(REPEATED_LETTER, '$1');
}

/**
 * Variant spellings (already through the letter rules) mapped to the form they fold to.
 * Built from {@link SPELLING_VARIANTS} with the same rules as any other word, so a table
 * entry can never disagree with the folding of the text it is meant to match.
 */
export const FOLDED_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries(SPELLING_VARIANTS).flatMap(([canonical, variants]) =>
    variants.map((variant) => [respell(variant), respell(canonical)] as const),
  ),
);

/** The form a word (already through {@link respellWords}) folds to: `kripik` → `keripik`. */
export function canonicalSpelling(word: string): string {
  return FOLDED_VARIANTS.get(word) ?? word;
}

interface FoldedToken {
  /** Through the letter rules only. */
  readonly respelled: readonly string[];
  /** And through the variant table. */
  readonly folded: readonly string[];
}

// Catalog text repeats the same few thousand words, and the per-word rules are regexes, so
// each distinct token is folded once. The bound keeps hostile input from growing it forever.
const TOKEN_CACHE = new Map<string, FoldedToken>();
const TOKEN_CACHE_LIMIT = 50_000;
const NON_ASCII = /[^\0-\x7f]/;

function foldToken(token: string): FoldedToken {
  let folded = TOKEN_CACHE.get(token);
  if (folded === undefined) {
    const reduplicated = REDUPLICATED.exec(token);
    const respelled = reduplicated
      ? Array<string>(2).fill(respell(reduplicated[1]!))
      : token.split(LETTER_DIGIT_BOUNDARY).map(respell);
    folded = { respelled, folded: respelled.map(canonicalSpelling) };
    if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
    TOKEN_CACHE.set(token, folded);
  }
  return folded;
}

function collectWords(text: string, key: keyof FoldedToken): string[] {
  const words: string[] = [];
  const plain = NON_ASCII.test(text)
    ? text.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '')
    : text.toLowerCase();
  for (const token of plain.replace(APOSTROPHES, '').split(NOT_WORD)) {
    if (token === '') continue;
    const parts = foldToken(token)[key];
    for (let i = 0; i < parts.length; i++) words.push(parts[i]!);
  }
  return words;
}

/**
 * Every folding step of {@link foldWords} except the variant-spelling table, so a caller can
 * still see what was typed: a search treats the last word of a query as a prefix, and
 * `solo` must then reach `solok` as well as `surakarta`.
 */
export function respellWords(text: string): string[] {
  return collectWords(text, 'respelled');
}

/**
 * Folds text into the words search compares, in order: lowercase, without accents or other
 * combining marks (`é` → `e`), split on anything that is not a letter or digit
 * (`batik-tulis` → `batik`, `tulis`) and between letters and digits (`250gr` → `250`,
 * `gr`), apostrophes dropped (`jum'at` → `jumat`), `oleh2` read as `oleh oleh`, old
 * spelling modernised (`dj`→`j`, `tj`→`c`, `oe`→`u`, `ch`→`kh`), a run of one letter
 * shortened to one (`kopii` → `kopi`), and common variant spellings replaced by one form
 * (`kripik` → `keripik`, `sambel` → `sambal`, `jogja` → `yogyakarta`).
 *
 * Never throws; returns an empty array when nothing searchable is left (emoji, punctuation).
 */
export function foldWords(text: string): string[] {
  return collectWords(text, 'folded');
}

/**
 * Folds text for Indonesian search: {@link foldWords} joined by single spaces, so
 * `foldIndonesian('Kripik  Tempé-Djogja!')` is `'keripik tempe yogyakarta'`. Two texts a
 * shopper means alike fold to the same string. Returns `''` when nothing searchable is left.
 */
export function foldIndonesian(text: string): string {
  return foldWords(text).join(' ');
}
