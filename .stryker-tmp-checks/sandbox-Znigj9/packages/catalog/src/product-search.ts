// @ts-nocheck
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

function typoTolerance(word: string): number {
  if (word.length < 4 || word.length > MAX_FUZZY_WORD || DIGITS.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
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
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    const words = [...new Set(respellWords(text))].slice(0, MAX_QUERY_WORDS);
    const limit =
      options.limit === undefined || Number.isNaN(options.limit)
        ? Infinity
        : Math.max(0, Math.floor(options.limit));
    if (words.length === 0) return this.#everything(limit);
    const typing = (options.prefix ?? true) && !ENDS_WORD.test(text);
    const fuzzy = options.fuzzy ?? true;

    const queryStamp = this.#nextStamp();
    let candidateCount = 0;
    for (let w = 0; w < words.length; w++) {
      const terms = this.#termsFor(words[w]!, typing && w === words.length - 1, fuzzy);
      const touchedCount = this.#scoreWord(terms);
      for (let i = 0; i < touchedCount; i++) {
        const doc = this.#touched[i]!;
        if (this.#queryStamp[doc] !== queryStamp) {
          this.#queryStamp[doc] = queryStamp;
          this.#total[doc] = 0;
          this.#matched[doc] = 0;
          this.#candidates[candidateCount++] = doc;
        }
        this.#total[doc]! += this.#wordBest[doc]!;
        this.#matched[doc]!++;
      }
    }
    return this.#rank(candidateCount, words.length, limit);
  }

  /** Scores one query word's terms into `#wordBest`; returns how many documents it reached. */
  #scoreWord(terms: ReadonlyMap<number, number>): number {
    const wordStamp = this.#nextStamp();
    const documentCount = this.products.length;
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
        if (this.#wordStamp[doc] !== wordStamp) {
          this.#wordStamp[doc] = wordStamp;
          this.#wordBest[doc] = score;
          this.#touched[touchedCount++] = doc;
        } else if (score > this.#wordBest[doc]!) {
          this.#wordBest[doc] = score;
        }
      }
    }
    return touchedCount;
  }

  /**
   * Documents that matched every word, best first; when there are none, documents that
   * matched any word, scored higher the more words they matched.
   */
  #rank(candidateCount: number, wordCount: number, limit: number): ProductHit[] {
    const docOrdinal = this.#docOrdinal;
    const total = this.#total;
    const matched = this.#matched;
    let found: number[] = [];
    for (let i = 0; i < candidateCount; i++) {
      const doc = this.#candidates[i]!;
      if (matched[doc] === wordCount && docOrdinal[doc]! >= 0) found.push(doc);
    }
    if (found.length === 0 && wordCount > 1) {
      for (let i = 0; i < candidateCount; i++) {
        const doc = this.#candidates[i]!;
        if (docOrdinal[doc]! >= 0) {
          total[doc] = total[doc]! * matched[doc]!;
          found.push(doc);
        }
      }
    }
    found.sort((a, b) => total[b]! - total[a]! || docOrdinal[a]! - docOrdinal[b]!);
    if (found.length > limit) found = found.slice(0, limit);
    return found.map((doc) => ({ product: this.products[docOrdinal[doc]!]!, score: total[doc]! }));
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
  const hits = search.search(request.query ?? '', request.searchOptions);
  const products = hits.map((hit) => hit.product);
  const filtered = request.filters
    ? filterProducts(products, request.filters, search.sellersById)
    : products;
  return sortProducts(filtered, request.sort ?? 'relevance');
}
