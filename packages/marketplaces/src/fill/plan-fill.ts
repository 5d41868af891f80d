import type { Listing, Marketplace } from '@etalase/catalog';
import { detectMarketplacePage, FIELD_MAPS } from '../maps/field-maps.js';
import type {
  ControlKind,
  ListingField,
  ListingLimits,
  MarketplaceFieldMap,
} from '../maps/field-map.js';
import { LISTING_FIELDS } from '../maps/field-map.js';
import { fillMessages } from './fill-message.js';
import type { FillMessage } from './fill-message.js';
import type { FormControl } from './form-controls.js';
import { locateFields } from './locate-field.js';
import { controlLabels, suffixText } from './control-labels.js';

/** What {@link planFill} means to put into one field. */
export interface FieldPlan {
  readonly field: ListingField;
  /** The control; `null` when it is not on the page yet ({@link applyFill} waits for it). */
  readonly element: Element | null;
  readonly control: FormControl | null;
  /** The kind the control is (or, when not found yet, the map says it will be). */
  readonly kind: ControlKind;
  /** Text to enter, or the choice to make (condition: `new`/`used`; category: the path). */
  readonly value: string;
  /** Option texts that fit, best first (condition, brand), or the category path, top first. */
  readonly choices: readonly string[];
  /** For `images`: the listing's photo references to upload, main first. */
  readonly images: readonly string[];
  /** 0–1: how sure the plan is that this control is this field. */
  readonly confidence: number;
  readonly source: 'map' | 'classifier' | 'none';
  readonly warnings: readonly FillMessage[];
  /** The marketplace's limits (photo size is checked when the photos are loaded). */
  readonly limits: ListingLimits | undefined;
  /** The page the plan is for. */
  readonly document: Document;
  /** Finds the field's control again (after a re-render, or once it appears). */
  readonly locate: () => FormControl | undefined;
}

const CONDITION_TEXTS: Readonly<Record<string, readonly string[]>> = {
  new: ['Baru', 'New', 'Brand New'],
  used: ['Bekas', 'Used', 'Second', 'Pernah Dipakai', 'Pre-owned'],
};

