/**
 * One schema.org item as any syntax carries it (JSON-LD, microdata, RDFa), so one reader of
 * products serves all three. Property names are lower-cased and stripped of their vocabulary
 * (`http://schema.org/price`, `schema:price` and `price` are all `price`) because pages
 * write `lowPrice`, `lowprice` and `LowPrice` alike.
 */
export interface SchemaItem {
  /** Type names without vocabulary, e.g. `Product`, `Offer`. */
  readonly types: readonly string[];
  readonly id?: string;
  readonly props: ReadonlyMap<string, readonly SchemaValue[]>;
  /** Where in the document the item is written (microdata, RDFa): for DOM proximity. */
  readonly element?: Element;
  /** The property through which its parent holds it, e.g. `isrelatedto`; none at top level. */
  readonly via?: string;
}

/** A property value: text or a nested item. */
export type SchemaValue = string | SchemaItem;

/** `http://schema.org/InStock` → `InStock`, `schema:price` → `price`. */
export function localName(name: string): string {
  const trimmed = name.trim();
  const cut = Math.max(
    trimmed.lastIndexOf('/'),
    trimmed.lastIndexOf('#'),
    trimmed.lastIndexOf(':'),
  );
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

/** Whether `item` has one of the types. */
export function hasType(item: SchemaItem, ...types: string[]): boolean {
  return item.types.some((t) => types.includes(t));
}

/** Every value of a property (name in lower case). */
export function values(item: SchemaItem, prop: string): readonly SchemaValue[] {
  return item.props.get(prop) ?? [];
}

/** The first text value of the first property that has one, trimmed; `undefined` if none. */
export function text(item: SchemaItem, ...props: string[]): string | undefined {
  for (const prop of props) {
    for (const value of values(item, prop)) {
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  return undefined;
}

/** Every nested item under the properties. */
export function items(item: SchemaItem, ...props: string[]): SchemaItem[] {
  return props.flatMap((prop) =>
    values(item, prop).filter((v): v is SchemaItem => typeof v !== 'string'),
  );
}

/** A name for a value: the text itself, or a nested item's `name`. */
export function nameOf(value: SchemaValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  return text(value, 'name');
}

/** Every item in the tree, depth first, the roots included. */
export function walkItems(roots: readonly SchemaItem[]): SchemaItem[] {
  const out: SchemaItem[] = [];
  const seen = new Set<SchemaItem>();
  const visit = (item: SchemaItem, depth: number) => {
    // Pages nest deeply by accident (a review of an offer of a product…); 12 is plenty.
    if (seen.has(item) || depth > 12) return;
    seen.add(item);
    out.push(item);
    for (const list of item.props.values()) {
      for (const v of list) if (typeof v !== 'string') visit(v, depth + 1);
    }
  };
  for (const root of roots) visit(root, 0);
  return out;
}
