import type {
  ControlKind,
  FieldLocator,
  ListingField,
  MarketplaceFieldMap,
} from '../maps/field-map.js';
import { classifyForm } from './classify-form.js';
import { controlLabels } from './control-labels.js';
import { foldLabel, withoutUnits } from './fold-label.js';
import { controlAt, findControls } from './form-controls.js';
import type { FormControl } from './form-controls.js';

/** A field's control on the page and how it was found. */
export interface LocatedField {
  readonly field: ListingField;
  readonly control: FormControl;
  readonly confidence: number;
  readonly source: 'map' | 'classifier';
}

/** Kinds a map's kind may turn out to be on the page (pages swap a select for a combobox). */
const INTERCHANGEABLE: Readonly<Record<ControlKind, readonly ControlKind[]>> = {
  text: ['text', 'number', 'richtext'],
  number: ['number', 'text'],
  richtext: ['richtext', 'text'],
  select: ['select', 'combobox'],
  combobox: ['combobox', 'select', 'text'],
  radio: ['radio', 'select', 'combobox'],
  checkbox: ['checkbox'],
  file: ['file'],
};

const ATTRIBUTES = ['name', 'id', 'placeholder', 'aria-label', 'data-testid', 'data-tid'];

function bySelector(root: ParentNode, locator: FieldLocator): FormControl | undefined {
  for (const selector of locator.selectors ?? []) {
    for (const element of root.querySelectorAll(selector)) {
      const control = controlAt(element, locator.kind);
      if (control && INTERCHANGEABLE[locator.kind].includes(control.kind)) return control;
    }
  }
  return undefined;
}

function byLabel(
  controls: readonly FormControl[],
  locator: FieldLocator,
): { control: FormControl; weight: number } | undefined {
  const wanted = (locator.labels ?? []).map((l) => withoutUnits(foldLabel(l)));
  if (wanted.length === 0) return undefined;
  let best: { control: FormControl; weight: number } | undefined;
  for (const control of controls) {
    if (!INTERCHANGEABLE[locator.kind].includes(control.kind)) continue;
    for (const label of controlLabels(control)) {
      if (label.source === 'attribute' || label.weight <= (best?.weight ?? 0)) continue;
      if (wanted.includes(withoutUnits(label.text))) best = { control, weight: label.weight };
    }
  }
  return best;
}

function byAttribute(
  controls: readonly FormControl[],
  locator: FieldLocator,
): FormControl | undefined {
  const patterns = (locator.attributes ?? []).map((source) => new RegExp(source, 'i'));
  if (patterns.length === 0) return undefined;
  return controls.find(
    (control) =>
      INTERCHANGEABLE[locator.kind].includes(control.kind) &&
      ATTRIBUTES.some((name) => {
        const value = control.element.getAttribute(name);
        return value !== null && patterns.some((p) => p.test(value));
      }),
  );
}

/** Finds one field with its map entry: selectors, then labels, then attribute patterns. */
export function locateByMap(
  root: ParentNode,
  field: ListingField,
  locator: FieldLocator,
  controls: readonly FormControl[],
): LocatedField | undefined {
  const selected = bySelector(root, locator);
  if (selected) return { field, control: selected, confidence: 0.97, source: 'map' };
  const labelled = byLabel(controls, locator);
  if (labelled) {
    return { field, control: labelled.control, confidence: 0.9 * labelled.weight, source: 'map' };
  }
  const named = byAttribute(controls, locator);
  if (named) return { field, control: named, confidence: 0.75, source: 'map' };
  return undefined;
}

/**
 * Every listing field's control on the page: through the marketplace's map where it has
 * one (each field it cannot find there falls back to the classifier), else through the
 * generic classifier alone. No control is given to two fields.
 */
export function locateFields(
  root: ParentNode,
  map: MarketplaceFieldMap | undefined,
): Map<ListingField, LocatedField> {
  const controls = findControls(root);
  const found = new Map<ListingField, LocatedField>();
  const used = new Set<Element>();
  if (map) {
    for (const [field, locator] of Object.entries(map.fields) as [ListingField, FieldLocator][]) {
      const located = locateByMap(root, field, locator, controls);
      if (located && !used.has(located.control.element)) {
        found.set(field, located);
        used.add(located.control.element);
      }
    }
  }
  const rest = controls.filter((c) => !used.has(c.element));
  for (const guess of classifyForm(root, rest)) {
    if (found.has(guess.field)) continue;
    found.set(guess.field, {
      field: guess.field,
      control: guess.control,
      // A guess on a marketplace page the map should have covered is a weaker one.
      confidence: map ? guess.confidence * 0.85 : guess.confidence,
      source: 'classifier',
    });
  }
  return found;
}
