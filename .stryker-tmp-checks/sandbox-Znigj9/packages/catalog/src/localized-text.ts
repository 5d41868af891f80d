/** Text for people, in Bahasa Indonesia (`id`, the default) and English (`en`). */
// @ts-nocheck

export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/** A UI language Etalase speaks. */
export type Lang = 'id' | 'en';
