import type { CsvField } from './csv-columns.js';
import { formatRupiah } from './format-rupiah.js';
import { formatSeason } from './format-season.js';
import type { Lang } from './localized-text.js';
import type { Product } from './product.js';
import { formatQuantity, quantityUnitOf } from './product-quantity.js';

/** The cell `catalogToCsv` writes for one fresh-produce field, as `parseCatalogCsv` reads it. */
export function produceCell(field: CsvField, product: Product, lang: Lang): string {
  const unit = quantityUnitOf(product.unit);
  const bare = { ...unit, label: '' };
  const quantity = (n: number | undefined) =>
    n === undefined ? '' : formatQuantity(n, bare, lang);
  // `10 kg: Rp20.000` reads well; a pack size (`10 × 250 g`) would not read back.
  const tierUnit = unit.pack ? bare : unit;
  if (field.startsWith('cert.')) {
    const kind = field.slice(5);
    return (product.certifications ?? [])
      .filter((c) => c.kind === kind)
      .map((c) => c.number)
      .join('; ');
  }
  switch (field) {
    case 'minOrder':
      return quantity(product.minOrder);
    case 'priceTiers':
      return (product.priceTiers ?? [])
        .map((t) => `${formatQuantity(t.minQuantity, tierUnit, lang)}: ${formatRupiah(t.price)}`)
        .join('; ');
    case 'harvestedAt':
      return product.harvestedAt ?? '';
    case 'bestBefore':
      return product.bestBefore ?? '';
    case 'season':
      return product.season ? formatSeason(product.season, lang) : '';
    case 'preOrder':
      return product.preOrder ? (lang === 'id' ? 'ya' : 'yes') : '';
    case 'preOrderReadyAt':
      return product.preOrder?.readyAt ?? '';
    case 'preOrderOrderBy':
      return product.preOrder?.orderBy ?? '';
    case 'preOrderQuota':
      return quantity(product.preOrder?.quota);
    case 'pickup':
      return (product.pickup ?? [])
        .map((p) => `${p.name}${p.address ? `, ${p.address}` : ''} (${p.region.code})`)
        .join('; ');
    case 'deliveryAreas':
      return (product.deliveryAreas ?? []).join('; ');
    default:
      return '';
  }
}

/** The fresh-produce columns a catalog needs: those some product has a value for. */
export function neededProduceColumns(
  products: readonly Product[],
  fields: readonly CsvField[],
): CsvField[] {
  return fields.filter((field) => products.some((p) => produceCell(field, p, 'id') !== ''));
}
