import { filterProducts, sortProducts } from '@etalase/catalog';
import type { Product, ProductSearch, Seller } from '@etalase/catalog';
import type { StorefrontQuery } from './catalog-source.js';
import type * as SearchChunk from './product-search-chunk.js';
import { cancelIdle, whenIdle } from './when-idle.js';

type SearchModule = typeof SearchChunk;
let searchModule: Promise<SearchModule> | undefined;
function loadSearch(): Promise<SearchModule> {
  searchModule ??= import('./product-search-chunk.js');
  return searchModule;
}

/**
 * Products in catalog order, with a search index that is built only when the browser is
 * idle or someone searches, so showing the grid never waits for it.
 */
export class ProductIndex {
  private products: Product[] = [];
  private readonly ids = new Set<string>();
  private search: ProductSearch | undefined;
  private pending: Product[] = [];
  private pendingSellers: Seller[] = [];
  private idle: number | undefined;

  clear(): void {
    this.products = [];
    this.ids.clear();
    this.search = undefined;
    this.pending = [];
    this.pendingSellers = [];
    this.cancelIdle();
  }

  /** Adds a page of products, skipping ids already present. Returns the new ones. */
  add(products: readonly Product[], sellers: readonly Seller[]): Product[] {
    const fresh = products.filter((p) => !this.ids.has(p.id));
    for (const p of fresh) this.ids.add(p.id);
    this.products.push(...fresh);
    this.pending.push(...fresh);
    this.pendingSellers.push(...sellers);
    this.scheduleIdle();
    return fresh;
  }

  /** Products matching the query. Empty text needs no index: filters and sort only. */
  async query(query: StorefrontQuery, sellers: ReadonlyMap<string, Seller>): Promise<Product[]> {
    const text = query.text.trim();
    const base = text
      ? (await this.ensureIndex()).search(text).map((hit) => hit.product)
      : this.products;
    const filters = {
      category: query.category,
      regionCode: query.regionCode,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      madeLocallyOnly: query.madeLocallyOnly,
    };
    return sortProducts(filterProducts(base, filters, sellers), query.sort);
  }

  private async ensureIndex(): Promise<ProductSearch> {
    this.cancelIdle();
    const { createProductSearch } = await loadSearch();
    if (!this.search) {
      this.search = createProductSearch({ products: this.pending, sellers: this.pendingSellers });
    } else if (this.pending.length || this.pendingSellers.length) {
      this.search.add(this.pending, this.pendingSellers);
    }
    this.pending = [];
    this.pendingSellers = [];
    return this.search;
  }

  private scheduleIdle(): void {
    void loadSearch();
    if (this.idle !== undefined) return;
    this.idle = whenIdle(() => {
      this.idle = undefined;
      void this.ensureIndex();
    }, 4000);
  }

  private cancelIdle(): void {
    if (this.idle !== undefined) cancelIdle(this.idle);
    this.idle = undefined;
  }
}
