import type { SenderKind } from './messages.js';

/** What the browser stamps on a message's sender (`runtime.MessageSender`), as far as we read it. */
export interface SenderFacts {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly tab?:
    { readonly id?: number | undefined; readonly url?: string | undefined } | undefined;
}

/** What the checks need to know about this extension and the seller's grants. */
export interface SenderContext {
  readonly extensionId: string;
  /** `chrome-extension://ID` or `moz-extension://UUID`, no trailing slash. */
  readonly extensionOrigin: string;
  /** Whether the URL is a page of one of the six marketplaces. */
  isMarketplaceUrl(url: URL): boolean;
  /** Whether the seller granted this origin (optional host permission for an import). */
  isGrantedOrigin(origin: string): Promise<boolean>;
}

/** A sender that passed the checks. */
export interface TrustedSender {
  readonly kind: SenderKind;
  /** The tab of a content script. */
  readonly tabId: number | undefined;
  /** The page URL of a content script (the frame's URL, as the browser says). */
  readonly pageUrl: URL | undefined;
}

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a message may come from this sender, trusting only what the browser stamps on it:
 * the sender is this extension (`sender.id`), and either one of its own pages (`extension`)
 * or a content script in a tab whose page is a marketplace page, or a page the seller
 * granted for an import (`content`). Returns the trusted facts, or undefined to reject.
 */
export async function checkSender(
  kind: SenderKind,
  sender: SenderFacts,
  context: SenderContext,
): Promise<TrustedSender | undefined> {
  if (sender.id !== context.extensionId) return undefined;
  const url = parse(sender.url);
  if (!url) return undefined;
  // `protocol//host`, not `origin`: URL parsers that do not know the extension schemes
  // (chrome-extension:, moz-extension:) give their origin as "null".
  const fromExtension = `${url.protocol}//${url.host}` === context.extensionOrigin;
  if (kind === 'extension') {
    return fromExtension ? { kind, tabId: sender.tab?.id, pageUrl: undefined } : undefined;
  }
  // A content script: never an extension page, always in a tab.
  if (fromExtension || sender.tab?.id === undefined) return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const allowed =
    context.isMarketplaceUrl(url) ||
    (await context.isGrantedOrigin(`${url.protocol}//${url.host}`));
  return allowed ? { kind, tabId: sender.tab.id, pageUrl: url } : undefined;
}
