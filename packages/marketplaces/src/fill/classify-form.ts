import { LISTING_FIELDS } from '../maps/field-map.js';
import type { ListingField } from '../maps/field-map.js';
import { controlLabels } from './control-labels.js';
import type { LabelText } from './control-labels.js';
import { FIELD_KEYWORDS, GLOBAL_NEGATIVES } from './field-keywords.js';
import type { FieldKeywords } from './field-keywords.js';
import { hasPhrase, withoutUnits } from './fold-label.js';
import { findControls } from './form-controls.js';
import type { FormControl } from './form-controls.js';

/** A control the classifier took for a listing field. */
export interface ClassifiedField {
  readonly field: ListingField;
  readonly control: FormControl;
  /** 0–1: how sure the classifier is. */
  readonly confidence: number;
  /** The (folded) label text that decided it. */
  readonly label: string;
}

/** Below this a match is not taken at all. */
const MIN_SCORE = 0.45;

function namesOtherField(label: string, field: ListingField): boolean {
  return LISTING_FIELDS.some(
    (other) => other !== field && labelScore(label, FIELD_KEYWORDS[other]) >= 0.8,
  );
}

/** How well one folded label names a field, 0–1. */
export function labelScore(label: string, vocabulary: FieldKeywords): number {
  const text = withoutUnits(label) || label;
  if (GLOBAL_NEGATIVES.some((n) => hasPhrase(text, n))) return 0;
  const words = text.split(' ').length;
  let best = 0;
  for (const [phrase, strength] of vocabulary.keywords) {
    let score = 0;
    if (text === phrase) score = strength;
    // One-letter keywords (P, L, T of a dimension) count only on their own.
    else if (phrase.length > 1 && hasPhrase(text, phrase)) {
      const extra = words - phrase.split(' ').length;
      score = strength * Math.max(0.55, 0.92 - 0.04 * extra);
    }
    best = Math.max(best, score);
  }
  if (best === 0) return 0;
  for (const [phrase, factor] of vocabulary.negatives) {
    if (hasPhrase(text, phrase)) best *= factor;
  }
  return best;
}

function scoreControl(
  labels: readonly LabelText[],
  control: FormControl,
  field: ListingField,
): { score: number; label: string } {
  const vocabulary = FIELD_KEYWORDS[field];
  const fit = vocabulary.kinds[control.kind];
  if (!fit) return { score: 0, label: '' };
  let score = 0;
  let label = '';
  for (const l of labels) {
    const s = labelScore(l.text, vocabulary) * l.weight;
    // The closest, most explicit label speaks first: a `<label>` that names something
    // else is not overruled by a placeholder that happens to match.
    if (s > score) {
      score = s;
      label = l.text;
    }
  }
  // The closest, most explicit label speaks first: a `<label>` that clearly names another
  // field is not overruled by a placeholder or name that happens to match this one.
  const first = labels[0];
  if (first && first.weight >= 0.9 && first.text !== label && namesOtherField(first.text, field)) {
    score *= 0.5;
  }
  // An uploader often hides its file input with no label at all: one that takes images
  // is the photo field unless a label says it is something else (KTP, logo, video …).
  if (
    field === 'images' &&
    score < 0.6 &&
    /image/.test(control.element.getAttribute('accept') ?? '')
  ) {
    const other = labels.some((l) => vocabulary.negatives.some(([n]) => hasPhrase(l.text, n)));
    if (!other) return { score: 0.6, label: 'accept=image' };
  }
  // A rich-text editor nobody labelled (toolbars sit between label and editor) is, in a
  // product form, the description, unless a label says otherwise.
  if (field === 'description' && control.kind === 'richtext' && score < 0.5) {
    if (!labels.some((l) => l.weight >= 0.8 && namesOtherField(l.text, field))) {
      return { score: 0.5, label: 'rich text' };
    }
  }
  return { score: score * fit, label };
}

/**
 * Classifies the controls of a form it has never seen: which control takes the product
 * name, price, stock and so on, each with a confidence. Every control is labelled from its
 * `<label>`, aria attributes, table cell, nearby text, placeholder or name; labels are
 * scored against Indonesian and English keywords, with phrases that make a label something
 * else ("Harga Coret", "Harga Grosir", "Minimum Pemesanan") pulling the score down; then
 * each field takes its best control and no control serves two fields.
 */
export function classifyForm(
  root: ParentNode,
  controls: readonly FormControl[] = findControls(root),
): ClassifiedField[] {
  const pairs: { field: ListingField; control: FormControl; score: number; label: string }[] = [];
  for (const control of controls) {
    const labels = controlLabels(control);
    for (const field of LISTING_FIELDS) {
      const { score, label } = scoreControl(labels, control, field);
      if (score >= MIN_SCORE) pairs.push({ field, control, score, label });
    }
  }
  // Stable sort keeps page order among equal scores: the first "Harga" wins.
  pairs.sort((a, b) => b.score - a.score);
  const byField = new Map<ListingField, ClassifiedField>();
  const used = new Set<FormControl>();
  for (const pair of pairs) {
    if (byField.has(pair.field) || used.has(pair.control)) continue;
    // A close runner-up for the same field makes the pick less certain.
    const rival = pairs.find(
      (p) => p.field === pair.field && p.control !== pair.control && !used.has(p.control),
    );
    const doubt = rival && rival.score > pair.score - 0.1 ? 0.8 : 1;
    byField.set(pair.field, {
      field: pair.field,
      control: pair.control,
      confidence: Math.min(1, pair.score * doubt),
      label: pair.label,
    });
    used.add(pair.control);
  }
  return LISTING_FIELDS.flatMap((field) => {
    const found = byField.get(field);
    return found ? [found] : [];
  });
}
