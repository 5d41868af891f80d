import type { Marketplace } from '@etalase/catalog';

/** The pages of a marketplace Etalase recognises (as the field maps name them). */
export type PageKind = 'add-product' | 'edit' | 'product-list' | 'product';

/** The page a content feature runs on. */
export interface PageContext {
  readonly url: URL;
  /** Undefined on a page outside the six marketplaces (an import the seller allowed). */
  readonly marketplace: Marketplace | undefined;
  readonly kind: PageKind | undefined;
}

/**
 * One thing the extension does, in one file: where it runs and how it starts. Every
 * listener it adds takes `signal`, so aborting it removes the feature from the page.
 */
export type Feature =
  | {
      readonly id: string;
      readonly runsIn: 'content';
      /** The page kinds it runs on; `any` for a page the seller allowed for an import. */
      readonly pages: readonly (PageKind | 'any')[];
      init(signal: AbortSignal, page: PageContext): void | Promise<void>;
    }
  | {
      readonly id: string;
      readonly runsIn: 'background';
      init(signal: AbortSignal): void | Promise<void>;
    };
