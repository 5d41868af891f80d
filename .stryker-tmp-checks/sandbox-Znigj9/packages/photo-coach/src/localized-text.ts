/**
 * Text for people, in Bahasa Indonesia (`id`, the default) and English (`en`). The same shape
 * as `LocalizedText` in `@etalase/catalog`, declared here so this package needs no other.
 */
// @ts-nocheck

export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}
