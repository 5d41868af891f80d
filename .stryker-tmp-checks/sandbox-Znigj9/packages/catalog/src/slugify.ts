/**
 * An ASCII, kebab-case form of a name for use as an id (`"Keripik Tempe Bu Sri"` →
 * `"keripik-tempe-bu-sri"`, `"Kopi Gayo — Aceh"` → `"kopi-gayo-aceh"`), at most `maxLength`
 * characters so that a `-2` suffix still fits the 80 an id allows. Accents are dropped rather
 * than the letters; a name with no Latin letters or digits gives `""`, and the caller picks a
 * fallback.
 */
// @ts-nocheck

export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
