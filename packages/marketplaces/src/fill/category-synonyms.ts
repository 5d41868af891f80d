/**
 * Words marketplaces use for the same category level, grouped; the first of each group is
 * the one the others fold to. Taxonomies differ between marketplaces ("Camilan" on one is
 * "Makanan Ringan" on another), and a seller's category path comes from any of them.
 * Only true synonyms in category names; extend as taxonomies show more.
 */
export const CATEGORY_SYNONYMS: readonly (readonly string[])[] = [
  ['camilan', 'cemilan', 'makanan ringan', 'snack', 'snacks', 'kudapan'],
  ['keripik', 'kripik', 'chips'],
  ['minuman', 'beverage', 'beverages', 'drinks'],
  ['pakaian', 'baju', 'fashion', 'busana'],
  ['kerajinan', 'kerajinan tangan', 'handicraft', 'crafts'],
  ['kecantikan', 'beauty', 'perawatan kecantikan'],
  ['perlengkapan rumah', 'rumah tangga', 'home living'],
  ['bumbu', 'bumbu dapur', 'rempah'],
];
