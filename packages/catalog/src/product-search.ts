import SearchableMap from 'minisearch/SearchableMap';
import { CATEGORIES, CATEGORY_LABELS } from './category.js';
import type { Category } from './category.js';
import { filterProducts, sortProducts } from './filter-products.js';
import type { ProductFilters, ProductSort } from './filter-products.js';
import { FOLDED_VARIANTS, canonicalSpelling, foldWords, respellWords } from './fold-indonesian.js';
import type { Product } from './product.js';
import { findRegion } from './region.js';
import type { Region } from './schema-primitives.js';
import type { Seller } from './seller.js';

/** A product that matches a query, with how well it matches (higher is better). */
export interface ProductHit {
  readonly product: Product;
  /** Relevance; comparable only within one result list. `0` when the query is empty. */
  readonly score: number;
}

/** How {@link ProductSearch.search} reads a query. */
export interface ProductSearchOptions {
  /**
   * Reads the last word as the start of a word, as while typing (`kerip` finds "Keripik").
   * A query that ends in a space or punctuation never does: that word is finished.
   * Default `true`.
   */
  readonly prefix?: boolean;
  /**
   * Tolerates typos: one wrong, missing or extra letter in words of 4–7 letters, two from
   * 8 letters; none in shorter words or numbers. Default `true`.
   */
  readonly fuzzy?: boolean;
  /** Returns at most this many hits. Default: all of them. */
  readonly limit?: number;
}

/** A search index over a catalog's products, built once and queried on every keystroke. */
export interface ProductSearch {
  /** Every indexed product, in catalog order (pages in the order they were added). */
  readonly products: readonly Product[];
  /** The sellers seen so far, by id; for {@link filterProducts}. */
  readonly sellersById: ReadonlyMap<string, Seller>;
  /**
   * Finds products for what a shopper typed, best match first, equal matches in catalog
   * order. Every word must match (a word may be a variant spelling, a typo, or, for the
   * last one, the start of a word); when no product matches every word, products matching
   * any word are returned, still best first. Name matches rank above tag, category, seller
   * and region matches, and those above description matches.
   *
   * An empty query, or one with nothing searchable in it (`"!!"`, emoji), returns every
   * product in catalog order with score `0`. Never throws; only the first 256 characters
   * and the first 12 words of a query are read.
   */
  search(query: string, options?: ProductSearchOptions): ProductHit[];
  /**
   * The products {@link search} finds, in the same order, without their scores: what a
   * storefront shows, with no object made per hit (the first letter of a query can match
   * 100,000 products).
   */
  searchProducts(query: string, options?: ProductSearchOptions): Product[];
  /**
   * What {@link searchProducts} finds, as ordinals (places in {@link products}), in its order
   * for the first `ranked` only (default: all; all also when fewer than four times `ranked`
   * match: see {@link rankedOf}); the others follow in no particular order.
   * The first letter of a query can match 100,000 products, and sorting them all costs
   * most of the search: a storefront shows the first screenful at once and ranks the rest
   * after. `limit` is not read.
   */
  searchOrdinals(query: string, ranked?: number, options?: ProductSearchOptions): Int32Array;
  /**
   * Indexes another page of the catalog (from its `next` link). A product whose `id` is
   * already indexed replaces the old one in place. Sellers are added first; a seller that
   * is new or changed is re-indexed into the products already added for it.
   */
  add(products: readonly Product[], sellers?: readonly Seller[]): void;
}