/** Splits "Makanan & Minuman > Camilan > Keripik" into its levels. */
export function categoryPath(category: string): string[] {
  return category
    .split(/\s*(?:>|›|»|\/|\|)\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Cuts text to `max` characters, at a word boundary when that loses little. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const hard = text.slice(0, max);
  const space = hard.lastIndexOf(' ');
  return (space >= max * 0.8 ? hard.slice(0, space) : hard).trimEnd();
}

/** A number for a form: no grouping, a dot for decimals, no float noise. */
function numberText(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function weightUnit(control: FormControl | null, mapUnit: 'g' | 'kg' | undefined): 'g' | 'kg' {
  if (mapUnit) return mapUnit;
  if (!control) return 'g';
  const words = [suffixText(control.element), ...controlLabels(control).map((l) => l.text)].join(
    ' ',
  );
  if (/\b(?:kg|kilogram)\b/.test(words)) return 'kg';
  if (/\b(?:g|gr|gram)\b/.test(words)) return 'g';
  const unitSelect = control.element.parentElement?.parentElement?.querySelector('select');
  const chosen = unitSelect?.selectedOptions[0]?.textContent?.trim().toLowerCase() ?? '';
  return /^(kg|kilogram)/.test(chosen) ? 'kg' : 'g';
}

interface FieldValue {
  readonly value: string;
  readonly choices?: readonly string[];
  readonly images?: readonly string[];
  readonly warnings: FillMessage[];
}

function valueFor(
  field: ListingField,
  listing: Listing,
  map: MarketplaceFieldMap | undefined,
  control: FormControl | null,
): FieldValue | undefined {
  const limits = map?.limits;
  const warnings: FillMessage[] = [];
  const locator = map?.fields[field];
  switch (field) {
    case 'title': {
      let value = listing.title.trim();
      if (limits?.titleMax !== undefined && value.length > limits.titleMax) {
        value = cut(value, limits.titleMax);
        warnings.push(fillMessages.truncated('title', value.length));
      }
      if (limits?.titleMin !== undefined && value.length < limits.titleMin) {
        warnings.push(fillMessages.tooShort('title', limits.titleMin));
      }
      return { value, warnings };
    }
    case 'description': {
      let value = listing.description.trim();
      if (value === '') return undefined;
      if (limits?.descriptionMax !== undefined && value.length > limits.descriptionMax) {
        value = cut(value, limits.descriptionMax);
        warnings.push(fillMessages.truncated('description', value.length));
      }
      if (limits?.descriptionMin !== undefined && value.length < limits.descriptionMin) {
        warnings.push(fillMessages.tooShort('description', limits.descriptionMin));
      }
      return { value, warnings };
    }
    case 'price':
      if (limits?.priceMin !== undefined && listing.price < limits.priceMin) {
        warnings.push(fillMessages.priceBelow(limits.priceMin));
      }
      if (limits?.priceMax !== undefined && listing.price > limits.priceMax) {
        warnings.push(fillMessages.priceAbove(limits.priceMax));
      }
      if (listing.variants.length > 0)
        warnings.push(fillMessages.variants(listing.variants.length));
      return { value: String(listing.price), warnings };
    case 'stock':
      return { value: String(listing.stock), warnings };
    case 'sku':
      return listing.sku ? { value: listing.sku, warnings } : undefined;
    case 'brand':
      return listing.brand
        ? { value: listing.brand, choices: [listing.brand], warnings }
        : undefined;
    case 'condition':
      return {
        value: listing.condition,
        choices: locator?.choices?.[listing.condition] ?? CONDITION_TEXTS[listing.condition] ?? [],
        warnings,
      };
    case 'category': {
      const path = listing.category ? categoryPath(listing.category) : [];
      return path.length > 0 ? { value: listing.category!, choices: path, warnings } : undefined;
    }
    case 'weight': {
      if (listing.weightGrams === undefined) return undefined;
      const unit = weightUnit(control, locator?.unit);
      const value = unit === 'kg' ? listing.weightGrams / 1000 : listing.weightGrams;
      return { value: numberText(value), warnings };
    }
    case 'length':
    case 'width':
    case 'height': {
      const size = listing.dimensionsCm?.[field];
      return size === undefined ? undefined : { value: numberText(size), warnings };
    }
    case 'images': {
      if (listing.images.length === 0) return undefined;
      let images = listing.images;
      if (limits?.photosMax !== undefined && images.length > limits.photosMax) {
        images = images.slice(0, limits.photosMax);
        warnings.push(fillMessages.tooManyPhotos(limits.photosMax));
      }
      return { value: '', images, warnings };
    }
  }
}

/** The field map for a marketplace id, or the one whose URL patterns match the page. */
function mapFor(
  root: Document | Element,
  marketplace: Marketplace | undefined,
): MarketplaceFieldMap | undefined {
  if (marketplace) return FIELD_MAPS[marketplace];
  const doc = root.ownerDocument ?? (root as Document);
  const page = detectMarketplacePage(doc.location?.href ?? '');
  return page ? FIELD_MAPS[page.marketplace] : undefined;
}

/**
 * Plans how to fill a marketplace's add-product form from a listing, without touching the
 * page: for each field the listing has a value for, the control to put it in (found through
 * the marketplace's field map, or the generic classifier when no map matches the page), the
 * value cut to the marketplace's limits, a confidence, and warnings in Indonesian and
 * English ("judul dipotong menjadi 70 karakter"). A field not on the page yet gets a plan
 * with `element: null`, which {@link applyFill} waits for. `marketplace` defaults to the
 * one whose URL patterns match the page's address.
 */
export function planFill(
  root: Document | Element,
  listing: Listing,
  marketplace?: Marketplace,
): FieldPlan[] {
  const map = mapFor(root, marketplace);
  const located = locateFields(root, map);
  const plans: FieldPlan[] = [];
  // Category first: on several marketplaces the rest of the form depends on it.
  const order: ListingField[] = [
    'title',
    'category',
    ...LISTING_FIELDS.filter((f) => f !== 'title' && f !== 'category'),
  ];
  for (const field of order) {
    const found = located.get(field);
    // A field the marketplace's form does not have (and nothing on the page looks like).
    if (map && !map.fields[field] && !found) continue;
    const control = found?.control ?? null;
    const fieldValue = valueFor(field, listing, map, control);
    if (!fieldValue) continue;
    const warnings = [...fieldValue.warnings];
    const confidence = found?.confidence ?? 0;
    if (found && found.source === 'classifier' && confidence < 0.7)
      warnings.push(fillMessages.unsure(field));
    plans.push({
      field,
      element: control?.element ?? null,
      control,
      kind: control?.kind ?? map?.fields[field]?.kind ?? 'text',
      value: fieldValue.value,
      choices: fieldValue.choices ?? [],
      images: fieldValue.images ?? [],
      confidence,
      source: found?.source ?? 'none',
      warnings,
      limits: map?.limits,
      document: root.ownerDocument ?? (root as Document),
      locate: () => locateFields(root, map).get(field)?.control,
    });
  }
  return plans;
}
