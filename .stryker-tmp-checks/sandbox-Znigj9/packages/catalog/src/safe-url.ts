// @ts-nocheck
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether a URL from untrusted data (a catalog, a page) may be used as a link or an image
 * source: `http:` and `https:` URLs, and relative URLs. Everything else — `javascript:`,
 * `data:`, `vbscript:`, protocol tricks hidden by whitespace or control characters — is not.
 */
export function isSafeUrl(input: string): boolean {
  // Browsers drop ASCII tab/newline anywhere and leading C0 controls/spaces before parsing,
  // so "java\nscript:" is javascript:. Refuse any control character outright.
  const url = input.trim();
  // eslint-disable-next-line no-control-regex
  if (url.length === 0 || url.length > 2048 || /[\u0000-\u001f\u007f\s]/.test(url)) return false;
  if (url.startsWith('//')) return false; // protocol-relative: the host page decides the scheme
  if (url.startsWith('\\') || url.startsWith('/\\')) return false;
  const scheme = SCHEME.exec(url);
  if (!scheme) return true; // relative
  const name = scheme[1]!.toLowerCase();
  return (name === 'https' || name === 'http') && /^https?:\/\/[^/?#\s]+/i.test(url);
}

/** The trimmed URL when {@link isSafeUrl} allows it, otherwise `undefined`. */
export function safeUrl(input: unknown): string | undefined {
  return typeof input === 'string' && isSafeUrl(input) ? input.trim() : undefined;
}