const FIELDS = ['name', 'tags', 'category', 'seller', 'region', 'description'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A name match must outrank a product that only mentions the word in its description;
 * the length normalisation below already favours short fields, the boosts make it hold
 * for long names too.
 */
const FIELD_BOOSTS: Readonly<Record<Field, number>> = {
  name: 4,
  tags: 2,
  category: 1.5,
  seller: 1.5,
  region: 1.5,
  description: 0.5,
};
/**
 * BM25 normalises a field's length by the average over the collection. A fixed typical
 * length instead keeps each posting's weight the same as pages are added, so nothing has
 * to be re-scored; a field longer than typical counts for less, as in BM25.
 */
const TYPICAL_WORDS: Readonly<Record<Field, number>> = {
  name: 4,
  tags: 4,
  category: 3,
  seller: 3,
  region: 5,
  description: 50,
};
const BM25_K1 = 1.2;
const BM25_B = 0.7;
/** Weights of a term found by prefix or by typo tolerance, as in MiniSearch; exact is 1. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_QUERY_CHARS = 256;
/** 2^53: every integer below it is a double exactly. */
const MAX_EXACT = 2 ** 53;
const MAX_QUERY_WORDS = 12;
/** No real word is this long; fuzzy matching on such a term only costs time. */
const MAX_FUZZY_WORD = 30;
/** Variant spellings start to be guessed from a prefix at this length (`kri` → keripik). */
const MIN_VARIANT_PREFIX = 3;
const ENDS_WORD = /[^\p{L}\p{N}]$/u;
const DIGITS = /^\p{N}+$/u;

// "Kabupaten", "Kota" and the like are in every region name; indexed, they would make the
// prefix "ka" or "ko" match every product.
const ADMINISTRATIVE_PREFIX =
  /^(?:kabupaten|kab|kota|provinsi|prov|daerah khusus ibukota|daerah istimewa|dki|diy)(?: administrasi)? /;

function regionWords(name: string): string[] {
  return foldWords(name).join(' ').replace(ADMINISTRATIVE_PREFIX, '').split(' ');
}

const CATEGORY_WORDS: ReadonlyMap<Category, readonly string[]> = new Map(
  CATEGORIES.map((category) => {
    const label = CATEGORY_LABELS[category];
    return [category, [...new Set(foldWords(`${category} ${label.id} ${label.en}`))]];
  }),
);

/** What {@link InvertedProductIndex} found for a query, best first. */
interface Ranked {
  /** Per document, best first: `ordinal + span * rank key`; `% span` gives the ordinal. */
  readonly order: Float64Array;
  readonly span: number;
  /** Scores by internal document number. */
  readonly scores: Float64Array;
}

function limitOf(options: ProductSearchOptions): number {
  return options.limit === undefined || Number.isNaN(options.limit)
    ? Infinity
    : Math.max(0, Math.floor(options.limit));
}

function typoTolerance(word: string): number {
  if (word.length < 4 || word.length > MAX_FUZZY_WORD || DIGITS.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * How many of `count` matches {@link ProductSearch.searchOrdinals} gives in order when asked
 * to rank the first `ranked`: all of them when they are fewer than four times that (sorting
 * them all then costs little more), else `ranked`. A caller that must know whether the whole
 * order came (the search Worker) asks this rather than repeat the rule.
 */
export function rankedOf(count: number, ranked = Infinity): number {
  return ranked * 4 >= count ? count : Math.max(0, Math.floor(ranked));
}

/**
 * Moves the `first` smallest of `keys` (all distinct) to its front, ascending; the others
 * follow in their order. A pass that keeps the best few sorted costs a fraction of sorting
 * 100,000 keys.
 */
function rankFirst(keys: Float64Array, first: number): void {
  const best = keys.slice(0, first).sort();
  let worst = best[first - 1]!;
  for (let i = first; i < keys.length; i++) {
    const key = keys[i]!;
    if (key >= worst) continue;
    let at = first - 1;
    while (at > 0 && best[at - 1]! > key) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = key;
    worst = best[first - 1]!;
  }
  const others = new Float64Array(keys.length - first);
  let k = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i]! > worst) others[k++] = keys[i]!;
  keys.set(best);
  keys.set(others, first);
}

/** Keeps the better weight when a term is reached two ways (as a prefix and as a typo). */
function offer(terms: Map<number, number>, termId: number, weight: number): void {
  const known = terms.get(termId);
  if (known === undefined || weight > known) terms.set(termId, weight);
}

/**
 * An inverted index with flat posting lists and scratch buffers reused across queries, so
 * a keystroke costs a walk over the postings of the matching terms and one sort, with no
 * per-match objects. MiniSearch's `SearchableMap` (a radix tree) finds the terms: exact,
 * by prefix and within an edit distance.
 *
 * Why not `MiniSearch#search` itself: it allocates a result entry per matching term, field
 * and document, and the first letters of a query match most of a catalog. Tuned the same
 * way (folded fields, boosts, AND with prefix and fuzzy), it measured p95 77 ms per
 * keystroke on the 10,000 products of `bench/search.bench.ts` (200 ms for a lone "k"),
 * against a budget of 16 ms; this index answers the same keystrokes in about 3 ms.
 *
 * Documents are internal numbers; a product replaced by a later page gets a new one and
 * the old one is skipped (`#docOrdinal` is -1), which is cheaper than editing postings.
 */
class InvertedProductIndex implements ProductSearch {
  readonly products: Product[] = [];
  readonly sellersById = new Map<string, Seller>();
  readonly #ordinalById = new Map<string, number>();
  readonly #ordinalsBySeller = new Map<string, number[]>();
  readonly #regionWords = new Map<string, readonly string[]>();
  readonly #termIds = new Map<string, number>();
  readonly #terms = new SearchableMap<number>();
  readonly #postingDocs: number[][] = [];
  readonly #postingWeights: number[][] = [];
  /** Internal document → product ordinal, or -1 once the product was replaced. */
  readonly #docOrdinal: number[] = [];
  readonly #docOfOrdinal: number[] = [];
  #allHits: readonly ProductHit[] | undefined;
  readonly #countScratch = new Map<string, number>();
  readonly #weightScratch = new Map<string, number>();

  // Scratch space for queries, one slot per document. A stamp marks which slots belong to
  // the current word or query, so nothing has to be cleared between keystrokes.
  #stamp = 0;
  #wordStamp = new Uint32Array(0);
  #wordBest = new Float64Array(0);
  #queryStamp = new Uint32Array(0);
  #total = new Float64Array(0);
  #matched = new Uint8Array(0);
  #touched = new Int32Array(0);
  #candidates = new Int32Array(0);
  #found = new Int32Array(0);
  #keys = new Float64Array(0);

  add(products: readonly Product[], sellers: readonly Seller[] = []): void {
    for (const seller of sellers) this.#addSeller(seller);
    for (const product of products) {
      const known = this.#ordinalById.get(product.id);
      if (known === undefined) {
        const ordinal = this.products.push(product) - 1;
        this.#ordinalById.set(product.id, ordinal);
        this.#bySeller(product.sellerId).push(ordinal);
        this.#indexProduct(ordinal);
      } else {
        if (this.products[known]!.sellerId !== product.sellerId) {
          this.#bySeller(product.sellerId).push(known);
        }
        this.products[known] = product;
        this.#indexProduct(known);
      }
    }
    this.#allHits = undefined;
    this.#growScratch();
  }

  search(query: string, options: ProductSearchOptions = {}): ProductHit[] {
    const limit = limitOf(options);
    const ranked = this.#find(query, options);
    if (ranked === undefined) return this.#everything(limit);
    const { order, span, scores } = ranked;
    const hits = new Array<ProductHit>(Math.min(order.length, limit));
    for (let i = 0; i < hits.length; i++) {
      const ordinal = order[i]! % span;
      hits[i] = {
        product: this.products[ordinal]!,
        score: scores[this.#docOfOrdinal[ordinal]!]!,
      };
    }
    return hits;
  }

  searchProducts(query: string, options: ProductSearchOptions = {}): Product[] {
    const limit = limitOf(options);
    const ranked = this.#find(query, options);
    if (ranked === undefined) return this.products.slice(0, limit);
    const { order, span } = ranked;
    const products = new Array<Product>(Math.min(order.length, limit));
    for (let i = 0; i < products.length; i++) products[i] = this.products[order[i]! % span]!;
    return products;
  }

  searchOrdinals(query: string, ranked = Infinity, options: ProductSearchOptions = {}): Int32Array {
    const found = this.#find(query, options, ranked);
    if (found === undefined) return Int32Array.from(this.products.keys());
    const { order, span } = found;
    const ordinals = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) ordinals[i] = order[i]! % span;
    return ordinals;
  }

  /**
   * The documents a query finds, ranked (see {@link #ordered}), the first `ranked` of them
   * only; `undefined` for a query with nothing searchable in it.
   */
  #find(query: string, options: ProductSearchOptions, ranked = Infinity): Ranked | undefined {
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    const words = [...new Set(respellWords(text))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return undefined;
    const typing = (options.prefix ?? true) && !ENDS_WORD.test(text);
    const fuzzy = options.fuzzy ?? true;

    if (words.length === 1) {
      // One word (most keystrokes): its scores are the totals, nothing to merge.
      const touchedCount = this.#scoreWord(this.#termsFor(words[0]!, typing, fuzzy));
      const docOrdinal = this.#docOrdinal;
      let count = 0;
      for (let i = 0; i < touchedCount; i++) {
        const doc = this.#touched[i]!;
        if (docOrdinal[doc]! >= 0) this.#found[count++] = doc;
      }
      return this.#ordered(this.#wordBest, count, ranked);
    }

    const queryStamp = this.#nextStamp();
    const { touched, stamps, total, matched, candidates, wordBest } = this.#queryScratch();
    let candidateCount = 0;
    for (let w = 0; w < words.length; w++) {
      const terms = this.#termsFor(words[w]!, typing && w === words.length - 1, fuzzy);
      const touchedCount = this.#scoreWord(terms);
      for (let i = 0; i < touchedCount; i++) {
        const doc = touched[i]!;
        if (stamps[doc] !== queryStamp) {
          stamps[doc] = queryStamp;
          total[doc] = wordBest[doc]!;
          matched[doc] = 1;
          candidates[candidateCount++] = doc;
        } else {
          total[doc]! += wordBest[doc]!;
          matched[doc]!++;
        }
      }
    }
    return this.#rank(candidateCount, words.length, ranked);
  }

  /** The scratch arrays of a query, read into locals once: hot loops run over them. */
  #queryScratch() {
    return {
      touched: this.#touched,
      stamps: this.#queryStamp,
      total: this.#total,
      matched: this.#matched,
      candidates: this.#candidates,
      wordBest: this.#wordBest,
    };
  }

  /** Scores one query word's terms into `#wordBest`; returns how many documents it reached. */
  #scoreWord(terms: ReadonlyMap<number, number>): number {
    const wordStamp = this.#nextStamp();
    const documentCount = this.products.length;
    const stamps = this.#wordStamp;
    const best = this.#wordBest;
    const touched = this.#touched;
    let touchedCount = 0;
    for (const [termId, termWeight] of terms) {
      const docs = this.#postingDocs[termId]!;
      const weights = this.#postingWeights[termId]!;
      const idf = Math.log(1 + (documentCount - docs.length + 0.5) / (docs.length + 0.5));
      const factor = termWeight * idf;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const score = factor * weights[i]!;
        // A word scores by its best term in a document: "k" must not favour documents that
        // happen to hold many words starting with k.
        if (stamps[doc] !== wordStamp) {
          stamps[doc] = wordStamp;
          best[doc] = score;
          touched[touchedCount++] = doc;
        } else if (score > best[doc]!) {
          best[doc] = score;
        }
      }
    }
    return touchedCount;
  }

  /**
   * Documents that matched every word, best first; when there are none, documents that
   * matched any word, scored higher the more words they matched.
   */
  #rank(candidateCount: number, wordCount: number, ranked: number): Ranked {
    const docOrdinal = this.#docOrdinal;
    const total = this.#total;
    const matched = this.#matched;
    const candidates = this.#candidates;
    const found = this.#found;
    let count = 0;
    for (let i = 0; i < candidateCount; i++) {
      const doc = candidates[i]!;
      if (matched[doc] === wordCount && docOrdinal[doc]! >= 0) found[count++] = doc;
    }
    if (count === 0 && wordCount > 1) {
      for (let i = 0; i < candidateCount; i++) {
        const doc = candidates[i]!;
        if (docOrdinal[doc]! >= 0) {
          total[doc] = total[doc]! * matched[doc]!;
          found[count++] = doc;
        }
      }
    }
    return this.#ordered(total, count, ranked);
  }

  /**
   * The first `count` documents of `#found`, by `scores` best first and equal scores in
   * catalog order.
   *
   * The first letters of a query match most of a catalog, and sorting 100,000 documents with
   * a comparator took longer than a frame. Instead each document gets one number that
   * orders it, sorted natively: its distance below the best score in the high bits and its
   * ordinal in the low bits (`span` is the power of two above every ordinal), all within
   * the 53 bits a double holds exactly. Scores that differ by less than the best score /
   * 2^(53 - ordinal bits) (2^-36 of it for 100,000 products) count as equal; a higher
   * score never sorts below a lower one.
   *
   * With `ranked` well below `count`, only the best `ranked` are sorted, to the front (see
   * {@link rankFirst}).
   */
  #ordered(scores: Float64Array, count: number, ranked = Infinity): Ranked {
    const docOrdinal = this.#docOrdinal;
    const found = this.#found;
    let best = 0;
    for (let i = 0; i < count; i++) best = Math.max(best, scores[found[i]!]!);
    let span = 1;
    while (span < this.products.length) span *= 2;
    const scale = best > 0 ? (MAX_EXACT / span - 1) / best : 0;
    const order = this.#keys.subarray(0, count);
    for (let i = 0; i < count; i++) {
      const doc = found[i]!;
      order[i] = Math.floor((best - scores[doc]!) * scale) * span + docOrdinal[doc]!;
    }
    const inOrder = rankedOf(count, ranked);
    if (inOrder === count) order.sort();
    else if (inOrder >= 1) rankFirst(order, inOrder);
    return { order, span, scores };
  }

  /**
   * The index terms one query word reaches, with their weights. A finished word is looked
   * up in its folded form, with typo tolerance. The word being typed is also read as a
   * prefix, both as typed and through variant spellings that start with it, so `solo`
   * reaches "Solok" as well as "Surakarta", and `kri` (on its way to `kripik`) already
   * reaches "Keripik".
   */
  #termsFor(word: string, prefix: boolean, fuzzy: boolean): Map<number, number> {
    const terms = new Map<number, number>();
    const canonical = canonicalSpelling(word);
    const exact = this.#termIds.get(canonical);
    if (exact !== undefined) terms.set(exact, 1);
    const tolerance = fuzzy ? typoTolerance(canonical) : 0;
    // A half-typed word is more likely the start of a longer word than a typo: "kerip"
    // should list "keripik" before "keris".
    const fuzzyWeight = prefix ? FUZZY_WEIGHT / 2 : FUZZY_WEIGHT;
    if (tolerance > 0) {
      for (const [term, [termId, distance]] of this.#terms.fuzzyGet(canonical, tolerance)) {
        if (distance > 0)
          offer(terms, termId, (fuzzyWeight * term.length) / (term.length + distance));
      }
    }
    if (!prefix) return terms;
    for (const start of canonical === word ? [word] : [canonical, word]) {
      for (const [term, termId] of this.#terms.atPrefix(start)) {
        const extra = term.length - start.length;
        offer(terms, termId, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra));
      }
    }
    if (word.length >= MIN_VARIANT_PREFIX) {
      for (const [variant, target] of FOLDED_VARIANTS) {
        const termId = this.#termIds.get(target);
        if (termId !== undefined && variant.startsWith(word)) offer(terms, termId, PREFIX_WEIGHT);
      }
    }
    return terms;
  }

  #nextStamp(): number {
    if (this.#stamp === 0xffffffff) {
      this.#stamp = 0;
      this.#wordStamp.fill(0);
      this.#queryStamp.fill(0);
    }
    return ++this.#stamp;
  }

  #growScratch(): void {
    const size = this.#docOrdinal.length;
    if (this.#wordStamp.length >= size) return;
    const capacity = Math.max(size, this.#wordStamp.length * 2, 64);
    this.#wordStamp = new Uint32Array(capacity);
    this.#wordBest = new Float64Array(capacity);
    this.#queryStamp = new Uint32Array(capacity);
    this.#total = new Float64Array(capacity);
    // A query has at most MAX_QUERY_WORDS words, so a byte counts them.
    this.#matched = new Uint8Array(capacity);
    this.#touched = new Int32Array(capacity);
    this.#candidates = new Int32Array(capacity);
    this.#found = new Int32Array(capacity);
    this.#keys = new Float64Array(capacity);
  }

  #everything(limit: number): ProductHit[] {
    this.#allHits ??= this.products.map((product) => ({ product, score: 0 }));
    return this.#allHits.slice(0, limit);
  }

  #bySeller(sellerId: string): number[] {
    let ordinals = this.#ordinalsBySeller.get(sellerId);
    if (!ordinals) this.#ordinalsBySeller.set(sellerId, (ordinals = []));
    return ordinals;
  }

  #addSeller(seller: Seller): void {
    const before = this.sellersById.get(seller.id);
    this.sellersById.set(seller.id, seller);
    const unchanged =
      before !== undefined &&
      before.name === seller.name &&
      before.region?.code === seller.region?.code &&
      before.region?.name === seller.region?.name;
    if (unchanged) return;
    for (const ordinal of this.#ordinalsBySeller.get(seller.id) ?? []) {
      if (this.products[ordinal]!.sellerId === seller.id) this.#indexProduct(ordinal);
    }
    this.#growScratch();
  }

  #indexProduct(ordinal: number): void {
    const product = this.products[ordinal]!;
    const seller = this.sellersById.get(product.sellerId);
    const fields: Readonly<Record<Field, readonly string[]>> = {
      name: foldWords(product.name),
      tags: foldWords(product.tags.join(' ')),
      category: CATEGORY_WORDS.get(product.category) ?? [],
      seller: seller ? foldWords(seller.name) : [],
      region: [
        ...new Set([
          ...(product.origin ? this.#regionWordsOf(product.origin) : []),
          ...(seller?.region ? this.#regionWordsOf(seller.region) : []),
        ]),
      ],
      description: foldWords(product.description),
    };
    const weights = this.#weightScratch;
    const counts = this.#countScratch;
    weights.clear();
    for (const field of FIELDS) {
      const words = fields[field];
      if (words.length === 0) continue;
      counts.clear();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * words.length) / TYPICAL_WORDS[field]);
      for (const [word, count] of counts) {
        const weight = (FIELD_BOOSTS[field] * count * (BM25_K1 + 1)) / (count + norm);
        weights.set(word, (weights.get(word) ?? 0) + weight);
      }
    }

    const doc = this.#docOrdinal.push(ordinal) - 1;
    const replaced = this.#docOfOrdinal[ordinal];
    if (replaced !== undefined) this.#docOrdinal[replaced] = -1;
    this.#docOfOrdinal[ordinal] = doc;
    for (const [word, weight] of weights) {
      let termId = this.#termIds.get(word);
      if (termId === undefined) {
        termId = this.#postingDocs.push([]) - 1;
        this.#postingWeights.push([]);
        this.#termIds.set(word, termId);
        this.#terms.set(word, termId);
      }
      this.#postingDocs[termId]!.push(doc);
      this.#postingWeights[termId]!.push(weight);
    }
  }

  /** The catalog's name for a region, its official name and its province, folded once. */
  #regionWordsOf(region: Region): readonly string[] {
    const key = `${region.code}\u0000${region.name}`;
    let words = this.#regionWords.get(key);
    if (words === undefined) {
      const official = findRegion(region.code);
      const province =
        official?.level === 'kabupaten-kota' ? findRegion(official.provinceCode) : undefined;
      words = [
        ...new Set([
          ...regionWords(region.name),
          ...(official ? regionWords(official.name) : []),
          ...(province ? regionWords(province.name) : []),
        ]),
      ].filter((word) => word !== '');
      this.#regionWords.set(key, words);
    }
    return words;
  }
}

