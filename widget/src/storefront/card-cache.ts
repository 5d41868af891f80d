import type { TemplateResult } from 'lit';

/**
 * The grid's card templates, kept from one render to the next while nothing a card shows
 * besides its product changes. A keystroke then builds templates only for the products
 * that were not shown before; for the others Lit finds the very same values and leaves
 * their DOM alone. Building all 48 cards again (links, prices, produce badges) took about
 * a third of a keystroke's rendering on 10,000 products.
 */
export class CardCache {
  private context: string | undefined;
  private cards = new WeakMap<
    object,
    { readonly eager: boolean; readonly photo: boolean; readonly card: TemplateResult }
  >();

  /**
   * Starts a render. `context` names everything besides the product that a card shows
   * (language, data saving, the produce details' clock, the page URL the links start
   * from); when it differs from the last render's, every card is built again.
   */
  begin(context: string): void {
    if (context === this.context) return;
    this.context = context;
    this.cards = new WeakMap();
  }

  /**
   * The card of `product`, built by `build` unless the last one built still holds (loaded
   * at once or not, with its photo or without).
   */
  card(
    product: object,
    eager: boolean,
    photo: boolean,
    build: () => TemplateResult,
  ): TemplateResult {
    const known = this.cards.get(product);
    if (known?.eager === eager && known.photo === photo) return known.card;
    const card = build();
    this.cards.set(product, { eager, photo, card });
    return card;
  }
}
