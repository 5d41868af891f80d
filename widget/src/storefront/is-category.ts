import { CATEGORIES } from '@etalase/catalog';
import type { Category } from '@etalase/catalog';

/** Whether `value` (an attribute, a form field) is one of the catalog's categories. */
export function isCategory(value: string | null | undefined): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
