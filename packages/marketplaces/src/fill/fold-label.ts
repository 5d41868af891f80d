/**
 * Folds label text for matching: case, diacritics, punctuation and the marks forms add
 * to labels ("*", "(wajib)", "(opsional)", "optional") go; whitespace collapses. "Nama
 * Produk *" and "nama  produk" fold to the same "nama produk".
 */
export function foldLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(
      /\((?:wajib|opsional|optional|required)\)|\b(?:wajib diisi|wajib|opsional|optional)\b/g,
      ' ',
    )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits an attribute value such as `productName`, `product_name` or `product-name` into words. */
export function attributeWords(value: string): string {
  return foldLabel(value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_[\].-]+/g, ' '));
}

/** Whether `phrase` occurs in `text` as whole words (both folded). */
export function hasPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/** Unit words dropped from a label before it is compared ("Berat (gram)" is "berat"). */
const UNIT_WORDS = new Set([
  'rp',
  'idr',
  'cm',
  'mm',
  'kg',
  'g',
  'gr',
  'gram',
  'kilogram',
  'pcs',
  'buah',
]);

/** A folded label without its unit words; the label itself when it is only units. */
export function withoutUnits(label: string): string {
  const kept = label
    .split(' ')
    .filter((word) => !UNIT_WORDS.has(word))
    .join(' ');
  return kept || label;
}

/**
 * How alike two option texts are, 0–1, after folding: 1 when equal, about 0.9 when one
 * holds the other as whole words ("Keripik" in "Keripik & Kerupuk"), else the share of
 * words they have in common.
 */
export function textSimilarity(a: string, b: string): number {
  const x = foldLabel(a);
  const y = foldLabel(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  if (hasPhrase(x, y) || hasPhrase(y, x)) {
    const ratio = Math.min(x.length, y.length) / Math.max(x.length, y.length);
    return 0.7 + 0.2 * ratio;
  }
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const common = [...wx].filter((w) => wy.has(w)).length;
  return (0.7 * common) / new Set([...wx, ...wy]).size;
}

/** Folds category synonyms to one word ("makanan ringan" → "camilan"); input is folded. */
export function foldSynonyms(folded: string, groups: readonly (readonly string[])[]): string {
  let text = ` ${folded} `;
  for (const group of groups) {
    for (const word of group.slice(1)) text = text.split(` ${word} `).join(` ${group[0]} `);
  }
  return text.trim();
}
