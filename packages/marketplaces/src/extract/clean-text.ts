const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
};

/** Decodes HTML character references, as pages leave them in JSON-LD strings (`&amp;`, `&#039;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Options for {@link cleanText}. */
export interface CleanTextOptions {
  /** The text may hold markup (`<br>`, `<strong>`): keep its line breaks, drop its tags. Default false. */
  readonly html?: boolean;
}

/**
 * Text as a person reads it: entities decoded (twice, since pages double-encode), markup
 * dropped when `html` is set, runs of spaces collapsed, paragraphs kept as single blank
 * lines. `undefined` for empty text. The result is plain text, never to be rendered as HTML.
 */
export function cleanText(
  raw: string | undefined,
  options: CleanTextOptions = {},
): string | undefined {
  if (raw === undefined) return undefined;
  let text = decodeEntities(decodeEntities(raw));
  if (options.html) {
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|article|section)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ' ');
  }
  const cleaned = text
    .split(/\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}
