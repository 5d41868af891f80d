import { foldWords, toCategory } from '@etalase/catalog';
import type { Category } from '@etalase/catalog';

/**
 * Words in marketplace category names and product titles that point to one storefront
 * category. Marketplace trees start with a broad department ("Makanan & Minuman", "Fashion
 * Muslim", "Rumah Tangga > Dekorasi"), so the path is read from the top down and the first
 * word that says something wins. Written as people write them; folded once below.
 */
const KEYWORDS: Readonly<Record<Exclude<Category, 'lainnya'>, string>> = {
  fashion:
    'fashion fesyen pakaian busana baju kaos kemeja celana rok gamis hijab jilbab kerudung batik tenun songket kain sarung sepatu sandal tas dompet',
  kuliner:
    'makanan minuman kuliner camilan cemilan snack keripik kerupuk kue kopi teh sambal bumbu madu sirup roti cokelat dodol abon rendang',
  kerajinan:
    'kerajinan kriya handmade anyaman ukiran gerabah keramik dekorasi souvenir suvenir rotan bambu',
  pertanian: 'pertanian tani sayur sayuran buah beras benih bibit tanaman rempah',
  perikanan: 'perikanan ikan seafood udang cumi kepiting kerang',
};

const CATEGORY_OF_WORD: ReadonlyMap<string, Category> = new Map(
  (Object.entries(KEYWORDS) as [Category, string][]).flatMap(([category, words]) =>
    foldWords(words).map((word) => [word, category] as const),
  ),
);

const PATH_SEPARATOR = /\s*(?:>|›|»|\/|\|)\s*/;

function fromWords(text: string): Category | undefined {
  for (const word of foldWords(text)) {
    const category = CATEGORY_OF_WORD.get(word);
    if (category) return category;
  }
  return undefined;
}

/**
 * Guesses the storefront category of a listing from its marketplace category path
 * ("Makanan & Minuman > Camilan > Keripik" → `kuliner`), then from its title; `lainnya`
 * when neither says. A path segment that is itself a category name or synonym wins first.
 */
export function guessCategory(listing: {
  readonly category?: string;
  readonly title: string;
}): Category {
  const segments = (listing.category ?? '').split(PATH_SEPARATOR).filter((s) => s !== '');
  for (const segment of segments) {
    const named = toCategory(segment);
    // "Lainnya" in a path says nothing; a later segment may still.
    if (named && named !== 'lainnya') return named;
  }
  for (const segment of segments) {
    const category = fromWords(segment);
    if (category) return category;
  }
  return fromWords(listing.title) ?? 'lainnya';
}