/**
 * Builds the search index over a catalog's products: names, tags, category labels (Bahasa
 * Indonesia and English), seller names, the product's origin and seller's region (name,
 * official name and province) and descriptions, each folded with
 * {@link foldIndonesian} once, here, so each keystroke only folds the query.
 *
 * Building takes a while for a big catalog (see `bench/search.bench.ts`); a storefront with
 * thousands of products should build it in a Worker or while idle.
 */
export function createProductSearch(catalog: {
  readonly products: readonly Product[];
  readonly sellers?: readonly Seller[] | undefined;
}): ProductSearch {
  const search = new InvertedProductIndex();
  search.add(catalog.products, catalog.sellers ?? []);
  return search;
}

/** What a storefront asks for: a query, filters and an order. */
export interface ProductQuery {
  /** What the shopper typed; empty for the whole catalog. */
  readonly query?: string;
  readonly filters?: ProductFilters;
  /** Default `'relevance'`: best match first, or catalog order when there is no query. */
  readonly sort?: ProductSort;
  readonly searchOptions?: Omit<ProductSearchOptions, 'limit'>;
}

/**
 * Searches, filters and sorts in one call, the way a storefront does on every keystroke:
 * {@link ProductSearch.search}, then {@link filterProducts} (with the index's sellers, so a
 * region filter falls back to the seller's region), then {@link sortProducts}.
 */
export function queryProducts(search: ProductSearch, request: ProductQuery = {}): Product[] {
  const products = search.searchProducts(request.query ?? '', request.searchOptions);
  const filtered = request.filters
    ? filterProducts(products, request.filters, search.sellersById)
    : products;
  return sortProducts(filtered, request.sort ?? 'relevance');
}
